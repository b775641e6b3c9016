"""A post written after 'and' is the second of two agents, not the only one (action_signals.agent_before): 'Richard
Fawcett and the Community Lead will be in attendance' (Suffolk Libraries' board, 2014-01-30) is owned by both, the
guest the paper does not list included; 'The Chair, Footpath Warden and the Clerk would be attending' (Stoke Ferry,
2018-02) by the three holders its attendance names. Built sentences for the reading, and both bodies' real minutes
read into a real database and shown on their meeting pages (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract import action_signals as signals
from minutebook.extract.people import Person

from .built_registry import present
from .wild_papers import meeting_actions_shown, served_wild

SUFFOLK = "sl_board-meeting-minutes-2014-01-30.pdf"
STOKE_FERRY = "sf_stoke-ferry-pc-minutes-2018-02_index.html"
SUFFOLK_LIST = "sl_board-meeting-minutes-2012-11-19.pdf"  # the pair's task is an item of a run-on bullet list


def _registry():
    registry = present("Cllr Jane Hale", "Cllr Tom Reed")
    registry.add(Person(name="Ann Cole", post="Parish Clerk"))
    return registry


@pytest.mark.parametrize("sentence,owners", [
    ("Cllr Jane Hale and the Clerk will meet the contractor on site.", ["Jane Hale", "Ann Cole"]),
    ("Richard Fawcett and the Clerk will be in attendance.", ["Richard Fawcett", "Ann Cole"]),
    # a thing before 'and the Clerk' is no agent; a list of meetings' participants after 'between' opens no clause
    ("The Summer Fayre and the Clerk will be discussed next month.", []),
    ("There were two meetings between JH, TR and the Clerk to agree the plan.", []),
])
def test_a_post_after_and_is_the_second_agent(sentence, owners):
    facts = signals.scored(sentence, _registry(), signals.Context(), 1, 0)
    assert [name for f in facts for name, _ in f.owners] == owners


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, [SUFFOLK, STOKE_FERRY, SUFFOLK_LIST], "two_agents")


@pytest.mark.parametrize("paper,words,owners", [
    (SUFFOLK, "Richard Fawcett and the Community Lead will be in attendance", ["Richard Fawcett", "Daniel Harvey"]),
    (STOKE_FERRY, "The Chair, Footpath Warden and the Clerk would be attending",
     ["Sue Lintern", "Chris Philpott", "Helen Richardson"]),
    (SUFFOLK_LIST, "The General Manager and the Chair will meet to discuss", ["Alison Wheeler", "Shona Bendix"]),
])
def test_real_minutes_own_the_action_by_both_and_show_them(served, paper, words, owners):
    db, client = served
    rows = list(db.query("select a.id, a.owners from actions a join documents d on d.id = a.document_id "
                         "where d.filename = ? and a.description like ?", [paper, f"%{words}%"]))
    assert len(rows) == 1, rows
    assert rows[0]["owners"].split("; ") == owners
    named = [r["name"] for r in db.query("select p.name from action_owners o join people p on p.id = o.person_id "
                                         "where o.action_id = ?", [rows[0]["id"]])]
    assert sorted(named) == sorted(owners)
    shown = " ".join(meeting_actions_shown(client, db, paper).split())
    assert all(name in shown for name in owners), shown


@pytest.mark.parametrize("sentence,owners", [
    # (actions._first_of_pair: 'Cllr. O. Williams and the Clerk to review the Standing Orders', Manordeilo and Salem;
    # 'The General Manager and the Chair will meet to discuss ...', Suffolk Libraries)
    ("Cllr Jane Hale and the Clerk to review the Standing Orders.", ["Jane Hale", "Ann Cole"]),
    ("The Clerk to review the Standing Orders.", ["Ann Cole"]),
])
def test_a_person_before_and_the_post_owns_the_task_too(sentence, owners):
    from minutebook.extract import actions as act

    facts = act.implicit(sentence, _registry(), 1, 0)
    assert [name for f in facts for name, _ in f.owners] == owners
