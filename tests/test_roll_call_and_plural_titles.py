"""Two ways bodies print who was there that the head-line reading dropped (issue 7): a plural title
before a list ('Councillors Alun Davies, Arwel Davies, ...': every name's title, so names the
given-name table does not know still read as people), and a roll call by surname alone ('ROLL CALL:
Present: Brooks, Coleman, ...'), read in a heading as the passage reading reads it in a paragraph.
Real papers (../shared/wild; skipped when it is not beside the project) and guards on text."""

import pytest

from minutebook.extract.attendance_runs import lists_in_head
from minutebook.extract.people import _entries
from minutebook.ingest.document import Block

from .wild_papers import wild_attendance



def test_a_plural_title_is_every_names_title():
    text = "Councillors Alun Davies, Arwel Davies, Dorian Jenkins Andrew Thomas and County Councillor Joseph Davies."
    found = [(e.name, e.person.title) for e in _entries(text, "present", Block("paragraph", text, 1), 0)]
    assert found == [("Alun Davies", "Councillor"), ("Arwel Davies", "Councillor"), ("Dorian Jenkins", "Councillor"),
                     ("Andrew Thomas", "Councillor"), ("Joseph Davies", "County Councillor")]  # another council's
    text = "Commissioners Ayala and Rios"
    assert [e.person.title for e in _entries(text, "absent", Block("paragraph", text, 1), 0)] == ["Commissioner"] * 2


def _head(*lines):
    blocks = [(i, Block("heading" if i else "paragraph", text, 1)) for i, text in enumerate(lines)]
    return [(e.name, e.status) for _, entries in lists_in_head(blocks) for e in entries]


def test_surnames_alone_are_a_list_only_in_a_roll_call():
    assert _head("05-1101 1. ROLL CALL: Present: Brooks, Coleman, Hensley, Kiernan, Mahaffey, and Vlassi",
                 "Absent: Cownie.", "05-1102 2. APPROVING AGENDA") == [
        ("Brooks", "present"), ("Coleman", "present"), ("Hensley", "present"), ("Kiernan", "present"),
        ("Mahaffey", "present"), ("Vlassi", "present"), ("Cownie", "absent")]
    assert _head("Present: Brooks, Coleman, Hensley, Kiernan", "1. Approving the agenda") == []


def _attendance(name):
    return {a["name"]: a["status"] for a in wild_attendance(name)}


@pytest.mark.parametrize("name, present", [
    # Manordeilo & Salem: 'PRESENT' alone, then 'Councillors Alun Davies, ...' (Welsh given names)
    # (County Councillor Joseph Davies is a guest: tests/test_other_councils_members.py)
    ("mscc_17-10-11.pdf", ["Alun Davies", "Arwel Davies", "Gwenfil Evans", "Hubert Gwynne", "Dorian Jenkins",
                           "Andrew Thomas"]),
    # Des Moines: the roll call in a heading of a 'meeting report'
    ("dsm_2005-05-09_meeting_minutes.pdf", ["Brooks", "Coleman", "Hensley", "Kiernan", "Mahaffey"]),
])
def test_real_papers(name, present):
    found = _attendance(name)
    for who in present:
        assert found.get(who) == "present", (who, found)
