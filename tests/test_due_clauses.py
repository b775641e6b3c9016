"""A due date belongs to the task's own clause (issue 7, judge13): a meeting named in a question the task asks
('ask the planning team ... whether it was being called in also at the June Committee') dates the question, not
the task; a word that only begins with a meeting's name ('in October and Councillors would ...') names no
meeting; and a month said on a day of that month ('at a meeting in January 2026', minutes of 15 January 2026) is
not past. A span from the meeting ('within two weeks', 'next month') ends that far after it. Text forms, then real
minutes of three bodies (parish councils, a London borough's committee), skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.due import find_due

from .conftest import SHARED
from .wild_papers import ingested

PAPERS = [SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html",
          SHARED / "wild" / "sf_west-dereham-pc-minutes-2013-09_index.html",
          SHARED / "wild" / "sf_west-dereham-pc-minutes-2016-10_index.html",
          SHARED / "real" / "rbk_Agenda_151.html",
          SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2017-08_index.html"]


def _due(text, meeting, next_meeting=None):
    due = find_due(text, meeting, next_meeting)
    return (due.date, due.precision) if due else None


def test_a_meeting_in_a_question_asked_is_no_due_date():
    assert _due("The Clerk agreed to ask the planning team for an update on the site, and whether it was being "
                "called in also at the June Committee.", "2019-04-24") is None
    # the task's own clause after the question still dates it
    assert _due("The Clerk asked whether the June Committee could take the item; Clerk to report to the July meeting",
                "2019-04-24") == ("2019-07-31", "month")
    assert _due("The PC would be considering whether any items should be added and that a decision would be made "
                "at the PC meeting in December.", "2016-10-06") == ("2016-12-31", "month")
    # no question: as before
    assert _due("Clerk to report back to the June Committee.", "2019-04-24") == ("2019-06-30", "month")


def test_a_word_that_begins_with_a_meetings_name_is_none():
    assert _due("The new allotment year started in October and Councillors would make another inspection.",
                "2013-09-05") is None
    assert _due("The plans would be considered at the June Planning meeting.", "2012-05-09") == ("2012-06-30", "month")


def test_the_meetings_own_month_is_not_past():
    assert _due("The Committee would be consulted on the proposal at a meeting in January 2026.",
                "2026-01-15") == ("2026-01-31", "month")
    assert _due("The hall was repainted in December 2025.", "2026-01-15") is None


def test_a_span_from_the_meeting_is_a_due_date():
    # 'next month' is the span 'within a month' is: the end of the month after the meeting's
    assert _due("The band would be booked next month.", "2017-08-09") == ("2017-09-30", "month")
    assert _due("ORWG to review Chairs job description within 1 month", "2017-08-09") == ("2017-09-30", "month")
    assert _due("Tom Ellis to obtain quotes within two weeks.", "2017-08-09") == ("2017-08-23", "day")
    # a meeting next month is dated as a meeting; a thing to happen next week is no deadline
    assert _due("Clerk to raise it at next month's meeting.", "2017-08-09") is None
    assert _due("The business case will be presented to the Commissioner next week.", "2017-08-09") is None


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, PAPERS, "due_clauses")


def _stored(db, filename, start):
    rows = list(db.query("""select a.due_date from actions a join documents d on d.id = a.document_id
        where d.filename = ? and a.description like ?""", [filename, start + "%"]))
    assert len(rows) == 1, (start, rows)
    return rows[0]["due_date"]


@pytest.mark.parametrize("filename, start, due", [
    ("sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html",
     "The Clerk agreed to ask the planning team for an update", None),
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "Members of the public were advised that this was the second month",
     "2016-12-31"),
    ("rbk_Agenda_151.html", "The junction straddled two neighbourhoods", "2026-01-31"),
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "The band would be booked next month", "2017-09-30"),
])
def test_due_dates_of_real_minutes(db, filename, start, due):
    assert _stored(db, filename, start) == due


def test_no_due_date_from_a_word_beginning_with_council(db):
    dues = [r["due_text"] for r in db.query("""select a.due_text from actions a join documents d on d.id = a.document_id
        where d.filename = 'sf_west-dereham-pc-minutes-2013-09_index.html' and a.due_text is not null""")]
    assert not [t for t in dues if "October and Council" in t], dues
