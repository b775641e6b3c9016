"""Every page of the site as people open it: HTML through Datasette's own test client on the
public archive (table pages, row pages, canned queries, custom pages, the search page)."""

import asyncio
import html as htmllib
import json
import re
import urllib.parse
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.utils import path_from_row_pks
from datasette.utils.testing import TestClient as DatasetteClient
from markupsafe import escape

from minutebook.fulltext import fts_query
from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette, site_dir
from minutebook.titles import paper_title

HASHED_FILENAME = re.compile(r"\b\d{3}_[0-9a-f]{16}\.(pdf|html)\b")
QUERIES = yaml.safe_load((site_dir() / "queries.yml").read_text())


@pytest.fixture(scope="module")
def site(archive_db):
    path = public_path(str(archive_db))  # made by the ingest
    ds = make_datasette(path, public_files=files_dir(str(archive_db)))
    asyncio.run(ds.invoke_startup())
    return sqlite_utils.Database(path), DatasetteClient(ds)


def page(client, path):
    response = client.get(path)
    assert response.status == 200, (path, response.status, re.sub(r"\s+", " ", response.text)[:600])
    assert "<html" in response.text
    return response.text


def text_of(html):
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def tables_and_views(db):
    internal = ("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")
    return [t for t in db.table_names() if not t.endswith(internal)] + db.view_names()


# --- Datasette's own pages ------------------------------------------------------------------------

def test_every_table_page_answers_html(site):
    db, client = site
    for table in tables_and_views(db):
        html = page(client, f"/minutebook/{table}")
        if db[table].count:
            assert "<table" in html, table


def test_table_pages_link_people_and_meetings_to_their_own_pages(site):
    db, client = site
    html = page(client, "/minutebook/attendance")
    assert re.search(r'href="/person/\d+">[^<\d]', html)  # the person's name, not a bare id
    assert re.search(r'href="/meeting/\d+"', html)
    assert re.search(r'href="/-/source/\d+#page=\d+"', page(client, "/minutebook/passages"))
    assert "The agenda item (agenda_items.id)" not in html  # only the columns attendance has are described


def test_table_pages_name_meetings_actions_and_papers_by_what_they_are(site):
    db, client = site
    meeting_id, body, date = db.execute(
        "select m.id, m.body, m.date from attendance a join meetings m on m.id = a.meeting_id order by a.id limit 1"
    ).fetchone()
    html = htmllib.unescape(page(client, "/minutebook/attendance"))
    assert re.search(rf'href="/meeting/{meeting_id}"[^>]*>{re.escape(body)}, {date}</a>', html)
    action_id, task = db.execute(
        "select a.id, coalesce(nullif(a.description, ''), a.text) from action_history h "
        "join actions a on a.id = h.action_id order by h.id limit 1").fetchone()
    for path in ("/minutebook/action_history", f"/minutebook/action_history?action_id={action_id}"):
        html = htmllib.unescape(page(client, path))
        link = re.search(rf'href="/action/{action_id}"[^>]*>([^<]+)</a>', html)
        assert link, path  # the action's own page, not the bare table row
        assert task.startswith(link.group(1).rstrip("\u2026")), (path, link.group(1))
    document_id, title, filename = db.execute(
        "select d.id, d.title, d.filename from action_history h join documents d on d.id = h.document_id "
        "order by h.id limit 1").fetchone()
    html = htmllib.unescape(page(client, "/minutebook/action_history"))
    assert re.search(rf'href="/minutebook/documents/{document_id}"[^>]*>{re.escape(paper_title(title, filename))}</a>',
                     html)  # the paper's title, or its file name where the title is a scrap


def test_a_sightings_owners_show_as_names_and_stay_json_in_the_api(site):
    db, client = site
    history_id, owners = db.execute(
        "select id, owners from action_history where owners like '[{%' order by id limit 1").fetchone()
    names = "; ".join(o["name"] for o in json.loads(owners))
    for path in ("/minutebook/action_history", f"/minutebook/action_history/{history_id}"):
        html = page(client, path)
        assert "&#34;kind&#34;: " not in html, path  # no JSON blob in a cell
        assert f'class="col-owners type-str">{escape(names)}</td>' in html, path
    api = client.get(f"/minutebook/action_history/{history_id}.json?_shape=array").json
    assert api[0]["owners"] == owners


