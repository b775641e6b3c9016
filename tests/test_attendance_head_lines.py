"""Attendance lists the passages cannot see (issue 7): name lines the reader took for headings, a
label closing the title block or buried in the one paragraph of a web page, 'PRESENT' alone
with the names below, name tables under 'Attendees:'. Each layout on real papers of at least
two bodies (../shared/wild; skipped when it is not beside the project), and the guards on text."""

import pytest

from minutebook.extract.attendance_runs import lists_in_head
from minutebook.ingest.document import Block

from .conftest import SHARED
from .wild_papers import wild_attendance

WILD = SHARED / "wild"


def _read(lines, kind="heading"):
    blocks = [(i, Block(kind if i else "paragraph", text, 1)) for i, text in enumerate(lines)]
    return [(e.name, e.status) for _, entries in lists_in_head(blocks) for e in entries]


def test_name_lines_read_as_headings_are_the_list():
    assert _read(["Attendance:", "Cllr Jo Bruce JB Chair", "Cllr Phillip Norris PN", "Also in attendance:",
                  "Cllr Colin Sampson CS BCKLWN", "Members of the Public: 9", "1.0 Welcome"]) == [
        ("Jo Bruce", "present"), ("Phillip Norris", "present"), ("Colin Sampson", "in_attendance")]


def test_a_label_in_a_sentence_or_over_prose_is_no_list():
    assert _read(["Everyone present: thanked the clerk for her work on the budget."], "paragraph") == []
    assert _read(["Present:", "The meeting was chaired by the vice chairman.", "1. Apologies"]) == []
    # labels side by side head columns: the text order cannot tell whose names are whose
    assert _read(["Present: Members of the Public: Apologies:", "Nick Oakhill (NO) CHAIR Diana Stevens Katy Draper"]) == []
    # a label between names that no label heads: a table read across
    assert _read(["Dave Horkan (DHO)", "Clerk", "Apologies:", "Tom Roberts", "Frank Reid (FRE)"]) == []


def _attendance(name):
    return {(a["name"], a["status"]) for a in wild_attendance(name)}


@pytest.mark.parametrize("name, expected", [
    # name lines the reader took for headings: Wereham (web page, bold lines), Ayton (PDF grid with initials)
    ("sf_wereham-pc-minutes-2014-01_index.html", {("Jo Bruce", "present"), ("Roger Lankfer", "present"),
                                                  ("Nicola Cooper", "in_attendance"), ("Martin Storey", "in_attendance")}),
    ("ayton_2014-06-03.pdf", {("Kenny Combe", "present"), ("Margaret Carey", "present"), ("Michael Cook", "present"),
                              ("Paul Priestman", "apologies"), ("Jim Fullarton", "apologies")}),
    # the label closes the title block, the names go on in the next: Wretton, Stoke Ferry village liaison
    ("sf_wretton-pc-minutes-2009-01_index.html", {("D Llewellyn", "present"), ("M Mansell", "present"),
                                                  ("B Glover", "apologies"), ("C Sampson", "apologies")}),
    ("sf_stoke-ferry-village-liaison-minutes-2011-04_index.html", {("Pat Holton", "present"), ("Dick Jacklin", "present"),
                                                                   ("Lionel Halls", "apologies")}),
    # the label inside the one paragraph of the header: Wereham 2015, Wretton 2020, West Dereham RBL
    ("sf_wereham-pc-minutes-2015-07_index.html", {("Jo Bruce", "present"), ("Jonathon Ratsey", "present"),
                                                  ("Colin Sampson", "in_attendance")}),
    ("sf_wretton-pc-minutes-2020-05-virtual_index.html", {("Ian Mack", "present"), ("Mick Peake", "apologies"),
                                                          ("Colin Sampson", "apologies")}),
    ("sf_west-dereham-rbl-agm-minutes-2018-09_index.html", {("Peter Starling", "present"), ("Jack Walker", "present")}),
    # 'PRESENT' alone, the names in the next paragraph (Manordeilo and Salem); name tables under labels
    # (Welsh Technical Standards Board); apologies in an item's table cell (Suffolk Libraries)
    ("mscc_19-02-06_EM.pdf", {("Alun Davies", "present"), ("Joseph Davies", "in_attendance")}),
    ("wtsb_2019-03-28_minutes.md", {("Mark Wardle", "present"), ("Bradley Kearney", "present"),
                                    ("Ann Wrightson", "apologies"), ("Tom Crick", "apologies")}),
    ("sl_suffolk-libraries-agm-minutes-2014.pdf", {("Charlotte Clark", "apologies"), ("Beccy Hopfensperger", "apologies")}),
    # a label row over name rows in a table, with other labels in a column beside them (Boughton PC)
    ("sf_boughton-pc-agenda-minutes-2012-08_index.html", {("Dave Horkan", "in_attendance"), ("Frank Reid", "present"),
                                                          ("Geoff Proctor", "present")}),
])
def test_lists_on_real_papers_of_several_bodies(name, expected):
    found = _attendance(name)
    assert expected <= found
    # no body's letters or single given names stored as people
    assert not [n for n, _ in found if n.isupper() or n.endswith(("UHB", "NCC")) or len(n.split()) < 2]


