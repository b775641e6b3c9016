"""A bare 'Clerk to write.' or 'Clerk to action both.' gives the ownerless task before it its owner, one action
(extract/action_matter.BARE_TASK_RE): Stoke Ferry's 'BT should be asked to fulfil their duty of maintaining it.
Clerk to write.', Northwold's 'It was also agreed that a comment be sent to the BCKLWN ... Clerk to action both.'
Real minutes of both parish councils read into a real database (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract.action_matter import is_bare_task

from .conftest import SHARED
from .wild_papers import ingested

STOKE_FERRY = SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2015-07_index.html"
NORTHWOLD = SHARED / "wild" / "sf_northwold-pc-minutes-2019-04_index.html"


@pytest.mark.parametrize("task,bare", [
    ("Clerk to write.", True), ("Clerk to action both.", True), ("NC to respond.", True),
    ("Clerk to write to All Saints Academy, explaining the move.", False), ("Clerk to inform the police.", False),
])
def test_a_letter_with_no_addressee_is_a_bare_task(task, bare):
    assert is_bare_task(task) is bare


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [STOKE_FERRY, NORTHWOLD], "bare_letters")


@pytest.mark.parametrize("matter,bare", [
    ("BT phone box on The Hill: BT should be asked to fulfil their duty", "Clerk to write."),
    ("It was also agreed that a comment be sent to the BCKLWN", "Clerk to action both."),
])
def test_the_bare_task_owns_the_matter_before_it_as_one_action(db, matter, bare):
    rows = list(db.query("select owners from actions where description like ?", [matter + "%"]))
    assert len(rows) == 1 and rows[0]["owners"] not in (None, "", "[]"), rows
    assert not list(db.query("select id from actions where description = ?", [bare]))