def test_a_sighting_that_names_no_owner_shows_an_empty_cell_not_brackets(site):
    """An owners list with no one in it ('[]') was shown as '[]' on the table and row pages."""
    db, client = site
    row = db.execute("select id from action_history where owners = '[]' order by id limit 1").fetchone()
    if row is None:
        pytest.skip("no sighting without owners in this archive (../shared absent?)")
    for path in (f"/minutebook/action_history?id={row[0]}", f"/minutebook/action_history/{row[0]}"):
        html = page(client, path)
        assert re.search(r'class="col-owners type-str">(&nbsp;|\xa0)</td>', html), path
        assert ">[]<" not in html, path
    assert client.get(f"/minutebook/action_history/{row[0]}.json?_shape=array").json[0]["owners"] == "[]"


def test_every_row_page_answers_html(site):
    db, client = site
    for table in db.table_names():
        if table.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")) or not db[table].count:
            continue
        pks = db[table].pks
        use_rowid = pks == ["rowid"]
        row = next(db.query(f"select {'rowid, ' if use_rowid else ''}* from [{table}] limit 1"))
        path = path_from_row_pks(row, [] if use_rowid else pks, use_rowid)
        page(client, f"/minutebook/{table}/{path}")


def test_table_search_box_answers_html(site):
    _, client = site
    for words in ("CCTV", "safe haven", '"safe haven"', "fund*"):
        page(client, "/minutebook/passages?_search=" + urllib.parse.quote(words))


# --- canned queries -------------------------------------------------------------------------------

EXAMPLES = {"q": "CCTV", "as_of": "2030-01-01", "owner": "a", "body": "Community", "from": "2019-01-01",
            "to": "2030-12-31", "name": "Ghani"}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_without_parameters(site, name):
    _, client = site
    html = page(client, f"/minutebook/{name}")
    assert QUERIES[name].get("hide_sql"), f"{name} opens with its SQL"
    assert "<textarea" not in html  # the SQL is behind "Show SQL", not in the reader's face


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_with_parameters(site, name):
    db, client = site
    params = {k: v for k, v in EXAMPLES.items() if f":{k}" in QUERIES[name]["sql"]}
    if ":id" in QUERIES[name]["sql"]:
        table = "meetings" if name == "meeting" else "people"
        params["id"] = db.execute(f"select min(id) from {table}").fetchone()[0]
    page(client, f"/minutebook/{name}?" + urllib.parse.urlencode(params))


@pytest.mark.parametrize("name, param", [("overdue_actions", "as_of"), ("search_decisions", "from"),
                                         ("search_decisions", "to")])
def test_a_canned_querys_date_that_is_not_one_is_said_not_compared_as_text(site, name, param):
    """'yesterday' or '2023-2-5' was compared with the ISO dates as text: the overdue query listed
    every action due before 'y', with no days overdue, and no word of it."""
    _, client = site
    for typed in ("yesterday", "2023-2-5", "2023-02-30"):
        response = client.get(f"/minutebook/{name}?{param}={urllib.parse.quote(typed)}")
        assert response.status == 400, (name, typed, response.status)
        said = text_of(response.text)
        assert f"“{typed}” is not a date of the form YYYY-MM-DD" in said, said[:600]
        api = client.get(f"/minutebook/{name}.json?{param}={urllib.parse.quote(typed)}")
        assert api.status == 400 and "is not a date" in api.json["error"]
    assert client.get(f"/minutebook/{name}.json?{param}=2023-02-05&_shape=objects").status == 200
    assert client.get(f"/minutebook/{name}.json?{param}=&_shape=objects").status == 200


