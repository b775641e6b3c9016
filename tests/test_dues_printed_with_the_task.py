"""An action's due date where the paper prints it with the task, in real minutes of parish councils and a library
society's board (skipped without ../shared):

- 'by the meeting in July' (Wereham) and 'to the Board meeting in March' (Suffolk Libraries) are due in that month, as
  'the next Board meeting in November' is; 'the SNAP meeting in July' (Stoke Ferry), another body's, is due by July's end;
- the 'Action date' cell printed after an owner's code ('... file to copy. DHO 10/8/12', Boughton)."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract.due import find_due
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED
from .wild_papers import ingest_wild

PAPERS = ["sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "sl_board-meeting-minutes-2014-01-30.pdf",
          "sf_boughton-pc-agenda-minutes-2012-08_index.html"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    missing = [p for p in PAPERS if not (SHARED / "wild" / p).exists()]
    if missing:
        pytest.skip(f"needs ../shared/wild/{missing[0]} (a fresh clone has no ../shared)")
    return ingest_wild(tmp_path_factory.mktemp("dues"), PAPERS)


def _sightings(db, filename, start):
    return list(db.query(
        """select h.action_id, h.due_date, h.due_precision, h.description from action_history h
           join documents d on d.id = h.document_id
           where h.kind = 'extracted' and d.filename = ? and h.description like ?""", [filename, start + "%"]))


@pytest.mark.parametrize("filename, start, due", [
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "HR will provide support for submission of the application",
     ("2016-07-31", "month")),
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "Resolved: (1) That JR contact Julian and Mark",
     ("2016-07-31", "month")),
    # the board's own March meeting, which the archive holds (20 March 2014), not the month's end
    ("sl_board-meeting-minutes-2014-01-30.pdf", "The paper will be brought back to the Board meeting in March",
     ("2014-03-20", "day")),
    ("sf_boughton-pc-agenda-minutes-2012-08_index.html", "Minutes of previous meeting, 22nd June provided by DHO",
     ("2012-08-10", "day")),
])
def test_a_due_date_printed_with_the_task(archive, filename, start, due):
    rows = _sightings(sqlite_utils.Database(archive), filename, start)
    assert len(rows) == 1, rows
    assert (rows[0]["due_date"], rows[0]["due_precision"]) == due


@pytest.mark.parametrize("text, meeting, next_meeting, expected", [
    # the body's own meeting in the month: its next meeting's day when the paper states one in it
    ("HR will provide support by the meeting in July.", "2016-04-20", "2016-07-12", ("2016-07-12", "day")),
    ("The paper will be brought back to the Board meeting in March for formal adoption.", "2014-01-30", None,
     ("2014-03-31", "month")),
    # another body's meeting in July is in July, not on this body's next meeting
    ("Cllr Mendoza to raise the matter with the police at the SNAP meeting in July.", "2010-06-09", "2010-07-14",
     ("2010-07-31", "month")),
])
def test_a_meeting_in_a_month(text, meeting, next_meeting, expected):
    due = find_due(text, meeting, next_meeting)
    assert (due.date, due.precision) == expected


@pytest.mark.parametrize("text", [
    "report at the meeting in the village hall",  # no month: no date
])
def test_no_due_without_a_month(text):
    assert find_due(text, "2017-05-10", None) is None


@pytest.mark.parametrize("folder, filename, start, due", [
    ("series/fohcl", "fohcl_2015-08-04.pdf", "Sheila asked for ideas and support for the childrens event", "2015-12-13"),
    ("series/fohcl", "fohcl_2016-03-15.pdf", "The draft agenda is as follows to be finalised", "2016-04-19"),
])
def test_the_day_the_task_happens_on(folder, filename, start, due):
    """The Friends of Halesworth Library's 'the childrens event planned for 13th December' and 'to be finalised 19th
    April': the task's own verb dates it, as a deadline does. (Souldern's 'Cathy Fleet will take over' as RFO on 15th
    July was a case here until session 18 read taking up an office as no task.)"""
    if not (SHARED / folder / filename).exists():
        pytest.skip(f"needs ../shared/{folder}/{filename} (a fresh clone has no ../shared)")
    doc = read_document(str(SHARED / folder / filename), ocr=False)
    actions = extract_document(doc, find_structure(doc))["actions"]
    dues = [a["due_date"] for a in actions if " ".join(a["description"].split()).startswith(start)]
    assert dues == [due], dues


def test_a_date_hung_on_a_noun_stays_an_event():
    assert find_due("The Clerk to book the stall on 6th June.", "2015-03-01", None) is None


@pytest.mark.parametrize("filename, start, due", [
    # the log's 'Action date' cell after the owner's code prints the day and month only
    ("sf_boughton-pc-agenda-minutes-2012-05-agm_index.html", "Probable location", ("2012-05-27", "day")),
    # an event the task is to attend, its weekday agreeing with the meeting's year
    ("sf_wereham-pc-minutes-2012-07_index.html", "Norfolk County Council recycling facility tour", ("2012-10-19", "day")),
    # a board of a body in pounds: its financial year ends on 31 March
    ("sl_board-meeting-minutes-2014-03-20.pdf", "Members of the Board were encouraged to present their claims",
     ("2014-03-31", "day")),
    # minutes of a Thursday: the week ends on the Friday
    ("sd_2017-07-13 SPC minutes.pdf", "NO to follow up NO reported that the wall has been repaired", ("2017-07-14", "day")),
])
def test_a_due_printed_without_its_whole_date(filename, start, due):
    """Boughton's '27/5', Wereham's 'tour on Friday 19th October – Cllr P Norris to attend', Suffolk Libraries' 'by the
    end of the financial year' and Souldern's 'by the end of the week' resolved against the meeting's own date."""
    if not (SHARED / "wild" / filename).exists():
        pytest.skip(f"needs ../shared/wild/{filename} (a fresh clone has no ../shared)")
    doc = read_document(str(SHARED / "wild" / filename), ocr=False)
    actions = extract_document(doc, find_structure(doc))["actions"]
    dues = [(a["due_date"], a["due_precision"]) for a in actions if " ".join(a["description"].split()).startswith(start)]
    assert dues == [due], dues


