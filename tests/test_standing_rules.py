"""A 'should be <done>' that says how or how often things are to be done from now on is a standing rule, not a task
(hedges.STANDING_RE): Kent's corporate parenting panel ('children should be placed as close to home as possible'),
Souldern ('The gullies should be cleared annually': the county's round) and Suffolk Libraries' board ('these should be
reviewed annually': its financial regulations' yearly review). Haste is no standing rule. Built sentences for the
wording, and the real minutes of the three bodies read into a real database (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract import actions, task_passives
from minutebook.extract.people import Registry

from .conftest import SHARED
from .wild_papers import ingested, texts_of

PAPERS = {"kcc_CPP Minutes 29.10.24.pdf": SHARED / "real",
          "sd_2025-10-30 SPC minutes.pdf": SHARED / "wild",
          "sl_board-meeting-minutes-2013-02-26.pdf": SHARED / "wild"}


@pytest.mark.parametrize("sentence", [
    "The gullies should be cleared annually.",
    "The Board accepted the changes and these should be reviewed annually.",
    "The noticeboard should be checked regularly.",
    "Agendas should be published on an ongoing basis.",
])
def test_how_often_a_thing_is_done_is_no_task(sentence):
    assert actions.implicit(sentence, Registry(), 1, 0) == []
    assert task_passives.scored(sentence, Registry(), 1, 0) == []


@pytest.mark.parametrize("sentence", [
    "The gullies on Fox Lane should be cleared.",
    "It was agreed that the matter should be reported as soon as possible to Highways.",
])
def test_a_task_said_once_or_urgently_stays_a_task(sentence):
    assert actions.implicit(sentence, Registry(), 1, 0) or task_passives.scored(sentence, Registry(), 1, 0)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [folder / name for name, folder in PAPERS.items()], "standing")


@pytest.mark.parametrize("filename,words", [
    ("kcc_CPP Minutes 29.10.24.pdf", "placed as close to home as possible"),
    ("sd_2025-10-30 SPC minutes.pdf", "gullies should be cleared annually"),
    ("sl_board-meeting-minutes-2013-02-26.pdf", "these should be reviewed annually"),
])
def test_three_bodies_standing_rules_are_no_action(db, filename, words):
    found = texts_of(db, filename, "actions", "description")
    assert found, filename  # the paper's other tasks are read
    assert not [d for d in found if words in d]
