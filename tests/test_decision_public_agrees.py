"""One member of the public agreeing ('The resident agreed.') is no decision of the meeting, as a named person's
agreeing is not; the meeting's own agreement beside it stays, and a residents' association's residents (the plural)
are still its meeting. Generated minutes and Northwold's September 2016 minutes, where it was a development label's
extra decision (skipped without ../shared)."""

from minutebook.extract.decisions import is_person_subject
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .wild_papers import needs_wild, paper_decisions


def _decisions(tmp_path, paragraphs) -> list[str]:
    path = tmp_path / "ashby.html"
    path.write_text("<html><head><title>Ashby Parish Council minutes</title></head><body>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    doc = read_document(str(path), ocr=False)
    return [" ".join(d["text"].split()) for d in extract_document(doc, find_structure(doc))["decisions"]
            if d.get("source") == "meeting"]


def test_a_resident_agreeing_is_no_decision(tmp_path):
    found = _decisions(tmp_path, [
        "Ashby Parish Council", "Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall",
        "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart",
        "5. Parking in Mill Close: a resident commented that the problem still existed. The Council asked the resident to "
        "send a copy of the plan of the deeds to the Clerk. The resident agreed.",
        "6. Grass cutting: the Council agreed to accept the quotation from Green Cut Ltd for the 2021 season.",
        "7. Date of next meeting: 1 April 2021"])
    assert not [t for t in found if "resident agreed" in t]
    assert len([t for t in found if "Green Cut" in t]) == 1


def test_who_is_one_person():
    assert is_person_subject("The resident") and is_person_subject("the applicant")
    assert not is_person_subject("The residents") and not is_person_subject("The Parish Council members present")


@needs_wild
def test_northwolds_resident_agreeing():
    found = [" ".join(d["text"].split()) for d in paper_decisions("wild", "sf_northwold-pc-minutes-2016-09_index.html")
             if d.get("source") == "meeting"]
    assert not [t for t in found if t.endswith("The resident agreed.")]
