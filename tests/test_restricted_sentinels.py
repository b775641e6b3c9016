"""End to end: copies of real papers (../shared/real; the bundled corpus in a fresh clone) are
made restricted the project's own way and given sentinel words, a sentinel person, figure and
date: a Kent PDF with an EXEMPT ITEMS page added, a parish council's HTML minutes with a
CONFIDENTIAL item added, another marked NOT FOR PUBLICATION. The archive is ingested and its
public site crawled on every route: each table, view, row and canned query in HTML, JSON and CSV
(streamed too), the site's own pages, /-/ routes and static files, every served source file, the
database download, full-text searches, and SQL reading every table of sqlite_master, full-text
shadow tables included (their blobs decoded). No sentinel may appear anywhere."""

import asyncio
import base64
import json
import re
import shutil
import urllib.parse
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import CORPUS, REAL, run_cli
from .pdfs import write_pdf
from .test_restricted import body_text, routes

PERSON = "Ignatius Vorpalsky"
WORDS = ["Zindleprat", "Quaxmire", "Vorpalsky", "Ignatius"]
FIGURE = ("7,654,321", "7654321")
DATE = ("17 November 2031", "2031-11-17", "17/11/2031")
# what a full-text index's segments keep of each word: lower case, and after the first term of
# a leaf only the part a neighbouring term does not share, so the word's tail is looked for
TAILS = ["ndleprat", "uaxmire", "orpalsky", "gnatius", "7654321"]
SENTINEL_LINES = [
    f"Councillor {PERSON} reported the Zindleprat valuation of £{FIGURE[0]} for the Quaxmire site.",
    f"ACTION: {PERSON} to settle the Zindleprat Quaxmire claim by {DATE[0]}.",
    f"RESOLVED that the Zindleprat offer of £{FIGURE[0]} be accepted on {DATE[0]}.",
]


def _sources():
    """(kind, path) of the papers the test copies: real ones when they are there."""
    if REAL.is_dir():
        return [("pdf", REAL / "kcc_CPP Minutes 29.10.24.pdf"),
                ("html item", REAL / "sf_northwold-pc-minutes-2014-09_index.html"),
                ("html whole", REAL / "sf_stoke-ferry-pc-minutes-2018-05_index.html")]
    return [("pdf", CORPUS / "000_79c56972b0298532.pdf"), ("html item", CORPUS / "002_0950aaeaa6eb6065.html")]


def _pdf_with_exempt_page(source, out):
    """The real PDF with one page added at its end, as an agenda's exempt part would be."""
    extra = out.with_suffix(".extra.pdf")
    write_pdf(extra, [["EXEMPT ITEMS", "12. CONFIDENTIAL: Zindleprat Quaxmire claim", *SENTINEL_LINES]])
    pdf = pdfium.PdfDocument(str(source))
    pdf.import_pages(pdfium.PdfDocument(str(extra)))
    pdf.save(str(out))
    extra.unlink()


def _html_with(source, out, before_end: str, at_start: str = ""):
    """The real page with HTML added at the end of its content and before its first paragraph
    (inside the article, where the reader looks for the paper's text)."""
    html = source.read_text(encoding="utf-8", errors="replace")
    end = html.rfind("</article>") if "</article>" in html else html.rfind("</body>")
    html = html[:end] + before_end + html[end:]
    start = html.find("<p", max(html.find("<article"), 0))
    out.write_text(html[:start] + at_start + html[start:], encoding="utf-8")


@pytest.fixture(scope="module")
def sentinel_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("sentinels")
    papers = root / "papers"
    papers.mkdir()
    sentinel_html = "".join(f"<p>{line}</p>" for line in SENTINEL_LINES)
    for kind, source in _sources():
        # the paper restricted whole carries a sentinel in its name: its documents row is restricted too
        out = papers / (f"Quaxmire copy of {source.name}" if kind == "html whole" else f"copy of {source.name}")
        if kind == "pdf":
            _pdf_with_exempt_page(source, out)
        elif kind == "html item":
            _html_with(source, out, f"<h3>99. CONFIDENTIAL: Zindleprat Quaxmire claim</h3>{sentinel_html}")
        else:
            _html_with(source, out, sentinel_html, at_start="<p>NOT FOR PUBLICATION</p>")
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, "--max-seconds", "900", check=True)
    return db


def sentinels_in(text: str, asked: str = "") -> set[str]:
    asked = urllib.parse.unquote_plus(asked).lower()
    low = text.lower()
    found = {s for s in (*WORDS, *FIGURE, *DATE) if s.lower() in low and s.lower() not in asked}
    for encoded in re.findall(r'"encoded": "([A-Za-z0-9+/=]+)"', text):  # blobs in Datasette's JSON
        raw = base64.b64decode(encoded).lower()
        found |= {t for t in TAILS if t.encode() in raw and t not in asked}
    return found


def test_the_archive_holds_the_sentinels_where_they_were_written(sentinel_archive):
    """The premise: restricted, with a person, a figure, an action, a decision; none public."""
    db = sqlite_utils.Database(sentinel_archive)
    assert db.execute("select count(*) from documents where status = 'ok'").fetchone()[0] == len(_sources())
    assert db.execute("select count(*) from passages where text like '%Zindleprat%' and restricted = 1").fetchone()[0]
    assert not db.execute("select count(*) from passages where text like '%Zindleprat%' and restricted = 0 "
                          "and document_id in (select id from documents where restricted = 0)").fetchone()[0]
    assert db.execute("select count(*) from people where name like '%Vorpalsky%'").fetchone()[0]
    assert db.execute("select count(*) from statistics where value = 7654321").fetchone()[0]
    assert db.execute("select count(*) from actions where due_date = '2031-11-17'").fetchone()[0]
    restricted = db.execute("select count(*) from documents where restricted = 1").fetchone()[0]
    assert restricted == (1 if len(_sources()) == 3 else 0)  # the paper marked NOT FOR PUBLICATION


