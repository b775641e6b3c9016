"""Apologies given in the minutes' opening items, in sentences or under an 'Apologies' heading,
set against the list of those present (issue 7). Real papers of several bodies (../shared/wild;
skipped when it is not beside the project), and the guards on text."""

import pytest

from minutebook.extract.apologies_items import _apology_entries, _following_names, _outside_brackets, APOLOGIES_RE
from minutebook.ingest.document import Block

from .wild_papers import wild_attendance



def _names(sentence):
    block = Block("paragraph", sentence, 1)
    out = []
    for m in APOLOGIES_RE.finditer(sentence):
        if not m.group("no"):
            out += [e.name for e in _apology_entries(sentence[m.end():], block)]
    return list(dict.fromkeys(out))  # the paper's reading keeps one row a person too


def test_the_wordings_of_apologies_give_their_names():
    assert _names("Apologies were accepted for Cllr Anderson and Cllr Smith.") == ["Anderson", "Smith"]
    assert _names("90/19 Apologies for Absence There were apologies of absence from Cllr Colin Sampson. "
                  "91/19 Declarations of Interest") == ["Colin Sampson"]
    assert _names("1. Welcome and Apologies Mike Readman, Mike Hoskings") == ["Mike Readman", "Mike Hoskings"]
    assert _names("To receive and consider accepting apologies for absence: Mrs V Lynch, hopes to be at the "
                  "next meeting.") == ["V Lynch"]
    # words of the sentence's own before its 'from' (Northwold 2019); a title's own full stop is no sentence's end
    # (Wretton 2016)
    assert _names("2. ACCEPTANCE OF APOLOGIES FOR ABSENCE Apologies for absence were received before the meeting from "
                  "Cllr Anderson, Cllr Sharp and Cllr Smith. These were accepted.") == ["Anderson", "Sharp", "Smith"]
    assert _names("1. Apologies for Absence Cllr. Ian Mack") == ["Ian Mack"]
    assert _names("Apologies were received from Mr P Brown. Cllr. Jones took the chair") == ["P Brown"]


def test_apologies_for_another_meeting_or_none_name_no_one():
    assert _names("No apologies were received.") == []
    assert _names("GK gave apologies for the meeting on 10 May 2016.") == []
    assert _names("MB had provided apologies. The PSNC meeting report circulated") == []
    assert _names("Apologies for absence: none received.") == []
    assert _names("Apologies from Police Safer Neighbourhood Team") == []


def test_a_heading_alone_takes_the_next_paragraph_and_only_a_list_going_on():
    assert _following_names([Block("paragraph", "Ms Paula Kellingray,", 1),
                             Block("paragraph", "Police Safer Neighbourhood Team", 1),
                             Block("paragraph", "Mr Gale", 1)]) == "Ms Paula Kellingray, Police Safer Neighbourhood Team"
    # a column of a table read across: the next name is another column's
    assert _following_names([Block("paragraph", "Tom Roberts", 1), Block("paragraph", "Frank Reid (FRE)", 1)]) == "Tom Roberts"


def test_a_heading_naming_no_one_but_in_brackets_takes_the_next_paragraph():
    assert _outside_brackets("(LGA 1972, Section 85(1) & (2))") == ""
    assert _outside_brackets("Cllr Hill (on holiday)") == "Cllr Hill "


def _attendance(name):
    return {a["name"]: a["status"] for a in wild_attendance(name)}


