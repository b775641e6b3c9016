"""A list printed without commas keeps the council a title names with the title (issue 7): 'Cllr John Wyett. Borough
Councillor Colin Sampson County Councillor Martin Storey' (Wretton) had been cut before each 'Councillor', so
'Borough' and 'County' fell off: both guests were stored as present members titled 'Councillor'. The same in
Wereham's 'Cllr K Newell, Borough Cllr Colin Sampson' and Stoke Ferry's 'Apologies ... from County Councillor T
White'. Papers of three parish councils; the meeting page shows who attended. Skips without ../shared."""

import html
import sqlite3

import pytest

from minutebook.extract.people import RUN_ON_SPLIT_RE
from minutebook.ingest.publish import public_path

from .conftest import SHARED
from .test_datasette import client_for
from .wild_papers import ingest_wild

PAPERS = ["sf_wretton-pc-minutes-2017-late_index.html", "sf_wereham-pc-minutes-2012-07_index.html",
          "sf_stoke-ferry-pc-minutes-2010-06_index.html"]


def test_a_run_on_list_is_cut_before_the_councils_word():
    assert RUN_ON_SPLIT_RE.split("Cllr John Wyett. Borough Councillor Colin Sampson County Councillor Martin Storey") == [
        "Cllr John Wyett.", "Borough Councillor Colin Sampson", "County Councillor Martin Storey"]
    assert RUN_ON_SPLIT_RE.split("Cllr Sue Lintern Cllr Jim McNeill") == ["Cllr Sue Lintern", "Cllr Jim McNeill"]


def test_another_councils_members_keep_their_title_and_attend_as_guests(tmp_path):
    if not all((SHARED / "wild" / p).exists() for p in PAPERS):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db_path = ingest_wild(tmp_path, PAPERS)
    db = sqlite3.connect(db_path)
    rows = {(f.split("-")[0] + "-" + f.split("-")[1], n): (s, t) for f, n, s, t in db.execute(
        "select d.filename, a.name, a.status, a.title from attendance a join documents d on d.id = a.document_id")}
    assert rows[("sf_wretton-pc", "Colin Sampson")] == ("in_attendance", "Borough Councillor")
    assert rows[("sf_wretton-pc", "Martin Storey")] == ("in_attendance", "County Councillor")
    assert rows[("sf_wereham-pc", "Colin Sampson")] == ("in_attendance", "Borough Cllr")
    assert rows[("sf_stoke-ferry", "T White")] == ("apologies", "County Councillor")
    assert rows[("sf_wretton-pc", "John Wyett")] == ("present", "Cllr")  # the council's own member stays present
    meeting = db.execute("select m.id from meetings m join documents d on d.id = m.document_id "
                         "where d.filename = ?", [PAPERS[0]]).fetchone()[0]
    _, client = client_for(public_path(str(db_path)))
    page = client.get(f"/meeting/{meeting}")
    assert page.status == 200
    text = html.unescape(page.text)
    assert "Colin Sampson" in text and "Martin Storey" in text
