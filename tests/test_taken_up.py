"""An invitation or request the same sentence reports taken up at once is no task (extract/taken_up.py): Kent's
'The Chairman invited Members to speak and tributes were made by ...', Stoke Ferry's 'Cllr Colin Sampson was invited
to share his views and he advised that ...', West Dereham's 'LH was invited to join the Council and was given a
Declaration of Acceptance to sign'. An errand accepted ('and agreed to'), or one the asker goes on from ('and asked
for comments'), stays a task. Nor is a deed timed to the meeting being recorded: Northwold's 'Cllr Storey was asked to
provide his NCC update at this point', Boughton's 'I will be seeking a decision from Council at the end of this
report'. Built sentences for the wording, and the bodies' real minutes read into a real database and its meeting
pages (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract import action_signals as signals
from minutebook.extract.actions import implicit
from minutebook.extract.taken_up import taken_up, timed_now

from .built_registry import present
from .wild_papers import meeting_actions_shown, served_wild

KENT = "kcc_19 December 2024 - County Council minutes.pdf"
STOKE_FERRY = "sf_stoke-ferry-pc-minutes-2018-02_index.html"
WEST_DEREHAM = "sf_west-dereham-pc-minutes-2013-09_index.html"
NORTHWOLD = "sf_northwold-pc-minutes-2019-04_index.html"
BOUGHTON = "sf_boughton-pc-minutes-2014-10_index.html"


@pytest.mark.parametrize("rest,done", [
    (" and tributes were made by Mr Gough", True),
    (" his views and he advised that the works had stopped", True),
    (" the Council and was given a Declaration of Acceptance to sign", True),
    (" the site visit and had since submitted his estimate", True),
    (" into this and agreed to report back", False),  # accepted, not done
    (" the documents and asked for comments", False),  # the asker goes on
    (" the planning team for an update, and whether it was being called in", False),  # what the errand asks
    (" the owners and report back at the next meeting", False),
])
def test_what_the_sentence_goes_on_to_report_done(rest, done):
    assert taken_up(rest) is done


@pytest.mark.parametrize("rest,now", [
    (" his NCC update at this point", True),
    (" a decision from Council at the end of this report", True),
    (" the planning application later in the meeting", True),
    (" his NCC update at the next meeting", False),
    (" this at this meeting", False),  # 'this meeting' may be the next one the sentence before named
])
def test_a_deed_timed_to_the_meeting_recorded(rest, now):
    assert timed_now(rest) is now


def test_a_turn_in_this_meeting_sets_no_task():
    registry = present("Cllr Martin Storey")
    assert implicit("Cllr Storey was asked to provide his NCC update at this point.", registry, 1, 0) == []
    assert implicit("Cllr Storey was asked to provide his NCC update at the next meeting.", registry, 1, 0)
    context = signals.Context()
    assert signals.scored("Cllr Storey will be seeking a decision from Council at the end of this report.", registry,
                          context, 1, 0) == []
    assert signals.scored("Cllr Storey will be seeking a decision from Council at the next meeting.", registry,
                          context, 1, 0)


def test_a_direction_taken_up_at_once_sets_no_task():
    registry = present("Mr Gough")
    assert implicit("The Chairman invited Members to speak and tributes were made by Mr Gough.", registry, 1, 0) == []
    assert implicit("The Chairman invited Members to speak to their residents about the scheme.", registry, 1, 0)


def test_an_invitation_taken_up_at_once_scores_no_task():
    registry = present("Cllr Colin Sampson")
    context = signals.Context()
    done = "Cllr Colin Sampson was invited to share his views and he advised that the works had stopped."
    assert signals.scored(done, registry, context, 1, 0) == []
    still = "Cllr Colin Sampson was invited to share his views with the Borough Council."
    assert [name for f in signals.scored(still, registry, context, 1, 0) for name, _ in f.owners] == ["Colin Sampson"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, [KENT, STOKE_FERRY, WEST_DEREHAM, NORTHWOLD, BOUGHTON], "taken_up")


@pytest.mark.parametrize("paper,done,kept", [
    (KENT, "invited Members to speak", None),
    (STOKE_FERRY, "was invited to share his views", "The Clerk agreed to"),
    (WEST_DEREHAM, "was invited to join the Council", "NALC"),
    (NORTHWOLD, "provide his NCC update at this point", "Clerk to"),
    (BOUGHTON, "seeking a decision from Council at the end of this report", "Frank Reid suggested that he ask"),
])
def test_real_minutes_keep_no_task_the_meeting_saw_done(served, paper, done, kept):
    db, client = served
    stored = [r["description"] for r in db.query(
        "select a.description from actions a join documents d on d.id = a.document_id where d.filename = ?", [paper])]
    assert not [s for s in stored if done in s], stored
    shown = meeting_actions_shown(client, db, paper)
    assert done not in shown
    if kept:  # the paper's other tasks are still read and shown
        assert any(kept in s for s in stored) and kept in shown
