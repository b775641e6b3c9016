"""The meetings of one series are listed under one name: a paper that prints its body's name in
another case ('Burton-cum-walden Parish Council', once among Burton-cum-Walden's papers) does not
make a body of its own on the site."""

import sqlite3

import pytest

from minutebook.ingest.pipeline import ingest

from .conftest import SHARED


def _paper(folder, day, body):
    (folder / f"{day.replace(' ', '-')}.txt").write_text(
        f"{body}\n\nMinutes of the meeting held on {day} at the Village Hall\n\n"
        "Present: Cllr Ann Smith (Chair), Cllr Bob Jones\n\n1. The Council agreed to buy a new bench.\n")


def test_a_series_takes_the_name_most_of_its_papers_print(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    _paper(folder, "3 March 2021", "Ashby-cum-Fenby Parish Council")
    _paper(folder, "7 April 2021", "Ashby-cum-Fenby Parish Council")
    _paper(folder, "5 May 2021", "Ashby-cum-fenby Parish Council")
    db = tmp_path / "a.db"
    ingest([str(folder)], str(db))
    assert sqlite3.connect(db).execute("select distinct body from meetings").fetchall() == [
        ("Ashby-cum-Fenby Parish Council",)]


def test_real_papers(tmp_path):
    papers = sorted((SHARED / "wild").glob("bcwpc_*"))
    if not papers:
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "b.db"
    ingest([str(p) for p in papers], str(db))
    bodies = {r[0] for r in sqlite3.connect(db).execute("select body from meetings")}
    assert "Burton-cum-Walden Parish Council" in bodies and "Burton-cum-walden Parish Council" not in bodies
