"""A relative clause's subject is the noun before its 'who': 'They have also contacted the tenant who agreed to remove the
fence' is the tenant undertaking work, no decision of the meeting (it was read as an unnamed, so the meeting's, subject);
'the Parish Council, who agreed to ...' is still the body's, and a nominee 'who agreed to stand' in a motion stays the
election. Generated minutes, and Northwold's May 2018 and Wereham's May 2009 minutes (skipped without ../shared)."""

from minutebook.extract.decisions import RELATIVE_WHO_RE
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .wild_papers import needs_wild, paper_decisions


def _decisions(tmp_path, paragraphs) -> list[dict]:
    path = tmp_path / "ashby.html"
    path.write_text("<html><head><title>Ashby Parish Council minutes</title></head><body>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    doc = read_document(str(path), ocr=False)
    return [{**d, "text": " ".join(d["text"].split())} for d in extract_document(doc, find_structure(doc))["decisions"]
            if d.get("source") == "meeting"]


def test_the_noun_before_who_is_who_agreed(tmp_path):
    found = _decisions(tmp_path, [
        "Ashby Parish Council", "Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall",
        "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart",
        "5. Allotments: the Clerk has contacted the tenant who agreed to remove the fence and replace the gate.",
        "7. Election of Chairman: Cllr Grey proposed Cllr Stone who agreed to stand, seconded by Cllr Hart; all in favour.",
        "8. Date of next meeting: 1 April 2021"])
    texts = [d["text"] for d in found]
    assert not [t for t in texts if "tenant" in t], texts
    assert [t for t in texts if "agreed to stand" in t], texts


def test_the_antecedent_of_who():
    of = lambda head: (m := RELATIVE_WHO_RE.search(head)) and m.group("antecedent")
    assert of("They have also contacted the tenant who ") == "the tenant"
    assert of("NC had spoken with Nick Drew who had ") == "Nick Drew"
    assert of("the item was put to the Parish Council, who ") == "the Parish Council"  # still the body
    assert of("the members who ") == "the members"
    assert of("It was agreed by those who ") is None


@needs_wild
def test_northwolds_tenant_and_werehams_elections():
    northwold = [d["text"] for d in paper_decisions("wild", "sf_northwold-pc-minutes-2018-05-annual_index.html")]
    assert northwold and not [t for t in northwold if "tenant who agreed" in t]
    wereham = [d for d in paper_decisions("wild", "sf_wereham-pc-minutes-2009-05-annual_index.html")
               if "who agreed to stand" in d["text"]]
    assert len(wereham) == 2 and all(d["source"] == "meeting" for d in wereham)
