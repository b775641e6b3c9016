"""A motion minuted on the way to its item's resolution is a step to it, not a second decision: the resolution is
the record and takes the motion's mover and seconder; a motion the meeting voted down stays a decision of its own
(rejected) and gives the resolution no mover. A resolution's numbered parts end where their labels change shape,
so the minutes' own next paragraphs are not read into it. Generated minutes; Kent and Northwold papers where the
two rows for one decision were found (skipped without ../shared)."""

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .pdfs import write_pdf
from .wild_papers import needs_wild, paper_decisions


def decisions_of_pdf(path) -> list[dict]:
    doc = read_document(str(path), ocr=False)
    return [d for d in extract_document(doc, find_structure(doc))["decisions"] if d.get("source") == "meeting"]


def test_a_resolution_takes_its_motions_mover_and_a_lost_motion_stays(tmp_path):
    pdf = write_pdf(tmp_path / "ashby.pdf", [[
        "Ashby Town Council",
        "Minutes of the meeting held on 4 March 2021 at 7pm in the Town Hall",
        "Present: Mr A Grey, Mrs B Stone, Mr C Hart, Mrs D Lane",
        "1. Election of a Chair for the meeting",
        "Mr Grey proposed, and Mrs Stone seconded that Mr Hart be elected to chair the meeting.",
        "RESOLVED that Mr Hart be elected to chair the meeting.",
        "2. Precept",
        "Mr Hart proposed, and Mr Grey seconded that the precept be raised by ten per cent.",
        "Motion lost.",
        "RESOLVED that the precept for 2021/22 be held at twelve thousand pounds.",
        "3. Date of next meeting: 1 April 2021"]])
    found = decisions_of_pdf(pdf)
    chair = [d for d in found if "Mr Hart be elected" in d["text"]]
    assert len(chair) == 1 and chair[0]["text"].startswith("RESOLVED")
    assert (chair[0]["mover"], chair[0]["seconder"]) == ("Mr Grey", "Mrs Stone")
    lost = [d for d in found if "raised by ten per cent" in d["text"]]
    assert len(lost) == 1 and lost[0]["kind"] == "rejected"
    held = [d for d in found if "held at twelve thousand" in d["text"]]
    assert len(held) == 1 and held[0]["mover"] is None


@needs_wild
def test_kent_motion_far_before_its_resolution_is_one_decision():
    """Kent, 19 December 2024: the 'Family Farm Tax' motion's six points, its vote's names and 'Motion carried.' stand
    between the motion and '8) RESOLVED that the County Council resolves:'."""
    found = [d for d in paper_decisions("wild", "kcc_19 December 2024 - County Council minutes.pdf") if d.get("source") == "meeting"]
    assert not any(d["text"].startswith("5) Mr Meade proposed") for d in found)
    farm = [d for d in found if d["text"].startswith("8) RESOLVED that the County Council resolves")]
    assert len(farm) == 1 and (farm[0]["mover"], farm[0]["seconder"]) == ("Mr Meade", "Mr Cannon")
    # its parts end at its sixth point: the next paragraphs are the meeting's extension and the next motion
    assert "Hawkins" not in farm[0]["text"] and "4.30pm" not in farm[0]["text"]
    assert any("extend the meeting beyond 4.30pm" in d["text"] for d in found)
    parents = [d for d in found if "notes the report and associated Member responsibilities" in d["text"]]
    assert len(parents) == 1 and parents[0]["mover"] == "Mrs Chandler"


@needs_wild
def test_a_resolution_names_who_moved_it():
    kent = [d for d in paper_decisions("wild", "kcc_9 January 2025 - County Council minutes.pdf")
            if "RESOLVED that Mr Cooke be elected" in d["text"]]
    assert len(kent) == 1 and (kent[0]["mover"], kent[0]["seconder"]) == ("Mr Gough", "Mr Brady")
    northwold = [d for d in paper_decisions("wild", "sf_northwold-pc-minutes-2015-01_index.html")
                 if "accept the offer of the free defibrillator" in d["text"]]
    assert len(northwold) == 1 and (northwold[0]["mover"], northwold[0]["seconder"]) == ("Cllr. Crisp", "Cllr. Collins")


def test_the_years_a_motion_quotes_do_not_make_it_an_earlier_decision():
    from minutebook.extract.decisions import judge
    context = {"doc_kind": "minutes", "meeting_role": "records", "meeting_year": 2021, "body": "Ashby Town Council"}
    quoting = ("Mr Hart proposed, and Mr Grey seconded the motion that “The Council notes that:\n"
               "the bypass was first proposed in 2015 and has been delayed since 2018. Motion lost.")
    assert judge(quoting, "sentence", "rejected", context).source == "meeting"
    # an earlier year in the minute's own words still tells of an earlier decision
    told = "In 2019 the Council agreed to fund the bypass survey."
    assert judge(told, "sentence", "agreed", context).source == "reported"


@needs_wild
def test_kents_lost_climate_motion_is_the_meetings_own():
    found = [d for d in paper_decisions("wild", "kcc_19 December 2024 - County Council minutes.pdf")
             if d["text"].startswith("10) Jenni Hawkins proposed")]
    assert len(found) == 1 and (found[0]["kind"], found[0]["source"]) == ("rejected", "meeting")
