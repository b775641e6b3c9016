"""A line of its own that only says who proposed and seconded ('Prop. JT, 2nd DC, All in favour.', 'Proposed CR; 2nd
RD.') is the vote of the passage just above it: it gives the decision minuted there its mover and seconder, or, where
that passage decides nothing in words the extractor reads, it is the decision, named by that passage; it never moves
a decision further back. A motion's outcome in a paragraph of its own gives the motion its kind. Generated minutes;
the wild papers of three bodies where the lines were found (Wereham, Souldern, Stoke Ferry; skipped without
../shared)."""

import pytest

from minutebook.extract.run import extract_document
from minutebook.extract.seconded_lines import decided_above, is_seconded_line, vote_kind
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .pdfs import write_pdf
from .wild_papers import needs_wild, paper_decisions

HEAD = ["Ashby Parish Council", "Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall",
        "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart, Cllr D Lane"]


def write_html(path, paragraphs: list[str]):
    """Minutes as a web page, one <p> a paragraph (a PDF's lines run together into one passage)."""
    body = "<p></p>".join(f"<h3>{p}</h3>" if p[:1].isdigit() else f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f"<html><head><title>Ashby Parish Council minutes</title></head><body>{body}</body></html>")
    return path


def decisions_of_pdf(path) -> list[dict]:
    doc = read_document(str(path), ocr=False)
    return [d for d in extract_document(doc, find_structure(doc))["decisions"] if d.get("source") == "meeting"]


def test_a_seconded_line_gives_the_decision_above_it_its_mover(tmp_path):
    pdf = write_pdf(tmp_path / "ashby.pdf", [HEAD + [
        "5. Grass cutting",
        "It was resolved that the quotation from Green Cut Ltd should be accepted for the 2021 season.", "",
        "Prop. BS, 2nd CH, All in favour.", "",
        "6. Date of next meeting: 1 April 2021"]])
    found = [d for d in decisions_of_pdf(pdf) if "Green Cut" in d["text"]]
    assert len(found) == 1
    assert (found[0]["mover"], found[0]["seconder"]) == ("BS", "CH")


def test_a_seconded_line_after_words_that_decide_nothing_makes_them_its_decision(tmp_path):
    pdf = write_html(tmp_path / "ashby.html", HEAD + [
        "4. Minutes",
        "The minutes of the meeting held on 4 February 2021 were approved as a true record.",
        "5. Co-option",
        "The Chair advised that a letter of application for co-option had been received from Mr Evan Price.",
        "Cllr Lane reported that the noticeboard on Church Street needs a new lock.",
        "Prop. DL, 2nd BS, All in favour.",
        "6. Date of next meeting: 1 April 2021"])
    found = decisions_of_pdf(pdf)
    minutes = [d for d in found if "true record" in d["text"]]
    # the minutes' decision two passages back keeps no mover of a later vote
    assert len(minutes) == 1 and minutes[0]["mover"] is None
    voted = [d for d in found if d["mover"] == "DL"]
    assert len(voted) == 1 and "noticeboard" in voted[0]["text"] and voted[0]["seconder"] == "BS"
    assert voted[0]["kind"] == "agreed"


def test_a_motions_outcome_in_its_own_paragraph_gives_it_its_kind(tmp_path):
    pdf = write_html(tmp_path / "ashby.html", HEAD + [
        "5. Tributes",
        "Cllr Grey proposed, and Cllr Stone seconded, that the Council formally record its thanks to Mr Evan Price.",
        "Agreed unanimously.",
        "6. Date of next meeting: 1 April 2021"])
    found = [d for d in decisions_of_pdf(pdf) if "formally record its thanks" in d["text"]]
    assert len(found) == 1 and found[0]["kind"] == "agreed"


def test_what_is_a_seconded_line():
    for line in ("Prop. JT, 2nd DC, All in favour.", "Proposed CR; 2nd RD.", "Prop: AM 2nd CR",
                 "Prop. JB, 2nd GK, 5 in favour, 2 against.", "Proposed: Cllr Muir; seconded: Cllr Eglington."):
        assert is_seconded_line(line), line
    # something moved in it, no one named, or a long paragraph: no line of its own
    for text in ("It was proposed by Cllr Crisp and seconded by Cllr Collins to accept the quote.", "Seconded: Bob Roberts.",
                 "All in favour.", "Prop. JT, 2nd DC, All in favour. " + "The Clerk reported on the lengthsman scheme. " * 4):
        assert not is_seconded_line(text), text
    assert vote_kind("Prop. JT, 2nd DC, All in favour.") == "agreed"
    assert vote_kind("Prop. JB, 2nd GK, 5 in favour, 2 against.") == "agreed"
    assert vote_kind("Prop. JB, 2nd GK, 2 in favour, 5 against.") == "rejected"
    assert vote_kind("Prop. DD, 2nd RL.") is None


def test_what_a_seconded_line_carries_from_the_passage_above():
    above = ["All resolved that the quotation should be accepted with the following clauses: a break clause.",
             "NC to seek advice on this from NALC.", "NC/JB to make initial contact."]
    assert decided_above(above) == above
    assert decided_above(["Need identified to check the field for dog mess.", "NC was asked to add a point to the G4."]) \
        == ["Need identified to check the field for dog mess.", "NC was asked to add a point to the G4."]
    assert decided_above(["The Clerk read a long report. " * 20]) == []


@needs_wild
@pytest.mark.parametrize("paper, words, mover, seconder", [
    # the decision above the line takes its mover (Souldern: 'Proposed CR; 2nd RD.' with its semicolon, 'Prop: AM 2nd CR')
    ("sd_2012-11-29 SPC minutes.pdf", "we continue with Mr Cross", "CR", "RD"),
    ("sd_2014-11-20 SPC minutes.pdf", "notices should be used to make drivers aware", "AM", "CR"),
    ("sf_wereham-pc-minutes-2014-01_index.html", "two bins should be provided for in the precept", "JB", "GK"),
    # the passage above decided nothing the extractor read: the line is its decision (Wereham)
    ("sf_wereham-pc-minutes-2014-01_index.html", "All resolved that the CGM quotation should be accepted", "DD", "RL"),
])
def test_wild_seconded_lines(paper, words, mover, seconder):
    found = [d for d in paper_decisions("wild", paper) if words in " ".join(d["text"].split())]
    assert len(found) == 1, found
    assert (found[0]["mover"], found[0]["seconder"]) == (mover, seconder)


@needs_wild
def test_a_wild_seconded_line_gives_no_decision_further_back_its_mover():
    """Stoke Ferry, August 2017: 'Prop. JT, 2nd DC, All in favour.' under the co-option letter is that item's vote; the
    Resolved line after it records the co-option, and no decision of another item takes JT as its mover."""
    found = paper_decisions("wild", "sf_stoke-ferry-pc-minutes-2017-08_index.html")
    assert not [d for d in found if d["mover"] == "JT" and "minutes" not in d["text"].lower() and "co-option" not in d["text"]
                and "McNeall" not in d["text"]]