@pytest.mark.parametrize("q", ["CCTV", "funding", "domestic abuse", "VAWG", '"safe haven"', "fund*",
                               "CCTV OR funding", '"unbalanced', "(", "a AND", "NEAR(", "-", "'", "a\x00b",
                               "heading:CCTV", "description:CCTV"])
def test_search_decisions_never_answers_an_error(site, q):
    _, client = site
    page(client, "/minutebook/search_decisions?q=" + urllib.parse.quote(q))
    assert client.get("/minutebook/search_decisions.json?q=" + urllib.parse.quote(q)).status == 200


def test_search_decisions_has_no_always_empty_columns(site):
    _, client = site
    rows = client.get("/minutebook/search_decisions.json?_shape=array&_size=max").json
    assert rows
    for column in rows[0]:
        assert any(r[column] not in (None, "") for r in rows), f"column {column} is always empty"
    assert not any(HASHED_FILENAME.search(r["paper"]) for r in rows)


def test_search_decisions_finds_ordinary_words(site):
    db, client = site
    text = db.execute("select text from decisions order by length(text) desc limit 1").fetchone()[0]
    word = max(re.findall(r"[A-Za-z]{5,}", text), key=len)
    expected = db.execute("select count(*) from decisions where text like ?", [f"%{word}%"]).fetchone()[0]
    rows = client.get(f"/minutebook/search_decisions.json?q={word}&_shape=array&_size=max").json
    assert expected and len(rows) >= expected  # stemming finds other forms of the word as well


# --- the search page ------------------------------------------------------------------------------

def hits(html):
    return re.findall(r'<li class="mb-hit mb-hit-(\w+)" data-id="\d+">(.*?)</li>', html, flags=re.S)


def test_search_page_finds_a_word_with_snippet_date_body_title_and_page(site):
    db, client = site
    html = page(client, "/search?q=CCTV")
    found = hits(html)
    assert found
    assert re.search(r"<mark>cctv</mark>", html, flags=re.I)
    for kind, hit in found:
        document_id, page_no = map(int, re.search(r'href="/-/source/(\d+)#page=(\d+)"', hit).groups())
        text = db.execute("select text from pages where document_id = ? and page = ?", [document_id, page_no]).fetchone()[0]
        assert "cctv" in text.lower(), (kind, document_id, page_no)  # the link opens the page the hit is on
        title, filename = db.execute("select title, filename from documents where id = ?", [document_id]).fetchone()
        assert str(escape(paper_title(title, filename))) in hit
        assert not HASHED_FILENAME.search(hit)
    assert any(re.search(r'href="/meeting/\d+">\d{4}-\d{2}-\d{2}</a>', hit) for _, hit in found)


def test_search_page_ranks_by_bm25(site):
    db, client = site
    html = page(client, "/search?kind=passages&q=" + urllib.parse.quote("domestic abuse"))
    shown = [int(i) for i in re.findall(r'data-id="(\d+)"', html)]
    best = [r[0] for r in db.execute(
        "select rowid from passages_fts where passages_fts match 'domestic abuse' order by bm25(passages_fts), rowid limit 5")]
    assert shown[:1] == best[:1]


@pytest.mark.parametrize("q", ['"safe haven"', "safe NOT haven", "CCTV OR Prevent", "fund*", "abuse"])
def test_search_page_understands_phrases_and_operators(site, q):
    _, client = site
    assert hits(page(client, "/search?q=" + urllib.parse.quote(q)))


@pytest.mark.parametrize("q", ['"unbalanced', "(", "a AND", "NEAR(", "OR", "*", "-", "'", "domestic-abuse", ")(", "CCTV\x00x",
                               # column filters valid on one index (passages' heading, actions' description)
                               # and an error on the others
                               "heading:CCTV", "description:CCTV", "{heading text}:CCTV", "text:CCTV"])
def test_bad_search_syntax_is_never_an_error_page(site, q):
    _, client = site
    html = page(client, "/search?q=" + urllib.parse.quote(q))
    assert "Error" not in text_of(html).split("Search the papers", 1)[-1][:200]


