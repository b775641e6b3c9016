"""The served site through Datasette's own test client: pages, canned queries, source links,
and the rule that anonymous users never reach restricted rows by any URL."""

import asyncio
import json
import re
import urllib.parse

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient as DatasetteClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import hash_password, make_datasette

from .conftest import run_cli

RESTRICTED_PHRASE = "Prevent Update"  # the title of a restricted agenda item in the bundled pack


def client_for(db_path, public=True, password_hash=None, name="minutebook", public_files=None):
    ds = make_datasette(str(db_path), public=public, password_hash=password_hash, name=name, public_files=public_files)
    asyncio.run(ds.invoke_startup())
    return ds, DatasetteClient(ds)


@pytest.fixture(scope="module")
def public(archive_db):
    """The public copy, made by the ingest beside the archive."""
    path = public_path(str(archive_db))
    ds, client = client_for(path, public_files=files_dir(str(archive_db)))
    return path, client


def get_json(client, path):
    response = client.get(path)
    assert response.status == 200, (path, response.text[:500])
    return json.loads(response.text)


def test_home_page_explains_the_three_jobs(public):
    _, client = public
    html = client.get("/").text
    for text in ("Search historic decisions", "Audit overdue actions", "Query freely", 'action="/search"'):
        assert text in html


def test_every_table_has_a_description(public):
    _, client = public
    data = get_json(client, "/minutebook.json")
    tables = {t["name"] for t in data["tables"] if not t["hidden"]}
    for table in ("documents", "pages", "meetings", "agenda_items", "passages", "people", "person_aliases", "roles",
                  "attendance", "mentions", "actions", "action_history", "action_owners", "decisions", "statistics",
                  "organisations", "acronyms"):
        assert table in tables
    metadata = get_json(client, "/-/metadata.json")
    described = metadata["databases"]["minutebook"]["tables"]
    assert all(described[t].get("description") for t in tables if t in described)
    assert tables <= set(described) | {"meeting_documents"} | {t for t in tables if t.endswith("_fts")}


def test_every_column_is_described(public):
    path, client = public
    described = get_json(client, "/-/metadata.json")["databases"]["minutebook"]["tables"]
    db = sqlite_utils.Database(path)
    for table in db.table_names():
        if table.endswith(("_fts", "_data", "_idx", "_docsize", "_config")):
            continue
        for column in db[table].columns:
            assert described.get(table, {}).get("columns", {}).get(column.name), f"{table}.{column.name} has no description"


def test_full_text_search_on_passages(public):
    _, client = public
    rows = get_json(client, "/minutebook/passages.json?_search=safe+haven&_shape=array")
    assert rows and all(r["page"] >= 1 for r in rows)


def test_search_decisions_finds_the_vawg_decision_with_its_source(public):
    """In public, the VAWG Strategic Group's re-establishment in June 2022 is found through the
    published sub-group report; the minutes item that decided it is restricted (next test)."""
    _, client = public
    rows = get_json(client, "/minutebook/search_decisions.json?q=VAWG&_shape=array")
    hit = next(r for r in rows if "re-established by the Community Safety Partnership Board in June 2022" in r["text"])
    assert hit["source"].startswith("/-/source/") and "#page=" in hit["source"]
    narrowed = get_json(client, "/minutebook/search_decisions.json?q=VAWG&from=2023-01-01&_shape=array")
    assert all(r["meeting_date"] >= "2023-01-01" for r in narrowed)
    assert not any(r["meeting_date"] == "2022-06-29" and "re-establish" in r["text"] for r in rows)


def test_the_june_2022_decision_itself_is_restricted_and_served_after_login(archive_db):
    ds, client = client_for(archive_db, public=False, password_hash=hash_password("pw"))
    login = client.post("/-/login", {"username": "admin", "password": "pw"}, csrftoken_from=True)
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    rows = json.loads(client.get("/minutebook/search_decisions.json?q=VAWG&_shape=array", cookies=cookies).text)
    june = next(r for r in rows if r["meeting_date"] == "2022-06-29" and "re-establish the Violence Against Women" in r["text"])
    assert june["source"].endswith("#page=7")


def test_source_link_opens_the_right_file(public):
    path, client = public
    rows = get_json(client, "/minutebook/search_decisions.json?q=VAWG&_shape=array")
    source = next(r for r in rows if "re-established" in r["text"])["source"]
    doc_id = source.split("/")[3].split("#")[0]
    redirect = client.get(f"/-/source/{doc_id}", follow_redirects=False)
    assert redirect.status == 302
    target = redirect.headers["location"]
    assert target.endswith(".pdf")
    pdf = client.get(target)
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body[:5] == b"%PDF-"
    assert client.get("/-/source/999999").status == 404



