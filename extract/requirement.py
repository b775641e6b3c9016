"""A decision word that only names what is required is no decision: 'Any offer accepted must be above this'
(Northwold 2019-04, the condition on a sale) and 'if there was a green space within the development there would need
to be a minimum size agreed' (Stoke Ferry 2019-04, what a plan should hold). The word stands after the thing it
describes, as a participle, with no one deciding, in a sentence whose verb is a requirement ('must be', 'need to
be'). A body deciding that something must be done ('The Council agreed that the hedge must be cut') has its subject
and its 'that' and is read as before."""

from __future__ import annotations

import re

REQUIREMENT_RE = re.compile(r"(?i)\b(?:must|needs?\s+to|have\s+to|has\s+to)\s+be\b")
# what closes the participle: the requirement itself, or the sentence's end
CLOSES_RE = re.compile(r"(?i)\s*(?:(?:must|needs?\s+to|have\s+to|has\s+to)\s+be\b|[.;:!?]|$)")
# words before a decision verb that make it finite, or name who decided
NOT_A_THING = {"was", "were", "is", "are", "be", "been", "being", "it", "and", "that", "which", "who", "had", "has", "have",
               "not", "also", "then", "all", "so", "members", "councillors", "everyone", "council", "committee", "board",
               "meeting", "trustees", "we", "they", "he", "she", "i"}


def names_a_requirement(text: str, start: int, end: int) -> bool:
    """Whether the decision word at text[start:end] describes a thing a requirement sentence names."""
    sentence_start = max(text.rfind(c, 0, start) for c in ".;:!?\n") + 1
    sentence_end = min([i for i in (text.find(c, end) for c in ".;!?\n") if i >= 0] or [len(text)])
    before = re.findall(r"[A-Za-z’'-]+", text[sentence_start:start])
    if not before or not before[-1].islower() or before[-1] in NOT_A_THING or before[-1].endswith("ly"):
        return False
    return bool(CLOSES_RE.match(text[end:])) and bool(REQUIREMENT_RE.search(text[sentence_start:sentence_end]))
