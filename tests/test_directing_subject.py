"""The one who will ask or instruct owns the task (extract/directing_subject.py): Souldern's 'JH will instruct
Bob Staig to produce a report' is JH's (Bob Staig is the contractor), Boughton's 'Frank Reid suggested that he ask
the EA to review it' is Frank Reid's. A past or reported direction still gives the task to the one directed. Built
sentences for the wording, and both bodies' real minutes read into a real database (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract.actions import implicit
from minutebook.extract.directing_subject import asking_subject

from .built_registry import present
from .conftest import SHARED
from .wild_papers import ingested

SOULDERN = SHARED / "wild" / "sd_2023-06-29 SPC minutes.pdf"
BOUGHTON = SHARED / "wild" / "sf_boughton-pc-minutes-2014-10_index.html"


@pytest.mark.parametrize("sentence,owner", [
    ("Trees in the wood - Cllr Jane Hale will instruct Bob Staig to produce a report.", "Jane Hale"),
    ("Cllr Frank Reid suggested that he ask the EA to review it.", "Frank Reid"),
    ("The Chair asked Bob Staig to write to the landowner.", "Bob Staig"),  # past: the one asked does it
])
def test_the_asker_owns_a_task_it_will_ask_for(sentence, owner):
    registry = present("Cllr Jane Hale", "Cllr Frank Reid")
    assert [name for f in implicit(sentence, registry, 1, 0) for name, _ in f.owners] == [owner]


@pytest.mark.parametrize("sentence,verb", [
    ("The Chair asked ST to clarify the refresh.", "asked"),
    ("RESOLVED: To set the Precept at £7,800.00, and to instruct the Clerk to communicate this decision.", "instruct"),
    ("Council directed staff to report back.", "directed"),
])
def test_a_past_direction_or_a_resolution_names_no_asker(sentence, verb):
    assert asking_subject(sentence, sentence.index(verb)) is None


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [SOULDERN, BOUGHTON], "directing")


@pytest.mark.parametrize("start,owner", [
    # the Actions Summary's line ('NO June23.03 Trees in NBW - JH will instruct Bob Staig') is a sighting of the
    # paragraph's own task, whose words hold the same clause
    ("JH will instruct Bob Staig", "John Hoodless"),
    ("Frank Reid suggested that he ask the EA", "Frank Reid"),
])
def test_real_minutes_give_the_task_to_the_member_who_will_ask(db, start, owner):
    rows = list(db.query("select owners from actions where description like ?", ["%" + start + "%"]))
    assert rows and all(owner in r["owners"] and "Staig" not in r["owners"] and "EA" not in r["owners"] for r in rows), rows
