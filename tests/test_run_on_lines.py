"""A full line that stops on a preposition, an article or a comma carries on into the next line, even when that
line opens with a number (ingest/lines._runs_on): '... school buildings scheduled for' / '27 November 2025.' is one
sentence, not item 27. Read as an item, Bredon's date hid the minutes' items 6 to 13 (each number below 27 was
taken for a sub-item of it); Kent's '31 children had been adopted,' / '26 children were matched ...' became an
item title; Des Moines' 'Git N Go Store #10,' / '816 East Euclid; ...' cut a licence from its motion. A list's
items joined by '; and' / '; or' stay items."""

from __future__ import annotations

import pytest

from minutebook.ingest.lines import lines_to_blocks
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED

FULL = "The Chair informed members that the council had written to the county about the school buildings"


def _texts(lines):
    return [(b.kind, b.text) for b in lines_to_blocks(lines, 1)]


@pytest.mark.parametrize("end,next_line", [
    (" scheduled for", "27 November 2025. She undertook to report any further developments."),
    (", then to the hall on", "29 October 2024 and 10 December 2024 as the minutes record."),
    (" with a total of", "119 long-term empty properties made fit for occupation."),
    (" and 31 were adopted,", "26 children were matched with adopters during the year."),
])
def test_a_number_after_an_unfinished_full_line_carries_the_sentence_on(end, next_line):
    blocks = _texts(["6. Schools", FULL + end, next_line, "7. Planning applications"])
    assert blocks[1] == ("paragraph", f"{FULL}{end} {next_line}")
    assert [t for _, t in blocks] == ["6. Schools", f"{FULL}{end} {next_line}", "7. Planning applications"]


@pytest.mark.parametrize("end,next_line", [
    ("; and", "2. Schedule the presentation of applicants at a later meeting."),
    ("; or", "b) be significant in terms of its effects on communities living or working in an area."),
    (".", "27 November 2025 was agreed as the date of the next meeting."),
])
def test_a_list_item_after_a_joining_word_or_a_full_stop_stays_an_item(end, next_line):
    blocks = _texts([FULL + end, next_line])
    assert len(blocks) == 2 and blocks[1][1] == next_line


def test_a_short_line_ending_on_a_preposition_is_not_joined_to_a_numbered_line():
    """Only a line as full as the page's lines carries on: a short title line is what it is."""
    blocks = _texts([FULL + " and more words to fill the measure.", FULL + ".", "Reports from", "3. Finance report"])
    assert blocks[-1][1] == "3. Finance report"


def test_bredons_minutes_keep_their_items_after_a_date_opening_a_line():
    path = SHARED / "real" / "bcwpc_minutes-2025-11-04.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/real")
    doc = read_document(str(path), ocr=False)
    numbers = [item.number for item in find_structure(doc).items]
    assert "27" not in numbers
    assert {"6", "7", "8", "9", "11", "12", "13"} <= set(numbers), numbers