def test_search_filters_by_kind_body_and_dates(site):
    db, client = site
    html = page(client, "/search?kind=decisions&q=agreed")
    assert hits(html) and {k for k, _ in hits(html)} == {"decision"}
    body = db.execute("select body from meetings group by body order by count(*) desc limit 1").fetchone()[0]
    html = page(client, "/search?q=meeting&body=" + urllib.parse.quote(body))
    assert hits(html) and all(str(escape(body)) in hit for _, hit in hits(html))
    html = page(client, "/search?q=meeting&from=2020-01-01&to=2022-12-31")
    dates = re.findall(r'href="/meeting/\d+">(\d{4}-\d{2}-\d{2})</a>', html)
    assert dates and all("2020-01-01" <= d <= "2022-12-31" for d in dates)
    assert len(dates) == len(hits(html))  # a date filter leaves out what has no date


def test_search_pages_through_results(site):
    _, client = site
    first = page(client, "/search?q=council")
    assert 'rel="next"' in first
    second = page(client, "/search?q=council&page=2")
    assert 'rel="prev"' in second and hits(second) and hits(second) != hits(first)
    assert re.search(r'<ol class="mb-hits" start="21">', second)


def test_search_page_numbers_out_of_range_are_pages_too(site):
    _, client = site
    for number in ("0", "-3", "x", "99999999999999999999999"):
        page(client, "/search?q=council&page=" + number)


def test_search_page_says_what_is_wrong_with_a_date(site):
    _, client = site
    html = page(client, "/search?q=CCTV&from=yesterday")
    assert "is not a date of the form YYYY-MM-DD" in html and hits(html)


def test_search_page_without_a_query_offers_the_form(site):
    _, client = site
    html = page(client, "/search")
    assert 'name="q"' in html and not hits(html)


def test_home_page_search_box_opens_the_search_page(site):
    _, client = site
    home = page(client, "/")
    form = re.search(r'<form action="(/[^"]*)"[^>]*role="search".*?</form>', home, flags=re.S)
    assert form and form.group(1) == "/search" and 'name="q"' in form.group(0)
    assert hits(page(client, "/search?q=CCTV"))


def test_fts_query_keeps_valid_syntax_and_quotes_the_rest():
    assert fts_query('"safe haven" OR CCTV') == '"safe haven" OR CCTV'
    assert fts_query("fund*") == "fund*"
    assert fts_query('"unbalanced') == '"unbalanced"'
    assert fts_query("a AND") == '"a" "AND"'
    assert fts_query("domestic-abuse") == '("domestic abuse" OR "domesticabuse")'  # printed apart or run together
    assert fts_query("CCTV -camera") == '"CCTV" NOT "camera"'
    assert fts_query("   ") == ""
    assert fts_query("text:CCTV") == "text:CCTV"  # the column every index has
    assert fts_query("heading:CCTV") == '"heading:CCTV"'  # passages alone have a heading


# --- custom pages ---------------------------------------------------------------------------------

def test_custom_pages_answer_html(site):
    db, client = site
    person = db.execute("select person_id from attendance group by person_id order by count(*) desc limit 1").fetchone()[0]
    meeting = db.execute("select meeting_id from decisions where meeting_id is not null group by meeting_id "
                         "order by count(*) desc limit 1").fetchone()[0]
    for path in ("/", "/search", "/search?q=CCTV", "/overdue", "/overdue?as_of=2030-01-01", "/people", "/people?q=a",
                 "/meetings", f"/person/{person}", f"/meeting/{meeting}"):
        html = page(client, path)
        assert not HASHED_FILENAME.search(html), path


