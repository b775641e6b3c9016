"""An action that lists several things is done when each is (extract/action_parts.py): the list
is read by its layout on the papers of several bodies. The close it stops is in
tests/test_discussed_closes.py."""

from __future__ import annotations

import pytest

from minutebook.extract.action_parts import action_parts, parts_named


def test_a_list_of_four_things_to_do_is_four_parts():
    # Northwold, April 2019
    assert action_parts("Items for Rangers (Clerk to report): - Footpath 6 needs to be cleared of nettles. - Footpath "
                        "sign for FP6 is needed. - Footpath sign for Water Lane Whittington is needed. - Pot hole Hall "
                        "Lane, near dog bin at Village Hall and also outside 20 Methwold Road.") == [
        "Footpath 6 needs to be cleared of nettles", "Footpath sign for FP6 is needed",
        "Footpath sign for Water Lane Whittington is needed",
        "Pot hole Hall Lane, near dog bin at Village Hall and also outside 20 Methwold Road"]


@pytest.mark.parametrize("text", [
    # Stoke Ferry, June 2010: a title's dash and an aside's pair are no list
    "Sharing Costs for The Common – to date the Clerk has not received a response from Wretton PC – she will chase this again",
    "Governance & The Guild – It was agreed to accept the recommendation of the Governance Committee",
])
def test_a_sentence_s_own_dashes_are_no_list(text):
    assert action_parts(text) == []


def test_a_part_is_named_by_a_word_of_its_own():
    parts = [["document", "management", "system"], ["part", "meeting", "separate"], ["naming", "document"],
             ["track", "log"]]
    assert parts_named(parts, {"document", "management", "system", "bank", "mandate"}) == 2
