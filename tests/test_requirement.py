"""A decision word that only describes what a requirement names is no decision: 'Any offer accepted must be above
this.' (Northwold 2019-04) and '... there would need to be a minimum size agreed.' (Stoke Ferry's extraordinary
meeting 2019-04). The papers' real decisions stay. Real minutes of two bodies in a real database; skipped without
../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.requirement import names_a_requirement

from .conftest import SHARED
from .wild_papers import ingested, texts_of

WILD = SHARED / "wild"
PAPERS = ["sf_northwold-pc-minutes-2019-04_index.html", "sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "requirement")


@pytest.mark.parametrize("paper, words", [(PAPERS[0], "Any offer accepted must be above this"),
                                          (PAPERS[1], "would need to be a minimum size agreed")])
def test_a_requirement_is_no_decision(db, paper, words):
    assert not [t for t in texts_of(db, paper) if words.lower() in t.lower()]


def test_the_papers_real_decisions_stay(db):
    assert len(texts_of(db, PAPERS[0])) >= 10
    assert len(texts_of(db, PAPERS[1])) >= 5


def at(text: str, word: str) -> bool:
    start = text.index(word)
    return names_a_requirement(text, start, start + len(word))


def test_a_body_deciding_what_must_be_done_is_still_a_decision():
    assert at("Any offer accepted must be above this.", "accepted")
    assert not at("The Council agreed that the hedge must be cut.", "agreed")
    assert not at("It was agreed that the headstone must be made safe.", "agreed")
    assert not at("Members agreed the hedge must be cut.", "agreed")
