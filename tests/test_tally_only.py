"""A count by sides printed on its own after a motion ('9 for, 1 abstention.', '7 Votes for 1 Against - Carried.', '4 in
favour, 2 against, JB abstained.') is that motion's vote, not a decision of its own: one test of the words (a tally and
nothing the vote was on) in place of one body's pattern. Real minutes of Northwold and Stoke Ferry parish councils,
skipped without ../shared; built sentences for other wordings."""

from __future__ import annotations

import pytest

from minutebook.extract.decisions import is_outcome_only
from minutebook.extract.passage_decisions import from_sentences

from .conftest import SHARED
from .wild_papers import paper_decisions

needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild (a fresh clone has none)")


@needs_wild
@pytest.mark.parametrize("paper, words, votes", [
    ("sf_northwold-pc-minutes-2016-09_index.html", "quote from CGM for work on two trees", (9, None, 1)),
    ("sf_northwold-pc-minutes-2016-09_index.html", "It was proposed that the quote be accepted", (8, 2, None)),
    # the motion and its vote, one row: the vote was a row of its own, with no motion
    ("sf_stoke-ferry-pc-minutes-2012-10_index.html", "proposed accepting the amended Standing Orders", (7, None, 1)),
    ("sf_stoke-ferry-pc-minutes-2012-10_index.html", "proposed returning to the practice of publishing draft minutes", (7, 1, None)),
])
def test_a_tally_is_the_vote_of_the_motion_before(paper, words, votes):
    found = [d for d in paper_decisions("wild", paper) if words in d["text"]]
    assert [(d["votes_for"], d["votes_against"], d["votes_abstain"]) for d in found] == [votes]
    assert not [d for d in paper_decisions("wild", paper) if d["text"].startswith(("7 Votes", "9 for", "8 for"))]


@pytest.mark.parametrize("sentence", ["6 for, 2 against.", "5 in favour, 3 abstentions - carried.", "5 votes for 2 against",
                                      "3 in favour, 4 against, PB abstained."])
def test_built_tallies_are_outcomes_only(sentence):
    assert is_outcome_only(sentence)


@pytest.mark.parametrize("sentence", ["It was agreed to buy 6 benches for the park, 2 against.",
                                      "6 for the playground and 2 against the bypass were counted in the survey"])
def test_a_count_with_what_it_is_about_is_no_bare_tally(sentence):
    assert not is_outcome_only(sentence)


def test_a_built_tally_joins_its_motion():
    facts = from_sentences(["Cllr Amos proposed buying a new bench, seconded by Cllr Bell.", "6 for, 2 against."], 1, 0)
    assert [(f.text, f.votes_for, f.votes_against) for f in facts] == [
        ("Cllr Amos proposed buying a new bench, seconded by Cllr Bell. 6 for, 2 against.", 6, 2)]
