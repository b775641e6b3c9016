"""An action 'to be brought to the next meeting' is settled at the meeting that discusses it, but
only by a sentence that more than one thing says is about it (extract/close_evidence), as for any
close: Suffolk Libraries' board closed 'IT Fines/Spydus Reliability …' by 'The Board agreed to an
investigation of a plug-in option …' and 'IT Service Specification Update …' by the next
meeting's talk of other things (a judge found five such closes wrong). The trustees' run of
minutes, whose gold settles its 'next meeting' items so, keeps them (tests/test_action_series).
Real files, a real database; skipped without ../shared."""

import pytest

from .conftest import SHARED
from .wild_papers import action_described, ingested

WILD = SHARED / "wild"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    # all of the body's papers: a word's weight is its rarity across them
    return ingested(tmp_path_factory, sorted(WILD.glob("sl_board-meeting-minutes-*")), "discussed")


@pytest.mark.parametrize("start", [
    "IT Fines/Spydus Reliability",
    "IT Service Specification Update",
])
def test_talk_of_other_things_settles_no_next_meeting_item(db, start):
    assert action_described(db, start)["status"] == "open"


def test_a_post_named_in_full_takes_up_no_item(db):
    """29 May 2014: 'The Society's reserves need to be addressed. The Business and Performance
    Manager will produce a paper for the next Finance and Audit Committee which will be brought to
    the next Board meeting.' 31 Jul: 'Management Accounts The Business and Performance Manager gave
    the following highlights of the report'. The post both name is who does the work, not what it
    is about: the management accounts are no meeting taking up the paper on the reserves."""
    row = action_described(db, "The Business and Performance Manager will produce a paper")
    assert not list(db.query("select 1 from action_history where action_id = ? and text like '%Management Accounts%'",
                             [row["id"]]))
