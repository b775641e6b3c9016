"""Tasks parish, board and city minutes set in prose with no subject before a modal: a passive errand
('- to be reported', 'the letter to be forwarded to Highways', 'will now be shared with UNISON'), a
minute-style 'Cllr X to do' after a clause's opening, a resolution's bare 'be investigated', and a
motion's referral ('refer to Legal Department for ...'). A built paper for the general wording, and
real minutes of five bodies (Stoke Ferry, Wretton, Des Moines, Suffolk Libraries, Northwold; skipped without
../shared), read into a real database and shown on the action's page."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract import action_signals, referrals, task_passives
from minutebook.extract.people import Registry

from .built_minutes import action_page, built_archive, owned_actions, public_site
from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
REAL_PAPERS = ["sf_stoke-ferry-pc-minutes-2010-06_index.html", "sf_wretton-pc-minutes-2020-05-virtual_index.html",
               "dsm_1999-02-22_meeting_minutes.pdf", "sl_board-meeting-minutes-2014-01-30.pdf",
               "sf_stoke-ferry-pc-minutes-2017-08_index.html", "sl_board-meeting-minutes-2014-09-25.pdf",
               "sf_northwold-pc-minutes-2016-09_index.html", "sf_stoke-ferry-pc-minutes-2009-01_index.html",
               "sf_west-dereham-pc-minutes-2017-04_index.html"]
SUFFOLK_2016 = SHARED / "real" / "sl_board-meeting-minutes-2016-05-26.pdf"
GREENVILLE = SHARED / "real" / "gvl_Council 2023_05_23.pdf"
KENT_CABINET = SHARED / "real" / "kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"

BUILT = (
    "# Minutes of Ashby Parva Parish Council\n\nMeeting held on 14th March 2023\n\n"
    "Present: Cllr Joan Brook (Chair), Cllr Tom Lund, Cllr Ravi Moss, Anne Hale (Clerk)\n\n"
    "## 5. Highways\n\n"
    "Bridleway behind the church is blocked by fallen branches - to be reported to the Rights of Way officer.\n\n"
    "Letter from Mr Ellis about verge parking on Mill Lane - the letter to be passed to the County Council.\n\n"
    "Complaint about the bus shelter light - Cllr Lund to look into this.\n\n"
    "## 6. Planning\n\n"
    "The planning officer will be asked for more information on the barn conversion.\n\n"
    "It is hoped that the new bin will be used.\n\n"
    "The Clerk advised that the hall would be repainted by the owners.\n\n"
    "## 7. Finance\n\n"
    "RESOLVED: That ivy on the churchyard wall be investigated.\n\n"
    "Matters to be raised relate to the insurance renewal.\n\n"
    "## 8. Open spaces\n\n"
    "It was agreed that quotes for cutting the churchyard hedge should be obtained.\n\n"
)


_actions = owned_actions


def _one(found, words):
    rows = [(d, o) for d, o in found.items() if words in d]
    assert len(rows) == 1, (words, list(found))
    return rows[0][1]


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT)


def test_errands_in_the_passive_and_minute_style_clauses_are_actions(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    assert _one(found, "to be reported to the Rights of Way officer") is None  # no one named: the body's own task
    assert _one(found, "the letter to be passed to the County Council") is None
    assert _one(found, "Cllr Lund to look into this") == "Tom Lund"
    assert _one(found, "planning officer will be asked for more information") is None
    assert _one(found, "ivy on the churchyard wall be investigated") is None
    assert _one(found, "hedge should be obtained") is None  # what the meeting agreed should be done
    # a hope, someone's report of another's work, and a noun's description are no tasks
    assert not [d for d in found if "bin will be used" in d or "repainted by the owners" in d or "relate to" in d]


def test_the_built_papers_errand_shows_on_its_action_page(built_db):
    _, client = public_site(built_db)
    page = action_page(built_db, client, "%letter to be passed to the County%")
    assert page.status == 200 and "the letter to be passed to the County Council" in page.text


@pytest.mark.parametrize("sentence,owners", [
    ("Moved by Hensley to receive, file and refer comments to the City Manager.", ["City Manager"]),
    ("Refer to City Manager for review of funding alternatives.", ["City Manager"]),
    ("The Board agreed to refer the draft back to the Management team to review and take advice.", ["Management team"]),
    ("Parish Clerk training to be referred to the Admin Committee.", ["Admin Committee"]),
])
def test_a_referral_the_meeting_makes_is_owned_by_whom_it_goes_to(sentence, owners):
    facts = referrals.referrals(sentence, Registry(), 1, 0)
    assert [name for name, _ in facts[0].owners] == owners


@pytest.mark.parametrize("sentence", [
    "Members agreed to refer the decision to full Council.",  # Kent: the decision going up, not work set
    "Mr Gough referred to the government's revised National Planning Policy Framework.",  # a mention
    "Any concerns regarding dangerous parking should be referred to the police.",  # advice to the public
    "Please refer to this number when requesting information or copies.",
    "Refer to Item 16a regarding this item.",  # Greenville: a cross-reference
    # Suffolk Libraries: a correction to the last minutes' words, whose referral was made then
    "The minutes of the Board meeting were agreed for accuracy subject to the following changes: Item 6.1 – The "
    "penultimate paragraph should read; The Board agreed to refer the draft back to the Management team.",
    # a doubt before the referral: the hedges every task reader knows
    "It was agreed to ask whether the matter could be referred to the Planning Committee.",
])
def test_mentions_advice_and_referrals_upward_are_no_task(sentence):
    assert referrals.referrals(sentence, Registry(), 1, 0) == []


@pytest.mark.parametrize("sentence", [
    "Correspondence received continues to be shared with Councillors.",  # a standing practice
    "Assessments would then need to be undertaken to identify any strategic implications.",  # a forecast
    "The Council will be requested to pass a resolution excluding the press and public.",  # boilerplate
    "The minutes were accepted as a true record and will be signed at the next meeting.",  # procedure
    "Andy Wallace had noted that the Council was intending to apply, and that any works should be scheduled for April.",
    "If approved, the plans will be circulated to all households.",
    "A Park and Ride site for 700 cars is to be developed near the service station.",  # news of others' plans
    "It was decided to approve the quotation for a Goalpost and Basketball hoop to be installed on the field.",
    "Memorial plaque incorrectly spelled to be In-hand changed and tree to be purchased",  # an old log's row
    "Decisions to be made on the allotments at item 8.5.",  # a pointer to another item
    "Fiona Taylor requested for this to be reviewed.",  # someone's request
    "9.3 Agreed that refreshments will be provided from Friends funds.",  # how it is paid for
    "It was agreed that children should be placed as close to home as possible.",  # Kent: a standing aim
    "It was agreed that the job description should be circulated in case there were other interested parties.",
])
def test_states_forecasts_and_reports_are_no_passive_task(sentence):
    assert task_passives.scored(sentence, Registry(), 1, 0) == []


@pytest.mark.parametrize("sentence", [
    # haste is no standing rule: what should be done as soon as possible is a task ('children should be placed as close
    # to home as possible', Kent, is one; Suffolk Libraries, West Dereham and Boughton print the same haste in other forms)
    "It was agreed that the matter should be reported as soon as possible to Highways.",
    "It was agreed that the letter should be forwarded as a matter of urgency to the County Council.",
])
def test_an_urgent_passive_errand_is_a_task(sentence):
    assert task_passives.scored(sentence, Registry(), 1, 0)


@pytest.mark.parametrize("sentence,owners", [
    ("Complaint about the bus shelter light - Cllr Lund to look into this.", ["Lund"]),
    ("Norfolk County Council recycling facility tour on Friday 19th October – Cllr P Norris to attend.", ["P Norris"]),
    # an earlier meeting's action log run on with owners and status: news of old tasks, not new ones
    ("09.20.06 NO to deal with the wasps nest in the playground NO Completed AS to create sign", None),
    ("An IPS EGM to approve the proposed changes needs to be arranged before sending to FSA.", None),
    # a name a preposition governs, and a motion's own verbs: Wereham, Des Moines
    ("2.1 Co-option of Mr Jonathon Ratsey and Mrs Pamela Walker to fill the two vacant positions was voted for.", None),
    ("Flagg to defer to 1-15-96.", None),
    # the question an errand carries ('asking if they would', 'to see if they could') is its content, not a doubt of it
    # (Stoke Ferry, West Dereham); a condition on the errand ('if they could not attend') is a doubt
    ("It was agreed by parish councillors that the Clerk to write to the occupiers asking if they would arrange to cut "
     "the shrubs back.", ["Clerk"]),
    ("The Clerk to contact Bonnets to see if they could provide a quote.", ["Clerk"]),
    ("The Clerk would write to them if they could not attend.", None),
])
def test_a_minute_style_subject_to_do_after_a_clause_opening(sentence, owners):
    facts = action_signals.scored(sentence, Registry(), action_signals.Context(), 1, 0)
    assert ([name for name, _ in facts[0].owners] if facts else None) == owners


@pytest.fixture(scope="module")
def wild_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in REAL_PAPERS] + [SUFFOLK_2016, GREENVILLE, KENT_CABINET], "wild")


@pytest.mark.parametrize("filename,words,owners", [
    # Stoke Ferry PC: errands after a dash, a councillor's task after a dash, a resolution's bare 'be'
    ("sf_stoke-ferry-pc-minutes-2010-06_index.html", "the letter to be forwarded to Highways", None),
    ("sf_stoke-ferry-pc-minutes-2010-06_index.html", "is overflowing - to be reported to Anglian Water", None),
    ("sf_stoke-ferry-pc-minutes-2010-06_index.html", "Cllr Precey to look into this", "M Precey"),
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "That Ivy between chip shop and offices be investigated", None),
    # the Clerk's letter asks the occupiers a question: her task all the same
    ("sf_stoke-ferry-pc-minutes-2009-01_index.html", "the Clerk to write to the occupiers of both properties", "C Hardy"),
    # Wretton PC: 'will be asked'
    ("sf_wretton-pc-minutes-2020-05-virtual_index.html", "planning case officer will be asked for more information", None),
    # Des Moines City Council: a motion's referrals
    ("dsm_1999-02-22_meeting_minutes.pdf", "refer to Legal Department for preparation", "Legal Department"),
    ("dsm_1999-02-22_meeting_minutes.pdf", "refer comments to the City Manager", "City Manager"),
    # Suffolk Libraries board: beside its action column, an errand in the prose
    ("sl_board-meeting-minutes-2014-01-30.pdf", "will now be shared with UNISON", None),
    # what a meeting agreed should be done: Suffolk Libraries, Northwold PC
    ("sl_board-meeting-minutes-2014-09-25.pdf", "media training for the Board should be arranged", None),
    ("sf_northwold-pc-minutes-2016-09_index.html", "at least three quotes should be obtained", None),
])
def test_real_minutes_of_five_bodies_keep_their_prose_errands(wild_db, filename, words, owners):
    assert _one(_actions(wild_db, filename), words) == owners


def test_real_minutes_procedure_is_no_errand(wild_db):
    found = _actions(wild_db, "sf_wretton-pc-minutes-2020-05-virtual_index.html")
    assert not [d for d in found if "will be signed at the next" in d or "continues to be shared" in d]


@pytest.mark.parametrize("filename,words", [
    # someone's report of what will be done, read by one list of hedges (extract/hedges.py) for both the
    # 'would be published' (actions) and the passive clause's 'will be sent to the Chair' (task_passives)
    ("sf_west-dereham-pc-minutes-2017-04_index.html", "CC advised that it would be published in the Pump"),
    ("sl_board-meeting-minutes-2016-05-26.pdf", "Commissioner mentioned that a formal invitation will be sent"),
    # a referral up to the full Council is the decision going on (Kent's Cabinet, of its scrutiny committee's call-in),
    # a cross-reference to another item is no one's work (Greenville City Council)
    ("kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf", "Members agreed to refer the decision to full Council"),
    ("gvl_Council 2023_05_23.pdf", "Refer to Item 16a"),
])
def test_real_minutes_reports_and_referrals_upward_are_no_errand(wild_db, filename, words):
    found = _actions(wild_db, filename)
    assert found, filename
    assert not [d for d in found if words in d]


def test_a_task_in_a_bulleted_run_keeps_its_own_item(wild_db):
    # Suffolk Libraries: a committee's bullets ran into one sentence; the task is its item, not the run
    found = _actions(wild_db, "sl_board-meeting-minutes-2014-01-30.pdf")
    assert "Amendments to Financial Regulations to be agreed at next meeting" in found