def test_columns_side_by_side_stay_unread_rather_than_wrong():
    """Boughton prints 'Apologies:' as a second column beside the members' names; read across, the
    chairman would be sent apologies. Nobody is stored under a status the paper does not give."""
    found = _attendance("sf_boughton-pc-agenda-minutes-2013-11_index.html")
    assert ("Frank Reid", "apologies") not in found


def test_a_label_beside_another_column_head_is_left_unread():
    """Souldern prints 'Present: Members of the Public:' over two columns; read across, a member of the
    public joins a councillor's name ('Nick Oakhill CHAIR Lucy Cornish')."""
    assert _read(["Present: Members of the Public:", "Nick Oakhill (NO) CHAIR Lucy Cornish", "John Hoodless (JH)"]) == []


def _column_pdf(path):
    """Minutes whose attendance labels stand side by side over columns of names, drawn at fixed positions."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    top = A4[1] - 60
    c.drawString(150, top, "HARTLEY PARISH COUNCIL")
    c.drawString(150, top - 16, "Minutes of the meeting held on Tuesday 5th March 2024 at 7pm")
    c.drawString(60, top - 40, "Present:")
    c.drawString(300, top - 40, "Apologies:")
    for k, (left, right) in enumerate([("Cllr Ann Morley (Chair)", "Cllr Peter Quill"), ("Cllr Tom Hale", "Mrs Rita Senn"),
                                       ("Dawn Price (Clerk)", "Also in attendance:"), ("", "Cllr Joe Vance (County)")]):
        c.drawString(60, top - 60 - 16 * k, left)
        c.drawString(300, top - 60 - 16 * k, right)
    c.drawString(60, top - 140, "1. Minutes of the last meeting were approved and signed by the chair as a true record.")
    c.showPage()
    c.save()
    return path


def test_labels_side_by_side_read_by_position(tmp_path):
    """Read across, 'Cllr Tom Hale Mrs Rita Senn' is one line under two labels; by position each name is under its
    own label, and a label further down a column heads the rest of it."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    doc = read_document(str(_column_pdf(tmp_path / "hartley.pdf")))
    assert doc.pages[0].label_columns == [("Present", ["Cllr Ann Morley (Chair)", "Cllr Tom Hale", "Dawn Price (Clerk)"]),
                                          ("Apologies", ["Cllr Peter Quill", "Mrs Rita Senn"]),
                                          ("Also in attendance", ["Cllr Joe Vance (County)"])]
    found = {(a["name"], a["status"]) for a in extract_document(doc, find_structure(doc))["attendance"]}
    assert found >= {("Ann Morley", "present"), ("Tom Hale", "present"), ("Dawn Price", "in_attendance"),
                     ("Peter Quill", "apologies"), ("Rita Senn", "apologies"), ("Joe Vance", "in_attendance")}


