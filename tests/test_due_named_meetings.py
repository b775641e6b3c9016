"""A due date stated as a meeting: 'the January meeting' in a paper dated only to its month (a
parish council's December minutes: January of the next year), 'the next Board meeting in November'
(the month named stands unless the archive's next paper falls in it), 'at the Area Forum on 5th
June' (the day of the meeting the task is for). Real minutes of a library society's board, a
community council and two parish councils; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.due import find_due, next_meeting_month

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sf_wretton-pc-minutes-2017-late_index.html", "sf_northwold-pc-minutes-2015-01_index.html",
          "sl_board-meeting-minutes-2013-09-26.pdf", "ayton_2014-06-03.pdf"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "due_named_meetings")


def _due(db, filename, start):
    rows = list(db.query("""select h.due_date, h.due_precision from action_history h join documents d on d.id = h.document_id
        where h.kind = 'extracted' and d.filename = ? and h.description like ?""", [filename, start + "%"]))
    assert len(rows) == 1, (start, rows)
    return rows[0]["due_date"], rows[0]["due_precision"]


@pytest.mark.parametrize("filename, start, due", [
    # papers dated only to their month: the month named comes next after it, and is the day of the next
    # meeting the paper states when that falls in it (Northwold's: 3 February 2015)
    ("sf_wretton-pc-minutes-2017-late_index.html", "Quotes will be considered at the January meeting", ("2018-01-31", "month")),
    ("sf_northwold-pc-minutes-2015-01_index.html", "It was agreed that the Clerk would source quotes to get the ditch",
     ("2015-02-03", "day")),
    # the board's next meeting, named by its month (no date stated; the archive here holds no later paper)
    ("sl_board-meeting-minutes-2013-09-26.pdf", "The 6-monthly reports will be available for the next Board meeting",
     ("2013-11-30", "month")),
    ("ayton_2014-06-03.pdf", "JS agreed to raise the matter at the Area Forum", ("2014-06-05", "day")),
])
def test_a_meeting_named_as_the_due_date(db, filename, start, due):
    assert _due(db, filename, start) == due


@pytest.mark.parametrize("text, meeting, next_meeting, expected", [
    ("will be discussed in detail at the next CDC Parish Liaison meeting in November.", "2013-09-19", None,
     ("2013-11-30", "month")),
    # a stated next meeting in the month named is its day; one in another month is not that meeting
    ("available for the next Board meeting in November.", "2013-09-26", "2013-11-28", ("2013-11-28", "day")),
    ("available for the next Board meeting in November.", "2013-09-26", "2013-10-17", ("2013-11-30", "month")),
    ("to consider the audit report at our meeting on the 17th April.", "2015-03-10", None, ("2015-04-17", "day")),
    ("the planning application to be discussed at the Planning Committee on 3 June", "2019-04-10", None,
     ("2019-06-03", "day")),
])
def test_meeting_forms(text, meeting, next_meeting, expected):
    due = find_due(text, meeting, next_meeting)
    assert (due.date, due.precision) == expected


@pytest.mark.parametrize("text", [
    "At the meeting on 20th June it was reported that the hedge had been cut.",  # a past meeting
    "They were to consider the report at their meeting on 16 September.",  # another body's business
    "The stall in Rifle Hall on 6th June should be used to recruit members.",
])
def test_meetings_that_are_not_due_dates(text):
    assert find_due(text, "2017-07-13", None) is None


def test_the_month_of_the_next_meeting():
    assert next_meeting_month("for the next Board meeting in November") == 11
    assert next_meeting_month("for the next Board meeting") is None
    assert next_meeting_month("the next meeting on the 10th January 2012") is None


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in ("sl_board-meeting-minutes-2014-01-30.pdf",
                                                          "sl_board-meeting-minutes-2014-03-20.pdf")], "due_board_2014")


def test_another_bodys_next_meeting_is_not_the_boards(board):
    # the board's January 2014 minutes invite Friends 'to the next Community Group Meeting in Bury St.
    # Edmunds on 10th February 2014' and state their own next meeting with a typing slip ('will on 20th
    # March 2013'): the Community Group's meeting is not the board's next, and the board's 'update at the
    # next meeting' falls due at its next paper in the archive, 20 March 2014
    stated = list(board.query("select m.next_meeting from meetings m where m.date = '2014-01-30'"))
    assert stated and stated[0]["next_meeting"] != "2014-02-10"
    assert _due(board, "sl_board-meeting-minutes-2014-01-30.pdf", "%The Staff Focus Groups are being arranged") == \
        ("2014-03-20", "day")
