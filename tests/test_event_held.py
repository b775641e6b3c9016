"""An action to attend or hold an event is done once a later paper, after the date its own paper gave
for the event, speaks of the event by name (ingest/event_held): Suffolk Libraries' board, whose later
minutes report the meetings its members were to attend without ever saying 'attended'. A later word on
something else the action names is not the event (the Friends of Halesworth Library's trustees, asked
to attend the Events Group meeting, and the market the group ran). Real papers, a real database and
the site's action page; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.action_match import Vocabulary
from minutebook.extract.action_status import Reading
from minutebook.ingest.event_held import event_of, held

from .conftest import SERIES, SHARED
from .wild_papers import action_described, action_page, ingested

WILD = SHARED / "wild"


@pytest.fixture(scope="module")
def suffolk_db(tmp_path_factory):
    # all of the body's papers: a word's weight is its rarity across them
    return ingested(tmp_path_factory, sorted(WILD.glob("sl_board-meeting-minutes-*")), "suffolk_events")


@pytest.fixture(scope="module")
def trustees_db(tmp_path_factory):
    return ingested(tmp_path_factory, sorted((SERIES / "fohcl").glob("fohcl_*.pdf")), "trustees_events")



def test_offered_to_attend_is_done_once_the_negotiations_are_reported(suffolk_db):
    """25 Sep 2014: 'Two Board members have been invited to attend the Contract Sum negotiation meetings
    with SCC. SK and JO offered to attend. The first meeting will take place on 1st October 2014.'
    27 Nov: 'Contract Sum Negotiations The Chair discussed the contract sum negotiations with the Board.'"""
    row = action_described(suffolk_db, "SK and JO offered to attend")
    assert (row["status"], row["completed_in"]) == ("completed", "2014-11-27")
    page = action_page(suffolk_db, row["id"])
    assert "contract sum negotiations" in page[page.index('id="action-trail"'):]


def test_attending_a_rescheduled_meeting_is_done_once_it_is_reported(suffolk_db):
    """30 Jan 2014, matters arising: 'Item 3 – the Halesworth meeting was cancelled and has been rescheduled
    for 10th March 2014. The General Manager, Community Lead and Vice Chair will be attending.' 20 Mar: 'SK
    reported that the Halesworth Community Group had been advised on correct procedure'."""
    row = action_described(suffolk_db, "Halesworth – the General Manager will be visiting")
    assert (row["status"], row["completed_in"]) == ("completed", "2014-03-20")


def test_news_of_something_else_the_action_names_is_not_the_event(trustees_db):
    """4 Aug 2015: 'Trustees were asked if they could attend the next Events Group meeting, 24th August 1pm, if
    they are available to assist at the Antiques Street Market.' 27 Oct, under 'Update from the Events Group':
    'It was evident from the Antiques Street Market that many people are not aware ...': the market, not the
    meeting they were to attend (the trustees' gold keeps it open)."""
    row = action_described(trustees_db, "Trustees were asked if they could attend the next Events Group meeting")
    assert row["status"] == "open"


def test_the_event_is_what_is_attended_and_when():
    vocab = Vocabulary([])
    text = "Alison and Sheila agreed to attend the Community Forum being held at The Riverside 30th June."
    event = event_of(text, text, "2015-06-02", vocab)
    assert event is not None and event.on == "2015-06-30" and {"forum", "rivers"} <= event.words
    mentioned = Reading("open", "mentioned", "")
    assert held(event, mentioned, "Feedback from the Community Forum at the Riverside", "2015-08-04").status == "completed"
    # before the date, or deferred, it has not been held; and an action that attends nothing has no event
    assert held(event, mentioned, "Feedback from the Community Forum at the Riverside", "2015-06-20").status == "open"
    assert held(event, Reading("open", "deferred", "postponed"), "The Community Forum was postponed",
                "2015-08-04").state == "deferred"
    # news that it goes on is news of its own, not a mention
    assert held(event, Reading("open", "ongoing", "ongoing"), "The Community Forum meetings are ongoing",
                "2015-08-04").state == "ongoing"
    assert event_of("A survey will be sent to all staff who attended the forums on 30th June.", "", "2015-06-02",
                    vocab) is None
