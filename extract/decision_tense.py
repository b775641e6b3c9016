"""The tense a decision is minuted in. A past perfect ('had agreed', 'had been approved') tells of
a decision taken before the meeting; a present perfect whose subject or agent is the meeting's own
body is how many minutes record what the meeting itself did: 'The Board have agreed the employment
of a contract Project Manager', 'Ixworth – this application has been accepted by the Board' (under
the paper's own 'Decisions' item), 'Council have adopted and signed new code of conduct'."""

from __future__ import annotations

import re

# the present perfect straight before the verb: 'have agreed', 'has been accepted', 'have now formally adopted';
# not a negation ('has not been agreed': no decision), nor the past perfect 'had'
ADVERB = r"(?:\s+(?:now|since|also|duly|formally|unanimously))?"
PRESENT_PERFECT_RE = re.compile(rf"(?i)\b(?:has|have){ADVERB}(?:\s+been)?{ADVERB}\s*$")


def present_perfect(head: str) -> bool:
    """Whether the words before a decision's verb put it in the present perfect."""
    return bool(PRESENT_PERFECT_RE.search(head))


def without_auxiliary(subject: str) -> str:
    """The subject without the perfect's auxiliary after it: 'The Board have' -> 'The Board'."""
    return PRESENT_PERFECT_RE.sub("", subject).strip()


def agent_name(who: str) -> str:
    """The name at the head of an agent's words: 'the Board subject to receiving ...' -> 'the Board',
    'the County Council' whole."""
    words = []
    for w in who.split():
        if not (w[:1].isupper() or w.lower() in ("the", "of", "and", "&")):
            break
        words.append(w)
    return " ".join(words)
