"""A report in an agenda, a pack or a paper of its own, told by its head (whom it is from and what it is about), numbers its sections
and attachments: they are no items of the meeting. Kent's supplement ('From: Roger Gough ... Subject: English
Devolution White Paper', sections '1. Background' ... '9. Background Documents'), Norwalk's staff report ('FROM:
Jesus M. Gomez ... SUBJECT: ...', attachments '1. Check Summary Information Sheet'), Kent's scrutiny call-in
report (a paper of its own: 'By: Anna Taylor ... Subject: ...'), and Barking and Dagenham's pack,
whose agenda's items stay while its reports' recommendations ('i) Note the contents of this report') are no items.
Real papers, a real archive and its Datasette pages (the wild papers skip without ../shared)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from .wild_papers import served_wild

KENT = "kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf"
NORWALK = "ca_norwalk_agenda_1.pdf"
KENT_CALL_IN = "kcc_Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf"
BARKING_PACK = Path(__file__).resolve().parents[1] / "corpus" / "001_de1ae569ecce4883.pdf"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [KENT, NORWALK, KENT_CALL_IN], "report_sections")


def _titles(db, paper: str) -> list[str]:
    return [t for (t,) in db.execute("select a.title from agenda_items a join documents d on d.id = a.document_id "
                                     "where d.filename = ?", [paper])]


def test_a_reports_sections_are_no_items(archive):
    db, _ = archive
    titles = _titles(db, KENT)
    assert not {"Background", "Recommendations", "Relevant Director", "Background Documents"} & set(titles)


def test_a_report_paper_of_its_own_has_no_items(archive):
    db, _ = archive
    # 'By: Anna Taylor ... To: Cabinet - 4 March 2025 Subject: Cabinet reconsideration ...': its options '(a) Agree
    # the decision be implemented' and background documents '(a) Decision Report' are the report's lists
    assert _titles(db, KENT_CALL_IN) == []


def test_a_staff_reports_attachments_are_no_items(archive):
    db, _ = archive
    assert "Check Summary Information Sheet" not in _titles(db, NORWALK)


def test_the_agenda_items_page_shows_no_section(archive):
    _, client = archive
    page = client.get("/minutebook/agenda_items?title=Relevant+Director")
    assert page.status == 200
    assert "0 rows" in html.unescape(page.text)


def test_a_packs_agenda_keeps_its_items_but_not_its_reports_lists():
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    structure = find_structure(read_document(str(BARKING_PACK), ocr=False))
    titles = [item.title for item in structure.items]
    assert "Community Safety Partnership Plan 2022-2025 Update" in titles and "Date of Next Meeting" in titles
    # the recommendations of the partnership plan report (page 14) and the subgroup update's headings (page 44)
    assert "Note the contents of this report" not in titles and "Tension Log" not in titles