def test_meetings_list_by_body_and_year(site):
    db, client = site
    html = page(client, "/meetings")
    for (body,) in db.execute("select distinct body from meetings where body is not null"):
        assert re.search(r'<h2><a href="/meetings\?body=[^"]+">' + re.escape(str(escape(body))) + "</a></h2>", html), body
    body, year, n = db.execute("select body, year, count(*) from meetings group by body, year order by count(*) desc limit 1").fetchone()
    one = page(client, "/meetings?" + urllib.parse.urlencode({"body": body, "year": year}))
    assert len(re.findall(r'<td data-label="Date"><a href="/meeting/\d+">', one)) == n
    assert one.count("<h2>") == 1 and f"<h3>{year}</h3>" in one


def test_the_meetings_list_tells_no_attendance_list_from_nobody_present(site):
    """A meeting only an agenda convenes has no attendance list: its Present was '0', as if nobody came."""
    db, client = site
    listed = {r[0] for r in db.execute("select distinct meeting_id from attendance where meeting_id is not null")}
    rows = re.findall(r'<a href="/meeting/(\d+)">.*?<td data-label="Present">(.*?)</td>', page(client, "/meetings"), flags=re.S)
    assert rows and {int(m) for m, _ in rows} - listed and {int(m) for m, _ in rows} & listed  # both kinds
    for meeting, present in rows:
        if int(meeting) in listed:
            assert present.isdigit(), meeting
        else:
            assert "–" in present and "the papers list no attendance" in present, meeting


def test_person_page_has_a_timeline(site):
    db, client = site
    person, first, last = db.execute(
        "select a.person_id, min(m.date), max(m.date) from attendance a join meetings m on m.id = a.meeting_id "
        "group by a.person_id order by count(distinct m.year) desc, count(*) desc limit 1").fetchone()
    html = page(client, f"/person/{person}")
    seen = text_of(re.search(r'<p id="mb-seen">.*?</p>', html, flags=re.S).group(0))
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", seen)
    assert dates[0] <= first and dates[1] >= last
    years = re.findall(r"<tr><td>(\d{4})</td>", re.search(r'id="attendance-by-year">.*?</table>', html, flags=re.S).group(0))
    assert years and years == sorted(years)


def test_person_mentions_are_dated_and_listed_once(site):
    db, client = site
    person = db.execute("select person_id from mentions where kind = 'mention' group by person_id "
                        "order by count(*) desc limit 1").fetchone()[0]
    table = re.search(r'<table class="mb mb-stack" id="mentions">.*?</table>', page(client, f"/person/{person}"), flags=re.S)
    rows = re.findall(r"<tr><td.*?</tr>", table.group(0), flags=re.S)
    assert rows and len(rows) == len(set(rows))
    assert any(re.search(r'data-label="Date"><a href="/meeting/\d+">\d{4}-', r) for r in rows)


def test_meeting_page_names_its_papers_by_title(site):
    db, client = site
    meeting, title, filename = db.execute(
        "select md.meeting_id, d.title, d.filename from meeting_documents md join documents d on d.id = md.document_id "
        "where d.filename glob '[0-9][0-9][0-9]_*' limit 1").fetchone()
    papers = re.search(r'<ul id="papers">.*?</ul>', page(client, f"/meeting/{meeting}"), flags=re.S).group(0)
    assert str(escape(paper_title(title, filename))) in papers and filename not in papers


def test_a_meeting_page_says_when_its_papers_list_no_attendance(site):
    """A meeting whose papers list nobody had an empty Attendance heading (43 of the wild archive's 145)."""
    db, client = site
    listed = {r[0] for r in db.execute("select distinct meeting_id from attendance where meeting_id is not null")}
    meetings = [r[0] for r in db.execute("select id from meetings")]
    assert listed and set(meetings) - listed  # the archive has both
    for meeting in meetings:
        section = re.search(r"<h2>Attendance</h2>(.*?)<h2>", page(client, f"/meeting/{meeting}"), flags=re.S).group(1)
        if meeting in listed:
            assert re.search(r'<strong>[\w ]+:</strong>\s*<a href="/person/\d+', section), meeting
        else:
            assert "No attendance list found." in text_of(section), meeting


