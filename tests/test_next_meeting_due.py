"""'By the next meeting' is the body's next meeting: its next paper in the archive, or the date a
paper states when it is after the meeting and within about four months, the earlier of the two;
another body's next meeting ('the next Discussion Group meeting') has no date here. Real minutes of
a library society's board and a parish council; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.due import find_due
from minutebook.ingest.next_meeting_due import next_meeting_due

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sl_board-meeting-minutes-2012-09-11.pdf", "sl_board-meeting-minutes-2012-10-17.pdf",
          "sl_board-meeting-minutes-2013-05-29.pdf", "sl_board-meeting-minutes-2013-08-21.pdf",
          "sf_west-dereham-pc-minutes-2016-10_index.html", "sf_west-dereham-pc-minutes-2017-04_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "next_meeting")


def _due(db, filename, start):
    rows = list(db.query("""select h.due_date from action_history h join documents d on d.id = h.document_id
        where h.kind = 'extracted' and d.filename = ? and h.description like ?""", [filename, start + "%"]))
    assert len(rows) == 1, (start, rows)
    return rows[0]["due_date"]


@pytest.mark.parametrize("filename, start, due", [
    # the board's September 2012 minutes name 'the next Board Meeting ... on 11th September' (their own day,
    # read as 2013): the board met again on 17 October, the archive's next paper
    ("sl_board-meeting-minutes-2012-09-11.pdf", "Their recommendation is these Standing orders are adopted", "2012-10-17"),
    ("sl_board-meeting-minutes-2012-09-11.pdf", "The Board was encouraged by the progress on the Staff Advisory Group",
     "2012-10-17"),
    # May 2013's next meeting is stated (8 July 2013) and comes before the archive's next paper (21 August)
    ("sl_board-meeting-minutes-2013-05-29.pdf", "IPS Rules Amendments", "2013-07-08"),
    # the council's October 2016 minutes state 3 November; its next paper in the archive is April 2017
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "Water connection at the allotments", "2016-11-03"),
    # another body's next meeting: no date this council's papers give
    ("sf_west-dereham-pc-minutes-2017-04_index.html", "RESOLVED: 1) LH to discuss Woodland Burials", None),
])
def test_next_meeting_is_the_bodys_next_meeting(db, filename, start, due):
    assert _due(db, filename, start) == due


def test_the_next_meeting_is_the_first_meeting_known_after_this_one():
    assert next_meeting_due("2012-09-11", "2013-09-11", ["2012-10-17", "2012-11-19"]) == ("2012-10-17", "day")
    assert next_meeting_due("2013-05-29", "2013-07-08", ["2013-08-21"]) == ("2013-07-08", "day")
    # a paper dated to its month: the month of the next paper
    assert next_meeting_due("2016-08", None, ["2016-09"]) == ("2016-09-30", "month")
    # the papers between are missing and the stated date is a year on: no date rather than a wrong one
    assert next_meeting_due("2012-09-11", "2013-09-11", ["2013-08-21"]) is None


def test_a_month_named_at_a_meeting_of_that_month_is_this_months():
    # 'at the September meeting' said on 11 September 2012: a meeting later that month, not in 2013
    due = find_due("To assist the Finance and Audit Committee to consider a proposal at the September meeting",
                   "2012-09-11", "2013-09-11")
    assert (due.date, due.precision) == ("2012-09-30", "month")
    due = find_due("Clerk to report back at the October meeting", "2016-09-14", None)
    assert due.date == "2016-10-31"
