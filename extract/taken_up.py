"""Whether the words after an invitation's or a request's deed say it was taken up there and then.

Minutes record a turn in the meeting in the same words as an errand: 'The Chairman invited Members to speak and
tributes were made by Mr Gough, ...' (Kent County Council), 'Cllr Colin Sampson was invited to share his views and
he advised that ...' (Stoke Ferry), 'LH was invited to join the Council and was given a Declaration of Acceptance to
sign' (West Dereham). What the same sentence goes on to report done is no task left to anyone (the gold lists work
still to do). Accepting the errand is not doing it: '... was asked to look into this and agreed to' stays a task."""

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
