"""The parts of an action that lists several things to do, and which of them a later sentence
names. Pure text, no database.

An action written as a list ('Summary of actions/processes to be put in place - document
management system - clearly differentiate and separate out Part A and B meetings - clear naming
of documents in the minutes - tracking, decisions and actions log') is done when each thing is:
a later 'Completed decisions: ... Document management system' reports one of four, progress
and no close. The list is read by its layout, four or more short entries after dashes or
bullets, whatever the words."""

from __future__ import annotations

import re

# a list entry starts after a dash or bullet set apart by spaces (not a hyphenated word)
ENTRY_RE = re.compile("(?:^|\\s)[-\u2013\u2022\u25aa\u25cf\uf0b7\uf0a7]\\s+")
# a sentence's own dashes are a title's and an aside's pair ('Sharing Costs for The Common – to date
# the Clerk has not received a response – she will chase this again'): four entries and more are a list
MIN_PARTS = 4
MAX_PART_WORDS = 16  # an entry is a few words; a longer run is the paragraph going on


def action_parts(text: str) -> list[str]:
    """The entries of the list the action's text sets out, in order; empty when it sets out none.
    The words before the first entry are its lead-in, not a part; the action-column mark after
    the last ('ACTION: AW') is not part of it."""
    text = re.split(r"(?i)\n\s*action\s*:", text or "")[0]
    pieces = ENTRY_RE.split(" ".join(text.split()))
    parts = [p.strip(" .;,") for p in pieces[1:]]
    if len(parts) < MIN_PARTS or any(not p or len(p.split()) > MAX_PART_WORDS for p in parts):
        return []
    return parts


def parts_named(parts: list[list[str]], sentence_words: set[str]) -> int:
    """How many of the parts (each its subject words) the sentence names a word of."""
    return sum(1 for words in parts if set(words) & sentence_words)
