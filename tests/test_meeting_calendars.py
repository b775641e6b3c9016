"""A page that lists meeting dates, a line a meeting, is no minutes: North of Tyne LPC's minutes
index page ('Wed, 04 September 2019 | LPC Committee Meeting', twenty-two lines) was read as the
minutes of one of them, with its 'Approved Minutes of Meeting can be accessed ...' stored as a
decision. Cuyahoga's and Cook County's calendars are read the same way; minutes that list the
year's meeting dates keep their meeting. Skips without ../shared."""

from pathlib import Path

import pytest

from minutebook.ingest.paper_kind import a_listing
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "wild").exists() or not (SHARED / "real").exists(),
                                  reason="needs ../shared/wild and ../shared/real")


@needs_shared
@pytest.mark.parametrize("name", ["notlpc_about-minutes-of-meetings_index.html", "cbcle_cuya_community_college.pdf",
                                  "cb_cook_emergency_telephone_schedule.pdf"])
def test_a_calendar_of_meetings_records_none(name):
    structure = find_structure(read_document(str(SHARED / "wild" / name), ocr=False))
    assert structure.kind == "other" and not structure.meetings
    assert structure.no_meeting_reason.startswith("a list of meeting dates")


@needs_shared
@pytest.mark.parametrize("name", ["real/notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf",
                                  "real/sf_northwold-pc-minutes-2014-09_index.html", "wild/ayton_2016-11-01.pdf",
                                  "wild/dsm_2005-05-09_meeting_minutes.pdf"])
def test_minutes_are_no_calendar(name):
    assert a_listing(read_document(str(SHARED / name), ocr=False)) is None
