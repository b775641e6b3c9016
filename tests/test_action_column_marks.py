"""An Action column read by position (issue 11): Souldern prints its owners' initials beside the
lines they concern, a mark over several lines ('AM' / '&' / 'BM', 'RD &' / 'AM'), a member's code with
a lower-case part ('BMc', the Clerk beside Bruce May's 'BM'), 'All', and a title with an initial
('Cllr F'). One mark is one owner set for one task; the text layer's copy of the column run into a
sentence is no part of it. Suffolk Libraries' and Ayton's columns (one line a mark) read as before
(tests/test_people_and_actions.py)."""

import pytest

from .conftest import SHARED


def _paper(name):
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    doc = read_document(str(path))
    return doc, extract_document(doc, find_structure(doc))


def _owners(actions, start):
    found = [a for a in actions if a["description"].startswith(start)]
    assert len(found) == 1, (start, [a["description"][:60] for a in actions])
    return sorted(o["name"] for o in found[0]["owners"])


def test_a_mark_over_several_lines_is_one_owner_set():
    doc, facts = _paper("sd_2012-11-29 SPC minutes.pdf")
    marks = [m for p in doc.pages for m, _ in p.side_marks]
    assert marks.count("AM/BM") == 4 and "RD/AM" in marks and "All" in marks
    actions = [a for a in facts["actions"] if a["rule"] == "side-column"]
    # 'AM' level with the item's description, '&', then 'BM' level with its resolution: the resolution, both owners
    assert _owners(actions, "It was resolved that the PC would take the lead") == ["A Martin", "B McGarry"]
    assert _owners(actions, "Playground: There is no advisory group") == ["A Martin", "B McGarry"]
    assert _owners(actions, "It was resolved to investigate possible action to improve drainage") == ["A Martin", "R Deeley"]
    assert _owners(actions, "It was recognised that Standing orders and Financial Regulations") == ["All"]
    # 'BM' level with the contract sentence's first line, 'AM' with its second: one row with both
    assert _owners(actions, "It was resolved to produce a contract") == ["A Martin", "B McGarry"]
    # the second half of a mark is no owner of the next item's sentence
    assert not [a for a in actions if a["description"].startswith("Some equipment needs")]
    assert not [a for a in actions if a["description"].startswith("Lawrence Williams")]
    # the column's copy in the text layer is cut off the sentence
    assert not [a for a in actions if "AM & BM" in a["description"] or a["description"].endswith(" AM")]


def test_codes_with_a_lower_case_part_and_a_titled_initial():
    _, facts = _paper("sd_2015-07-16 SPC minutes.pdf")
    actions = [a for a in facts["actions"] if a["rule"] == "side-column"]
    assert _owners(actions, "After some discussion it was agreed that the Council should speak") == ["B McGarry"]
    assert _owners(actions, "Fatemian will chase up the provision of the black box") == ["A Fatemian"]
    assert not [a for a in actions if "Cllr F BMc" in a["description"]]


def test_a_code_with_a_lower_case_part_is_exact_case():
    from minutebook.extract.people import Person, Registry
    from minutebook.extract.people_facts import derived_initials

    registry = Registry()
    for name in ("Barbara McGarry", "Bruce May", "Nick Oakhill"):
        registry.add(Person(name=name))
    derived_initials(registry)
    assert registry.resolve("BMc") == "Barbara McGarry"
    assert registry.resolve("BMC") != "Barbara McGarry"  # an acronym in capitals is no member's code
    assert registry.resolve("BM") == "BM"  # two members share it: no one
    assert registry.resolve("Cllr O") == "Nick Oakhill" and registry.resolve("Cllr B") == "B"


def test_shared_initials_go_to_the_member_present():
    """'JM' of Souldern 2013 is Mrs J Martin, a councillor present, not Jenny Mander of the public;
    Manordeilo's 'Cllr. J. Davies' is Joseph Davies, present, not the Clerk Mrs Jane Davies."""
    _, facts = _paper("sd_2013-09-19 SPC minutes.pdf")
    assert _owners(facts["actions"], "Noticeboard – The Village Hall Committee") == ["J Martin"]
    _, facts = _paper("mscc_17-10-11.pdf")
    assert _owners(facts["actions"], "Cllr. J. Davies would make enquiries") == ["Joseph Davies"]


def test_shared_initials_of_two_members_present_stay_unresolved():
    from minutebook.extract.people import Person, Registry
    from minutebook.extract.people_facts import derived_initials

    registry = Registry()
    for name in ("Bruce May", "Barbara McGarry", "Jenny Mander", "J Martin"):
        registry.add(Person(name=name))
    attendance = [{"name": n, "status": s} for n, s in (("Bruce May", "present"), ("Barbara McGarry", "present"),
                                                        ("J Martin", "present"), ("Jenny Mander", "in_attendance"))]
    derived_initials(registry, {"attendance": attendance})
    assert registry.resolve("BM") == "BM"
    assert registry.resolve("JM") == "J Martin"


