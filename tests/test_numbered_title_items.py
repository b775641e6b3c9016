"""An item whose number follows the current item's is the next item, though its line reads as a list line: a title
closed by its colon ('4 Updates:'), or one that runs on into its text ('8 Community Led Plan: Some progress has been
made ...'), on the real papers of two bodies (skipped without ../shared): Souldern PC's 2014-11 minutes (items 3-17
were not found, their text fell under item 2) and Des Moines' 2005-05 agenda ('7. Resolution Ordering Construction of
the following:')."""

from __future__ import annotations

import html

import pytest

from .conftest import SHARED
from .wild_papers import served_wild

SOULDERN = "sd_2014-11-20 SPC minutes.pdf"
DES_MOINES = "dsm_2005-05-09_agenda.pdf"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [SOULDERN, DES_MOINES], "numbered_title_items")


def _items(db, paper: str) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute("select a.number, a.title from agenda_items a join documents d on "
                                           "d.id = a.document_id where d.filename = ?", [paper])}


def test_items_whose_titles_end_in_a_colon(archive):
    db, client = archive
    items = _items(db, SOULDERN)
    assert {str(n) for n in range(1, 18)} <= set(items), sorted(items)
    assert (items["4"], items["8"], items["16"]) == ("Updates", "Community Led Plan", "ROAR")
    meeting = db.execute("select md.meeting_id from meeting_documents md join documents d on d.id = md.document_id "
                         "where d.filename = ?", [SOULDERN]).fetchone()[0]
    page = client.get(f"/meeting/{meeting}")
    assert page.status == 200 and "<td>13</td><td>Dog Fouling</td>" in html.unescape(page.text)


def test_the_passage_falls_under_its_own_item(archive):
    db, _ = archive
    row = db.execute("select a.number from passages p join agenda_items a on a.id = p.agenda_item_id join documents d "
                     "on d.id = p.document_id where d.filename = ? and p.text like '%substantial increase in dog fouling%'",
                     [SOULDERN]).fetchone()
    assert row[0] == "13"


def test_the_item_line_heads_its_text(archive):
    """The passages of items 3-17 were headed '2 Declarations of Interest', the last heading the page set in bold."""
    db, _ = archive
    headings = {r[0] for r in db.execute("select p.heading from passages p join documents d on d.id = p.document_id "
                                         "where d.filename = ? and p.text like '%substantial increase in dog fouling%'",
                                         [SOULDERN])}
    assert headings == {"13 Dog Fouling"}


def test_a_council_agenda_item_listing_its_contracts(archive):
    db, _ = archive
    assert _items(db, DES_MOINES).get("7") == "Resolution Ordering Construction of the following"


def _structure_items(folder: str, name: str) -> dict[str, str]:
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / folder / name
    if not path.exists():
        pytest.skip(f"needs ../shared/{folder}/{name} (a fresh clone has none)")
    return {item.number: item.title for item in find_structure(read_document(str(path), ocr=False)).items}


def test_a_way_to_join_with_its_number_is_not_the_next_item():
    """Hermosa Beach's agenda lists how to join ('2. ZOOM - ...', '3. PHONE - Toll Free: (833) 548-0276; ...'):
    a figure after the colon makes the line a label and its value, so '3' stays unread though it follows '2'."""
    titles = _structure_items("real", "ca_hermosa_beach_agenda_1.pdf").values()
    assert not [t for t in titles if t.startswith("PHONE")], sorted(titles)


def test_a_sub_list_after_the_colon_keeps_the_item():
    """Des Moines' '6. Ordering construction of the following: (A) Downtown Bumpouts ...': a lettered list opens
    after the colon, not a figure, so the line is item 6."""
    items = _structure_items("wild", "dsm_2021-05-10_agenda.pdf")
    assert items.get("6") == "Ordering construction of the following", sorted(items.items())
