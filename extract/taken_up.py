"""Whether the words after a task's deed say it is done in the meeting itself: taken up there and then, or timed to
this very meeting.

Minutes record a turn in the meeting in the same words as an errand: 'The Chairman invited Members to speak and
tributes were made by Mr Gough, ...' (Kent County Council), 'Cllr Colin Sampson was invited to share his views and
he advised that ...' (Stoke Ferry), 'LH was invited to join the Council and was given a Declaration of Acceptance to
sign' (West Dereham). What the same sentence goes on to report done is no task left to anyone (the gold lists work
still to do). Accepting the errand is not doing it: '... was asked to look into this and agreed to' stays a task.
Nor is a deed the minutes time to the meeting they record: 'Cllr Storey was asked to provide his NCC update at this
point' (Northwold), 'I will be seeking a decision from Council at the end of this report' (a Chairman's report read at
the meeting, Boughton)."""

from __future__ import annotations

import re

# '... and' then a past deed: the invitee's own, with no new subject ('and was given', 'and had since submitted'), or
# one with a subject of its own ('and he advised', 'and tributes were made'). A bare past verb ('asked the Board to
# review the documents ... and asked for comments') goes on with the one who asked. Not a question the errand carries
# ('and whether it was being called in'), nor an acceptance ('and agreed to').
_NOT_DONE = r"(?!(?:to|not|going|unable|able|also|then|now|still|being|agreed|offered|undertook|volunteered|promised)\b)"
_SUBJECT = r"(?:(?!(?:whether|if|that|what|when|where|how|who|which|why|to|was|were|had)\b)[\w’']+\s+){1,2}?"
TAKEN_UP_RE = re.compile(
    rf"^[^.;]*?\band\s+(?:(?:was|were|had)\s+(?:since\s+|then\s+)?{_NOT_DONE}[a-z]+|"
    rf"{_SUBJECT}(?:(?:was|were)\s+{_NOT_DONE}[a-z]+|{_NOT_DONE}[a-z]+ed)\b)")


def taken_up(rest: str) -> bool:
    """Whether `rest`, the clause after the deed an invitation or request names, reports it done at once."""
    return bool(TAKEN_UP_RE.match(rest or ""))


# the meeting being recorded, as the words that time a deed to it name it ('this meeting' alone may be the next one a
# sentence has just named: 'give her feedback prior to the next Board meeting. This can then be adopted at this meeting')
NOW_RE = re.compile(r"(?i)\b(?:at\s+this\s+(?:point|stage)|at\s+the\s+end\s+of\s+this\s+(?:report|item)|"
                    r"later\s+in\s+(?:this|the)\s+meeting|there\s+and\s+then)\b")


def timed_now(rest: str) -> bool:
    """Whether `rest`, the clause after a deed, times it to the meeting the minutes record."""
    return bool(NOW_RE.search(rest or ""))
