"""Whose decision is it: the meeting's own, reported, proposed, or none at all. Sentences from
minutes of different bodies (a community safety partnership, a county council panel, a parish
council, a US city council, a library board) and a real paper ingested end to end."""

import pytest
import sqlite_utils

from minutebook.extract.decisions import is_outcome_only, judge
from minutebook.extract.passage_decisions import from_sentences

MINUTES = {"doc_kind": "minutes", "meeting_role": "records", "meeting_year": 2024}


def source_of(text, rule="sentence", **context):
    return judge(text, rule, "agreed", {**MINUTES, **context}).source


@pytest.mark.parametrize("text", [
    "It was agreed that the forum would meet quarterly.",
    "The Board agreed unanimously to accept this revised policy.",
    "The Parish Councillors agreed to support the application.",
    "Councilmember DeWorken moved, seconded by Councilmember Flemming, to approve first reading.",
    "Mike agreed to take on the role in addition to being the secretary.",
    "2. the application for £1,800 of Neighbourhood Community Grant funding be approved.",
    "Ali asked if we could agree to the purchase of cycle maps. AGREED",
    "Contractor Support Agreed that support visits to pharmacies should not take place unless requested.",
    # a course the meeting chose, beside the views it shared (below): still its decision
    "It was agreed that the Clerk would place an advert in the Village Life.",
    "It was agreed to purchase the bench, which would be useful for the play area.",
])
def test_the_meetings_own_decisions(text):
    assert source_of(text) == "meeting"


@pytest.mark.parametrize("text", [
    "Mark Long agreed highlighting that the challenge is around hidden signs.",
    "e. In response to a suggestion of variable targets, Natalia Merritt agreed that there could be other mechanisms.",
    "Mayor White agreed with Councilmember Stall and stated that Greenville saw the population jump.",
    "It was noted that there are spikes in crime depending on the season.",
    "SB advised that Simon Dukes, newly appointed PSNC CEO has confirmed attendance at AGM.",
    "This agreement is for 3 years, as agreed.",
    "The Compliance Manager carried out an investigation.",
    "The Clerk agreed to contact the developer and ask that they secure the fencing.",
])
def test_no_decision_at_all(text):
    assert not from_sentences([text], 1, 0) or source_of(text) is None


@pytest.mark.parametrize("text", [
    "He was appointed an Honorary Alderman in 2010 for his service to the Council.",
    "1.6 Forward workplans for both groups have been agreed at the September meetings.",
    "It noted that at its previous meeting, it had provisionally agreed a figure of £7,700.00.",
    "It was explored and agreed at the committee meeting that libraries do not have the capacity.",
])
def test_decisions_made_elsewhere_or_earlier_are_reported(text):
    assert source_of(text) == "reported"


@pytest.fixture(scope="module")
def earlier_db(tmp_path_factory):
    from .conftest import SHARED
    from .wild_papers import ingested

    return ingested(tmp_path_factory, [SHARED / "wild" / "sd_2013-09-19 SPC minutes.pdf",
                                       SHARED / "wild" / "sf_northwold-pc-minutes-2013-06_index.html"], "earlier")


@pytest.mark.parametrize("words", [
    "Village grass cutting contract agreed for 2 years – still applies",  # Souldern Parish Council
    "Cheque for CGM agreed last month",  # Northwold Parish Council
])
def test_an_earlier_meetings_decision_told_again_is_reported(earlier_db, words):
    found = list(earlier_db.query("select source, signals from decisions where text like ?", [f"%{words}%"]))
    assert [r["source"] for r in found] == ["reported"]
    assert "earlier" in found[0]["signals"]


def test_recommendations_and_agendas_propose():
    assert source_of("Recommendation: Staff recommends City Council approve the minutes.") == "proposed"
    assert source_of("Approve the proposed Planning Commission Meeting Schedule for Calendar Year 2020.") == "proposed"
    assert source_of("Note the Inspector's Report on the examination of the Plan", rule="put-to-meeting",
                     intro="Council is asked to:") == "proposed"
    assert source_of("Accept the draft terms of reference", rule="put-to-meeting",
                     intro="The CSP board members agreed the recommendations to:") == "meeting"
    assert source_of("The Council approved the budget.", meeting_role="convenes") == "reported"