def test_an_action_no_meeting_dates_names_its_paper_not_a_bare_page(site):
    """An action from a paper no meeting was found for showed 'Raised: p.1', and its trail's
    Meeting column the action's own words (its item's title) under an empty date."""
    db, client = site
    undated = db.execute("select a.id, d.title, d.filename, a.page from actions a join documents d on d.id = a.document_id "
                         "where a.meeting_id is null").fetchall()
    if not undated:
        pytest.skip("every action of this archive has a meeting")
    for action_id, title, filename, page_no in undated:
        html = page(client, f"/action/{action_id}")
        raised = text_of(re.search(r"<tr><th>Raised</th>(.*?)</tr>", html, flags=re.S).group(1))
        assert f"{paper_title(title, filename)}, p.{page_no}" in raised and "no meeting found" in raised
        for row in re.findall(r'<td data-label="Meeting">(.*?)</td>\s*<td data-label="Says">(.*?)<', re.search(
                r'id="action-trail">(.*?)</table>', html, flags=re.S).group(1), flags=re.S):
            meeting, said = text_of(row[0]).strip(), text_of(row[1]).strip()
            assert meeting and said[:40] not in meeting  # a date or 'no meeting found', not the action again


def test_an_actions_status_is_said_once(site):
    """'open (open)': the state the latest news gives was repeated when it is the status itself."""
    db, client = site
    for action_id, status, state in db.execute("select id, status, state from actions where state is not null limit 40"):
        cell = re.search(r"<tr><th>Status</th><td>(.*?)</td>", page(client, f"/action/{action_id}"), flags=re.S).group(1)
        assert (f"({state.replace('_', ' ')})" in cell) == (state != status), (action_id, cell)


# --- overdue actions ------------------------------------------------------------------------------

def chart_labels(svg):
    return [htmllib.unescape(t) for t in re.findall(r'<text x="[\d.]+" y="[\d.]+" text-anchor="end" font-size="12">([^<]*)</text>', svg)]


def test_owner_filter_narrows_the_charts_too(site):
    db, client = site
    owner = db.execute("select o.name from action_owners o join actions a on a.id = o.action_id where a.status = 'open' "
                       "and a.due_date < '2030-01-01' and o.person_id is not null group by o.name order by count(*) desc limit 1").fetchone()[0]
    everyone = page(client, "/overdue?as_of=2030-01-01")
    theirs = page(client, "/overdue?as_of=2030-01-01&owner=" + urllib.parse.quote(owner))
    charts = re.findall(r'<svg class="mb-chart".*?</svg>', theirs, flags=re.S)
    assert len(charts) == 2
    assert chart_labels(charts[0]) == [owner[:34]]
    all_months = re.findall(r"overdue actions: (\d+)", re.findall(r'<svg class="mb-chart".*?</svg>', everyone, flags=re.S)[1])
    their_months = re.findall(r"overdue actions: (\d+)", charts[1])
    rows = re.findall(r'<td data-label="Days overdue"', theirs)
    assert sum(map(int, their_months)) == len(rows) < sum(map(int, all_months))


def test_overdue_says_when_as_of_is_not_a_date(site):
    _, client = site
    html = page(client, "/overdue?as_of=garbage")
    assert "“garbage” is not a date of the form YYYY-MM-DD" in html
    assert "None" not in text_of(html)


def test_overdue_shows_when_each_action_was_last_seen(site):
    db, client = site
    html = page(client, "/overdue?as_of=2030-01-01")
    cells = re.findall(r'<td data-label="Last seen">(.*?)</td>', html, flags=re.S)
    assert cells and len(cells) == len(re.findall(r'<td data-label="Days overdue"', html))
    # A meeting dated by its minute numbers alone is known to the month: shown as YYYY-MM, never invented
    dated = [c for c in cells if re.match(r"\d{4}-\d{2}(-\d{2})?\b", text_of(c).strip())]
    assert len(dated) + sum("not dated" in c for c in cells) == len(cells) and dated
    assert "no later papers of this body in the archive" in html or "latest paper of this body" in html


