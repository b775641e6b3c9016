"""Whose decision is it: the meeting's own, reported, proposed, or none at all. Sentences from
minutes of different bodies (a community safety partnership, a county council panel, a parish
council, a US city council, a library board) and a real paper ingested end to end."""

import pytest
import sqlite_utils

from minutebook.extract.decisions import from_sentences, is_outcome_only, judge

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
