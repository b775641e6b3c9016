"""A decision cut mid-sentence where its passage ends (a page break, or a gap read as a new paragraph) runs on to the
end of its sentence in the next passage, and stays on the page it starts on; a decision that ends its sentence takes
nothing of the next page. Generated minutes, and the wild papers of two bodies where the cut was found (Souldern,
Suffolk Libraries; skipped without ../shared)."""

import pytest

from minutebook.extract.decision_runover import runs_over
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import Passage, find_structure

from .pdfs import write_pdf
from .wild_papers import needs_wild, paper_decisions

HEAD = ["Ashby Parish Council", "Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall",
        "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart"]


def decisions_of_pdf(path) -> list[dict]:
    doc = read_document(str(path), ocr=False)
    return [d for d in extract_document(doc, find_structure(doc))["decisions"] if d.get("source") == "meeting"]


def test_a_decision_cut_by_the_page_break_runs_on_to_its_full_stop(tmp_path):
    pdf = write_pdf(tmp_path / "ashby.pdf", [
        HEAD + ["5. Highways", "The verge on Mill Lane has been damaged by delivery lorries. It was agreed that the Clerk",
                "would write to the Highways Authority about the verge and"],
        ["the footpath beside the school. The Chair thanked Cllr Stone for the photographs.",
         "6. Date of next meeting: 1 April 2021"]])
    found = [d for d in decisions_of_pdf(pdf) if "Highways Authority" in d["text"]]
    assert len(found) == 1
    text = " ".join(found[0]["text"].split())
    assert text.endswith("about the verge and the footpath beside the school.")
    assert "thanked" not in text
    assert found[0]["page"] == 1


def test_a_decision_that_ends_its_sentence_takes_nothing_of_the_next_page(tmp_path):
    pdf = write_pdf(tmp_path / "ashby.pdf", [
        HEAD + ["5. Highways", "It was agreed that the Clerk would write to the Highways Authority about the verge."],
        ["the footpath is the county's to repair, the Chair said.", "6. Date of next meeting: 1 April 2021"]])
    found = [d for d in decisions_of_pdf(pdf) if "Highways Authority" in d["text"]]
    assert len(found) == 1
    assert " ".join(found[0]["text"].split()).endswith("about the verge.")


def passage(text: str, kind: str = "paragraph") -> Passage:
    return Passage(page=2, text=text, heading=None, meeting=0, item=None, kind=kind)


def test_what_runs_over_and_what_does_not():
    # an open last word, or a next passage opening in lower case
    assert runs_over("accepted by the Board subject to", passage("receiving bank account details. 6. Debenham - ...")) \
        == "receiving bank account details."
    assert runs_over("agreed as a true record and signed", passage("by the chair. Matters arising")) == "by the chair."
    # a closed sentence, a heading, a next passage opening a sentence of its own
    assert runs_over("It was agreed to write to NCC.", passage("the footpath was discussed.")) is None
    assert runs_over("accepted by the Board subject to", passage("Finance", kind="heading")) is None
    assert runs_over("It was agreed to hold the fete in June", passage("Planning. No applications.")) is None
    # a vote that ends on a comma, before the next item's number: the next item is not its words (Stoke Ferry)
    assert runs_over("seconded by Cllr Trudy Mann, all agreed,", passage("100/18 Approval of Assets Register. The register")) is None
    assert runs_over("accepted by the Board subject to", passage("b) receiving bank details.")) is None
    # no sentence ends within reach: nothing is taken
    assert runs_over("agreed to write to the", passage("x " * 400)) is None


@needs_wild
@pytest.mark.parametrize("name, start, end", [
    ("sl_board-meeting-minutes-2013-05-29.pdf", "Woodbridge - this application has been accepted",
     "subject to receiving bank account details."),
    ("sd_2015-07-16 SPC minutes.pdf", "After some discussion it was agreed that the Council should speak",
     "about the problem and Cllr Fatemian will chase up the provision of the black box that was promised last year."),
    ("sl_board-meeting-minutes-2012-11-19.pdf", "It was also agreed that people in key new roles",
     "with photographs, with a blog on the Intranet."),
])
def test_wild_decisions_cut_by_a_page_break_are_whole(name, start, end):
    found = [" ".join(d["text"].split()) for d in paper_decisions("wild", name) if start in " ".join(d["text"].split())]
    assert len(found) == 1 and found[0].endswith(end), found
