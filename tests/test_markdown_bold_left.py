"""Markdown bold that a converter left glued into an HTML page's words ('<strong>5</strong>**.3 Village Hall Report:**',
'S****ITES 950, 111, 541', '4th May 2012**.**') is not text: on the real minutes of three parish councils (skipped
without ../shared), the markers are gone from the passages, and West Dereham's '5**.3' is no longer a count of 5."""

from __future__ import annotations

import pytest

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED

WEST_DEREHAM = "sf_west-dereham-pc-minutes-2011-09_index.html"
WEREHAM = "sf_wereham-pc-minutes-2011-12-extraordinary_index.html"
BOUGHTON = "sf_boughton-pc-agenda-minutes-2012-05-agm_index.html"


def _paper(name: str):
    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name} (a fresh clone has none)")
    doc = read_document(str(path), ocr=False)
    return doc, find_structure(doc)


@pytest.mark.parametrize("name, words", [(WEST_DEREHAM, "5.3 Village Hall Report:"), (WEREHAM, "SITES 950, 111, 541"),
                                         (BOUGHTON, "4th May 2012. 7.00pm")])
def test_the_markers_leave_the_words(name, words):
    _, structure = _paper(name)
    texts = [p.text for p in structure.passages]
    assert not [t for t in texts if "**" in t]
    assert any(words in t for t in texts), words


def test_an_item_number_is_no_count():
    doc, structure = _paper(WEST_DEREHAM)
    counts = [s for s in extract_document(doc, structure)["statistics"]
              if s["unit"] == "count" and "Village Hall Report" in s["sentence"]]
    assert not counts, counts
