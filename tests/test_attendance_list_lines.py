"""Attendance lists printed one person a line under a label on its own line (issue 7): the lines
are neither headings nor one wrapped sentence, and a list the reader broke at a gap goes on in
the next passage. Real papers from ../shared/wild (skipped when it is absent), and the line rules
on text in the forms of other bodies (Ayton's 'Councillor Jim Fullarton (JF)', the West Dereham
legion's 'Peter Starling (PS) - Chairman')."""

import pytest

from minutebook.extract.people import parse_person
from minutebook.ingest.lines import is_heading_line, lines_to_blocks, name_with_code

from .wild_papers import wild_attendance


def test_a_person_with_their_initials_is_a_list_line_not_a_heading():
    for line in ["Nick Oakhill (NO) CHAIR", "John Hoodless (JH)", "Councillor Jim Fullarton (JF)",
                 "Peter Starling (PS) - Chairman", "Nick Oakhill (NO) [Acting Chair]", "Dave Horkan (DHO) Clerk"]:
        assert name_with_code(line, alone=True), line
        assert not is_heading_line(line), line
    # initials that do not fit the name, a second column's names, a title: headings as before
    assert not name_with_code("Financial Plan (MTFP)", alone=True)
    assert not name_with_code("Nick Oakhill (NO) CHAIR Diana Stevens Katy Draper", alone=True)
    assert is_heading_line("Nick Oakhill (NO) CHAIR Diana Stevens Katy Draper")
    assert is_heading_line("Planning Applications")


def test_list_lines_stay_one_person_a_line():
    blocks = lines_to_blocks(["Present:", "Alan Smith (AS) CHAIR", "Nick Oakhill (NO)", "Neal Ship (NS)",
                              "Cathy Fleet (CF) CLERK", "11.22.01 Apologies", "Apologies had been received from J Hoodless."], 1)
    assert [b.kind for b in blocks] == ["paragraph", "heading", "paragraph"]
    assert blocks[0].text.splitlines() == ["Present:", "Alan Smith (AS) CHAIR", "Nick Oakhill (NO)", "Neal Ship (NS)",
                                           "Cathy Fleet (CF) CLERK"]
    # a wrapped sentence is still one line of text
    blocks = lines_to_blocks(["The Chairman thanked Peter Starling (PS) for the", "work he had done on the beacon."], 1)
    assert len(blocks) == 1 and "\n" not in blocks[0].text


def test_a_post_in_square_brackets():
    person = parse_person("Nick Oakhill (NO) [Acting Chair]")
    assert (person.name, person.role, person.initials) == ("Nick Oakhill", "chair", "NO")


@pytest.mark.parametrize("name, present", [
    # the chair's line and the next were read as headings, so the list lost them
    ("sd_2019-07-25 SPC minutes.pdf", {"Nick Oakhill", "John Hoodless", "Laura How", "Alan Smith"}),
    # labels side by side ('Present: Members of the Public:'): nothing was read; the list breaks at a gap
    ("sd_2022-11-03 SPC minutes.pdf", {"Alan Smith", "Nick Oakhill", "Neal Ship", "Heidi Dennison"}),
    ("sd_2024-05-23 Annual Parish Meeting minutes.pdf", {"Nick Oakhill", "John Hoodless", "Neal Ship", "Heidi Dennison"}),
])
def test_souldern_lists_one_member_a_line(name, present):
    found = wild_attendance(name)
    assert {a["name"] for a in found if a["status"] == "present"} == present
    # 'Cathy Fleet (CF) CLERK', the last line of the list: an officer, in attendance (tests/test_officers_present.py)
    assert ("Cathy Fleet", "in_attendance") in {(a["name"], a["status"]) for a in found}
    # the members of the public in the column beside them are no members of the council
    assert not {a["name"] for a in found if a["status"] != "in_attendance"} & {"Katy Draper", "David Carlisle",
                                                                                "Joanna Carlisle"}