# --- error pages ----------------------------------------------------------------------------------

def test_missing_pages_are_404_pages(site):
    _, client = site
    for path in ("/person/999999", "/meeting/999999", "/no-such-page", "/minutebook/no_such_table"):
        response = client.get(path)
        assert response.status == 404 and "<html" in response.text


def test_every_page_in_the_readme_table_answers(site):
    """The README's table of pages is the site: every path in it opens."""
    db, client = site
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    table = readme[readme.index("What the site offers:"):readme.index("## Speed")]
    ids = {"person": db.execute("select min(person_id) from attendance").fetchone()[0],
           "meeting": db.execute("select min(id) from meetings").fetchone()[0],
           "source": db.execute("select min(id) from documents").fetchone()[0],
           "action": db.execute("select min(id) from actions").fetchone()[0]}
    paths = [p for row in table.splitlines() if row.startswith("| `") for p in re.findall(r"`(/[^`]*)`", row.split("|")[1])]
    assert len(paths) >= 12
    for path in paths:
        path = path.split("#")[0]
        for kind, value in ids.items():
            path = path.replace(f"/{kind}/ID", f"/{kind}/{value}").replace(f"/-/{kind}/ID", f"/-/{kind}/{value}")
        path = re.sub(r"\?id=$", f"?id={ids['person']}", path)
        path = path.replace("YYYY-MM-DD", "2030-01-01").replace("...", "a")
        response = client.get(path)
        assert response.status in (200, 302), (path, response.status)


def test_search_page_needs_a_login_in_full_mode(archive_db):
    from minutebook.serve import hash_password

    ds = make_datasette(str(archive_db), public=False, password_hash=hash_password("pw"))
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    assert client.get("/search?q=CCTV").status == 403
    login = client.post("/-/login", {"username": "admin", "password": "pw"}, csrftoken_from=True)
    response = client.get("/search?q=CCTV", cookies={"ds_actor": login.cookies["ds_actor"]})
    assert response.status == 200 and hits(response.text)


def test_every_page_menu_leads_to_the_site_pages(site):
    _, client = site
    for path in ("/minutebook/decisions", "/search?q=CCTV", "/meetings"):
        menu = re.search(r'<details class="nav-menu">.*?</details>', page(client, path), flags=re.S).group(0)
        for href in ("/search", "/meetings", "/overdue", "/people"):
            assert f'href="{href}"' in menu, (path, href)


ODD_NAMES = ["minutes with spaces.pdf", "O'Brien \"quoted\" minutes.pdf", "Procès-verbal réunion été.pdf",
             "a#b%20c?d.pdf", "日本語の議事録.pdf"]


def test_source_links_open_files_with_any_name(tmp_path):
    from .conftest import run_cli
    from .pdfs import write_pdf

    folder = tmp_path / "papers"
    folder.mkdir()
    for i, name in enumerate(ODD_NAMES):
        write_pdf(folder / name, [[f"Minutes of the Board meeting {i}", "The board agreed the CCTV plan.",
                                   f"Paper number {i} of the set"]])
    db_path = tmp_path / "odd.db"
    run_cli("ingest", folder, "--db", db_path, check=True)
    ds = make_datasette(public_path(str(db_path)), public_files=files_dir(str(db_path)))
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    links = re.findall(r'href="(/-/source/\d+)#page=1"', page(client, "/search?q=CCTV"))
    assert len(set(links)) == len(ODD_NAMES)
    for link in set(links):
        redirect = client.get(link, follow_redirects=False)
        assert redirect.status == 302, link
        target = redirect.headers["location"]
        assert target.isascii() and " " not in target  # a Location header a browser can follow
        pdf = client.get(target)
        assert pdf.status == 200 and pdf.body[:5] == b"%PDF-", (link, target, pdf.status)


# --- odd input -------------------------------------------------------------------------------------

