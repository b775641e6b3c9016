"""A view the members shared is no decision: 'It was agreed that this was an Environment Agency responsibility' (West
Dereham 2013-09) and 'the Parish Council agreed that there were still certain Health and Safety issues that were of
concern' (Stoke Ferry 2018-02) settle nothing. The papers' real decisions stay, among them Stoke Ferry's answer to a
planning application 'It was agreed that there were no objections, and this was proposed ... seconded'. Real minutes
of two bodies in a real database; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.shared_view import states_a_view

from .conftest import SHARED
from .wild_papers import ingested, texts_of

WILD = SHARED / "wild"
PAPERS = ["sf_west-dereham-pc-minutes-2013-09_index.html", "sf_stoke-ferry-pc-minutes-2018-02_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "shared_view")


@pytest.mark.parametrize("paper, words", [(PAPERS[0], "this was an Environment Agency responsibility"),
                                          (PAPERS[1], "there were still certain Health and Safety issues")])
def test_a_shared_view_is_no_decision(db, paper, words):
    assert not [t for t in texts_of(db, paper) if words.lower() in t.lower()]


def test_the_papers_real_decisions_stay(db):
    assert [t for t in texts_of(db, PAPERS[1]) if "agreed that there were no objections" in t]
    assert len(texts_of(db, PAPERS[0])) >= 3
    assert len(texts_of(db, PAPERS[1])) >= 5


def test_a_view_that_goes_on_to_settle_something_is_still_a_decision():
    assert states_a_view("It was agreed that this was an Environment Agency responsibility.")
    assert not states_a_view("It was agreed that it is safe for the time being - it was agreed that the product should be purchased.")
    assert not states_a_view("It was agreed that there were no objections, proposed by Cllr Mann and seconded by Cllr Tomkins.")
    assert not states_a_view("It was agreed that the minutes were a true record.")
