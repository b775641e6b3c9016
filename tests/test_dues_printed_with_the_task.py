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
    ("sl_board-meeting-minutes-2014-01-30.pdf", "The paper will be brought back to the Board meeting in March",
     ("2014-03-31", "month")),
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
    ("wild", "sd_2017-07-13 SPC minutes.pdf", "It was confirmed that Cathy Fleet will take over", "2017-07-15"),
    ("series/fohcl", "fohcl_2015-08-04.pdf", "Sheila asked for ideas and support for the childrens event", "2015-12-13"),
    ("series/fohcl", "fohcl_2016-03-15.pdf", "The draft agenda is as follows to be finalised", "2016-04-19"),
])
def test_the_day_the_task_happens_on(folder, filename, start, due):
    """Souldern's 'a handover taking place on 15th July' and the Friends of Halesworth Library's 'the childrens event
    planned for 13th December' and 'to be finalised 19th April': the task's own verb dates it, as a deadline does."""
    if not (SHARED / folder / filename).exists():
        pytest.skip(f"needs ../shared/{folder}/{filename} (a fresh clone has no ../shared)")
    doc = read_document(str(SHARED / folder / filename), ocr=False)
    actions = extract_document(doc, find_structure(doc))["actions"]
    dues = [a["due_date"] for a in actions if " ".join(a["description"].split()).startswith(start)]
    assert dues == [due], dues


def test_a_date_hung_on_a_noun_stays_an_event():
    assert find_due("The Clerk to book the stall on 6th June.", "2015-03-01", None) is None
