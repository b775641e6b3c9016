"""Work a meeting's resolution gives a named doer is that doer's action too, on the decision's passage, unless the
item's discussion already set the same task; a resolution that gives the work to no one stays a decision. Real minutes
of three parish councils (Wereham, Stoke Ferry, West Dereham), their archive and its Datasette pages; skipped without
../shared. Built sentences for the general shapes."""

from __future__ import annotations

import html

import pytest

from minutebook.extract.decision_tasks import _assigned, _parts
from minutebook.extract.people import Registry

from .wild_papers import served_wild

PAPERS = ["sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "sf_stoke-ferry-pc-minutes-2018-02_index.html",
          "sf_stoke-ferry-pc-minutes-2017-08_index.html", "sf_west-dereham-pc-minutes-2017-04_index.html"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "decision_tasks")


def _action_of(db, words: str) -> list[dict]:
    return list(db.query("""select h.action_id, h.passage_id, h.page, h.document_id, h.owners, h.description
        from action_history h where h.kind = 'extracted' and h.description like ?""", [f"%{words}%"]))


@pytest.mark.parametrize("resolution, owner", [
    ("That GK log comments online", "Gail Koopowitz"),  # Wereham: a deed no verb list holds
    ("That HR use the highlighted areas in the document provided by Norfolk ALC", "Helen Richardson"),
    ("That Cllr Jim McNeill join the Mill Liaison Committee meeting", "Jim McNeill"),  # Stoke Ferry, a part of five
])
def test_a_resolution_giving_a_named_doer_work_is_their_action_on_its_passage(served, resolution, owner):
    db, client = served
    decisions = list(db.query("select id, passage_id, page, document_id from decisions where text like ?",
                              [f"%{resolution}%"]))
    actions = _action_of(db, resolution)
    assert len(decisions) == 1 and len(actions) == 1, (decisions, actions)
    action, decision = actions[0], decisions[0]
    assert owner in action["owners"]
    assert (action["passage_id"], action["page"], action["document_id"]) == (
        decision["passage_id"], decision["page"], decision["document_id"])
    page = client.get(f"/action/{action['action_id']}")
    assert page.status == 200
    shown = html.unescape(page.text)
    assert resolution in shown and owner in shown


@pytest.mark.parametrize("discussion, resolution", [
    # Stoke Ferry: the Clerk's task in the discussion, then 'Resolved: ... That the Clerk invite the Community Police team'
    ("The Clerk agreed to contact the Local Community Policing team", "That the Clerk invite the Community Police team"),
    # West Dereham: 'The Clerk agreed to respond to the correspondents', then '2) That the Clerk to write a letter of
    # response to those enquiring'
    ("The Clerk agreed to respond to the correspondents", "That the Clerk to write a letter of response"),
])
def test_a_resolution_restating_its_discussion_is_not_stored_twice(served, discussion, resolution):
    db, _ = served
    assert len(_action_of(db, discussion)) == 1
    assert _action_of(db, resolution) == []


@pytest.mark.parametrize("resolution", [
    "That John Cross be appointed as internal auditor",  # Wereham: an appointment, no one given work
    "That the Parish Council noted the consultation but agreed no action was necessary",
])
def test_a_resolution_giving_no_one_work_stays_a_decision(served, resolution):
    db, _ = served
    assert len(list(db.query("select id from decisions where text like ?", [f"%{resolution}%"]))) == 1
    assert _action_of(db, resolution) == []


def test_each_part_of_a_resolution_is_read_for_its_doer():
    registry = Registry()
    text = ("Resolved: (1) That the quote from Smith Fencing be accepted. (2) That the Clerk notify the residents "
            "of the closure. (3) That the Chair sign the contract.")
    assert _parts(text) == ["That the quote from Smith Fencing be accepted.",
                            "That the Clerk notify the residents of the closure.", "That the Chair sign the contract."]
    found = _assigned({"text": text, "page": 1, "passage": 0}, registry)
    assert [(f.description, f.owners) for f in found] == [
        ("That the Clerk notify the residents of the closure.", [("Clerk", "role")]),
        ("That the Chair sign the contract.", [("Chair", "role")])]


def test_an_initial_or_a_title_does_not_cut_a_part():
    assert _parts("It was proposed by Cllr. D. Jenkins, seconded by Cllr. A. Thomas and agreed that Mr Thomas be "
                  "asked to carry out the work.") == [
        "It was proposed by Cllr. D. Jenkins, seconded by Cllr. A. Thomas and agreed that Mr Thomas be asked to carry "
        "out the work."]


def test_an_agreement_to_buy_with_no_doer_is_no_action():
    registry = Registry()
    assert _assigned({"text": "RESOLVED: to purchase two new benches for the green.", "page": 1, "passage": 0},
                     registry) == []
    assert _assigned({"text": "Resolved: That the Council note the report.", "page": 1, "passage": 0}, registry) == []
