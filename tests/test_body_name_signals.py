"""Issue 7: the body a meeting belongs to, named right on papers of bodies never seen. A name read from a
paper's head is weighed on more than its words: where its head word (Council, Committee, Board...) stands and
the letterhead around it (what the archive's other papers call a bare body's authority: tests/test_body_names.py).
Each mechanism on real papers of at least two bodies. Tests that read the shared papers skip without ../shared."""


import pytest
import sqlite_utils

from minutebook.ingest.meeting_finder import find_meeting, to_head
from minutebook.ingest.read import read_document

from .conftest import SHARED
from .wild_papers import body_of, ingest_wild

WILD = SHARED / "wild"
needs_wild = pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")


def test_a_name_ends_at_the_word_that_says_what_kind_of_body():
    # what the meeting is about, or what a heading heads, after the body's head word is not the body
    assert to_head("Souldern Parish Council Planning") == "Souldern Parish Council"
    assert to_head("Council Action") == "Council"
    assert to_head("North of Tyne Local Pharmaceutical Committee Networking") == \
        "North of Tyne Local Pharmaceutical Committee"
    # a name that goes on past its head word with 'of' / 'for', where it meets, a post: left as it is
    for name in ("Board of Trustees", "Trustees of The Friends of Halesworth County Library", "Council Chambers",
                 "Cabinet Member for Finance", "Committee Clerk", "Suffolk Libraries IPS Ltd",
                 "Askrigg and West Burton Federation of Schools", "Stoke Ferry Village Hall", "Council Tax"):
        assert to_head(name) == name


@needs_wild
def test_a_meeting_on_a_topic_is_a_meeting_of_the_body_not_another_body(tmp_path):
    """'MINUTES OF THE SOULDERN PARISH COUNCIL PLANNING MEETING' is the parish council's (its series was
    'Souldern Parish Council Planning'); Des Moines' roll-call box headed 'COUNCIL ACTION' is the city council's; the
    LPC's AGM agenda ('... Pharmaceutical Committee Networking') is the LPC's: each joins the body of its
    neighbours' papers (three bodies)."""
    pairs = [("sd_2022-11-03 SPC minutes.pdf", "sd_2023-06-29 SPC minutes.pdf"),
             ("dsm_2021-06-28_roll_call.pdf", "dsm_2021-05-10_agenda.pdf"),
             ("notlpc_Agenda-LPC-AGM-05-09-2018-Rev-18-08-A.pdf", "notlpc_Agenda-LPC-AGM-05409-2019.pdf")]
    db = sqlite_utils.Database(ingest_wild(tmp_path, [p for pair in pairs for p in pair]))
    for paper, neighbour in pairs:
        assert body_of(db, paper) == body_of(db, neighbour), paper


@needs_wild
def test_a_committee_takes_the_city_its_letterhead_names():
    """A front sheet prints the committee's own name beside its address: 'Burbank, California 91502' under 'PARKS AND
    RECREATION BOARD', '111 North Hope Street, Los Angeles, CA 90012' under the Board of Water and Power
    Commissioners. A UK panel's letterhead names a building, not a city: it stays."""
    found = {paper: find_meeting(read_document(str(WILD / paper)))[0].body for paper in (
        "ca_burbank_agenda_1.pdf", "ca_ladwp_3.pdf", "kcc_CPP Minutes 10.12.24.pdf")}
    assert found == {"ca_burbank_agenda_1.pdf": "Burbank Parks and Recreation Board",
                     "ca_ladwp_3.pdf": "Los Angeles Board of Water and Power Commissioners",
                     "kcc_CPP Minutes 10.12.24.pdf": "Corporate Parenting Panel"}
