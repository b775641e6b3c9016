"""A line that lists a later meeting's agenda sets no work: Suffolk Libraries' board's 'Forward Agenda: - Exception
report on Health & Safety - ... - Approval of papers to be sent for EGM' and Stoke Ferry's item 'To receive further
information or suggested items to be considered for the next meeting agenda' are no actions. The papers' other actions
stay, and a line that puts something on the agenda is still a task. Real minutes of two bodies in a real database;
skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.future_agenda import lists_future_agenda

from .conftest import SHARED
from .wild_papers import ingested, texts_of

WILD = SHARED / "wild"
PAPERS = ["sl_board-meeting-minutes-2013-02-26.pdf", "sf_stoke-ferry-pc-minutes-2015-07_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "future_agenda")


@pytest.mark.parametrize("paper, words", [(PAPERS[0], "Forward Agenda:"),
                                          (PAPERS[1], "suggested items to be considered for the next meeting agenda")])
def test_a_later_meetings_agenda_is_no_action(db, paper, words):
    assert not [d for d in texts_of(db, paper, "actions", "description") if words.lower() in d.lower()]


def test_the_papers_other_actions_stay(db):
    assert len(texts_of(db, PAPERS[0], "actions", "description")) >= 3
    assert len(texts_of(db, PAPERS[1], "actions", "description")) >= 3


def test_a_line_that_puts_something_on_the_agenda_is_still_a_task():
    assert lists_future_agenda("Further reports/items for the next agenda")
    assert not lists_future_agenda("Clerk to add to next agenda")
    assert not lists_future_agenda("Clerk to circulate items for the next agenda.")
    assert not lists_future_agenda("11.2 Item to be placed on the next agenda to approve the design and cost of the sign.")
    assert not lists_future_agenda("Forward planning for April Community Meeting")
