"""Readers of ../shared/wild papers for the tests: one paper's attendance, a real database of
several, and an action in it (a test skips when a paper is not there: a fresh clone has no
../shared)."""

import asyncio
import shutil
from functools import lru_cache

import pytest

from .conftest import SHARED, run_cli

# a test that reads the wild papers skips on a fresh clone, which has no ../shared beside it
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild (a fresh clone has none)")


def wild_attendance(name: str) -> list[dict]:
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    doc = read_document(str(path))
    return extract_document(doc, find_structure(doc))["attendance"]


@lru_cache(maxsize=None)
def paper_decisions(folder: str, name: str) -> tuple:
    """Every decision extracted from ../shared/FOLDER/NAME, read once per test run (no OCR)."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    doc = read_document(str(SHARED / folder / name), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["decisions"])


def ingested(tmp_path_factory, papers, name: str):
    """A real database of the papers (a module's archive), skipped when any is missing."""
    import sqlite_utils

    from minutebook.ingest.pipeline import ingest

    if not papers or not all(p.is_file() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping its minutes")
    path = tmp_path_factory.mktemp(name) / f"{name}.db"
    ingest([str(p) for p in papers], str(path))
    return sqlite_utils.Database(path)


def texts_of(db, paper: str, table: str = "decisions", column: str = "text") -> list[str]:
    """The words of each of the paper's facts in the table (decisions' text, actions' description)."""
    return [r["words"] for r in db.query(f"select x.{column} as words from {table} x join documents d on d.id = x.document_id "
                                         "where d.filename = ?", [paper])]


def action_described(db, start: str) -> dict:
    """The one action whose description starts so."""
    rows = list(db.query("select id, status, completed_in from actions where description like ?", [start + "%"]))
    assert len(rows) == 1, (start, rows)
    return rows[0]


def ingest_wild(tmp_path, papers, name="wild"):
    """A real archive of copies of these ../shared/wild papers, made by the CLI as a user would."""
    folder = tmp_path / name
    folder.mkdir()
    for paper in papers:
        shutil.copy(SHARED / "wild" / paper, folder)
    db_path = tmp_path / f"{name}.db"
    run_cli("ingest", folder, "--db", db_path, check=True)
    return db_path


def body_of(db, filename):
    """The body of the first meeting the paper is filed under."""
    rows = db.execute("select m.body from meeting_documents md join meetings m on m.id = md.meeting_id "
                      "join documents d on d.id = md.document_id where d.filename = ? order by md.rowid",
                      [filename]).fetchall()
    assert rows, f"{filename}: no meeting"
    return rows[0][0]


def served_wild(tmp_path_factory, papers: list[str], name: str, folder: str = "wild"):
    """A real archive of these ../shared/FOLDER papers (wild unless said) and a Datasette test client on its public
    copy (skipped when any paper is missing)."""
    import asyncio

    import sqlite_utils
    from datasette.utils.testing import TestClient

    from minutebook.ingest.pipeline import ingest
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    paths = [SHARED / folder / p for p in papers]
    if not all(p.exists() for p in paths):
        pytest.skip(f"../shared/{folder} is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp(name) / f"{name}.db"
    ingest([str(p) for p in paths], str(db))
    ds = make_datasette(public_path(str(db)), public=True, name="minutebook")
    asyncio.run(ds.invoke_startup())
    return sqlite_utils.Database(db), TestClient(ds)


def meeting_decisions_shown(client, meeting_id: int) -> str:
    """The text of the Decisions table on a meeting's page, as a reader sees it."""
    import html

    page = client.get(f"/meeting/{meeting_id}")
    assert page.status == 200
    return html.unescape(page.text).split('id="decisions"', 1)[1].split("</table>", 1)[0]


def attendance_line(page: str, status: str) -> str:
    """The meeting page's line of those of one status ('Present', 'In attendance')."""
    import html

    text = html.unescape(page)
    start = text.index(f"<strong>{status}:</strong>")
    return text[start:text.index("</p>", start)]


def roles_shown(db, client, name: str) -> str:
    """The Roles section of the person's page, as a reader sees it (the person found by name in the archive)."""
    import html
    import re

    person = db.execute("select id from people where name = ?", [name]).fetchone()
    assert person, name
    page = client.get(f"/person/{person[0]}")
    assert page.status == 200
    return html.unescape(re.search(r"<h2>Roles</h2>(.*?)<h2>", page.text, flags=re.S).group(1))


def meeting_actions_shown(client, db, paper: str) -> str:
    """The text of the Actions table on the meeting page of the paper (named by its file name), as a reader sees it."""
    import html

    meeting = db.execute("select md.meeting_id from meeting_documents md join documents d on d.id = md.document_id "
                         "where d.filename = ?", [paper]).fetchone()[0]
    page = client.get(f"/meeting/{meeting}")
    assert page.status == 200
    text = html.unescape(page.text)
    return text.split('id="actions"', 1)[1].split("</table>", 1)[0] if 'id="actions"' in text else ""


def action_page(db, action_id: int) -> str:
    """The action's page on the public site of the database (its Datasette, as a person opens it)."""
    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    path = db.execute("pragma database_list").fetchone()[2]
    ds = make_datasette(public_path(path), public_files=files_dir(path))
    asyncio.run(ds.invoke_startup())
    page = TestClient(ds).get(f"/action/{action_id}")
    assert page.status == 200
    return page.text