def test_a_code_beside_a_sentences_short_last_line_joins_the_code_above():
    """Souldern 2013: 'CR' beside '... informed of the situation on', 'BM' beside 'their behalf' (too short
    a line to be read alone): one mark for the one resolution."""
    doc, facts = _paper("sd_2013-09-19 SPC minutes.pdf")
    assert "CR/BM" in [m for p in doc.pages for m, _ in p.side_marks]
    assert _owners(facts["actions"], "After some discussion it was resolved that the PC would support") == \
        ["Barbara McGarry", "C Rothero"]


def test_a_code_level_with_a_sentence_that_sets_no_task_marks_its_paragraphs_next_task():
    """Suffolk Libraries, January 2014: 'NS' level with 'The Community Lead tabled the draft agenda for the
    Community Group meeting ...', whose next sentence is the task: 'This was agreed and will be sent out to
    members this week.' The clerk's task, one action, not a report of the tabling owned by her and the task with
    no one."""
    _, facts = _paper("sl_board-meeting-minutes-2014-01-30.pdf")
    found = [a for a in facts["actions"] if "sent out to members this week" in a["description"]]
    assert len(found) == 1, [a["description"][:60] for a in facts["actions"]]
    assert [o["name"] for o in found[0]["owners"]] == ["Nikki Sturmey"]
    assert not [a for a in facts["actions"] if "tabled the draft agenda" in a["description"]]


def test_a_code_level_with_a_paragraphs_last_sentence_stays_in_that_paragraph():
    """Souldern, November 2012: 'AM' level with 'It was suggested that some of these bags should be dropped off for
    use in Wharf Lane.', the last sentence of its paragraph; the next paragraph's 'it was resolved that should we need
    more this would be purchased from Bagforce' is not what the code marks."""
    _, facts = _paper("sd_2012-11-29 SPC minutes.pdf")
    assert _owners(facts["actions"], "It was suggested that some of these bags should be dropped off") == ["A Martin"]


def test_the_doer_a_level_sentence_prints_owns_it_over_the_columns_code():
    """Souldern, November 2012: the Website paragraph's column holds 'KD', 'SB', 'AM' level with its last three lines,
    and 'SB' is level with 'CR offered to do any artwork needed for the site'; the sentence names its own doer, a
    person of the paper. Suffolk Libraries, March 2013: 'IB' level with 'The Compliance Manager will then follow up
    with training ...' keeps its code, a post being no person the paper names (side_column._printed_doers)."""
    _, facts = _paper("sd_2012-11-29 SPC minutes.pdf")
    assert _owners(facts["actions"], "CR offered to do any artwork") == ["C Rothero"]
    _, facts = _paper("sl_board-meeting-minutes-2013-03-26.pdf")
    assert _owners(facts["actions"], "The Compliance Manager will then follow up") == ["Ian Brookman"]


def test_a_code_marks_the_task_with_no_one_named_that_ends_on_its_line():
    """Souldern, November 2012: 'AM' is level with the line '... crown should be reduced or the whole tree removed. It
    was resolved to get quotes', where the letter to Ann Gyrsting ends and the quotes begin: both are AM's, one row
    each (side_column._task_ended_on_line). Suffolk Libraries, October 2012: 'SCC had offered the help of an officer
    ...' ends on a code's line too, and sets no task: no action."""
    _, facts = _paper("sd_2012-11-29 SPC minutes.pdf")
    assert _owners(facts["actions"], "A letter from the PC is to be written to Ann Gyrsting") == ["A Martin"]
    assert _owners(facts["actions"], "It was resolved to get quotes for both these actions") == ["A Martin"]
    _, facts = _paper("sl_board-meeting-minutes-2012-10-17.pdf")
    assert not [a for a in facts["actions"] if a["description"].startswith("SCC had offered the help")]


def test_a_code_level_with_its_owners_name_marks_the_task_their_he_takes_on_next():
    """Suffolk Libraries, May 2014: 'RH' level with 'Richard Hunt mentioned that Cllr Hopfensperger might want to
    showcase this as a Cabinet Report ...', a suggestion; his task is the next sentence, 'He will Suggest this to Cllr
    Hopfensperger.'"""
    _, facts = _paper("sl_board-meeting-minutes-2014-05-29.pdf")
    found = [a for a in facts["actions"] if a["rule"] == "side-column" and "Hopfensperger" in a["description"]]
    assert [a["description"] for a in found] == ["He will Suggest this to Cllr Hopfensperger."]
    assert [o["name"] for o in found[0]["owners"]] == ["Richard Hunt"]
