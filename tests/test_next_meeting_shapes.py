"""The next meeting in the shapes minutes of many bodies give it (issue 7: next-meeting recall was lowest on bodies
never seen): a weekday and a day with no month ('Next meeting: Tues 8th', 'Date of next meeting: Wednesday 9th'),
the first such day after the meeting whose weekday fits; and a heading that is only the words ('Next Meeting',
'DATE OF NEXT MEETING:') with the date in the line under it. Small PDFs written by the test; the same papers
without those words, or with a day whose weekday fits no month near, get no next meeting."""

import pytest

from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .pdfs import write_pdf

HEAD = ["Harrowby Community Council", "Minutes of the meeting of Harrowby Community Council held on Wednesday 12 March 2025",
        "Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", "", "1. SLIPWAY",
        "The members discussed the eastern slipway railings."]


def next_meeting(tmp_path, lines: list[str]) -> str | None:
    path = write_pdf(tmp_path / "minutes.pdf", [HEAD + lines])
    meetings = find_structure(read_document(str(path), ocr=False)).stored_meetings
    assert [m.date for m in meetings] == ["2025-03-12"]
    return meetings[0].next_meeting


@pytest.mark.parametrize("lines, date", [
    (["2. DATE OF NEXT MEETING", "Next meeting: Tues 8th"], "2025-04-08"),  # April: 8 March was no Tuesday
    (["2. DATE OF NEXT MEETING: Wednesday 9th at 7pm"], "2025-04-09"),
    (["2. Any other business", "None.", "The next meeting will be on Thursday 3rd."], "2025-04-03"),
    (["2. Any other business", "None.", "Next Meeting: Friday 14th"], "2025-03-14"),  # this month, two days on
])
def test_a_weekday_and_a_day_without_a_month(tmp_path, lines, date):
    assert next_meeting(tmp_path, lines) == date


def test_a_weekday_that_fits_no_day_near_gives_nothing(tmp_path):
    # a 31st on a Monday: March 31st 2025 is a Monday, but 'Sunday 31st' fits no month within four
    assert next_meeting(tmp_path, ["2. DATE OF NEXT MEETING", "Next meeting: Monday 31st"]) == "2025-03-31"
    assert next_meeting(tmp_path, ["2. DATE OF NEXT MEETING", "Next meeting: Sunday 31st"]) is None
    # a day without its weekday, or a weekday and a time, is too loose to read
    assert next_meeting(tmp_path, ["2. DATE OF NEXT MEETING", "Next meeting: the 9th"]) is None
    assert next_meeting(tmp_path, ["2. DATE OF NEXT MEETING", "Next meeting: Wednesday 7 pm, venue to be confirmed"]) is None


@pytest.mark.parametrize("heading", ["2. Next Meeting", "NEXT MEETING:", "2. DATE OF NEXT MEETING"])
def test_a_heading_alone_then_the_date_under_it(tmp_path, heading):
    assert next_meeting(tmp_path, [heading, "", "Wednesday 9th April 2025 at 7.00pm, Village Hall"]) == "2025-04-09"


def test_the_lines_under_a_heading_stop_at_the_next_item(tmp_path):
    # the item after the heading is another matter: its date is not the next meeting
    assert next_meeting(tmp_path, ["2. Next Meeting", "", "3. Planning", "Application received 9th April 2025"]) is None
    # words of prose that close their paragraph name no heading ('to be discussed at the next meeting.')
    assert next_meeting(tmp_path, ["2. Planning", "The railings are to be discussed at the next meeting.", "",
                                   "A new application for the barn conversion at Mill Farm was received, to be decided by 9th April 2025."]) is None


@pytest.mark.parametrize("ending, date", [
    (["As there was no further business, the Chairperson closed the meeting at 8.05pm.", "",
      "..............................8th April 2025 CHAIRPERSON"], "2025-04-08"),
    (["There being no further business the meeting closed at 8.05 pm.", "", "Chairman: Jane Aldous", "",
      "Date: 8 April 2025"], "2025-04-08"),
    (["Signed: M. Aldous, Chairman  Date: 8th April 2025"], "2025-04-08"),
])
def test_the_day_the_chair_signs_the_minutes_is_the_next_meeting(tmp_path, ending, date):
    assert next_meeting(tmp_path, ending) == date


def test_a_signature_line_gives_no_next_meeting_it_cannot_be():
    # a day before the meeting (the day an agenda was issued), or a date in a sentence near the chair's word
    from minutebook.ingest.document import Block
    from minutebook.ingest.next_meetings import _signed_on
    from minutebook.ingest.structure import Meeting, Structure

    for ending in ["Chairman 8 March 2025", "The Chairman said the fete is on 8 June 2025 at the hall.",
                   "Signed ........ Date ........"]:
        s = Structure(kind="minutes")
        s.meetings.append(Meeting(body="Harrowby Community Council", date="2025-03-12", page=1, role="records", block=0))
        _signed_on([Block("paragraph", "Minutes of the meeting held on 12 March 2025", 1), Block("paragraph", ending, 1)], s)
        assert s.meetings[0].next_meeting is None, ending


def test_the_chairs_line_above_a_date_line():
    """A 'Date:' line alone is the signing day only under a short line opening with the signature's word."""
    from minutebook.ingest.next_meetings import _signature_line

    assert _signature_line("There being no further business the meeting closed at 8.05 pm.\nChairman: Jane Aldous")
    assert _signature_line("There being no further business the meeting closed at 8.05 pm. Signed ..............")
    assert not _signature_line("The Chairman closed the meeting at 9pm.")
    assert not _signature_line("Chairman: " + "the report on the village hall roof and the repairs still to be done")


def test_the_meeting_a_list_names_after_its_date(tmp_path):
    # the induction is not the board's meeting; the board meeting named after its own date is
    assert next_meeting(tmp_path, ["2. Date of Next Meeting: 18th April 2025 – New Members Induction 25th April 2025 – "
                                   "Council Meeting"]) == "2025-04-25"


def test_last_years_year_on_a_next_meeting(tmp_path):
    # a January paper keeping last year's year: the day and month come next, in the meeting's own year
    assert next_meeting(tmp_path, ["2. Any other business", "None.", "The next meeting will on 9th April 2024."]) == "2025-04-09"
    # a year further back, or a day too far on, is no slip of that kind
    assert next_meeting(tmp_path, ["2. Any other business", "None.", "The next meeting will on 9th April 2023."]) is None
    assert next_meeting(tmp_path, ["2. Any other business", "None.", "The next meeting will on 9th October 2024."]) is None
