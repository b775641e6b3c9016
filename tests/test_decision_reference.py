"""A decision that names what it decides only by pointing back ('The Board agreed to adopt this paper.', 'This project
was unanimously approved.', 'The Parish Council agreed this request.') is stored with the sentence before that says what
'this' is, and judged on its own words: a proposal 'for approval' before it does not make it a recommendation. The
judges' 'lacks its subject' rows; real minutes of four bodies in a real database; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.decision_reference import points_back, referent

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sl_board-meeting-minutes-2014-07-31.pdf", "sl_board-meeting-minutes-2013-02-26.pdf",
          "mscc_minutes_20-06-10.php", "sf_west-dereham-pc-minutes-2013-09_index.html",
          "sf_northwold-pc-minutes-2018-05-annual_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "decision_reference")


@pytest.mark.parametrize("decision, subject", [
    # Suffolk Libraries' board, July 2014: the policy is named in the sentence before
    ("The Board agreed to adopt this paper.", "Environment Policy"),
    # the same meeting: 'this policy' goes back past a sentence of its own to the one that names it
    ("The Board agreed to adopt this policy.", "CCTV Policy"),
    # Suffolk Libraries, Feb 2013: the auditors' letter, put 'for approval', then agreed (the meeting's own)
    ("The Board reviewed and agreed the proposal.", "letter of engagement from Larking Gowen"),
    # Manordeilo & Salem, June 2020 (the .php minutes)
    ("This project was unanimously approved.", "Butterfly Garden"),
    # West Dereham, Sept 2013: 'this request' goes back three sentences to the letter that makes it
    ("The Parish Council agreed this request.", "AF Holman & Son"),
    # Northwold's annual meeting, May 2018: the street-light maintenance contract
    ("All agreed to continue with this.", "Westcotec"),
])
def test_a_decision_pointing_back_carries_what_it_decides(db, decision, subject):
    rows = list(db.query("select text, source from decisions where text like ?", [f"%{decision}%"]))
    assert len(rows) == 1, rows
    assert subject in rows[0]["text"] and rows[0]["text"].endswith(decision) and rows[0]["source"] == "meeting", rows


def test_what_names_its_subject_does_not_point_back():
    assert points_back("The Board accepted the application.")
    assert points_back("They unanimously agreed to its submission.")
    before = ["Letter received concerning a request to erect a headstone.", "PW provided a picture.", "The size was right."]
    assert referent("The Parish Council agreed this request.", before) == before
    assert referent("All agreed to continue with this.", before) is None  # no noun to look for
    for text in ["The Board agreed to adopt the Environment Policy.", "It was agreed to accept the quote from Westcotec.",
                 "The Board agreed that this approach to the website would be trialled for six months.",
                 "The minutes of the previous meeting were agreed."]:
        assert not points_back(text), text