@pytest.mark.parametrize("path, said", [
    ("/-/source/999999", "No document 999999 in this archive"),
    ("/-/source/999999/minutes.pdf", "No document 999999 in this archive"),
    ("/-/source/1/not-its-name.pdf", "Document 1 has no file of that name"),
    ("/-/source/abc", "No document abc in this archive"),  # was Datasette's 'Database not found'
    ("/-/source/-1/minutes.pdf", "No document -1 in this archive"),
])
def test_a_source_that_cannot_be_opened_answers_with_the_sites_error_page(public, path, said):
    # these were a bare line of text in the browser: now the error page every other 404 gets
    _, client = public
    response = client.get(path)
    assert response.status == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>Error 404</title>" in response.text and "/-/static/app.css" in response.text
    assert said in response.text
    assert '<a href="/search">Search the papers</a>' in response.text  # the site's menu, a way on


@pytest.mark.parametrize("path, status, crumbs", [
    ("/nonesuch", 404, ["/"]),
    ("/minutebook/nonesuch", 404, ["/", "/minutebook"]),
    ("/minutebook/decisions/999999", 404, ["/", "/minutebook", "/minutebook/decisions"]),
    ("/minutebook/decisions?_sort=nonesuch", 400, ["/", "/minutebook", "/minutebook/decisions"]),
])
def test_an_error_page_leads_back_up_as_other_pages_do(public, path, status, crumbs):
    """Its crumbs: home, then the archive and the table the address names, when they exist (an
    error page had none: the way back up was the browser's back button)."""
    _, client = public
    response = client.get(path)
    assert response.status == status and "<title>Error" in response.text
    nav = re.search(r'<p class="crumbs">(.*?)</p>', response.text, re.S)
    assert nav and re.findall(r'<a href="([^"]*)">', nav.group(1)) == crumbs, path


def test_overdue_actions_canned_query_and_csv(public):
    _, client = public
    rows = get_json(client, "/minutebook/overdue_actions.json?as_of=2030-01-01&_shape=array")
    assert rows
    assert all(r["due_date"] < "2030-01-01" and r["days_overdue"] > 0 for r in rows)
    assert all(r["source"].startswith("/-/source/") for r in rows)
    owner = next(r["owners"] for r in rows if r["owners"])
    first = owner.split(";")[0]
    filtered = get_json(client, f"/minutebook/overdue_actions.json?as_of=2030-01-01&owner={urllib.parse.quote(first)}&_shape=array")
    assert filtered and all(first in (r["owners"] or "") for r in filtered)
    csv = client.get("/minutebook/overdue_actions.csv?as_of=2030-01-01")
    assert csv.status == 200 and csv.text.splitlines()[0].startswith("action_id,description,owners,due_date")
    earlier = get_json(client, "/minutebook/overdue_actions.json?as_of=2000-01-01&_shape=array")
    assert earlier == []


def test_open_actions_by_owner(public):
    _, client = public
    rows = get_json(client, "/minutebook/open_actions_by_owner.json?_shape=array")
    assert rows and {"owner", "open_actions", "overdue"} <= set(rows[0])


def test_person_page_reads_as_a_page(public):
    path, client = public
    db = sqlite_utils.Database(path)
    pid = db.execute("select person_id from attendance a join people p on p.id = a.person_id "
                     "where p.name = 'Syed Ghani' limit 1").fetchone()[0]
    html = client.get(f"/person/{pid}").text
    assert "<h1>Syed Ghani</h1>" in html
    for section in ("Roles", "Attendance", "Actions owned", "Where they are named"):
        assert f"<h2>{section}</h2>" in html
    assert "Cabinet Member for Enforcement and Community Safety" in html
    assert "Councillor Ghani" in html  # other spellings
    assert client.get("/person/999999").status == 404
    rows = get_json(client, f"/minutebook/person.json?id={pid}&_shape=array")
    assert any(r["what"].startswith("attendance") for r in rows)


def test_meeting_page(public):
    path, client = public
    db = sqlite_utils.Database(path)
    mid = db.execute("select id from meetings where date = '2022-06-29'").fetchone()[0]
    html = client.get(f"/meeting/{mid}").text
    assert "Community Safety Partnership" in html and "2022-06-29" in html
    assert "Present:" in html and "Decisions" in html and "/-/source/" in html
    rows = get_json(client, f"/minutebook/meeting.json?id={mid}&_shape=array")
    assert {r["what"].split(":")[0] for r in rows} >= {"document", "agenda item", "attendance", "decision", "action"}