@pytest.mark.parametrize("name, away, present", [
    # Suffolk Libraries: the Attendees list names the board; item 1 says who sent apologies
    ("sl_board-meeting-minutes-2014-01-30.pdf", ["Richard Hunt", "Beccy Hopfensperger", "Sue Brotherwood", "Marion Harvey"],
     ["Tony Brown", "Sue Buck"]),
    ("sl_board-meeting-minutes-2013-01-24.pdf", ["Mike Readman", "Mike Hoskings"], ["Shona Bendix"]),
    # Northwold: a sentence of item 3; a heading whose own words name no one but the law it cites
    # ('Accepted apologies for absence (LGA 1972, Section 85(1) & (2))'), the names in the paragraph below
    ("sf_northwold-pc-minutes-2018-05-annual_index.html", ["Anderson", "Smith"], ["M Peake"]),
    ("sf_northwold-pc-minutes-2016-09_index.html", ["Collins"], ["A Muir"]),
    # Stoke Ferry: an 'Apologies' heading, the names in the paragraph below; a sentence of the item
    ("sf_stoke-ferry-pc-minutes-2015-07_index.html", ["P Denny", "C Sampson"], ["D Clements"]),
    ("sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html", ["Colin Sampson"], ["Sue Lintern"]),
    # West Dereham: 'Apologies for Absence accepted from:', the name on the next line
    ("sf_west-dereham-pc-minutes-2011-09_index.html", ["Paula Kellingray"], ["Pam Walker"]),
    # Northwold: words before the sentence's 'from'; Wretton: 'Cllr.' with its stop after the item's heading
    ("sf_northwold-pc-minutes-2019-04_index.html", ["Anderson", "Sharp", "Smith"], ["M Peake", "R Crisp"]),
    ("sf_wretton-pc-minutes-2016-03_index.html", ["Ian Mack"], ["Mandy Peake", "Mick Peake"]),
    # the chair named in the apologies item is no apology; labels side by side over columns are no sentence
    ("mscc_18-07-11.pdf", ["Dorian Jenkins", "Peter Harries", "Andrew Thomas"], ["Alun Davies"]),
    ("sd_2018-05-24 Annual Meeting minutes.pdf", ["Chris Rothero"], ["Nick Oakhill"]),
])
def test_apologies_in_the_opening_items_of_real_papers(name, away, present):
    found = _attendance(name)
    for who in away:
        assert found.get(who) == "apologies", (who, found)
    for who in present:
        assert found.get(who) == "present", (who, found)


def test_the_names_end_where_the_prose_or_the_next_item_begins():
    assert _names("1. Apologies Alison Wheeler Welcome Leon Paternoster (Web Services Manager) introduced himself") == [
        "Alison Wheeler"]
    assert _names("Welcome and Apologies Cllr Beccy Hopfensperger, Nikki Sturmey, Charlotte Clark The Chair announced "
                  "the resignation of Director, Sue Brotherwood, from the Board.") == [
        "Beccy Hopfensperger", "Nikki Sturmey", "Charlotte Clark"]
    assert _names("Apologies had been received from Paula Kellingray (PK) due to her being away, and Tom Foy (TF) due "
                  "to work commitments.") == ["Paula Kellingray", "Tom Foy"]
    assert _names("Apologies were noted and accepted for Cllr Andy Hayward (illness) and for Cllr Mandy Leamon "
                  "(work commitment).") == ["Andy Hayward", "Mandy Leamon"]


def test_prose_after_a_heading_is_no_list():
    assert _following_names([Block("paragraph", "Councillor Alun Davies took the Chair and welcomed everyone.", 1)]) == ""


@pytest.mark.parametrize("name, away, present", [
    # Suffolk Libraries: the Attendees list names Beccy Hopfensperger; item 2 says 'Apologies were received
    # from Cllr Hopfensperger and Marion Harvey': the paper has one Hopfensperger, and the item is more
    # specific than the list of members
    ("sl_board-meeting-minutes-2014-09-25.pdf", ["Beccy Hopfensperger", "Marion Harvey"], ["Tony Brown"]),
    # Kent: 'Mr Wright' sends apologies, the list has Mr J Wright and Ms L Wright present; a surname two
    # people of the paper share is no one in particular, and both stay present
    ("kcc_9 January 2025 - County Council minutes.pdf", ["Wright"], ["J Wright", "L Wright"]),
])
def test_a_surname_sending_apologies_overrides_the_list_only_when_it_is_one_person(name, away, present):
    found = _attendance(name)
    for who in away:
        assert found.get(who) == "apologies", (who, found)
    for who in present:
        assert found.get(who) == "present", (who, found)
