"""A line an owner marks that only says there is no update sets no work: 'Looking forward to 2013/14 – there was no
update given.' beside a code in Suffolk Libraries' board minutes, 'No update received from C.C.C.'s Planning
Enforcement Department regarding the current use of a residential caravan' with the clerk's name after it in
Manordeilo and Salem's. The papers' other actions stay, and a line that goes on to set a task is still one. Real
minutes of two bodies in a real database; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.no_task import says_no_news

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sl_board-meeting-minutes-2013-05-02.pdf", "mscc_18-07-11.pdf"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "no_task")


def descriptions(db, paper):
    return [r["description"] for r in db.query(
        "select a.description from actions a join documents d on d.id = a.document_id where d.filename = ?", [paper])]


@pytest.mark.parametrize("paper, words", [(PAPERS[0], "there was no update given"),
                                          (PAPERS[1], "No update received from C.C.C"),
                                          (PAPERS[1], "no further update regarding the tree survey")])
def test_no_update_is_no_action(db, paper, words):
    assert not [d for d in descriptions(db, paper) if words.lower() in d.lower()]


def test_the_papers_other_actions_stay(db):
    assert len(descriptions(db, PAPERS[0])) >= 5
    assert len(descriptions(db, PAPERS[1])) >= 3


def test_a_line_that_goes_on_to_set_work_is_still_one():
    assert says_no_news("Looking forward to 2013/14 – there was no update given.")
    assert not says_no_news("Sports and Social Club Roof Quote: no progress so far; Clerk to pursue and add to next Agenda.")
    assert not says_no_news("No update. Clerk to chase.")
    assert not says_no_news("Clerk to chase as there was no update.")
