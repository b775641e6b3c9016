"""A text or HTML paper with no line breaks, too long to read for facts within the time budget for
one paper: a 50 MB one went past the 60 s budget and its text was lost. Its start is read for
meetings, items and facts, its whole text is kept and searchable, its row says what was not read,
and what it prints past the part read is withheld where it could be exempt business.

The window is the time budget's share (reading_window.WORDS_PER_SECOND a second), so a small
--max-seconds gives a small window and these papers stay small enough for the suite."""

from __future__ import annotations

import re

import pytest
import sqlite_utils

from minutebook.ingest.reading_window import LONG_BLOCK, WORDS_PER_SECOND, pieces

from .conftest import run_cli

HEAD = ("Minutes of the meeting of the Quay Board held on 2 June 2024. Present: Cllr Anne Smith (Chair), "
        "Cllr John Brown. RESOLVED that the budget of £12,500 for the new pier be approved. ")
FILLER = "The Board heard about the tides at the harbour wall and the state of the slipway on the north side. "
SECONDS = 10  # a window of 10,000 words


def _rows(db, sql):
    return [dict(r) for r in sqlite_utils.Database(db).query(sql)]


def _one_line(tail: str, chars: int = 1_000_000) -> str:
    return HEAD + FILLER * ((chars - len(HEAD)) // len(FILLER)) + tail


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_paper_of_one_long_line_is_read_in_part_and_kept_whole(tmp_path, suffix):
    folder = tmp_path / "papers"
    folder.mkdir()
    text = _one_line("The last words are about the zanzibar buoy.")
    (folder / f"quay{suffix}").write_text(f"<html><body><p>{text}</p></body></html>" if suffix == ".html" else text)
    db = tmp_path / "q.db"
    result = run_cli("ingest", folder, "--db", db, "--max-seconds", SECONDS)
    assert "Traceback" not in result.stderr
    doc = _rows(db, "select status, error from documents")[0]
    assert doc["status"] == "ok", doc
    assert re.search(rf"only its first {SECONDS * WORDS_PER_SECOND:,} words of about [12]\d\d,\d{{3}} were read", doc["error"])
    assert sum(r["n"] for r in _rows(db, "select length(text) n from pages")) >= len(text) - 10
    # facts from the part read; the end searchable, as a passage of no meeting
    assert _rows(db, "select date from meetings") == [{"date": "2024-06-02"}]
    assert any("12,500" in r["text"] for r in _rows(db, "select text from decisions"))
    hits = _rows(db, "select p.meeting_id from passages_fts f join passages p on p.id = f.rowid "
                     "where passages_fts match 'zanzibar'")
    assert hits == [{"meeting_id": None}]
    assert not _rows(db, "select * from passages where length(text) > 2000")


def test_what_is_not_read_is_withheld_where_it_prints_a_marking(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "quay.txt").write_text(_one_line("CONFIDENTIAL: the sale of the quokka slipway to the yacht club. "
                                               + FILLER * 30))
    db = tmp_path / "q.db"
    run_cli("ingest", folder, "--db", db, "--max-seconds", SECONDS, check=False)
    public = tmp_path / "q.public.db"
    assert _rows(db, "select count(*) n from passages_fts where passages_fts match 'quokka'") == [{"n": 1}]
    # the passage with the marking and every one after it are restricted, the ones before are not
    unread = _rows(db, "select restricted from passages where meeting_id is null order by id")
    first = next(i for i, r in enumerate(unread) if r["restricted"])
    assert first > 0 and all(r["restricted"] for r in unread[first:])
    for table in ("pages", "passages"):
        assert not _rows(public, f"select 1 from {table} where text like '%quokka%'"), table
    assert _rows(public, f"select count(*) n from passages")[0]["n"] > 0


def test_a_paragraph_longer_than_any_paper_prints_is_cut_at_its_sentence_ends():
    text = " ".join(f"Sentence number {n} says what the Board agreed about item {n}." for n in range(3000))
    assert len(text) > LONG_BLOCK
    cut = pieces(text)
    assert all(len(p) <= 2000 for p in cut)
    assert all(p.endswith(".") for p in cut)
    assert " ".join(cut) == text
    unbroken = "x" * 5000  # no sentence end, no space: cut where the size ends, nothing lost
    assert "".join(pieces(unbroken)) == unbroken


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_a_table_row_of_a_hundred_thousand_cells_is_read_in_part_and_kept_whole(tmp_path, suffix):
    """A row of 100,000 one-letter cells printed with no space (`|a|a|a...`, 200 kB) held about
    2,000 words by its text, so the whole table was read: every cell is read on its own, and
    the paper went past its time budget, its text lost. A table is counted by its cells' words
    and read, like any block, as far as the window goes (a row cut between its cells)."""
    folder = tmp_path / "papers"
    folder.mkdir()
    cells = ["a"] * 100_000 + ["zanzibar"]
    head = "Minutes of the meeting of the Quay Board held on 2 June 2024"
    if suffix == ".md":
        text = f"# {head}\n\n|" + "|".join(cells) + "|\n\nThe Board agreed the pier plan.\n"
    else:
        text = (f"<html><body><h1>{head}</h1><table><tr><td>" + "</td><td>".join(cells)
                + "</td></tr></table><p>The Board agreed the pier plan.</p></body></html>")
    (folder / f"quay{suffix}").write_text(text)
    db = tmp_path / "q.db"
    result = run_cli("ingest", folder, "--db", db, "--max-seconds", SECONDS)
    assert "Traceback" not in result.stderr
    doc = _rows(db, "select status, error from documents")[0]
    assert doc["status"] == "ok", doc
    assert re.search(rf"only its first {SECONDS * WORDS_PER_SECOND:,} words of about [12]00,0\d\d were read", doc["error"])
    assert _rows(db, "select date from meetings") == [{"date": "2024-06-02"}]
    hits = _rows(db, "select p.meeting_id from passages_fts f join passages p on p.id = f.rowid "
                     "where passages_fts match 'zanzibar'")
    assert hits == [{"meeting_id": None}]  # the table's last cell, past the window: kept and searchable
    assert not _rows(db, "select * from passages where meeting_id is null and length(text) > 2500")  # passage-sized


def test_a_paper_of_one_line_longer_than_the_site_reads_a_value_is_kept_as_pages_it_can_show(tmp_path):
    """A 1.5 MB paper of one line was one page of 1.5 MB, and the site reads no value over 1 MB
    (SQLite refuses to read a stored one past its limit): the pages table's own page, and every
    listing of it that reached that row, answered 500 'string or blob too big'. Its text is now
    kept as pages of at most PAGE_CHARS characters, all of it, in order."""
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.ingest.reading_window import PAGE_CHARS
    from minutebook.serve import make_datasette

    folder = tmp_path / "papers"
    folder.mkdir()
    text = _one_line("The last words are about the zanzibar buoy.", chars=1_500_000)
    (folder / "quay.txt").write_text(text)
    db = tmp_path / "quay.db"
    result = run_cli("ingest", folder, "--db", db, "--max-seconds", SECONDS)
    assert "Traceback" not in result.stderr
    pages = _rows(db, "select page, length(text) n, text from pages order by page")
    assert len(pages) > 1 and max(p["n"] for p in pages) <= PAGE_CHARS
    assert [p["page"] for p in pages] == list(range(1, len(pages) + 1))
    assert re.sub(r"\s+", " ", " ".join(p["text"] for p in pages)) == re.sub(r"\s+", " ", text).strip()
    assert _rows(db, "select count(*) n from passages where page not in (select page from pages)") == [{"n": 0}]
    ds = make_datasette(public_path(str(db)), public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    for path in ("/quay/pages", "/quay/pages?_size=max", "/quay/pages/1", f"/quay/pages/{len(pages)}",
                 "/quay/pages_fts", "/quay/pages.json?_shape=array"):
        response = client.get(path)
        assert response.status == 200, (path, response.status, response.text[-300:])
        assert "too big" not in response.text


def test_a_pdf_page_longer_than_the_site_reads_a_value_is_stored_cut_and_says_so(tmp_path):
    """A PDF page printing 1.3 MB in a one-point font made the pages table's page, the page's row,
    its JSON and pages_fts answer 500 'string or blob too big'. A PDF's pages cannot be split (a
    page's number is the file's), so the pages table keeps its first PAGE_CHARS characters and a
    line saying it was cut, the paper's row says so, and the passages keep (and search) all of it."""
    import asyncio

    from datasette.utils.testing import TestClient
    from reportlab.pdfgen import canvas

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.ingest.reading_window import PAGE_CHARS
    from minutebook.serve import make_datasette

    folder = tmp_path / "papers"
    folder.mkdir()
    c = canvas.Canvas(str(folder / "quay.pdf"), pagesize=(2000, 14000))
    c.setFont("Helvetica", 12)
    c.drawString(50, 13950, "Minutes of the meeting of the Quay Board held on 2 June 2024")
    c.setFont("Helvetica", 1)
    line = FILLER * 9
    for i in range(1200):
        c.drawString(10, 13900 - i * 1.1, f"{i} {line}")
    c.drawString(10, 12500, "The last words are about the zanzibar buoy.")
    c.showPage()
    c.setFont("Helvetica", 12)
    c.drawString(50, 700, "The chair closed the meeting.")
    c.showPage()
    c.save()
    db = tmp_path / "quay.db"
    result = run_cli("ingest", folder, "--db", db, "--max-seconds", 60)
    assert "Traceback" not in result.stderr
    doc = _rows(db, "select status, error from documents")[0]
    assert doc["status"] == "ok" and "the text of page 1 is longer than a page the site shows" in doc["error"], doc
    pages = _rows(db, "select page, length(text) n, text from pages order by page")
    assert [p["page"] for p in pages] == [1, 2] and pages[0]["n"] <= PAGE_CHARS
    assert pages[0]["text"].startswith("Minutes of the meeting")
    assert pages[0]["text"].endswith("All of it is in the paper's passages, and searchable.]")
    assert pages[1]["text"] == "The chair closed the meeting."
    kept = _rows(db, "select sum(length(text)) n from passages where page = 1")[0]["n"]
    assert kept > 1_000_000  # all of the page, in passages
    hits = _rows(db, "select p.page from passages_fts f join passages p on p.id = f.rowid "
                     "where passages_fts match 'zanzibar'")
    assert hits == [{"page": 1}]
    ds = make_datasette(public_path(str(db)), public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    for path in ("/quay/pages", "/quay/pages/1", "/quay/pages_fts", "/quay/pages.json?_shape=array",
                 "/quay", "/search?q=zanzibar"):
        response = client.get(path)
        assert response.status == 200, (path, response.status, response.text[-300:])
        assert "too big" not in response.text
    assert "The text of this page is cut here" in client.get("/quay/pages/1").text


def test_a_table_longer_than_a_page_is_kept_as_pages_of_its_rows(tmp_path):
    """A Markdown table of 600 kB was one page (a block longer than a page stayed whole), which
    the pages table keeps only the start of, and each page of it past the window one passage of
    100 kB. It is now cut between its rows into pages the site shows whole, and past the window
    into passage-sized tables."""
    from minutebook.ingest.reading_window import PAGE_CHARS

    folder = tmp_path / "papers"
    folder.mkdir()
    # two cells a row, of many words: the window (its words) holds few cells, which cost the most
    rows = [f"| {i} | the mooring fee for berth {i % 40} on the north quay was paid in full by its owner |"
            for i in range(8_000)]
    rows[-1] = "| 7999 | the zanzibar buoy |"
    (folder / "quay.md").write_text("# Minutes of the Quay Board held on 2 June 2024\n\n"
                                    "| row | item |\n|---|---|\n" + "\n".join(rows) + "\n")
    db = tmp_path / "quay.db"
    result = run_cli("ingest", folder, "--db", db, "--max-seconds", SECONDS)
    assert "Traceback" not in result.stderr
    doc = _rows(db, "select status, error from documents")[0]
    assert doc["status"] == "ok" and "longer than a page the site shows" not in doc["error"], doc
    pages = _rows(db, "select page, length(text) n, text from pages order by page")
    assert len(pages) >= 3 and max(p["n"] for p in pages) <= PAGE_CHARS
    kept = "\n".join(p["text"] for p in pages)
    assert [int(n) for n in re.findall(r"^(\d+) \| ", kept, re.M)] == list(range(8_000))  # every row, in order
    assert _rows(db, "select max(length(text)) n from passages")[0]["n"] <= 2500
    hits = _rows(db, "select p.page from pages_fts f join pages p on p.id = f.rowid where pages_fts match 'zanzibar'")
    assert hits == [{"page": len(pages)}]
