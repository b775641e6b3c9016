"""Attendance read as the paper lays it out (issue 7, bodies never seen): a post and the name's initials in one
bracket ('K Draper (Chair KD)', 'J Martin (RFO JM)'), an officer's post in letters that are not the name's initials
('Mrs J Martin (RFO)': an officer in attendance, not a member); and labels alone on their lines, each over its own
names ('Present' / names / 'Apologies' / names: the apologies are no more of those present). Small PDFs written by the
test, and Souldern Parish Council's own lists in ../shared/wild (skipped when it is absent)."""

import pytest

from minutebook.extract.people import parse_person
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .pdfs import write_pdf
from .wild_papers import wild_attendance

TITLE = ["Harrowby Community Council", "Minutes of the meeting of Harrowby Community Council held on Wednesday 12 March 2025"]
ITEMS = ["", "1. SLIPWAY", "The members discussed the eastern slipway railings and agreed to repair them."]


def attendance(tmp_path, lines: list[str]) -> set[tuple[str, str, str | None]]:
    path = write_pdf(tmp_path / "minutes.pdf", [TITLE + lines + ITEMS])
    doc = read_document(str(path), ocr=False)
    return {(a["name"], a["status"], a["role"]) for a in extract_document(doc, find_structure(doc))["attendance"]}


def test_a_post_and_initials_in_one_bracket():
    assert (lambda p: (p.name, p.role, p.initials))(parse_person("K Draper (Chair KD)")) == ("K Draper", "chair", "KD")
    assert (lambda p: (p.name, p.post, p.initials))(parse_person("J Martin (RFO JM)")) == ("J Martin", "RFO", "JM")
    assert (lambda p: (p.name, p.post, p.initials))(parse_person("Mrs J Martin (RFO)")) == ("J Martin", "RFO", None)
    # the letters are the name's own initials, or no post: initials as before
    assert (lambda p: (p.post, p.initials))(parse_person("Rachel Fenella Owen (RFO)")) == (None, "RFO")
    assert (lambda p: (p.post, p.initials))(parse_person("Nick Oakhill (NO)")) == (None, "NO")


def test_an_officer_by_the_letters_of_their_post_is_in_attendance(tmp_path):
    found = attendance(tmp_path, ["Present:", "Mrs Mary Aldous (Chair MA)", "Mr Peter Brindle", "Mrs Jane Colley (RFO)",
                                  "Mrs Ann Dunne (Clerk)"])
    assert found == {("Mary Aldous", "present", "chair"), ("Peter Brindle", "present", None),
                     ("Jane Colley", "in_attendance", None), ("Ann Dunne", "in_attendance", "clerk")}


def test_labels_alone_each_over_their_own_names(tmp_path):
    found = attendance(tmp_path, ["PRESENT", "", "Mrs Mary Aldous", "", "Mr Peter Brindle", "", "APOLOGIES", "",
                                  "Mr Tom Greenhalgh"])
    assert {(n, s) for n, s, _ in found} == {("Mary Aldous", "present"), ("Peter Brindle", "present"),
                                             ("Tom Greenhalgh", "apologies")}


@pytest.mark.parametrize("paper", ["sd_2012-11-29 SPC minutes.pdf", "sd_2013-09-19 SPC minutes.pdf",
                                   "sd_2014-11-20 SPC minutes.pdf"])
def test_souldern_rfo_attends_as_an_officer(paper):
    rows = {(a["name"], a["status"]) for a in wild_attendance(paper)}
    assert ("J Martin", "in_attendance") in rows and ("J Martin", "present") not in rows
    # the councillors around her stay members
    assert ("C Rothero", "present") in rows
