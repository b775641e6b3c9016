"""A matter the meeting refers to an officer, a department or a committee sets them work: 'Moved by
McPherson to receive, file and refer to Legal Department for preparation of proper legislation',
'Refer to City Manager for review of funding alternatives' (Des Moines), 'The Board agreed to refer
the draft back to the Management team to review' (Suffolk Libraries), 'Parish Clerk training to be
referred to the Admin Committee' (Stoke Ferry). The one it goes to owns the task.

Only a referral the meeting makes: the bare 'refer' of a motion or of what was agreed, or 'to be /
be referred'. 'Mr Gough referred to the government's letter' mentions; 'concerns should be
referred to the police' advises the public; a referral up to the full Council or Cabinet is the
decision going on, not work set ('Members agreed to refer the decision to full Council', Kent)."""

from __future__ import annotations

import re

from . import actions as act
from .hedges import HEDGE_RE
from .minutes_approval import minutes_approved

_GROUP = r"(?:team|department|committee|group|officers?|panel|service)"
_OWNER = rf"[A-Z][\w&'’\-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’\-]*){{0,4}}(?:\s+{_GROUP}\b)?"
# ('to full Council' is read whole, so that NOT_WORK_RE sees a referral upward as one: Kent's Cabinet)
REFERRAL_RE = re.compile(
    r"(?:(?<![\w’'])(?:[Rr]efer)|\b(?:to|be)\s+referred)\s+(?:(?:it|this|these|them|comments|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
    rf"(?:back\s+)?to\s+(?:the\s+)?(?P<to>(?:full\s+)?{_OWNER}|[a-z]+\s+{_GROUP})\b")
# the body itself or above it, or the public's recourse
NOT_WORK_RE = re.compile(r"(?i)^(?:full\s+)?(?:council|cabinet|board|county\s+council|city\s+council|police|secretary\s+of\s+state)$|"
                         r"^(?:item|appendix|annex|section|page|paragraph|minute|report|schedule)\b")  # 'Refer to Item 16a'

# the meeting's own act: a motion, what it agreed or resolved, an imperative line
# (a motion's formula cut from its 'Moved by': 'Flagg to receive, file and discuss; and refer to City Manager to report back')
MADE_RE = re.compile(r"(?i)\b(?:moved|agreed|resolved|decided|proposed|voted)\b|^\W*(?:\d+\.\s*)?refer\b|\bto\s+be\s+referred\b|"
                     r"\bto\s+receive,\s+file\b")


def _made_here(sentence: str, referral: re.Match) -> bool:
    """The referral is this meeting's act: not a condition, a doubt or a question before it (hedges.HEDGE_RE, one list
    for every task reader: 'whether it could be referred to ...'), and not the last minutes' words an approval of them
    quotes as corrected ('The minutes ... were agreed for accuracy subject to the following changes: Item 6.1 - The
    penultimate paragraph should read; The Board agreed to refer the draft back to the Management team', Suffolk
    Libraries: that referral was made at the last meeting; minutes_approval, which Friends of Halesworth Library's
    papers use too)."""
    return not HEDGE_RE.search(sentence[:referral.start()]) and not minutes_approved(sentence)


def referrals(sentence: str, registry, page: int, index: int) -> list[act.ActionFact]:
    """The sentence as an action owned by whoever the meeting refers the matter to."""
    if "efer" not in sentence or not MADE_RE.search(sentence):
        return []
    owners = []
    for m in REFERRAL_RE.finditer(sentence):
        if not _made_here(sentence, m):
            continue
        for piece in re.split(r"\s+(?:and|&)\s+", m.group("to")):
            if not NOT_WORK_RE.match(piece.strip()):
                owners.append(act.classify_owner(piece.strip(), registry))
    if not owners:
        return []
    return [act.ActionFact(text=sentence, description=sentence.strip(), owners=list(dict.fromkeys(owners)), page=page,
                           block=index, rule="implicit-referral")]
