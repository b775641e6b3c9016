"""Decisions the wild-corpus judges found wrong, each fixed by its class: the wording of a motion or amendment the
meeting voted down, a list put to the meeting read on into the minutes' own numbered paragraphs, someone taking work
on ('agreed to advise', 'had agreed to fund'), an issue 'resolved with' someone (sorted out), a condition ('if
approved'), an observation whose 'that' is left out. Real papers where the corpus has them; sentences of the papers
of further bodies. Skips the papers without ../shared."""

from pathlib import Path

import pytest

from minutebook.extract.decisions import judge
from minutebook.extract.passage_decisions import from_sentences

from .wild_papers import paper_decisions

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild")
MINUTES = {"doc_kind": "minutes", "meeting_role": "records", "meeting_year": 2016, "body": "Wereham Parish Council"}


def decisions_of(name: str) -> tuple:
    return paper_decisions("wild", name)


def decided(text):
    """The source a sentence's decision is given, or None when it is no decision."""
    facts = from_sentences([text], 1, 0)
    return judge(text, "sentence", facts[0].kind, MINUTES).source if facts else None


@needs_wild
def test_a_lost_amendment_decides_nothing_it_proposed():
    """Kent's county council of 9 January 2025 minutes five amendments: the first carried, four lost ('Amendment
    lost.' after the names of both sides). The lost ones' wording is no decision; their moving lines are kept as
    rejected, and the carried amendment's wording stays. Both of the council's copies of the paper."""
    for name in ("kcc_Printed minutes 09th-Jan-2025 10.00 County Council.pdf", "kcc_9 January 2025 - County Council minutes.pdf"):
        found = decisions_of(name)
        rejected = [d for d in found if d["kind"] == "rejected"]
        assert [d["text"][:14] for d in rejected] == ["17) Mr Hood pr", "19) Mr Brady p", "21) Mr Passmor", "23) Mr Lehmann"][:len(rejected)]
        assert len(rejected) >= 3
        assert not any("Recommend to the Executive, that while the decision on postponement" in d["text"] for d in found)
        assert not any(d["text"].startswith("(2) Comment that the Council does not support") for d in found)
        carried = [d for d in found if d["text"].startswith("(5) Expects there to be") and "Amendment carried" in d["text"]]
        assert len(carried) == 1


@needs_wild
def test_a_lost_motion_is_rejected_and_its_wording_dropped():
    """Kent's council of 19 December 2024: the motion on the voting system ('Motion lost.') is rejected; the Climate
    and Nature Bill motion, lost, leaves no 'Write to all elected MPs' decision; the consultation response the council
    resolved ('3) RESOLVED that the County Council:' on the last line of the vote's passage, its parts a) b) c) after
    it) stays, as one resolution."""
    found = decisions_of("kcc_19 December 2024 - County Council minutes.pdf")
    assert any(d["kind"] == "rejected" and "Mr Streatfeild proposed" in d["text"] for d in found)
    assert not any(d["text"].startswith("Write to all elected MPs") for d in found)
    assert any("RESOLVED that the County Council:\na) Notes the report" in d["text"] for d in found)


@needs_wild
def test_a_list_put_to_the_meeting_ends_where_its_labels_change():
    """Kent's motion '(1) ... (4)' put to the council is followed by the minutes' own paragraphs '6) The Leader of the
    Labour Group, Mr Brady, commented ...': those are debate, not recommendations."""
    found = decisions_of("kcc_Printed minutes 09th-Jan-2025 10.00 County Council.pdf")
    assert any(d["text"].startswith("(4) Note that acceptance onto the Devolution") for d in found)
    assert not [d for d in found if d["text"].startswith(("6) The Leader of the Labour Group", "7) Mr Brady spoke",
                                                           "13) Mr Hook commented"))]


