"""A resolution block restating the task its item's discussion set is that task: one action, not two,
and 'Resolved:' is what the meeting decided, not news that something was done. Real minutes of two
parish councils (Stoke Ferry, West Dereham); skipped without ../shared."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract.action_status import reading
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"
PAPERS = ["sf_stoke-ferry-pc-minutes-2017-08_index.html", "sf_west-dereham-pc-minutes-2017-04_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    papers = [WILD / n for n in PAPERS]
    if not all(p.is_file() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping two councils' minutes")
    path = tmp_path_factory.mktemp("resolutions") / "resolutions.db"
    ingest([str(p) for p in papers], str(path))
    return sqlite_utils.Database(path)


@pytest.mark.parametrize("discussion, resolution", [
    # the rabbits: 'TM agreed to research other humane ways', then 'Resolved: That TM investigate methods ...'
    ("After discussion it was agreed that the Parish Council did not wish to purchase the fencing",
     "Resolved: That TM investigate methods of reducing the presence of rabbits"),
    ("The Clerk agreed to discuss with Andy Wallace", "Resolved: 1) That the Clerk contact Andy Wallace"),
    ("LH agreed to discuss with the Natural Death Centre", "RESOLVED: 1) LH to discuss Woodland Burials"),
])
def test_a_resolution_restating_its_discussion_is_the_same_action(db, discussion, resolution):
    rows = list(db.query("""select h.action_id, h.description from action_history h
        where h.kind = 'extracted' and (h.description like ? or h.description like ?)""",
                         [discussion + "%", resolution + "%"]))
    assert len(rows) == 2, rows
    assert rows[0]["action_id"] == rows[1]["action_id"]
    action = db["actions"].get(rows[0]["action_id"])
    assert action["description"].startswith(discussion) and action["status"] == "open"


def test_the_clerks_other_task_of_the_item_is_not_the_resolution(db):
    # the Clerk's other task under the same item, just before: the resolution names Andy Wallace, not the list
    rows = list(db.query("select action_id, description from action_history where kind = 'extracted' and "
                         "(description like 'The Clerk agreed to provide them with the previous list%' or "
                         "description like 'Resolved: 1) That the Clerk contact Andy Wallace%')"))
    assert len(rows) == 2 and len({r["action_id"] for r in rows}) == 2, rows


def test_a_resolution_is_no_news_that_something_was_done():
    assert reading("Resolved: That TM investigate methods of reducing the presence of rabbits") is None
    assert reading("It was resolved that the PC would support the residents") is None
    assert reading("RESOLVED: 1) Clerk to contact Bonnetts") is None
    assert reading("The issue with the drain has been resolved.").status == "completed"
    # a task to find something out is done when it was
    assert reading("TM had investigated possible deterrents for the rabbit population").status == "completed"
    assert reading("CS confirmed that he had passed on the message to the Borough Council").status == "completed"
    assert reading("He will pass on the message to the Borough Council") is None


def test_a_condition_or_nothing_heard_is_no_news_that_it_was_done():
    # Suffolk Libraries' board: what is to follow once something has happened
    assert reading("It was agreed that once the structure recruitment has finished, a summary of the strategy "
                   "should be added to the Intranet.") is None
    # told in the past tense, a sequence: done
    assert reading("Once the current grant was signed off the defibrillators were ordered.").status == "completed"
    # Stoke Ferry, Souldern: nothing received or heard is not done
    said = reading("The Clerk and CS advised that nothing had been received since the last meeting.")
    assert (said.status, said.state) == ("open", "not_done")
    said = reading("Although due at the end of August, nothing has yet been heard from the auditors.")
    assert (said.status, said.state) == ("open", "not_done")



def test_a_participle_clause_about_something_else_defers_nothing():
    # Souldern: the agreement was signed; only the fee's increase is deferred
    said = reading("An agreement with the football club has now been signed and they have agreed to pay £200 per "
                   "year, the increase being deferred for a year, towards the cost of mowing the playing field.")
    assert (said.status, said.state) == ("completed", "done")
    # the Friends of Halesworth Library, a parish council: an item deferred is still deferred
    assert reading("Website - deferred until next meeting").state == "deferred"
    assert reading("The item was deferred to the next meeting").state == "deferred"
