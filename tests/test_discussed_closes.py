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
