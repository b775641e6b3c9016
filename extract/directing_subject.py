"""Who does the asking when a member will ask someone else to act.

'JH will instruct Bob Staig to produce a report' (Souldern) and 'Frank Reid suggested that he
ask the EA to review it' (Boughton) are the member's own tasks: the one who will ask or instruct
is the doer, not the contractor or outside body asked. A past or reported direction ('the Chair
asked ST to clarify', 'Council directed staff to ...') still gives the task to the one directed,
so only a base-form 'ask/instruct' with its own subject is read here.
"""
from __future__ import annotations

import re

from .roles import ROLE_PHRASE

_NAME = r"(?:[A-Z]\.?\s+)?[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*){0,3}"
BASE_FORM_RE = re.compile(r"(?i)(?:ask|instruct)\b")
# the subject right before the verb, with at most a modal or 'to' between ('JH will', 'Clerk to'); a pronoun is
# read as its speaker when the sentence reports one ('Frank Reid suggested that he ask ...'), as REPORTED_WILL_RE
# reads 'The Parish Clerk reported that he would circulate ...'
_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[\s:–—(-]))(?:(?P<speaker>{ROLE_PHRASE}|{_NAME})\s+(?:said|suggested|agreed|proposed|offered|stated|"
    rf"confirmed|advised)\s+(?:that\s+)?(?:he|she)|(?P<subject>{ROLE_PHRASE}|[Tt]he\s+[A-Z][a-z]+|{_NAME}))\s+"
    rf"(?:(?:will|would|shall|should|to|can|could|agreed\s+to|offered\s+to)\s+)?(?:also\s+)?$")


def asking_subject(sentence: str, verb_start: int) -> str | None:
    """The subject who will ask or instruct at `verb_start`, or None when the verb is past or
    reported, or nothing names who asks (a resolution's bare 'to instruct the Clerk')."""
    if not BASE_FORM_RE.match(sentence, verb_start):
        return None
    m = _SUBJECT_RE.search(sentence[:verb_start])
    return (m.group("speaker") or m.group("subject")) if m else None
