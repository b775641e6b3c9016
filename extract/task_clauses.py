"""A sentence that sets work for two owners, each in a clause of its own, is two tasks.

Minutes join the tasks agreed on one matter into one sentence: 'The Clerk agreed to place a note in
the village pump for any ideas people may have and SC agreed to place in the Post Office' (Stoke
Ferry), 'Cllr Nixon will write to the landowner and the Clerk will contact Highways' (any parish),
'KC agreed to contact AMEY and the Chairman would write to the school'. Read whole, the sentence is
one action with the first owner, and the second task is lost (or, where both are read, one row holds
two tasks and a later paper's news of either one is news of both). Each clause that opens with a
person or post and a commitment is read on its own; the split is kept only when two or more
clauses are each a task with an owner, and their owners differ: one owner's 'agreed to X and will
Y' is one task, and a clause that sets no task (a report, a reason) stays with the sentence."""

from __future__ import annotations

import re

from . import actions as act
from .roles import ROLE_PHRASE

# where a later clause opens with its own subject and commitment: after a comma, a semicolon or
# 'and'/'but', a post or a capitalised name, then 'agreed to' (or its kin) or 'will/would/to' and a
# task's verb
_OPENS = (rf"(?:{ROLE_PHRASE}|(?:the\s+)?Clerk|{act._NAME})\s+(?:also\s+|kindly\s+)?"
          rf"(?:(?:agreed|offered|undertook|volunteered)\s+to\s+(?:also\s+)?|(?:will|would|to)\s+(?:also\s+)?)"
          rf"(?:{act.ACTION_VERBS})\b")
CLAUSE_RE = re.compile(rf"(?:\s*[,;]\s*(?:and\s+|but\s+|while\s+|whilst\s+)?|\s+(?:and|but|while|whilst)\s+)(?={_OPENS})")

# '... for Cllr Sue Lintern, Cllr Trudy Mann and Cllr Jim McNeill to attend' (Stoke Ferry): the last of a list of
# names after a preposition, then 'to' and a verb, is one of those the task is for, not a clause of its own
_LISTED = r"(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*){0,3}"
LISTED_BEFORE_RE = re.compile(rf"\b(?:for|with|by|from|of|to|and)\s+(?:{_LISTED}\s*,\s*)*{_LISTED}\s*$")
BARE_TO_RE = re.compile(rf"(?:{ROLE_PHRASE}|(?:the\s+)?Clerk|{act._NAME})\s+to\s")


def task_clauses(sentence: str, registry, page: int, index: int) -> list[act.ActionFact] | None:
    """The tasks of each clause when the sentence sets two or more owners work each in a
    clause of its own; None when it does not (the sentence is then read whole)."""
    if " to " not in sentence and " will " not in sentence and " would " not in sentence:
        return None
    cuts = [m for m in CLAUSE_RE.finditer(sentence) if m.start() > 0 and not (
        LISTED_BEFORE_RE.search(sentence, 0, m.start()) and BARE_TO_RE.match(sentence, m.end()))]
    if not cuts:
        return None
    pieces, start = [], 0
    for m in cuts:
        pieces.append(sentence[start:m.start()])
        start = m.end()
    pieces.append(sentence[start:])
    found: list[act.ActionFact] = []
    for piece in pieces:
        piece = piece.strip(" ,;")
        facts = [f for f in act.implicit(piece, registry, page, index) if f.owners]
        if len(facts) == 1:
            found.append(facts[0])
    owner_sets = [frozenset(name.lower() for name, _ in f.owners) for f in found]
    if len(found) < 2 or len(set(owner_sets)) < len(owner_sets):
        return None
    return found  # each its own clause's words: a later paper's news of one is no news of the other
