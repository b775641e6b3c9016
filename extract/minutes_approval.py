"""A sentence that approves the last meeting's minutes: 'The minutes of the board meeting were agreed for accuracy
subject to the following changes ...' (Suffolk Libraries), '2.1 The minutes were accepted as correct.' (Friends of
Halesworth Library). It speaks of the last meeting's record, so it is no news of the tasks that record names (a
correction 'should refer to document management system' closes nothing), and where it says nothing more (no 'to be
posted on the website') it is no task of its own, whatever ACTION line follows it."""

from __future__ import annotations

import re

MINUTES_APPROVED_RE = re.compile(
    r"(?i)^\W*(?:(?:approval|confirmation|adoption)\s+of\s+)?(?:the\s+)?minutes\b.{0,120}?\bminutes\b[^.]{0,80}?"
    r"\b(?:were|was|are|be|been)\s+(?:duly\s+)?(?:agreed|approved|accepted|signed|confirmed|adopted|taken)\b|"
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?minutes\b[^.]{0,80}?"
    r"\b(?:were|was)\s+(?:duly\s+)?(?:agreed|approved|accepted|signed|confirmed|adopted)\b", re.S)
# the words that may follow the approval when it is all the sentence says, of the record's truth and its signing:
# 'as correct', 'as a true and accurate record', 'and signed by the Chairman'; any other word ('to be posted on the
# website') is more than the approval
RECORD_WORDS = frozenset("as for being a an true correct accurate accuracy and record signed duly by the chair chairman "
                         "chairperson".split())


def minutes_approved(text: str) -> bool:
    """The sentence approves the last minutes (and says nothing else: 'Matters arising' run on
    after it is news again)."""
    m = MINUTES_APPROVED_RE.search(text[:200])
    return bool(m) and not re.search(r"(?i)\bmatters\s+arising\b", text[m.end():])


def approval_only(text: str) -> bool:
    """The paragraph approves the last minutes and sets no task: '2.1 The minutes were accepted as correct.'"""
    m = MINUTES_APPROVED_RE.search(text[:200])
    return bool(m) and all(w in RECORD_WORDS for w in re.findall(r"[a-z]+", text[m.end():].lower()))
