"""One person present, written in words ('one member of the public'), is counted as the paper's figures count more
('5 members of the public'): the word 'one' is read as a count only where the paper says who attended, never in
'one of the', 'one year', or where one of them is only the subject of what follows ('One member of the public
asked'). A paper written by the test, and papers of two bodies of ../shared (skipped without it)."""

from pathlib import Path

import pytest

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild")

PAPER = """<html><head><title>Minutes</title></head><body>
<h1>Minutes of the Village Hall Committee AGM held on 12 March 2025</h1>
<p>Present: A Brown (Chair), C Dean (Treasurer), one member of the public.</p>
<h2>1. Minutes</h2>
<p>One of the committee members asked that the minutes record one year of lettings. The minutes were approved.</p>
<h2>2. Public forum</h2>
<p>One member of the Press was present and 4 members of the public attended.</p>
<p>One member of the public asked if the Council would consider a defibrillator.</p>
</body></html>
"""


def _counts(path):
    doc = read_document(str(path), ocr=False)
    return [(s["value"], s["measure"]) for s in extract_document(doc, find_structure(doc))["statistics"]
            if s["unit"] == "count"]


def test_one_person_present_in_words_is_a_count(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text(PAPER, encoding="utf-8")
    counts = _counts(path)
    assert counts.count((1.0, "member")) == 2  # the member of the public and the member of the press
    assert (4.0, "members") in counts
    # 'One of the committee members', 'one year', and one of those present asking a question: no count
    assert len(counts) == 3


@needs_wild
@pytest.mark.parametrize("name, words", [
    ("sf_northwold-pc-minutes-2015-01_index.html", "One member of the Public"),
    ("sf_stoke-ferry-village-hall-agm-minutes-2015-11_index.html", "one member of the public"),
])
def test_one_member_of_the_public_on_two_bodies_papers(name, words):
    path = SHARED / "wild" / name
    doc = read_document(str(path), ocr=False)
    stats = extract_document(doc, find_structure(doc))["statistics"]
    assert [s for s in stats if s["value"] == 1 and s["unit"] == "count" and s["text"] == words]