def test_overdue_page_has_charts_and_export(public):
    _, client = public
    html = client.get("/overdue?as_of=2030-01-01").text
    assert html.count('<svg class="mb-chart"') == 2 and "Export as CSV" in html and 'id="overdue-table"' in html


def test_sql_time_limit_is_set_for_analysts(public):
    _, client = public
    settings = get_json(client, "/-/settings.json")
    assert settings["sql_time_limit_ms"] <= 5000


# --- restricted material ------------------------------------------------------------------------

def test_the_full_archive_holds_restricted_rows(archive_db):
    db = sqlite_utils.Database(archive_db)
    assert db.execute("select count(*) from agenda_items where restricted = 1").fetchone()[0] >= 3
    assert db.execute("select count(*) from passages where restricted = 1").fetchone()[0] >= 5


@pytest.mark.parametrize("path", [
    "/minutebook/agenda_items.json?_shape=array&restricted=1",
    "/minutebook/passages.json?_shape=array&restricted=1",
    "/minutebook.json?sql=select+*+from+agenda_items+where+restricted+%3D+1&_shape=array",
    "/minutebook.json?sql=select+*+from+passages+where+restricted+%3D+1&_shape=array",
    "/minutebook.json?sql=select+*+from+decisions+where+restricted+%3D+1&_shape=array",
    "/minutebook.json?sql=select+*+from+actions+where+restricted+%3D+1&_shape=array",
    "/minutebook.json?sql=select+*+from+statistics+where+restricted+%3D+1&_shape=array",
])
def test_anonymous_users_reach_no_restricted_rows(public, path):
    _, client = public
    assert get_json(client, path) == []


def test_restricted_words_are_not_searchable_in_public(public, archive_db):
    _, client = public
    full = sqlite_utils.Database(archive_db)
    secret = full.execute("select text from passages where restricted = 1 and length(text) > 80 limit 1").fetchone()[0]
    words = " ".join(secret.split()[:6])
    assert full.execute("select count(*) from pages where text like ?", [f"%{words}%"]).fetchone()[0] >= 1
    sql = urllib.parse.quote(f"select count(*) as n from pages where text like '%{words}%'")
    assert get_json(client, f"/minutebook.json?sql={sql}&_shape=array") == [{"n": 0}]
    titles = get_json(client, "/minutebook/agenda_items.json?_shape=array&_size=max")
    assert RESTRICTED_PHRASE not in {t["title"] for t in titles}


def test_full_mode_needs_a_login(archive_db):
    ds, client = client_for(archive_db, public=False, password_hash=hash_password("correct horse"))
    assert client.get("/").status == 403
    assert client.get("/minutebook.json?sql=select+1").status == 403
    assert client.get("/minutebook/agenda_items.json").status == 403
    login = client.post("/-/login", {"username": "admin", "password": "wrong"}, csrftoken_from=True)
    assert "ds_actor" not in login.cookies
    login = client.post("/-/login", {"username": "admin", "password": "correct horse"}, csrftoken_from=True)
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    rows = json.loads(client.get("/minutebook/agenda_items.json?_shape=array&restricted=1", cookies=cookies).text)
    assert RESTRICTED_PHRASE in {r["title"] for r in rows}


def test_serve_refuses_full_mode_without_a_password(archive_db):
    result = run_cli("serve", "--db", archive_db, "--full", "--get", "/", env={"MINUTEBOOK_PASSWORD": ""})
    assert result.returncode != 0 and "MINUTEBOOK_PASSWORD" in result.stderr


def test_serve_get_through_the_cli(archive_db):
    result = run_cli("serve", "--db", archive_db, "--get", "/minutebook/search_decisions.json?q=VAWG&_shape=array", check=True)
    assert "re-established" in result.stdout


def test_immutable_mode_with_inspect_data(archive_db):
    ds = make_datasette(public_path(str(archive_db)), public=True, immutable=True, name="minutebook")
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    assert get_json(client, "/minutebook.json")["tables"]


def test_the_menu_offers_a_login_only_where_one_can_be_granted(public, archive_db):
    _, client = public
    for path in ("/", "/minutebook/actions", "/-/source/abc"):  # a page, a table, an error page
        assert 'href="/-/login"' not in client.get(path).text, path  # the public copy has no login to grant
    ds, full = client_for(archive_db, public=False, password_hash=hash_password("pw"))
    assert 'href="/-/login"' in full.get("/").text  # full mode's 403 leads to its login