def _every_route(archive_db, public_db) -> list[str]:
    paths = routes(archive_db)
    full = sqlite_utils.Database(archive_db)
    public = sqlite_utils.Database(public_db)
    names = [r[0] for r in public.execute("select name from sqlite_master where type in ('table', 'view')")]
    names += [t for t in full.table_names() + full.view_names() if t not in names]
    for name in names:
        quoted = urllib.parse.quote(f"select * from [{name}]")
        paths += [f"/archive.json?sql={quoted}", f"/archive.csv?sql={quoted}&_size=max",
                  f"/archive/{urllib.parse.quote(name)}.csv?_stream=on", f"/archive/{urllib.parse.quote(name)}.json"]
    for word in WORDS + [PERSON, FIGURE[1]]:
        q = urllib.parse.quote(word)
        paths += [f"/search?q={q}", f"/people?q={q}", f"/archive/search_decisions.json?q={q}",
                  f"/archive/search_decisions.csv?q={q}", f"/archive/person.json?name={q}",
                  f"/archive/person.csv?name={q}"]
        for table in ("passages", "pages", "decisions", "actions"):
            paths.append(f"/archive/{table}.json?_search={q}")
    for (mid,) in full.execute("select id from meetings"):
        paths += [f"/archive/meeting.csv?id={mid}"]
    for (pid,) in full.execute("select id from people"):
        paths += [f"/archive/person.csv?id={pid}"]
    paths += ["/archive/overdue_actions.csv?as_of=2100-01-01", "/archive/open_actions_by_owner.csv",
              "/overdue?as_of=2032-01-01", "/-/actor.json", "/-/threads.json", "/-/messages", "/-/patterns",
              "/-/login", "/-/static/app.css", "/robots.txt", "/archive.db",
              "/archive?sql=" + urllib.parse.quote("select * from passages_fts where passages_fts match 'zindleprat'"),
              "/archive.json?sql=" + urllib.parse.quote("select group_concat(text) from pages")]
    return paths


CLOSED = re.compile(r"/archive/[^/?.]*_fts_(?:data|idx|docsize|config)\b")


def _crawl(client, paths) -> tuple[int, dict[str, set[str]]]:
    answered, leaks = 0, {}
    for path in paths:
        response = client.get(path, follow_redirects=True)
        assert response.status < 500, (path, response.status, response.text[:300])
        if path.endswith(".db"):
            data = response.body.lower()
            found = {t for t in TAILS if t.encode() in data}
        else:
            found = sentinels_in(body_text(response), path)
        if found:
            leaks[path] = found
        # the full-text indexes' internal tables have no pages (plugins/minutebook_internals.py):
        # their 403 is the site's answer (SQL over them is crawled too)
        answered += response.status == 200 or response.status == 403 and bool(CLOSED.match(path))
    return answered, leaks


@pytest.mark.parametrize("immutable", [False, True], ids=["mutable", "immutable"])
def test_no_sentinel_on_any_route_of_the_public_site(sentinel_archive, immutable):
    public = public_path(str(sentinel_archive))
    ds = make_datasette(public, public=True, immutable=immutable, name="archive",
                        public_files=files_dir(str(sentinel_archive)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    paths = _every_route(sentinel_archive, public)
    answered, leaks = _crawl(client, paths)
    assert not leaks, leaks
    assert answered > 0.5 * len(paths)  # the site answered; not a crawl of error pages
    if immutable:
        assert client.get("/archive.db").status == 200  # the download was there to check


def test_the_public_copy_and_files_hold_no_sentinel_in_their_bytes(sentinel_archive):
    public = public_path(str(sentinel_archive))
    data = open(public, "rb").read().lower()
    assert not [t for t in TAILS if t.encode() in data]
    files = [p for p in Path(files_dir(str(sentinel_archive))).rglob("*") if p.is_file()]
    assert files  # the public papers were written
    for path in files:  # text and HTML as written; a PDF's text is checked as served, above
        assert not [t for t in TAILS if t.encode() in path.read_bytes().lower()], path


def test_a_partly_restricted_paper_shows_no_digest_of_its_whole_file(sentinel_archive):
    """The original file's SHA-256 and size would let anyone holding a guessed copy of the whole
    paper, withheld pages included, confirm it: the public copy keeps them only for papers with
    nothing withheld."""
    archive = sqlite_utils.Database(sentinel_archive)
    public = sqlite_utils.Database(public_path(str(sentinel_archive)))
    partly = {r["document_id"] for r in archive.query(
        "select document_id from passages where restricted = 1 union select document_id from pages where restricted = 1")}
    # the copy numbers its rows itself (ingest/public_ids.py): its rows read by their archive ids
    numbered = dict(archive.execute("select public_id, archive_id from _public_ids where tab = 'documents'").fetchall())
    shown = {numbered[r["id"]]: r for r in public.query("select id, sha256, size from documents")}
    assert partly & set(shown)  # a paper with a withheld part is published
    data = open(public_path(str(sentinel_archive)), "rb").read()
    for row in archive.query("select id, sha256, size from documents where status = 'ok'"):
        if row["id"] not in shown:
            continue
        if row["id"] in partly:
            assert shown[row["id"]]["sha256"] is None and shown[row["id"]]["size"] is None
            assert row["sha256"].encode() not in data
        else:
            assert shown[row["id"]]["sha256"] == row["sha256"]
