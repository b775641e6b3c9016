"""Who was absent from one vote is not absent from the meeting. Des Moines' council minutes end
each motion with its tally and who missed it ('Moved by Hensley to approve. Motion Carried 6-1.
Absent: Daniels.'), East Palo Alto's commission prints a roll call vote under each item ('AYES: ...
ABSENT: Hernandez'), and so does Norwalk's housing authority ('NOES: None / ABSENT: Commissioners Ayala
and Rios'); the meeting's attendance is the roll call that opens the minutes. One test (vote_records.follows_vote)
decides both placements, the list run on after a tally and the list on the line after a vote's record."""

import sqlite3

import pytest

from minutebook.extract.people import attendance_from_block
from minutebook.extract.vote_records import follows_vote
from minutebook.ingest.document import PARAGRAPH, Block
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

DES_MOINES = [SHARED / "wild" / "dsm_1996-01-02_meeting_minutes.pdf",  # 'Motion Carried 6-1. Absent: Daniels.' x58
              SHARED / "wild" / "dsm_special-meeting-invalid-minutes.pdf",  # 'ROLL CALL: Present: ... Absent: Gatto.'
              SHARED / "wild" / "dsm_2005-05-09_meeting_minutes.pdf"]  # 'Absent: Cownie.' a block of its own
EAST_PALO_ALTO = SHARED / "real" / "bln_eastpaloalto_ca_minutes_2020-01-27.pdf"
NORWALK = SHARED / "wild" / "ca_norwalk_agenda_1.pdf"  # a roll call vote: 'AYES: ... / NOES: None / ABSENT: ...'


def _listed(text):
    return [(e.person.name, e.status) for e in attendance_from_block(Block(PARAGRAPH, text, 1), 0)]


def test_an_absence_after_a_vote_is_the_votes():
    assert _listed("Moved by Hensley to approve. Motion Carried 6-1. Absent: Daniels.") == []
    assert _listed("Moved by Vlassis to adopt. Motion Carried 5-1-1. Nays: Hensley. Absent: Cownie.") == []
    assert _listed("Present: Cllr A Jones, Cllr B Smith. Motion carried 5-0. Absent: Cllr C Brown.") == \
        [("A Jones", "present"), ("B Smith", "present")]
    # the meeting's own roll call
    assert _listed("Present: Cownie, Boesen, Mandelbaum. Absent: Gatto.")[-1] == ("Gatto", "absent")


def test_one_test_for_a_list_run_on_or_on_the_next_line():
    """The text before an absence list is a vote's record whether the list runs on after the tally
    (Des Moines) or the record is the line before it (East Palo Alto's AYES, Norwalk's NOES)."""
    assert follows_vote("Moved by Hensley to approve. Motion Carried 6-1. ")
    assert follows_vote("AYES: Sherrard, Allen Fisk, Bello, Mendez")
    assert follows_vote("NOES: None")
    assert follows_vote("MOTION BY: Commissioner Bello")
    assert not follows_vote("ROLL CALL: Present: Cownie, Boesen, Mandelbaum.")
    assert not follows_vote("Apologies were received from Cllr Smith; the minutes of 5-6 May were approved.")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    paths = DES_MOINES + [EAST_PALO_ALTO, NORWALK]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild and ../shared/real are not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("votes") / "a.db"
    ingest([str(p) for p in paths], str(db))
    return sqlite3.connect(db)


def _attendance(conn, filename):
    return dict(conn.execute("select a.name, a.status from attendance a join documents d on d.id = a.document_id "
                             "where d.filename = ?", [filename]))


def test_real_papers_of_two_bodies(archive):
    dsm = _attendance(archive, DES_MOINES[0].name)
    # absent from most motions, present at the roll call; applicants named after a vote are no attendees
    assert dsm.get("Daniels") == "present" and dsm.get("Vlassis") == "present"
    assert "absent" not in dsm.values() and "Michael Henning" not in dsm
    assert _attendance(archive, DES_MOINES[1].name).get("Gatto") == "absent"
    # the roll call's absence on a line of its own, after no vote, is the meeting's
    assert _attendance(archive, DES_MOINES[2].name).get("Cownie") == "absent"
    epa = _attendance(archive, EAST_PALO_ALTO.name)
    assert epa.get("Uriel Hernandez") == "absent" and list(epa.values()).count("absent") == 1


def test_a_roll_call_votes_absence_at_a_third_body(archive):
    """Norwalk's housing authority minutes (inside its agenda) record the consent calendar's roll call vote with
    'AYES: ... / NOES: None / ABSENT: Commissioners Ayala and Rios': the meeting's absentees are the two its roll
    call in sentences names ('Commissioner Ayala and Rios were absent', test_roll_sentences), no one more."""
    norwalk = _attendance(archive, NORWALK.name)
    assert {name for name, status in norwalk.items() if status == "absent"} == {"Tony Ayala", "Margarita L. Rios"}
