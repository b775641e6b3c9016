"""A paper taken out of the papers folder leaves the archive at the next ingest of the folder,
and with it the public copy (rows, people it alone named, full-text index, freed pages), the
public files and every route of the public site. Nothing else removes a paper: a paper
published by mistake would otherwise stay public for good. A file named on its own, and a
folder that lists no file at all (a share not mounted), remove nothing."""

import asyncio
import os

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli

BOARD = """<html><body><h1>Minutes of the meeting of the Harbour Safety Board held on 12 March 2024</h1>
<p>Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle</p>
<h2>1. Tide tables</h2><p>The Board agreed the tide tables for the summer season.</p>
<h2>2. Any other business</h2><p>There was no other business.</p></body></html>"""
# a second body's minutes, taken out of the folder after the first ingest
DREDGING = """# Minutes of the meeting of the Quay Committee held on 9 April 2024

Present: Councillor Anne Holt (Chair), Councillor Zorabel Quincefoot

## 1. Dredging

Councillor Zorabel Quincefoot said the Quorvantis dredging contract was agreed. RESOLVED: that Quorvantis be paid 12,345 pounds.

ACTION: Zorabel Quincefoot to sign the Quorvantis contract by 1 May 2024.
"""
GONE = [b"quincefoot", b"quorvantis", b"12,345"]


def _papers(root):
    papers = root / "papers"
    papers.mkdir()
    (papers / "board.html").write_text(BOARD, encoding="utf-8")
    (papers / "dredging.md").write_text(DREDGING, encoding="utf-8")
    return papers


def _bytes_of(path) -> bytes:
    data = b""
    for name in ("", "-wal"):
        if os.path.exists(f"{path}{name}"):
            data += open(f"{path}{name}", "rb").read()
    return data.lower()


def _files_bytes(folder) -> bytes:
    return b"".join(open(os.path.join(folder, n), "rb").read() for n in os.listdir(folder)).lower()


def _site(db):
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def test_a_paper_taken_out_of_the_folder_leaves_the_archive_the_copy_and_the_site(tmp_path):
    papers = _papers(tmp_path)
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    assert all(w in _bytes_of(public_path(str(db))) for w in GONE)
    assert all(w in _files_bytes(files_dir(str(db))) for w in GONE[:2])
    (papers / "dredging.md").unlink()
    alone = run_cli("ingest", papers / "board.html", "--db", db, check=True)  # a file named alone says nothing of others
    assert "removed" not in alone.stdout + alone.stderr
    assert sqlite_utils.Database(db).execute("select count(*) from documents").fetchone()[0] == 2
    result = run_cli("ingest", papers, "--db", db, "-v", check=True)
    said = result.stdout + result.stderr
    assert "dredging.md: removed" in said and "1 removed" in said
    archive = sqlite_utils.Database(db)
    assert [r[0] for r in archive.execute("select filename from documents")] == ["board.html"]
    assert not archive.execute("select count(*) from passages where text like '%Quorvantis%'").fetchone()[0]
    assert not archive.execute("select count(*) from meetings where body like '%Quay%'").fetchone()[0]
    # a person only it named, owner of an action the linking then drops, is no one's any more
    assert not archive.execute("select count(*) from people where name like '%Quincefoot%'").fetchone()[0]
    copy = _bytes_of(public_path(str(db)))  # rows, FTS segments and free pages
    assert [w for w in GONE if w in copy] == []
    assert [w for w in GONE if w in _files_bytes(files_dir(str(db)))] == []
    site = _site(db)
    for path in ("/people", "/meetings", "/overdue?as_of=2030-01-01", "/archive/people.csv", "/archive/statistics.json",
                 "/archive/actions.csv"):
        response = site.get(path, follow_redirects=True)
        assert response.status == 200, path
        assert [w for w in GONE if w in response.text.lower().encode()] == [], path
    for word in ("Quorvantis", "Quincefoot"):  # the page repeats what was typed: it must find nothing
        assert f"Nothing matches <strong>{word}</strong>." in site.get(f"/search?q={word}").text
        assert site.get(f"/archive/passages.json?_search={word}&_shape=array").json == []
    assert "tables for the summer season" in site.get("/search?q=tide").text
    search = run_cli("search", "Quorvantis", "--db", db)
    assert "quorvantis" not in search.stdout.lower().replace("'quorvantis'", "")


def test_a_folder_that_lists_no_file_removes_nothing(tmp_path):
    papers = _papers(tmp_path)
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    (papers / "board.html").unlink()
    (papers / "dredging.md").unlink()
    result = run_cli("ingest", papers, "--db", db)
    assert "no file found in" in result.stdout + result.stderr
    assert sqlite_utils.Database(db).execute("select count(*) from documents").fetchone()[0] == 2
    assert b"quorvantis" in _bytes_of(public_path(str(db)))


def test_one_database_per_body_drops_the_paper_from_its_bodys_database(tmp_path):
    papers = _papers(tmp_path)
    bodies = tmp_path / "bodies"
    run_cli("ingest", papers, "--db-dir", bodies, check=True)
    quay = [n for n in os.listdir(bodies) if n.startswith("quay") and n.endswith(".public.db")]
    assert quay and all(w in _bytes_of(bodies / quay[0]) for w in GONE)
    (papers / "dredging.md").unlink()
    result = run_cli("ingest", papers, "--db-dir", bodies, "-v", check=True)
    assert "dredging.md: removed" in result.stdout + result.stderr
    for name in os.listdir(bodies):
        if name.endswith(".public.db"):
            assert [w for w in GONE if w in _bytes_of(bodies / name)] == [], name
    copy = bodies / quay[0]
    assert sqlite_utils.Database(copy).execute("select count(*) from documents").fetchone()[0] == 0
    harbour = [n for n in os.listdir(bodies) if n.startswith("harbour") and n.endswith(".public.db")]
    assert sqlite_utils.Database(bodies / harbour[0]).execute("select count(*) from documents").fetchone()[0] == 1
