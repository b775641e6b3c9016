"""A decision minuted in the present perfect whose subject or agent is the meeting's own body is the meeting's own:
'Ixworth – this application has been accepted by the Board.' under Suffolk Libraries' own '4. Decisions' item (the
judges counted its six membership applications missed: they were stored as reported), 'Council have adopted and signed
new code of conduct.' (Wereham). The past perfect, and another body's present perfect, still tell of a decision made
elsewhere or earlier. Real minutes of two bodies in a real database; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.decisions import judge

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sl_board-meeting-minutes-2013-05-29.pdf", "sf_wereham-pc-minutes-2012-07_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "decision_tense")


def sources(db, words):
    return [r["source"] for r in db.query("select source from decisions where text like ?", [f"%{words}%"])]


@pytest.mark.parametrize("words", ["Stradbroke – this application has been accepted by the Board",
                                   "Ixworth – this application has been accepted by the Board",
                                   "Debenham - this application has been accepted by the Board",
                                   "The Board have agreed the employment of a contract Project Manager",
                                   "Council have adopted and signed new code of conduct"])
def test_the_own_body_in_the_present_perfect_is_the_meetings_decision(db, words):
    assert sources(db, words) == ["meeting"]


def test_the_past_perfect_and_another_bodys_present_perfect_stay_reported():
    context = {"doc_kind": "minutes", "meeting_role": "records", "body": "Suffolk Libraries IPS - Board"}
    for text in ["The Board had agreed to aim for a bespoke safety management system with effect from 1 November 2012.",
                 "The Staffing Committee have agreed the new job profiles.",
                 "The revised budget has been approved by the County Council.",
                 "This application has been accepted."]:
        assert judge(text, "sentence", "agreed", context).source == "reported", text
    assert judge("The Board have agreed the employment of a contract Project Manager.", "sentence", "agreed",
                 context).source == "meeting"