def test_resolutions_stand_whatever_their_wording():
    assert source_of("RESOLVED that the Panel note the Youth Justice Annual Report.", rule="resolved") == "meeting"


def test_a_bare_outcome_completes_the_sentence_before_it():
    facts = from_sentences(["Ali asked if this could be circulated.", "AGREED"], 1, 0)
    assert [f.text for f in facts] == ["Ali asked if this could be circulated. AGREED"]
    facts = from_sentences(["Councilmember Dowe moved, seconded by Councilmember Stall, to approve first reading.",
                            "The motion carried unanimously."], 1, 0)
    assert len(facts) == 1 and facts[0].text.endswith("carried unanimously.")
    assert is_outcome_only("Community Grant Programme: Barnfield Riding | Resolution | Carried")
    assert not is_outcome_only("The Board agreed to this proposal and thanked the HR team.")


def test_real_minutes_keep_speakers_and_bare_outcomes_out(real_db):
    db = sqlite_utils.Database(real_db)
    rows = list(db.query("select d.text, d.source, d.signals from decisions d join documents doc on doc.id = d.document_id "
                         "where doc.filename like 'gvl_%' or doc.filename like 'kcc_CPP%'"))
    own = [r["text"] for r in rows if r["source"] == "meeting"]
    assert any("to approve first reading" in t for t in own)  # a US council's motions
    assert any(t.startswith("RESOLVED that the Panel note") or "RESOLVED that the Panel note" in t for t in own)
    assert not any(t.strip() in ("The motion carried unanimously.", "After discussion, the motion carried unanimously.")
                   for t in own)
    assert not any("Natalia Merritt agreed that" in t or "Mayor White agreed with" in t for t in own)
    assert all(r["source"] in ("meeting", "reported", "proposed") and r["signals"] is not None or r["source"] == "meeting"
               for r in rows)


@pytest.mark.parametrize("text", [
    # a view the meeting shared is no course it chose (a safety partnership, a parish council, a board)
    "The SAB Strategic Plan was discussed and it was agreed that the priorities featured reflect what the SAB is aiming to achieve.",
    "The service has received 132 referrals, the board agreed it would be helpful to have an understanding on data.",
    "It was agreed that Lightsource had answered all queries relating to the agreement.",
    "PW added that the SNT might attempt to attend, but it was agreed that this would not be achievable.",
    # a motion that the question be put is procedure; the vote after it is the decision
    "4) Following further debate, Mr Rayner proposed and Mr Meade seconded that the substantive motion (as amended) in "
    "paragraph 3 be put to the vote.",
    "The board discussed future agenda items and the following was agreed;",
])
def test_views_procedure_and_introductions_are_no_decision(text):
    assert source_of(text) is None


@pytest.mark.parametrize("text, body", [
    ("A collation led to five areas of focus – this was agreed by the Safeguarding Children’s Partnership and the "
     "councils’ strategic groups:", "Community Safety Partnership"),
    ("Front-line Job Role Profile This has been agreed by the Staffing Committee and UNISON.", "Suffolk Libraries IPS - Board"),
    ("An extension of time to 22 June has been agreed by the Planning Department.", "Stoke Ferry Parish Council"),
    ("3) The proposer and seconder of the original motion agreed to the amendment, which became the substantive motion:",
     "Kent County Council"),
])
def test_what_someone_else_agreed_is_not_the_meetings_decision(text, body):
    assert source_of(text, body=body) != "meeting"


def test_the_meeting_agreeing_by_its_own_name_is_its_decision():
    assert source_of("d. The Chair highlighted the eagerness of young people. This was agreed by the panel.",
                     body="Corporate Parenting Panel") == "meeting"
    assert source_of("4. Media Guidelines This document was reviewed and agreed by the Board.",
                     body="Suffolk Libraries IPS - Board") == "meeting"


def test_inside_an_account_of_another_meeting_only_the_meetings_own_agreement_counts():
    board = {"body": "Suffolk Libraries IPS - Board", "reported_meeting": True}
    assert source_of("The year ended with a small surplus so it was agreed to give all staff members a small reward.",
                     **board) == "reported"
    assert source_of("x HR structures – the Board agreed to the permanent arrangement of the interim HR team.",
                     **board) == "meeting"


