"""A paper's Word bullets, which its text gives as Symbol and Wingdings private-use code points
(U+F0B7, U+F0A7), read as bullets on every page that quotes it (no browser font draws those code
points: each was a box), while the data (JSON, CSV, SQL) keeps the paper's own characters. The
archive is a saved minutes page with such bullets, and, where ../shared is present, two real
papers of two bodies that print them (Burton-cum-Walden Parish Council, Lincoln Square SSA #21)."""

import re
import shutil
import urllib.parse

import pytest
import sqlite_utils

from minutebook.ingest.publish import public_path

from .built_minutes import public_site, shown
from .conftest import SHARED, run_cli

SYMBOL_BULLET, WINGDINGS_SQUARE = "\uf0b7", "\uf0a7"
REAL = ["real/bcwpc_minutes-2025-11-04.pdf", "real/cb_SSA21_MeetingMinutes_1.29.18.pdf"]


def write_minutes(folder):
    (folder / "quay minutes.html").write_text(
        "<html><body><h1>Minutes of the meeting of the Quay Board held on 12 March 2024</h1>"
        "<p>Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle</p>"
        "<h2>1. Harbour works</h2>"
        f"<p>{SYMBOL_BULLET} Dredging of the inner basin</p><p>{WINGDINGS_SQUARE} Repairs to the slipway</p>"
        f"<p>ACTION: Peter Brindle to obtain quotes for {SYMBOL_BULLET} dredging and {WINGDINGS_SQUARE} slipway "
        "repairs by 30 April 2024.</p>"
        "<h2>2. Any other business</h2><p>There was no other business.</p></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def bullets_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("glyphs")
    papers = root / "papers"
    papers.mkdir()
    write_minutes(papers)
    for name in REAL:
        if (SHARED / name).exists():
            shutil.copy(SHARED / name, papers / (SHARED / name).name)
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return sqlite_utils.Database(public_path(str(db))), public_site(db, name="archive")[1]



def test_bullets_read_as_bullets_on_every_page_that_quotes_them(bullets_site):
    db, client = bullets_site
    glyphs = re.compile(f"[{SYMBOL_BULLET}{WINGDINGS_SQUARE}]")
    action_id = db.execute("select id from actions where description like '%dredging%'").fetchone()[0]
    paths = [f"/action/{action_id}", f"/archive/actions/{action_id}", "/archive/actions", "/archive/passages",
             "/overdue?as_of=2024-06-01", "/search?q=dredging", "/search?q=slipway&kind=passages",
             "/archive/pages", "/archive/search_decisions"]
    paths += [f"/meeting/{m}" for (m,) in db.execute("select id from meetings")]
    for path in paths:
        text = shown(client, path)
        assert not glyphs.search(text), (path, text[glyphs.search(text).start() - 80:][:160])
    assert "• dredging and ▪ slipway repairs" in shown(client, f"/action/{action_id}")
    assert "• dredging" in shown(client, "/overdue?as_of=2024-06-01")  # the rows of the synchronous renderer
    assert "• Dredging of the inner basin" in shown(client, "/archive/passages?text__contains=inner+basin")


def test_the_data_keeps_the_papers_own_characters(bullets_site):
    db, client = bullets_site
    rows = client.get("/archive/actions.json?_shape=array&description__contains=dredging").json
    assert SYMBOL_BULLET in rows[0]["description"] and WINGDINGS_SQUARE in rows[0]["description"]
    assert SYMBOL_BULLET in client.get("/archive/actions.csv?description__contains=dredging").text
    sql = urllib.parse.quote("select text from passages where text like '%inner basin%'")
    assert SYMBOL_BULLET in client.get(f"/archive.json?_shape=array&sql={sql}").json[0]["text"]


def test_real_papers_of_two_bodies_show_their_bullets(bullets_site):
    db, client = bullets_site
    if not all((SHARED / name).exists() for name in REAL):
        pytest.skip("../shared is absent: the real papers are not here")
    for name in REAL:
        doc = db.execute("select id from documents where filename = ?", [name.split("/")[-1]]).fetchone()[0]
        found = db.execute("select id from pages where document_id = ? and (instr(text, ?) or instr(text, ?))",
                           [doc, SYMBOL_BULLET, WINGDINGS_SQUARE]).fetchone()
        assert found, name  # the paper's text holds them
        text = shown(client, f"/archive/pages/{found[0]}")
        assert SYMBOL_BULLET not in text and WINGDINGS_SQUARE not in text, name
        assert "•" in text or "▪" in text, name
