"""A decision the papers only report (taken elsewhere or earlier) or only put to the meeting never looks like the
meeting's own on the site: the search page's hit says 'reported' or 'put to the meeting' beside its kind, the
search_decisions query's kind says so too, and the meeting page lists it under its own heading. A generated parish
council's minutes holding one decision of each, served by Datasette from the public copy."""

import re

import pytest
import sqlite_utils

from minutebook.ingest.publish import public_path

from .built_minutes import public_site, shown
from .conftest import run_cli


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("reported")
    papers = root / "papers"
    papers.mkdir()
    (papers / "ashby minutes.html").write_text(
        "<html><head><title>Ashby Parish Council minutes</title></head><body>"
        "<p>Ashby Parish Council</p><p>Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall</p>"
        "<p>Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart</p>"
        "<p>5. Cameras: the Council agreed to buy a second CCTV camera for the car park at a cost of £400.</p>"
        "<p>6. Policy: the Clerk reported that the CCTV policy had been approved by the County Council in 2019.</p>"
        "<p>7. Date of next meeting: 1 April 2021</p></body></html>", encoding="utf-8")
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return sqlite_utils.Database(public_path(str(db))), public_site(db, name="archive")[1]



def test_the_archive_holds_one_decision_of_each_source(site):
    db, _ = site
    sources = {r["source"]: r["text"] for r in db.query("select source, text from decisions")}
    assert "second CCTV camera" in sources.get("meeting", "") and "County Council in 2019" in sources.get("reported", "")


def test_a_search_hit_says_whose_decision_it_is(site):
    db, client = site
    page = shown(client, "/search?kind=decisions&q=CCTV")
    hits = dict((int(i), h) for i, h in re.findall(r'<li class="mb-hit mb-hit-decision" data-id="(\d+)">(.*?)</li>', page, re.S))
    by_source = {r["source"]: r["id"] for r in db.query("select id, source from decisions")}
    reported, own = hits[by_source["reported"]], hits[by_source["meeting"]]
    tag = lambda hit: re.search(r'<span class="mb-tag[^"]*">(.*?)</span>', hit, re.S).group(1)
    assert "reported" in tag(reported) and "elsewhere or earlier" in tag(reported)
    assert tag(own).strip() == "decision: agreed"


def test_the_decisions_query_says_whose_decision_it_is(site):
    _, client = site
    rows = client.get("/archive/search_decisions.json?q=CCTV&_shape=array").json
    kinds = {r["text"].split(":")[0][:8]: r["kind"] for r in rows}
    assert any("reported" in k for k in kinds.values()) and any(k == "agreed" for k in kinds.values()), rows


def test_the_meeting_page_lists_a_reported_decision_apart(site):
    db, client = site
    meeting = db.execute("select id from meetings").fetchone()[0]
    page = re.sub(r"\s+", " ", shown(client, f"/meeting/{meeting}"))
    own = page[page.index('id="decisions"'):]
    assert "second CCTV camera" in own[:own.index("</table>")]
    reported = page[page.index('id="reported"'):]
    assert "County Council in 2019" in reported[:reported.index("</table>")]
    assert "County Council in 2019" not in own[:own.index("</table>")]


def test_the_decisions_table_and_row_pages_say_whose_decision_it_is(site):
    db, client = site
    by_source = {r["source"]: r["id"] for r in db.query("select id, source from decisions")}
    table = re.sub(r"\s+", " ", shown(client, "/archive/decisions"))
    assert "(reported: decided elsewhere or earlier)" in table
    assert table.count("(reported: decided elsewhere or earlier)") == db.execute(
        "select count(*) from decisions where source = 'reported'").fetchone()[0]
    reported = re.sub(r"\s+", " ", shown(client, f"/archive/decisions/{by_source['reported']}"))
    own = re.sub(r"\s+", " ", shown(client, f"/archive/decisions/{by_source['meeting']}"))
    assert "reported: decided elsewhere or earlier" in reported and "reported: decided" not in own
    # the data keeps the kind itself
    row = client.get(f"/archive/decisions/{by_source['reported']}.json?_shape=array").json[0]
    assert row["kind"] in ("approved", "agreed") and row["source"] == "reported"
