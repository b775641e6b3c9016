"""'formally' before a decision verb: after a determiner it makes an adjective ('the formally adopted policy' is no
decision), after its subject it is how the meeting decided ('The Board ... formally adopted the Strategy document.',
Suffolk Libraries, 31 July 2014: a decision the development labels list, missed as an adjective). Sentences, and the
wild paper (skipped without ../shared)."""

import pytest

from minutebook.extract.decisions import judge
from minutebook.extract.passage_decisions import from_sentences

from .wild_papers import needs_wild, paper_decisions

MINUTES = {"doc_kind": "minutes", "meeting_role": "records", "meeting_year": 2014, "body": "Suffolk Libraries Board"}


def source(text):
    facts = from_sentences([text], 1, 0)
    return judge(text, "sentence", facts[0].kind, MINUTES).source if facts else None


@pytest.mark.parametrize("text, decided", [
    ("The Board formally adopted the Strategy document.", "meeting"),
    ("It was formally agreed to close the account.", "meeting"),
    ("The Clerk circulated the formally adopted policy to all members.", None),
    ("Members received a copy of the newly adopted policy.", None),
])
def test_formally_is_an_adjective_only_after_a_determiner(text, decided):
    assert source(text) == decided


@needs_wild
def test_the_board_formally_adopting_its_strategy_is_a_decision():
    found = [d for d in paper_decisions("wild", "sl_board-meeting-minutes-2014-07-31.pdf")
             if "formally adopted the Strategy document" in " ".join(d["text"].split())]
    assert len(found) == 1 and found[0]["source"] == "meeting"
