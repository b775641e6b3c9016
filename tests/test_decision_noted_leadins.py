"""A lead-in that only notes what was observed ('Following questions and comments from the members of the panel, it
was noted that:') is no decision, so the paragraphs after it are not its wording: each is read on its own, and a
decision among them ('This was agreed by the panel.') is kept. Generated minutes (a web page) and Kent's Corporate
Parenting Panel, where it was found (a development label's decision; skipped without ../shared)."""

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .wild_papers import needs_wild, paper_decisions

PARAGRAPHS = [
    "<p>Ashby Parish Council</p>", "<p>Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall</p>",
    "<p>Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart, Cllr D Lane</p>",
    "<h3>5. Youth Forum update</h3>",
    "<p>1. The youth worker introduced the update on the forum's work this year.</p>",
    "<p>2. Following questions and comments from members of the council, it was noted that:</p>",
    "<p>a. A member asked for suggestions of activities for the summer holidays at the recreation ground.</p>",
    "<p>b. The Chair highlighted the wish of young people to attend future council meetings. This was agreed by the "
    "council.</p>",
    "<p>3. The Chair thanked the youth worker for the update.</p>",
    "<h3>6. Date of next meeting: 1 April 2021</h3>"]


def _decisions(tmp_path, paragraphs) -> list[dict]:
    path = tmp_path / "ashby.html"
    path.write_text("<html><head><title>Ashby Parish Council minutes</title></head><body>" + "".join(paragraphs)
                    + "</body></html>")
    doc = read_document(str(path), ocr=False)
    return [d for d in extract_document(doc, find_structure(doc))["decisions"] if d.get("source") == "meeting"]


def test_a_decision_after_a_noted_lead_in_is_kept(tmp_path):
    found = [" ".join(d["text"].split()) for d in _decisions(tmp_path, PARAGRAPHS)]
    agreed = [t for t in found if "This was agreed by the council." in t]
    assert len(agreed) == 1 and "attend future council meetings" in agreed[0]
    # the observations themselves decide nothing
    assert not [t for t in found if "summer holidays" in t]


def test_an_agreed_lead_in_still_takes_its_paragraphs(tmp_path):
    paragraphs = [p.replace("it was noted that:", "it was agreed that:") for p in PARAGRAPHS]
    found = [" ".join(d["text"].split()) for d in _decisions(tmp_path, paragraphs)]
    lead = [t for t in found if "it was agreed that:" in t]
    assert len(lead) == 1 and "summer holidays" in lead[0]


@needs_wild
def test_kents_panel_agreement_after_its_noted_lead_in():
    found = [" ".join(d["text"].split()) for d in paper_decisions("wild", "kcc_CPP Minutes 10.12.24.pdf")
             if d.get("source") == "meeting"]
    assert len([t for t in found if "This was agreed by the panel." in t]) == 1, found
