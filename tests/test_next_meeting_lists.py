"""A list of next meetings gives the body's own (issue 7): 'Date of next meetings: Planning meeting 15th August / PC
meeting 14th September' in Souldern Parish Council's minutes, 'Board Away Day 18th February Board Meeting 26th
February' in Suffolk Libraries' board minutes: the first date whose line names no other meeting or event. 'Dates of
Next Meetings' announces as 'Date of next meeting' does (Wereham Parish Council). 'CF to put on next agenda' is due at
that meeting. Real minutes of three bodies; skipped without ../shared."""

from __future__ import annotations

import html

import pytest
import sqlite_utils

from minutebook.extract.due import find_due
from minutebook.ingest.publish import public_path
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED
from .test_datasette import client_for
from .wild_papers import ingest_wild

SOULDERN = "sd_2017-07-13 SPC minutes.pdf"


def next_meeting(name: str) -> str | None:
    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    return find_structure(read_document(str(path), ocr=False)).stored_meetings[0].next_meeting


@pytest.mark.parametrize("name, date", [
    (SOULDERN, "2017-09-14"),  # not the Planning meeting of 15 August
    ("sl_board-meeting-minutes-2013-01-24.pdf", "2013-02-26"),  # not the Board Away Day of 18 February
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "2016-05-10"),  # 'Dates of Next Meetings'
])
def test_the_bodys_own_meeting_in_a_list_of_next_meetings(name, date):
    assert next_meeting(name) == date


def test_on_the_next_agenda_is_due_at_the_next_meeting():
    assert find_due("CF to put on next agenda", "2017-07-13", "2017-09-14").date == "2017-09-14"
    assert find_due("The Clerk to put the review of allotment costs on the next agenda.", "2013-06-04",
                    "2013-07-02").date == "2013-07-02"
    assert find_due("The Chair moved to the next agenda item.", "2017-07-13", "2017-09-14") is None


def test_an_action_for_the_next_agenda_shows_the_councils_next_meeting(tmp_path):
    if not (SHARED / "wild" / SOULDERN).exists():
        pytest.skip(f"needs ../shared/wild/{SOULDERN}")
    db_path = ingest_wild(tmp_path, [SOULDERN])
    db = sqlite_utils.Database(db_path)
    rows = db.execute("select id, due_date from actions where text = 'ACTION : CF to put on next agenda'").fetchall()
    assert [due for _, due in rows] == ["2017-09-14"]
    _, client = client_for(public_path(str(db_path)))
    page = client.get(f"/action/{rows[0][0]}")
    assert page.status == 200
    assert "2017-09-14" in html.unescape(page.text)