@pytest.mark.parametrize("text", [
    # a visitor, a parishioner, a contractor, a councillor's household (West Dereham, Wereham, Stoke Ferry, Boughton)
    "Victoria advised that it was the aim of the charity to instruct solicitors at the end of September 2016 and she "
    "agreed to advise the Parish Council as to progress.",
    "CC advised that she and her husband had agreed to cover the cost of cutting the hedge to the western perimeter.",
    "NC had spoken with Nick Drew who had agreed to provide the work force from West Dereham Plant to install the beacon.",
    "Streetlight Repair: A streetlight at the Springs Court had been reported and the resident of the neighbouring "
    "property had agreed to fund CGM to cut back the tree nearby.",
    "At the last PC meeting there was a discussion on what might help in reducing speeding and I agreed to look at the "
    "possibility of a 20 MPH speed limit.",
    # 'resolved' as sorted out (Wereham, Ayton)
    "12.2 All issues reading addition of new contact details and new signatory on the account have been resolved with Barclays.",
    "Community Council Elections – all matters outstanding had been resolved with Pauline Bolson, Democratic Services Officer.",
    # a condition (Souldern's annual parish meeting, Kent's record of decision)
    "Our expectation is that if approved, this will become operational in July this year.",
    "As a service, we are confident that, if adopted, the proposal we have developed would allow KCC to continue.",
    # an observation without its 'that' (Wretton, Suffolk Libraries)
    "There are clean up for the Queen events being organised nationally and it was noted the Borough Council has offered "
    "small grants to help to celebrate the Queen's 90th birthday.",
    "It was noted it is a simple document for individual groups to use.",
    # ... the observed clause further on, past a preposition (Northwold, West Dereham, Suffolk Libraries)
    "7.5 It was noted windows in the phone box have been repaired.",
    "The Parish Council noted the Income items for March had been a donation from the Village Trust of £1500 for the "
    "Goal Posts; £50 training costs from PW and two fees in relation to the Cemetery totalling £350.",
    "It was noted a significant proportion of the respondents to the surveys were 65 plus although all age groups where "
    "included.",
    # a verdict shared, not a course chosen (Stoke Ferry, Suffolk Libraries)
    "It was agreed that this was a good suggestion, and it was noted that the village already holds a charter for a market.",
    "Management reports framework The reports for this meeting were in the new format and the Board agreed the clarity "
    "and layout of the new report structure was an improvement.",
    # a condition with its subject (West Dereham), a participle before its noun (West Dereham)
    "CC advised that as long as the correct insurances were confirmed this would be gratefully received.",
    "The Parish Clerk noted that the new elected ward Borough Councillor is Alan Holmes who sits as a member.",
    # a meeting, a study or a deadline that ended (West Dereham, Stoke Ferry)
    "The official meeting concluded at 9.57pm, and was opened to the floor for general comment.",
    "She added that an environmental study concluded that there would be no effect on a water vole and otter population.",
    "The deadline for requests to hold an election was concluded on 2 August.",
    # a speaker agreeing (West Dereham)
    "JM advised that they do send out litter pickers but would carry out it more frequently and he agreed that it didn't look nice.",
])
def test_no_decision_of_the_meeting(text):
    assert decided(text) is None


@pytest.mark.parametrize("text", [
    "It was resolved to follow this up.",
    "A surgery on Post Office day for people with problems was suggested and it was resolved to follow this up.",
    "The Councillors agreed to consider how much the spend should be to improve the gardens area.",
    "Council agreed to fund the repair of the bus shelter.",
    "A five year agreement was concluded with Brackley Town football club in August.",
    "It was agreed that the best approach was to write to the MP.",
    "It was agreed to go ahead with these locations and that the Clerk should contact the supplier.",
    # a paper noted, whatever follows it
    "The Parish Council noted the report of the Finance and Audit Committee.",
    "The Parish Council noted the visit, the Clerk advised the time slots available were 10 minutes.",
])
def test_the_meetings_decisions_stay(text):
    assert decided(text) == "meeting"


def test_another_bodys_decision_told_to_the_meeting_stays_reported():
    """'SBC has agreed to pay 50% of the total cost' (Ayton): the Borders council's decision, reported."""
    assert decided("Church/Graveyard Water Supply SBC has agreed to pay 50% of the total cost of the repair which is "
                   "now scheduled to go ahead.") == "reported"
