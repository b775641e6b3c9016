"""Initials a paper defines for two people are neither's alone (registry.Registry.shared): Suffolk Libraries' board
minutes of 2012-11-19 print 'Mike Hosking (MH)' among the attendees and 'Marion Harvey (MH)' among the staff
observers, and 'MH and CC will manage this' under the Staff Advisory Group item that Marion Harvey and Charlotte
Clark presented is hers, not the board member's. The code goes to the one of its holders the passage names, and
stays the code as printed when the passage names neither or both. Built registries for the reading, and the real
minutes read into a real database and shown on their meeting page (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract.action_facts import _owner
from minutebook.extract.people import Person, Registry
from minutebook.extract.people_facts import derived_initials

from .wild_papers import meeting_actions_shown, served_wild

SUFFOLK = "sl_board-meeting-minutes-2012-11-19.pdf"


def _registry() -> Registry:
    registry = Registry()
    registry.add(Person(name="Mike Hosking", initials="MH"))
    registry.add(Person(name="Charlotte Clark", initials="CC"))
    registry.add(Person(name="Marion Harvey", initials="MH"))
    registry.add(Person(name="Mike Hosking"))  # named again in the text, as a paper's prose does: no new definition
    derived_initials(registry)
    return registry


def test_a_code_defined_for_two_people_is_neither_alone():
    registry = _registry()
    assert registry.shared == {"MH": ["Mike Hosking", "Marion Harvey"]}
    assert registry.resolve("MH") == "MH"
    assert registry.resolve("CC") == "Charlotte Clark"
    assert "MH" not in registry.export()["initials"]


@pytest.mark.parametrize("passage,owner", [
    ("Marion Harvey and Charlotte Clark presented a way forward. MH and CC will manage this.", ("Marion Harvey", "person")),
    ("Mike Hosking reported on the accounts. MH will write to the bank.", ("Mike Hosking", "person")),
    ("MH will write to the bank.", ("MH", "group")),  # the paper does not say which: the code as printed, no guess
    ("Mike Hosking and Marion Harvey spoke. MH will write.", ("MH", "group")),
])
def test_the_holder_the_passage_names_owns_it(passage, owner):
    assert _owner("MH", "person", _registry(), passage) == owner


def test_a_definition_beats_initials_derived_from_a_name():
    registry = Registry()
    registry.add(Person(name="Mary Hill"))
    derived_initials(registry)
    assert registry.resolve("MH") == "Mary Hill"
    registry.add(Person(name="Martin Hughes", initials="MH"))
    assert registry.resolve("MH") == "Martin Hughes" and not registry.shared


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, [SUFFOLK], "shared_initials")


def test_real_minutes_give_the_staff_observers_task_to_her(served):
    db, client = served
    rows = list(db.query("select a.id, a.owners from actions a join documents d on d.id = a.document_id "
                         "where d.filename = ? and a.description like ?", [SUFFOLK, "%MH and CC will manage this%"]))
    assert len(rows) == 1, rows
    assert rows[0]["owners"].split("; ") == ["Marion Harvey", "Charlotte Clark"]
    named = [r["name"] for r in db.query("select p.name from action_owners o join people p on p.id = o.person_id "
                                         "where o.action_id = ?", [rows[0]["id"]])]
    assert sorted(named) == ["Charlotte Clark", "Marion Harvey"]
    shown = " ".join(meeting_actions_shown(client, db, SUFFOLK).split())
    assert "Marion Harvey" in shown and "Mike Hosking" not in shown, shown