@pytest.mark.parametrize("text, meeting, kw, expected", [
    # a deadline's day without its year lies ahead: December's 'by 6th January' is January's of the next year
    ("Clerk to send the figures by 6th January.", "2012-12-10", {}, "2013-01-06"),
    # an event already past this year is history, unless its printed weekday places it in the next
    ("The fete on 6th January was a success.", "2012-12-10", {}, None),
    ("Cllr Norris to attend the tour on Sunday 6th January.", "2012-12-10", {}, "2013-01-06"),
    # a weekday that agrees with no year near the meeting leaves the day undated rather than guessed
    ("Cllr Norris to attend the tour on Monday 19th October.", "2012-07-24", {}, None),
    # the meeting's own day is no due date, though the task is to attend a meeting on the day printed after it
    ("Change of date of meeting from 7 January to Tuesday 17 February 2009 - Cllr Nicholas-Letch to attend.",
     "2009-01-07", {}, "2009-02-17"),
    # a due cell's day and month in the order the paper writes dates
    ("27/5", "2012-05-04", {"cell": True}, "2012-05-27"),
    ("5/27", "2012-05-04", {"cell": True, "dayfirst": False}, "2012-05-27"),
    ("27/5", "2012-06-04", {"cell": True}, "2013-05-27"),
    # the end of the month and the year the meeting is in; a financial year's end only where the body's is known
    ("The contractor will clear the site by the end of the month.", "2016-10-06", {}, "2016-10-31"),
    ("Claims to be made by the end of the financial year.", "2014-03-20", {}, None),
    ("Claims to be made by the end of the financial year.", "2014-05-20", {"year_end": (3, 31)}, "2015-03-31"),
])
def test_a_day_resolved_against_the_meeting(text, meeting, kw, expected):
    due = find_due(text, meeting, None, **kw)
    assert (due.date if due else None) == expected
