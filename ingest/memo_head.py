"""A memo's head, as reports print it above their text: whom it is from ('From:', 'By:', 'Author:', 'Prepared by:',
'Decision to be taken by:' ...) and, on the same line, whom it goes to ('To:'). One reading serves both things read
from it: the posts of the people it comes from (extract/front_posts.py: Kent's 'From: Peter Oakford, Deputy Leader
...', Gardena's and Norwalk's 'FROM: Greg Tsujiuchi, Community Development Director', Barking and Dagenham's 'Author:
Chris Lyons, Community Safety Partnership Manager') and the meeting it goes to (meeting_finder, structure: Kent's 'By:
Anna Taylor, Scrutiny Research Officer To: Cabinet - 4 March 2025', where the author's post is no body). With what
the report is about, it marks where a report starts inside an agenda pack (structure: a report's numbered
sections are no items of the meeting)."""

from __future__ import annotations

import re

_FROM = (r"(?:from|by|author|report\s+authors?|prepared\s+by|presented\s+by|submitted\s+by|contact\s+officer|"
         r"lead\s+officer|decision\s+to\s+be\s+taken\s+by)")
# the addressee is read only where it follows the sender closely on the line: a 'to:' far on is another field's words
MEMO_FIELD_RE = re.compile(
    rf"(?i)^\s*{_FROM}\s*:\s*(?:(?P<sender>.{{0,120}}?)\bto\s*:\s*(?P<to>.+)|(?P<rest>.*))$")


# what a report's head says it is about, beside whom it is from ('Subject: English Devolution White Paper', Kent;
# 'SUBJECT: HOUSING ASSISTANCE PAYMENTS PROGRAM', Norwalk; 'Title: Hate, Intolerance, and Extremism', Barking and
# Dagenham)
SUBJECT_FIELDS = ("subject:", "title:")
HEAD_LINES = 12  # a report's head fills the top of its first page


def opens_a_report(page_text: str) -> bool:
    """Whether a page starts a report: its first lines say whom it is from and what it is about."""
    lines = [line.strip() for line in page_text.splitlines() if line.strip()][:HEAD_LINES]
    return any(sender(line) is not None for line in lines) and \
        any(line.lower().startswith(SUBJECT_FIELDS) for line in lines)


def sender(line: str) -> str | None:
    """What a memo head's sender field prints (names and posts, run on to the line's end), or None for no such
    field; a 'To:' after it on the line is left out."""
    m = MEMO_FIELD_RE.match(line)
    if not m:
        return None
    return m.group("sender") if m.group("to") is not None else m.group("rest")


def addressee(line: str) -> str | None:
    """Whom a memo head's line says it goes to, after its sender: 'Cabinet - 4 March 2025'."""
    m = MEMO_FIELD_RE.match(line)
    return m.group("to") if m else None
