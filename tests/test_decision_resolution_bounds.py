"""A resolution is its own words: a closed resolution ('3. RESOLVED that the update be noted.') takes no paragraphs
numbered from one after it (the next item's account, Kent's Corporate Parenting Panel, where the items were not
found), and a resolution that names only 'the report' or 'the update' carries the title of the agenda item it closes
('Corporate Risk Register: 4. RESOLVED that Cabinet note the report.', Kent's Cabinet). Generated minutes, and the
Kent papers (skipped without ../shared)."""

import pytest

from minutebook.extract.decision_labels import names_only_a_paper, with_item_of_paper
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .pdfs import write_pdf
from .wild_papers import needs_wild, paper_decisions


def decisions_of_pdf(path) -> list[dict]:
    doc = read_document(str(path), ocr=False)
    return [d for d in extract_document(doc, find_structure(doc))["decisions"] if d.get("source") == "meeting"]


def test_a_closed_resolution_keeps_to_its_words_and_names_its_item(tmp_path):
    pdf = write_pdf(tmp_path / "ashby.pdf", [[
        "Ashby Town Council",
        "Minutes of the meeting held on 4 March 2021 at 7pm in the Town Hall",
        "Present: Mr A Grey, Mrs B Stone, Mr C Hart, Mrs D Lane",
        "4. Internal Audit Report 2020/21",
        "The Clerk introduced the auditor's findings on the council's accounts.",
        "3. RESOLVED that the report be noted.",
        "1. The Clerk presented the cemetery fees for the coming year.",
        "5. Cemetery Fees",
        "RESOLVED that the fees be held at the 2020 level.",
        "6. Date of next meeting: 1 April 2021"]])
    found = [" ".join(d["text"].split()) for d in decisions_of_pdf(pdf)]
    assert "Internal Audit Report 2020/21: 3. RESOLVED that the report be noted." in found
    assert not any("cemetery fees for the coming year" in t for t in found)
    assert "RESOLVED that the fees be held at the 2020 level." in found  # it names its subject: no title added


@pytest.mark.parametrize("text, only", [
    ("RESOLVED that Cabinet note the report.", True),
    ("3. RESOLVED that the update be noted.", True),
    ("6. RESOLVED that the work update was noted.", True),
    ("3) RESOLVED that Council endorses the report.", True),
    ("3. RESOLVED that Cabinet note the Quarter 2 Performance Report and the actions being taken.", False),
    ("The Board noted the report on library opening hours.", False),
    ("RESOLVED that the minutes be approved as a correct record.", False),
])
def test_what_names_only_a_paper(text, only):
    assert names_only_a_paper(text) is only


def test_a_title_the_decision_already_holds_is_not_added():
    assert with_item_of_paper("RESOLVED that the Budget Report be noted.", "Budget Report") == \
        "RESOLVED that the Budget Report be noted."
    assert with_item_of_paper("RESOLVED that Cabinet note the report.", None) == "RESOLVED that Cabinet note the report."


@needs_wild
def test_kent_resolutions_keep_to_their_words_and_name_their_item():
    panel = [" ".join(d["text"].split()) for d in paper_decisions("wild", "kcc_CPP Minutes 10.12.24.pdf")]
    assert any(t.endswith("RESOLVED that the update be noted.") for t in panel)
    assert not any("Jo Carpenter" in t or "Tony Doran" in t for t in panel)
    assert any(t.startswith("6. RESOLVED that the Panel to note and comment the report") for t in panel)
    cabinet = [" ".join(d["text"].split()) for d in paper_decisions("wild", "kcc_Minutes of the meeting held on 9th January 2025.pdf")]
    assert "Corporate Risk Register: 4. RESOLVED that Cabinet note the report." in cabinet


def test_a_title_line_above_the_next_items_numbering_is_not_the_resolutions():
    """The next item's title may close the resolution's passage, its first numbered paragraph opening the next: the
    resolution ends at its own full stop. A line a full stop closes, or no numbering from one after it, is kept."""
    from minutebook.extract.decision_facts import _own_lines

    resolved = "5. RESOLVED that the update was noted."
    assert _own_lines(resolved + "\nCemetery Fees Review", "1. The Clerk presented the fees.") == resolved
    assert _own_lines(resolved + "\nCemetery Fees Review\n1. The Clerk presented the fees.") == resolved
    kept = resolved + "\nThe Clerk will write to the owners."
    assert _own_lines(kept, "1. The Clerk presented the fees.") == kept
    assert _own_lines(resolved + "\nCemetery Fees Review", "The Clerk presented the fees.") == \
        resolved + "\nCemetery Fees Review"
