"""A councillor of another council in a parish or community council's list of those present
('County Councillor M Storey', Stoke Ferry; 'Councillors ... and County Councillor Joseph
Davies', Manordeilo and Salem) is a guest of the meeting, in attendance, as the gold files
count them; in a county council's own minutes the same title is a member's."""

import sqlite3

import pytest

from minutebook.extract.names import another_councils_member
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

PAPERS = [SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2015-07_index.html", SHARED / "wild" / "mscc_15-06-10.pdf"]


def test_the_title_is_read_against_the_body():
    assert another_councils_member("County Councillor", "Stoke Ferry Parish Council")
    assert another_councils_member("BCllr", "Wereham Parish Council")
    assert not another_councils_member("County Councillor", "Kent County Council")
    assert not another_councils_member("Councillor", "Stoke Ferry Parish Council")
    assert not another_councils_member(None, "Stoke Ferry Parish Council")


def test_two_bodies_papers(tmp_path):
    if not all(p.exists() for p in PAPERS):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "a.db"
    ingest([str(p) for p in PAPERS], str(db))
    rows = {(f.split("_")[0], n): (s, t) for f, n, s, t in sqlite3.connect(db).execute(
        "select d.filename, a.name, a.status, a.title from attendance a join documents d on d.id = a.document_id")}
    assert rows[("sf", "M Storey")] == ("in_attendance", "County Councillor")
    assert rows[("mscc", "Joseph Davies")] == ("in_attendance", "County Councillor")
    # the councils' own members stay present
    assert rows[("sf", "D Clements")][0] == "present" and rows[("mscc", "Peter Harries")][0] == "present"
