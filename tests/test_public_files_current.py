"""The public files are made after the public copy, at the end of an ingest. An ingest killed
between the two (kill -9, a crash, the machine) left the file made for the paper's earlier
version: a PDF whose page 2 is now a confidential item was served whole, and no later ingest or
`serve` made it again (the copy was current). Now the site serves no file made for an earlier
version of its paper, and the next ingest, even one that reads nothing, makes the files again."""

import asyncio

import pypdfium2 as pdfium
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import WITHHELD, files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli
from .pdfs import write_pdf

FIRST = ["Minutes of the meeting of the Harbour Safety Board held on 12 March 2024", "1. BERTHING",
         "The Board agreed the berthing plan."]


def _served(db):
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    doc = sqlite_utils.Database(public_path(str(db))).execute(
        "select id from documents where filename = 'board.pdf'").fetchone()[0]
    return TestClient(ds).get(f"/-/source/{doc}", follow_redirects=True)


def _pages(response) -> list[str]:
    pdf = pdfium.PdfDocument(response.body)
    return [page.get_textpage().get_text_range() for page in pdf]


def test_a_file_made_for_the_papers_earlier_version_is_never_served(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "tide.txt").write_text(  # a second body's paper, unchanged throughout
        "Minutes of the meeting of the Tide Board held on 4 April 2024\n\n1. Tides\n\nThe Board agreed the tide tables.\n")
    write_pdf(papers / "board.pdf", [FIRST, ["2. LAND AT MILL LANE", "The Board discussed the Pellucidar offer."]])
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    assert "Pellucidar" in _pages(_served(db))[1]
    write_pdf(papers / "board.pdf", [FIRST, ["2. CONFIDENTIAL ITEM: LAND AT MILL LANE",
                                             "The Board discussed the Pellucidar offer."]])
    killed = run_cli("ingest", papers, "--db", db, env={"MINUTEBOOK_KILL_AT": "publish"})
    assert killed.returncode != 0
    assert b"Pellucidar" not in open(public_path(str(db)), "rb").read()  # the copy was made
    response = _served(db)
    # not gone: back after the next ingest, and said on the site's error page
    assert response.status == 503 and "being made again" in response.text
    assert response.headers["retry-after"] == "60"  # when to ask again, for a browser or a mirror script
    assert response.headers["content-type"].startswith("text/html") and "<title>Error 503</title>" in response.text
    again = run_cli("ingest", papers, "--db", db, check=True)  # reads nothing: every paper is unchanged
    assert "0 ok, 2 skipped" in again.stderr
    response = _served(db)
    assert response.status == 200
    pages = _pages(response)
    assert "BERTHING" in pages[0] and WITHHELD in pages[1] and "Pellucidar" not in pages[1]
