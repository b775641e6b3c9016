"""A decision verb that describes a process is no decision: coordinated with its opposite ('discussed and approved or
rejected based on data', a partnership's report; 'planning applications approved/refused by the Borough Council', a
parish agenda and its minutes) or made habitual by a present tense and an adverb of how often ('is agreed annually').
A decision verb given its own day before the meeting ('agreed at Full Council on 27th November', in January's minutes)
is told, not taken: reported. Generated minutes, the bundled corpus's report, and Stoke Ferry's and Northwold's
minutes (skipped without ../shared)."""

from minutebook.extract.decision_process import describes_process
from minutebook.extract.decision_time import dated_before
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .built_minutes import built_decisions
from .conftest import CORPUS
from .wild_papers import needs_wild, paper_decisions



MEETING = ["Ashby Parish Council", "Minutes of the meeting held on 12 January 2015 at 7pm in the Village Hall",
           "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart"]


def test_a_process_described_is_no_decision_and_the_decisions_beside_it_stay(tmp_path):
    found = built_decisions(tmp_path, MEETING + [
        "4. The minutes of the meeting held on 1 December 2014 were approved and signed as a true record.",
        "5. Planning: to consider planning applications approved/refused by the Borough Council. None received.",
        "6. CCTV: requests for cameras are also discussed and approved or rejected based on data and cost.",
        "7. Budget: the precept is agreed annually in January. The Council agreed to set the precept at £9,500.",
        "8. Date of next meeting: 9 February 2015"])
    texts = [d["text"] for d in found]
    assert not [t for t in texts if "approved/refused" in t or "approved or rejected" in t], texts
    assert not [t for t in texts if t.startswith("7. Budget: the precept is agreed annually")], texts
    assert [d for d in found if "true record" in d["text"] and d["source"] == "meeting"]
    assert [d for d in found if "£9,500" in d["text"] and d["source"] == "meeting"]


def test_a_decision_dated_before_the_meeting_is_reported(tmp_path):
    found = built_decisions(tmp_path, MEETING + [
        "5. Local Plan: The Document was agreed at Full Council on 27th November, and is now out to public consultation.",
        "6. Playing field: the Council agreed to renew the lease on 12 January 2015 for five years.",
        "7. Date of next meeting: 9 February 2015"])
    plan = [d for d in found if "Full Council" in d["text"]]
    assert plan and all(d["source"] == "reported" for d in plan)
    assert [d for d in found if "renew the lease" in d["text"] and d["source"] == "meeting"]


def test_which_verbs_describe_a_process():
    def of(text, verb):
        at = text.index(verb)
        return describes_process(text, at, at + len(verb))
    assert of("CCTV request are also discussed and approved or rejected based on data.", "approved") == "alternatives"
    assert of("To consider planning applications approved/refused by the Borough Council", "approved") == "alternatives"
    assert of("Grants are normally approved by the Finance Committee.", "approved") == "habitual"
    assert of("The minutes were approved and signed as a true record.", "approved") is None
    assert of("The payment was not approved.", "approved") is None  # a refusal, not a process
    assert of("The Board reviewed and accepted the changes and these should be reviewed annually.", "accepted") is None
    assert of("It was generally agreed that more events would be welcome.", "agreed") is None  # past, not habitual


def test_whose_day_a_date_is():
    clause = "The Document was agreed at Full Council on 27th November, and is now out"
    at = clause.index("agreed")
    assert dated_before(clause, at, "2015-01-12") and dated_before(clause, at, "2015-01")  # the November before
    assert not dated_before(clause, at, "2014-11-27") and not dated_before(clause, at, "2014-11")  # its own day or month
    assert not dated_before(clause, at, None)
    minutes = "The Minutes of the meeting held on 5th July 2016 were adopted as a true statement"
    assert not dated_before(minutes, minutes.index("adopted"), "2016-09-06")  # the date names a meeting, not the verb


def test_the_corpus_reports_cctv_process_is_no_decision():
    paper = next(CORPUS.glob("001_*.pdf"))
    doc = read_document(str(paper), ocr=False)
    texts = [d["text"] for d in extract_document(doc, find_structure(doc))["decisions"]]
    assert texts and not [t for t in texts if "approved or rejected" in t]


@needs_wild
def test_stoke_ferrys_planning_line_and_northwolds_full_council():
    stoke = [" ".join(d["text"].split()) for d in paper_decisions("wild", "sf_stoke-ferry-pc-minutes-2015-07_index.html")]
    assert stoke and not [t for t in stoke if "approved/refused" in t]
    northwold = [d for d in paper_decisions("wild", "sf_northwold-pc-minutes-2015-01_index.html") if "Full Council" in d["text"]]
    assert northwold and all(d["source"] == "reported" for d in northwold)
