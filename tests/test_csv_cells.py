"""A hostile paper's text opens in a spreadsheet as text, never as a formula: every CSV the site
serves (tables, views, rows, SQL, canned queries, streamed, downloaded, with labels) and the
command line's --format csv write a cell beginning with = + - @ (or a tab or CR) with a leading
apostrophe, and leave numbers as numbers."""

import asyncio
import csv
import io
import urllib.parse

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.csv_cells import safe_cell
from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli
from .pdfs import write_pdf

HOSTILE_LINE = '=HYPERLINK("http://x.example/","Peter Brindle fees")'
FILENAME = "=HYPERLINK(1) harbour minutes.pdf"


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("csv")
    papers = root / "papers"
    papers.mkdir()
    write_pdf(papers / FILENAME, [[
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
        "Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", "",
        "1. FEES", HOSTILE_LINE, "The Board agreed the mooring fees for 2024/25.",
        "ACTION: Peter Brindle to publish the new mooring fees by 30 April 2024.",
        "2. ANY OTHER BUSINESS", "@SUM(1+1) Mary Aldous thanked the harbour staff."]])
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


@pytest.fixture(scope="module")
def site(hostile_archive):
    ds = make_datasette(public_path(str(hostile_archive)), public=True, name="archive",
                        public_files=files_dir(str(hostile_archive)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def assert_no_formula(text: str, path: str) -> None:
    risky = [c for c in cells(text) if c.startswith(("=", "+", "@", "\t", "\r"))
             or c.startswith("-") and not c.lstrip("-").replace(".", "", 1).isdigit()]
    assert not risky, (path, risky)


def test_a_cell_that_would_be_a_formula_gets_an_apostrophe_and_numbers_stay_numbers():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("+44 20 7946 0000") == "'+44 20 7946 0000"
    assert safe_cell("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"
    assert safe_cell("\t=1") == "'\t=1" and safe_cell("\r=1") == "'\r=1"
    assert safe_cell(-5) == -5 and safe_cell(-2.5) == -2.5 and safe_cell(None) is None
    assert safe_cell("-5") == "-5" and safe_cell("-3,700.25") == "-3,700.25" and safe_cell("+12%") == "+12%"
    assert safe_cell("Minutes of 12 March") == "Minutes of 12 March"


def test_every_kind_of_csv_the_site_serves_opens_as_text(hostile_archive, site):
    db = sqlite_utils.Database(public_path(str(hostile_archive)))
    passage = db.execute("select id from passages where text like '=HYPERLINK%'").fetchone()[0]
    person = db.execute("select id from people where name = 'Mary Aldous'").fetchone()[0]
    meeting = db.execute("select id from meetings").fetchone()[0]
    sql = urllib.parse.quote("select text, -5 as n, '-5' as t, -2.5 as r from passages")
    paths = {
        "table": "/archive/passages.csv",
        "streamed": "/archive/passages.csv?_stream=on",
        "downloaded": "/archive/documents.csv?_dl=1",
        "labels": "/archive/passages.csv?_labels=on",
        "row": f"/archive/passages/{passage}.csv",
        "view": "/archive/overdue_actions.csv?_size=max",
        "sql": f"/archive.csv?sql={sql}",
        "canned query": f"/archive/person.csv?id={person}",
        "canned query, second": f"/archive/meeting.csv?id={meeting}",
    }
    for kind, path in paths.items():
        response = site.get(path)
        assert response.status == 200, (kind, response.status)
        assert_no_formula(response.text, path)
        if kind != "view":  # the view holds no text of the paper's that starts so
            assert "'=HYPERLINK" in response.text or "'@SUM" in response.text, (kind, response.text[:500])
    rows = list(csv.DictReader(io.StringIO(site.get(paths["sql"]).text)))
    assert rows[0]["n"] == "-5" and rows[0]["t"] == "-5" and rows[0]["r"] == "-2.5"  # numbers untouched
    assert any(r["text"].startswith("'" + HOSTILE_LINE) for r in rows)  # the text itself is kept whole
    header = site.get("/archive.csv?sql=" + urllib.parse.quote('select 1 as "=cmd|x"')).text
    assert header.splitlines()[0] == "'=cmd|x"  # a column name chosen by whoever wrote the link too


def test_the_command_line_csv_opens_as_text(hostile_archive):
    for args in (["search", "fees"], ["actions", "--all"]):
        result = run_cli(*args, "--db", hostile_archive, "--format", "csv", check=True)
        assert f"'{FILENAME}" in result.stdout, (args, result.stdout)
        assert_no_formula(result.stdout, " ".join(args))


def test_a_csv_writes_the_sites_own_links_whole_so_a_spreadsheet_can_follow_them(site):
    # the overdue list as an auditor downloads it: its source and trail cells are links on the
    # page; in a spreadsheet a path alone ("/action/1") leads nowhere
    response = site.get("/archive/overdue_actions.csv?as_of=2025-01-01")
    assert response.status == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows, response.text
    for row in rows:
        for column in ("source", "trail"):
            url = urllib.parse.urlsplit(row[column])
            assert (url.scheme, url.netloc) == ("http", "localhost"), row[column]
            page = site.get(url.path + (f"?{url.query}" if url.query else ""), follow_redirects=True)
            assert page.status == 200, (row[column], page.status)
    # a cell that only looks like a path, or text, is left as it is
    sql = urllib.parse.quote("select '/action/x' as a, 'see /action/1' as b")
    assert cells(site.get(f"/archive.csv?sql={sql}").text)[2:] == ["/action/x", "see /action/1"]