def test_decisions_in_an_account_of_another_meeting_are_reported_at_two_bodies(real_db):
    """Suffolk Libraries' board hears 'The Chair of the Finance and Audit Committee updated the Board on discussions
    at the committee meeting in April'; Kent's cabinet 'At the Scrutiny Committee held on 29th January 2025, Members
    considered the call-in ... At that meeting, Members agreed to refer the decision to full Council.' What the other
    meeting agreed, its members included, is reported; each meeting's own resolutions stay its own."""
    db = sqlite_utils.Database(real_db)

    def sources(paper, words):
        return {r["source"] for r in db.query(
            "select d.source from decisions d join documents doc on doc.id = d.document_id where doc.filename = ? "
            "and d.text like ?", [paper, f"%{words}%"])}

    assert sources("sl_board-meeting-minutes-2016-05-26.pdf", "small surplus so it was agreed") == {"reported"}
    kent = "kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
    assert sources(kent, "Members agreed to refer the decision to full Council") == {"reported"}
    assert sources(kent, "minutes of the meeting on 9 January 2025 were a correct record") == {"meeting"}


@pytest.mark.parametrize("text", [
    "It was proposed by Cllr Daphne Clements, seconded by Cllr Trudy Mann, all agreed,",
    "Proposed. Cllr Grant Tomkins, Seconded Cllr Sue Lintern, all in favour.",
    "Proposer: Cllr J Bruce, 2nd: Cllr D Deighton.",
    "The proposal was seconded by Councillor Sadr-Hashemi, voted on and carried.",
])
def test_who_moved_and_seconded_completes_the_decision_before_it(text):
    assert is_outcome_only(text)
    facts = from_sentences(["The Parish Council approved the Annual Insurance Renewal totalling £423.", text], 1, 0)
    assert len(facts) == 1 and facts[0].text.endswith(text)
    assert not is_outcome_only("No comments or objections, proposed by Cllr Jim McNeill, seconded by Cllr Sue Lintern, all in favour.")


def test_a_motion_or_resolution_takes_the_wording_it_introduces(real_db):
    """'moved, seconded ..., to amend the following:' (a US city council) and '5) RESOLVED that:'
    or 'RESOLVED that Council:' (an English county council) give their wording in the
    paragraphs after them; one decision holds it, up to the outcome or the next paragraph."""
    db = sqlite_utils.Database(real_db)
    own = [r["text"] for r in db.query(
        "select d.text from decisions d join documents doc on doc.id = d.document_id where (doc.filename like 'gvl_%' "
        "or doc.filename like 'kcc_Printed minutes 13th%') and d.source = 'meeting'")]
    amend = [t for t in own if "to amend the following:" in t]
    assert len(amend) == 3 and all("regarding" in t for t in amend)
    assert any(t.startswith("3) RESOLVED that Council:") and "(iii) Adopts" in t for t in own)
    note = [t for t in own if "Members note all that is being done" in t]
    assert len(note) == 1 and "Members continue to support" in note[0]
    assert not any(t.startswith("Members continue to support") for t in own)


def test_a_moving_line_in_its_own_paragraph_names_the_sub_item_it_moves(real_db):
    """'c. Ordinance to appropriate $1,000,000 ...' / '(Roll Call)' / 'Councilmember Dowe moved, seconded by Councilmember
    Stall, to approve first reading.' (Greenville, as Des Moines' 'Moved by ... to adopt' after its item): the decision
    says what it approved; a line moving to amend after the vote before it takes nothing."""
    db = sqlite_utils.Database(real_db)
    own = [r["text"] for r in db.query(
        "select d.text from decisions d join documents doc on doc.id = d.document_id where doc.filename like 'gvl_%' "
        "and d.source = 'meeting'")]
    grant = [t for t in own if "Dowe moved, seconded by Councilmember Stall, to approve first reading" in t]
    assert len(grant) == 1 and grant[0].startswith("c. Ordinance to appropriate $1,000,000 in the Miscellaneous Grant Fund")
    assert any(t.startswith("b. Resolution authorizing one or more lease/purchase agreements") for t in own)
    assert all(t.startswith("Councilmember Dowe moved") for t in own if "to amend the following:" in t)
