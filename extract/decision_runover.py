"""A decision cut where its passage ends mid-sentence: a page break, or a gap the reading took for a new
paragraph, split 'It was agreed that the Council should speak to the Community Officer about the problem and
Cllr' from 'Fatemian will chase up ...' (Souldern), 'Woodbridge - this application has been accepted by the Board
subject to' from 'receiving bank account details.' (Suffolk Libraries). The decision runs on to the end of the
first sentence of the next passage; it stays on the page it starts on."""

from __future__ import annotations

import re

# words a sentence does not end on: an article, a preposition, a conjunction, a title before its name (not a comma:
# '... seconded by Cllr Trudy Mann, all agreed,' closes its vote)
_OPEN_ENDING_RE = re.compile(
    r"(?i)(?:\b(?:the|a|an|to|of|and|or|but|by|with|for|in|on|at|from|into|that|which|who|whose|as|than|subject|"
    r"cllr|councillor|mr|mrs|ms|miss|dr|per|be|is|are|was|were|would|should|will|shall|has|have|had|not|its|their|our|"
    r"this|these|those))\s*$")
# a passage that opens with its own number or label is the next item, not the rest of a sentence ('... all agreed,' then
# '100/18 Approval of Assets Register ...', Stoke Ferry)
_LABELLED_RE = re.compile(r"^\W{0,2}(?:\d|\(?[a-z]{1,3}[.)]\s)")
# where a passage ends a sentence (or a list lead-in, or a bracket or quote that closes one)
_CLOSED_RE = re.compile(r"[.!?:;)\]\"”’|]\s*$")
# the next passage's first sentence: up to its first full stop before a space or the end (not an initial's or 'No.')
_FIRST_SENTENCE_RE = re.compile(r"^(?P<s>.{1,300}?(?<!\b[A-Z])(?<!\bNo)(?<!\bno)[.!?])(?=\s|$)", re.S)


def runs_over(text: str, following) -> str | None:
    """What a decision that ends its passage mid-sentence runs on to in the next passage (`following`, a Passage or
    None): that passage's first sentence, when the decision's last word cannot end one or the next passage opens in
    lower case (the rest of a sentence); None when the decision ends a sentence, the next passage is a heading or
    opens a sentence of its own after a closed one, or no sentence ends within reach."""
    if following is None or following.kind not in ("paragraph", "list_item", "table_row"):
        return None
    tail = text.rstrip()
    if not tail or _CLOSED_RE.search(tail):
        return None
    nxt = following.text.strip()
    if not nxt or _LABELLED_RE.match(nxt) or not (_OPEN_ENDING_RE.search(tail) or nxt[0].islower()):
        return None
    m = _FIRST_SENTENCE_RE.match(" ".join(nxt.split()))
    return m.group("s") if m else None