def test_a_very_long_name_filter_is_an_answer_not_a_server_error(site):
    """A LIKE pattern past SQLite's limit (1,000 characters) was an exception that escaped the
    page (a bare 500 and a traceback in the terminal); a name is never that long."""
    _, client = site
    long_name = "Ghani" * 1000
    assert "No open action" in page(client, "/overdue?owner=" + long_name)
    assert "<table" in page(client, "/people?q=" + long_name)


@pytest.mark.parametrize("query", ["_sort=no_such_column", "_sort_desc=no_such_column", "_sort=id&_sort_desc=id"])
def test_a_bad_sort_parameter_is_the_visitors_error(site, query):
    _, client = site
    for path in (f"/minutebook/documents?{query}", f"/minutebook/documents.json?{query}"):
        response = client.get(path)
        assert response.status == 400, (path, response.status)
        assert "sort" in response.text


def test_a_page_whose_query_fails_is_an_error_page(tmp_path):
    """An archive without the tables a page reads (another SQLite file served by mistake):
    the page says why, as an error page, instead of an exception escaping Datasette."""
    path = tmp_path / "other.db"
    sqlite_utils.Database(path)["notes"].insert({"id": 1, "text": "not an archive"})
    ds = make_datasette(str(path))
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    for url in ("/overdue", "/people", "/meetings", "/person/1"):
        response = client.get(url)
        assert response.status == 500 and "<html" in response.text, url
        assert "could not be computed" in response.text and "no such table" in response.text, url


def test_an_archive_published_before_a_column_was_added_still_serves_its_tables(tmp_path):
    """metadata.yml offers facets on columns newer archives have (documents.authority, say); a
    facet on a missing column failed the whole table page (400) until the archive's next ingest."""
    from minutebook.serve import load_metadata

    path = tmp_path / "older.db"
    db = sqlite_utils.Database(path)
    db["documents"].insert({"id": 1, "filename": "minutes.pdf", "status": "ok", "kind": "minutes", "format": "pdf",
                            "ingested_at": "2024-03-13"}, pk="id")
    db["meetings"].insert({"id": 1, "body": "Harbour Board", "date": "2024-03-12", "year": 2024}, pk="id")
    table = load_metadata("older", db_path=str(path))["databases"]["older"]["tables"]
    newer = [f for name in ("documents", "meetings") for f in load_metadata("x")["databases"]["x"]["tables"][name]["facets"]
             if f not in db[name].columns_dict]
    assert newer, "metadata.yml offers no facet this older archive lacks: the test shows nothing"
    assert all(f in db[name].columns_dict for name in ("documents", "meetings") for f in table[name]["facets"])
    ds = make_datasette(str(path), name="older")
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    assert "Harbour Board" in page(client, "/older/meetings")
    assert "minutes.pdf" in page(client, "/older/documents")


def test_each_home_page_figure_opens_the_rows_it_counts(site):
    """The 'decisions' figure led to the search page without a query: a form and nothing else."""
    _, client = site
    figures = re.findall(r'<div><strong[^>]*>(\d+)</strong><a href="([^"]+)">([^<]+)</a>', page(client, "/"))
    assert len(figures) == 6
    for count, href, label in figures:
        html = page(client, htmllib.unescape(href))
        if int(count):
            assert "<table" in html or 'class="mb-hit' in html, (label, href)


def test_a_person_chairing_a_meeting_has_that_role_on_their_page(site):
    """A role the attendance list gives ('Councillor Ghani (CHAIR)') is a role the person held: the
    page's Roles must not say 'No posts recorded' above an attendance row saying 'chair'."""
    db, client = site
    chairs = db.execute("select distinct a.person_id, a.role, m.body from attendance a join meetings m on m.id = a.meeting_id "
                        "where a.role is not null and a.person_id is not null").fetchall()
    assert chairs
    for person, role, body in chairs:
        html = page(client, f"/person/{person}")
        roles = re.search(r"<h2>Roles</h2>(.*?)<h2>", html, flags=re.S).group(1)
        assert "No posts recorded" not in roles, person
        assert role.lower() in text_of(roles).lower(), (person, role)
