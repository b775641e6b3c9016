"""Whether a decision names what it decides only by pointing back: 'The Board agreed to adopt this
policy.', 'The Board accepted the application.', 'All agreed to continue with this.', 'This project was
unanimously approved.' What 'this policy' is, the sentences before say; stored alone, the decision
tells a reader nothing (the judges' 'lacks its subject' rows, several bodies)."""

from __future__ import annotations

import re

# the words that stand for something said before: a demonstrative or pronoun, and the general noun it may lead
# ('this policy', 'its submission'), or 'the' with such a noun ('the proposal', 'the application')
GENERAL_NOUNS = (r"proposals?|applications?|requests?|recommendations?|reports?|papers?|polic(?:y|ies)|documents?|approach|"
                 r"items?|matters?|suggestions?|ideas?|plans?|changes?|submissions?|projects?|quotes?|quotations?|schemes?|"
                 r"arrangements?|amendments?|options?|issues?|actions?|points?|terms|wording|draft|version|figures|course")
REFERENCE_RE = re.compile(
    # 'that' alone is as often the conjunction ('RESOLVED that:'): only with its noun
    rf"(?i)\b(?:(?:this|these|those|its|their|such)(?:\s+(?:{GENERAL_NOUNS})\b)?|that\s+(?:{GENERAL_NOUNS})\b|it|them|they|"
    rf"the\s+(?:above|same|latest|revised|final|new|amended)?\s*(?:{GENERAL_NOUNS}))\b")
# the words of the decision itself and of who took it: none of them says what was decided
DECIDING_WORDS = {
    "agreed", "agree", "agrees", "approved", "approve", "accepted", "accept", "adopted", "adopt", "endorsed", "endorse",
    "resolved", "decided", "carried", "supported", "support", "confirmed", "ratified", "noted", "deferred", "rejected",
    "reviewed", "discussed", "considered", "debated", "continue", "proceed", "progress", "progressed", "with", "unanimously",
    "duly", "also", "then", "therefore", "subsequently", "formally", "fully", "both", "were", "was", "been", "have", "has",
    "had", "would", "will", "should", "that", "there", "and", "the", "all", "everyone", "members", "member", "councillors",
    "cllrs", "board", "committee", "council", "parish", "town", "meeting", "trustees", "directors", "governors", "panel",
    "group", "forum", "present", "voted", "vote", "favour", "favor",
}


def points_back(text: str) -> bool:
    """A short decision whose only object or subject refers back: once its references and the
    words of deciding are set aside, no word is left that names a thing."""
    if len(text) > 120 or text.rstrip().endswith(":") or not REFERENCE_RE.search(text):
        return False
    rest = REFERENCE_RE.sub(" ", text)
    return not any(len(w) > 2 and w.lower() not in DECIDING_WORDS for w in re.findall(r"[A-Za-z][A-Za-z’']+", rest))


def referent(text: str, before: list[str], reach: int = 4, most: int = 400) -> list[str] | None:
    """The sentences before a decision back to the one that names what its reference stands for:
    'this policy' goes back to 'CCTV Policy This policy refers to ...', 'this request' to '... concerning
    a request to erect a Crownstone Headstone'. None when the reference has no noun of its own ('this',
    'it') or no sentence within reach holds it."""
    noun = next((m.group(0).split()[-1].lower() for m in REFERENCE_RE.finditer(text) if len(m.group(0).split()) > 1), None)
    if noun is None:
        return None
    stem = re.sub(r"(?:ies|y|s)$", "", noun)
    holds = re.compile(rf"(?i)\b{re.escape(stem)}(?:y|ies|s)?\b")
    for k in range(len(before) - 1, max(len(before) - reach, 0) - 1, -1):
        if sum(map(len, before[k:])) > most:
            return None
        if holds.search(before[k]):
            return before[k:]
    return None
