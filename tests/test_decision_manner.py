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


SOULDERN = {"doc_kind": "minutes", "meeting_role": "records", "meeting_year": 2024, "body": "Souldern Parish Council"}


@pytest.mark.parametrize("text, decided", [
    # minutes signed as their true record are minutes approved (Souldern; West Dereham's 'they were signed as a true
    # record' after 'CC confirmed ...' is read too, as what a speaker told)
    ("The minutes of the Annual Parish Meeting held on 25th May 2023 were checked for content and accuracy and signed as "
     "a true record of the meeting.", "meeting"),
    ("CC confirmed all Councillors had seen the minutes of the meeting held on 2 March 2017 and they were signed as a "
     "true record.", "reported"),
    # other things signed are no decision
    ("The cheques were signed by the Chairman.", None),
    ("The contract was signed and will be returned to OCC.", None),
    ("PW signed the Declaration of Acceptance of Office.", None),
])
def test_minutes_signed_as_a_true_record_are_approved(text, decided):
    facts = from_sentences([text], 1, 0)
    assert (judge(text, "sentence", facts[0].kind, SOULDERN).source if facts else None) == decided
    if facts:
        assert facts[0].kind == "approved"