@pytest.mark.parametrize("name, expected", [
    # centred labels, 'Also in attendance' over two columns of names, 'Apologies:' down the first column
    ("sd_2015-07-16 SPC minutes.pdf", {("N Oakhill", "present"), ("Bruce May", "present"), ("T Vincent", "apologies"),
                                       ("J Hoodless", "in_attendance")}),
    ("sd_2014-11-20 SPC minutes.pdf", {("K Draper", "present"), ("N Robertson", "present"), ("R Deeley", "apologies")}),
    # left-aligned labels, three columns; the members of the public in attendance (tests/test_attendance_pairs.py)
    ("sd_2017-07-13 SPC minutes.pdf", {("Nick Oakhill", "present"), ("Cathy Fleet", "in_attendance"), ("Katy Draper", "apologies")}),
    ("sd_2018-05-24 Annual Meeting minutes.pdf", {("Katy Draper", "present"), ("Joanna Carlisle", "apologies")}),
    # 'Present:  Members of the Public:' whose second label's text rectangle starts at the space after the first
    ("sd_2025-10-30 SPC minutes.pdf", {("Nick Oakhill", "present"), ("Kate Green", "present"), ("Rob Large", "present"),
                                      ("John Hoodless", "present"), ("Amanda Sharman", "present")}),
])
def test_souldern_columns_by_position(name, expected):
    found = _attendance(name)
    assert expected <= found
    # members of the public: never members of the council
    assert not {n for n, status in found if status == "present"} & {"Diana Stevens", "Mary May", "Carol Gray"}


@pytest.mark.parametrize("name, expected", [
    # the passages found the apologies only ('Apologies received from Councillor William Loynton'); the list of
    # those present is read as well: Manordeilo and Salem's 'PRESENT' over 'Councillors ...', Ayton's grid
    ("mscc_15-06-10.pdf", {("William Loynton", "apologies"), ("Alun Davies", "present"), ("Joseph Davies", "in_attendance")}),
    ("ayton_2021-05-04.pdf", {("Catherine Chisholm", "apologies"), ("Margaret Carey", "present"), ("Helen Laing", "present")}),
    # guests alone ('In attendance: Claire Cann (CC) Retiring Chair, Peter King, Parish Clerk') likewise; the count
    # in words 'PRESENT (Four Councillors):-' still makes a label (West Dereham PC)
    ("sf_west-dereham-pc-minutes-2019-05-annual_index.html", {("Annie Barber", "present"), ("Pam Walker", "present"),
                                                              ("Peter King", "in_attendance")}),
    # 'Present Rob Boyd RB Kenny Combe': the label without a colon is no part of the first coded name (Ayton)
    ("ayton_2018-06-05.pdf", {("Rob Boyd", "present"), ("Kenny Combe", "present"), ("Paul Wilson", "present")}),
])
def test_apologies_alone_leave_the_present_list_to_read(name, expected):
    assert expected <= _attendance(name)


def test_initials_on_an_attendance_line_are_no_action_owner():
    """Ayton's grid 'Present: Margaret Carey MC Kenny Combe KC' ends in a member's initials at the right margin,
    where the Action column's owner codes stand; it is no action of Kenny Combe's. The codes of the column below
    are owners, now that the grid gives their names (HL is Helen Laing)."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = WILD / "ayton_2021-05-04.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild/ayton_2021-05-04.pdf")
    doc = read_document(str(path))
    actions = extract_document(doc, find_structure(doc))["actions"]
    assert not [a for a in actions if a["text"].startswith(("Present", "Minutes of a Meeting"))]
    assert any(a["text"].startswith("Ayton Flood Risk - HL undertook") and
               [o["name"] for o in a["owners"]] == ["Helen Laing"] for a in actions)


def test_a_run_of_initials_stands_for_each_of_them():
    """Souldern lists 'Clr JJ Macnamara (CDC)' among apologies and 'J Martin' as RFO; its Action column's 'JM' is
    J Martin's, and was given to JJ Macnamara when 'JJ' counted as one initial."""
    from minutebook.extract.people import initials_of

    assert [initials_of(n) for n in ("JJ Macnamara", "J Martin", "D Masterson Jones", "Mary-Jane Smith")] == [
        "JJM", "JM", "DMJ", "MJS"]
    path = WILD / "sd_2012-11-29 SPC minutes.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild")
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    doc = read_document(str(path))
    actions = extract_document(doc, find_structure(doc))["actions"]
    assert not [a for a in actions if "JJ Macnamara" in [o["name"] for o in a["owners"]]]


def test_an_initial_and_surname_gives_its_initials():
    """Souldern lists 'Mr A Martin (Chairman)', 'Mrs B McGarry (Clerk)' with no initials in brackets; its Action column
    says AM, BM. An initial and a surname give their initials when no other name of the paper has them."""
    path = WILD / "sd_2012-11-29 SPC minutes.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild")
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    doc = read_document(str(path))
    owners = {o["name"] for a in extract_document(doc, find_structure(doc))["actions"] for o in a["owners"]}
    assert {"A Martin", "B McGarry", "J Martin"} <= owners and "JJ Macnamara" not in owners
