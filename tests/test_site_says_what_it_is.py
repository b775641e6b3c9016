"""Pages that said too little for a reader who typed no SQL: an action's "Last seen" and "Closed in"
showed a bare "p.1" (which paper?), a canned query's form was headed "Custom SQL query returning 100 rows"
over fields named q, body, from and to, and the decisions' facet "source" read like the paper-link column.
The bundled corpus through Datasette's own test client on the public copy, as people open it."""

import asyncio
import html as htmllib
import re
import urllib.parse

import pytest
import sqlite_utils
import yaml
from datasette.utils.testing import TestClient as DatasetteClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette, site_dir
from minutebook.titles import paper_title

from .conftest import CORPUS, run_cli

QUERIES = yaml.safe_load((site_dir() / "queries.yml").read_text())


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    db = tmp_path_factory.mktemp("says") / "minutebook.db"
    run_cli("ingest", CORPUS, "--db", db, check=True)
    path = public_path(str(db))
    ds = make_datasette(path, public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return db, sqlite_utils.Database(path), DatasetteClient(ds)


def page(client, path):
    response = client.get(path)
    assert response.status == 200, (path, response.status, response.text[:400])
    return response.text


def text_of(html):
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


def summary_cell(html, heading):
    return re.search(rf"<tr><th>{heading}</th><td>(.*?)</td></tr>", html, flags=re.S).group(1)


def test_an_actions_last_and_closing_papers_are_named_with_their_page(corpus_site):
    _, db, client = corpus_site
    rows = db.execute("""
        select a.id, 'Last seen', a.last_seen_document_id, a.last_seen_page from actions a
          where a.last_seen is not null and a.last_seen_document_id is not null
        union all
        select a.id, 'Closed in', a.completed_document_id, a.completed_page from actions a
          where a.completed_in is not null and a.completed_document_id is not null""").fetchall()
    assert any(heading == "Closed in" for _, heading, _, _ in rows), "the corpus closes no action"
    for action_id, heading, document_id, page_no in rows:
        title, filename = db.execute("select title, filename from documents where id = ?", [document_id]).fetchone()
        cell = summary_cell(page(client, f"/action/{action_id}"), heading)
        named = f"{paper_title(title, filename)}, p.{page_no}"
        link = re.search(r'<a class="mb-source" href="([^"]+)"[^>]*>([^<]+)</a>', cell)
        assert link and htmllib.unescape(link.group(2)) == named, (action_id, heading, cell)
        assert link.group(1) == f"/-/source/{document_id}#page={page_no}"
        assert re.search(r"\d{4}-\d{2}-\d{2}", text_of(cell)), cell  # the meeting's date beside it


def test_an_actions_trail_names_its_papers_not_their_stored_file_names(corpus_site):
    """The public copy stores its files as 001_<hash>.pdf: the trail named those."""
    _, db, client = corpus_site
    (action_id,) = db.execute("select min(action_id) from action_history").fetchone()
    trail = re.search(r'id="action-trail">(.*?)</table>', page(client, f"/action/{action_id}"), flags=re.S).group(1)
    papers = [text_of(c) for c in re.findall(r'<td data-label="Paper">(.*?)</td>', trail, flags=re.S)]
    assert papers and not any(re.search(r"\b\d{3}_[0-9a-f]{16}\.", p) for p in papers), papers


def test_the_history_on_the_command_line_names_the_papers_too(corpus_site):
    archive, _, _ = corpus_site
    full = sqlite_utils.Database(archive)
    action_id, closed, page_no, title, filename = full.execute(
        "select a.id, a.completed_in, a.completed_page, d.title, d.filename from actions a "
        "join documents d on d.id = a.completed_document_id limit 1").fetchone()
    header = run_cli("actions", "--history", action_id, "--db", archive, "--full", check=True).stdout.split("\n\n")[0]
    assert f"closed in {closed} ({paper_title(title, filename)}, p.{page_no})" in header, header
    assert re.search(r"last seen \d{4}-\d{2}-\d{2} \(.+, p\.\d+\)", header), header


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_canned_query_says_what_it_is_and_what_to_type(corpus_site, name):
    _, _, client = corpus_site
    html = page(client, f"/minutebook/{name}")
    said = text_of(html)
    assert "Custom SQL query" not in said
    assert re.search(r"<h1[^>]*>\s*" + re.escape(QUERIES[name]["title"]) + r"\s*</h1>", html), name
    params = sorted(set(re.findall(r"(?<!:):([a-z_]+)\b", QUERIES[name]["sql"])))
    labels = QUERIES[name].get("param_labels") or {}
    assert sorted(labels) == params, (name, params)  # every field has a label, and no label is for nothing
    shown = {field: htmllib.unescape(label) for label, field in re.findall(
        r'<label for="qp\d+">([^<]*)</label> <input type="text" id="qp\d+" name="([^"]+)"', html)}
    assert shown == labels, name  # each field under its label, none under its bare name


def test_search_decisions_still_searches_in_html_json_and_csv(corpus_site):
    _, db, client = corpus_site
    text = db.execute("select text from decisions order by length(text) desc limit 1").fetchone()[0]
    word = max(re.findall(r"[A-Za-z]{5,}", text), key=len)
    html = page(client, "/minutebook/search_decisions?q=" + urllib.parse.quote(word))
    count = re.search(r'<p class="mb-muted" id="mb-query-count">(.*?)</p>', html).group(1)
    assert re.fullmatch(r"\d+ decisions?, newest first|1 decision", count), count
    assert f'name="q" value="{word}"' in html
    rows = client.get("/minutebook/search_decisions.json?_shape=array&q=" + urllib.parse.quote(word)).json
    assert rows and any(word.lower() in r["text"].lower() for r in rows)
    assert int(count.split()[0]) == len(rows)
    csv = client.get("/minutebook/search_decisions.csv?q=" + urllib.parse.quote(word)).text
    assert csv.splitlines()[0] == "id,meeting_date,body,kind,text,paper,source" and len(csv.splitlines()) > 1


def test_typed_sql_keeps_datasettes_own_page(corpus_site):
    _, _, client = corpus_site
    html = page(client, "/minutebook?sql=" + urllib.parse.quote("select 1 as one"))
    assert "Custom SQL query returning 1 row" in text_of(html) and "<textarea" in html


def test_the_decisions_source_facet_says_whose_decision_it_is(corpus_site):
    _, db, client = corpus_site
    assert db.execute("select count(distinct source) from decisions").fetchone()[0] > 1
    html = page(client, "/minutebook/decisions")
    facet = re.search(r'<div class="facet-info[^"]*" id="facet-source"[^>]*>\s*<p class="facet-info-name">(.*?)</p>',
                      html, flags=re.S).group(1)
    heading = text_of(facet)
    assert heading.startswith("whose decision (source)"), heading
    assert 'title="Whose decision it is' in facet
    # other tables' facets keep their column's name
    kinds = page(client, "/minutebook/documents")
    assert re.search(r'id="facet-status"[^>]*>\s*<p class="facet-info-name">\s*<strong[^>]*>status\b', kinds)
    # the facet works as before
    api = client.get("/minutebook/decisions.json?_facet=source").json
    assert {v["value"] for v in api["facet_results"]["source"]["results"]} <= {"meeting", "reported", "proposed"}
