"""Whose decision: a clause whose subject names another organisation tells of that body's decision, which the
minutes report ('Village Gates Project – Norfolk County Council agreed to extend the funding ...' in Stoke Ferry
Parish Council's minutes: kept, as reported, not as the parish council's); the meeting's own body however it is
written stays the meeting's ('Training Committee approved AG and CD to attend training on bid writing' at North of
Tyne LPC's committee: a run-in item title, then its own committee). A body of another kind than the meeting's own
is another body, its name short or not: 'the Drainage Board had agreed' at Wereham Parish Council, 'the Small Business
Board had approved' at Kent's cabinet. Real minutes of several bodies in a real database; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.decision_owner import names_other_body

from .conftest import SHARED
from .wild_papers import ingested

PAPERS = [SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2020-06-virtual_index.html",
          SHARED / "real" / "notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf",
          SHARED / "wild" / "sf_wereham-pc-minutes-2016-04-extraordinary_index.html",
          SHARED / "real" / "kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, PAPERS, "decision_owner")


def rows(db, words):
    return list(db.query("select source, signals from decisions where text like ?", [f"%{words}%"]))


def test_another_councils_decision_is_kept_as_reported(db):
    found = rows(db, "Norfolk County Council agreed to extend the funding")
    assert [r["source"] for r in found] == ["reported"]
    assert "other-body-subject" in found[0]["signals"]


@pytest.mark.parametrize("words", ["the Drainage Board had agreed to widen the pipe",  # a parish council's minutes
                                   "the Small Business Board had approved over"])  # a county cabinet's
def test_a_body_of_another_kind_is_read_as_another_body(db, words):
    found = rows(db, words)
    assert [r["source"] for r in found] == ["reported"]
    assert "other-body-subject" in found[0]["signals"]


@pytest.mark.parametrize("words", ["Committee approved AG and CD to attend training on bid writing",
                                   "Committee agreed to appoint from outside"])
def test_the_own_committee_after_an_item_title_stays_the_meetings(db, words):
    assert [r["source"] for r in rows(db, words)] == ["meeting"]


def test_the_name_is_read_against_the_meetings_own_body():
    assert names_other_body("Norfolk County Council", "Stoke Ferry Parish Council")
    assert names_other_body("the Police", "West Dereham Parish Council")
    assert not names_other_body("The Parish Council", "Stoke Ferry Parish Council")
    assert not names_other_body("the County Council", "Kent County Council")
    assert not names_other_body("KCC", "Kent County Council")
    assert names_other_body("the Staffing Committee", "Suffolk Libraries IPS - Board")  # a board's committee
    assert names_other_body("The Committee unanimously", "Suffolk Libraries IPS - Board")
    assert not names_other_body("The Board have", "Suffolk Libraries IPS - Board")
    assert not names_other_body("Training Committee", "North of Tyne LPC Committee")
    assert not names_other_body("Norfolk County Council", None)  # no meeting: nothing is said
    assert not names_other_body("READ AND APPROVE THE MINUTES OF THE PLANNING COMMISSION", "La Puente Planning Commission")
