"""What a paper says about an action's progress, in the words papers use: 'done', 'completed',
'carried forward', 'on the agenda', 'decided to remain with HSBC', 'All ongoing action points
closed'. Each reading keeps the raw words, a state (what kind of news it is) and the status it
implies (open or completed)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    status: str  # open / completed
    state: str  # done, dropped, superseded, blanket, not_done, deferred, carried_forward, on_agenda, ongoing
    words: str  # the words that say so, as written
    pending: str | None = None  # 'done, and X will be sent': the verb still to come


# one line closing every earlier action at once
BLANKET_RE = re.compile(
    r"(?i)\ball\s+(?:the\s+)?(?:ongoing\s+|outstanding\s+|open\s+|previous\s+|other\s+|remaining\s+)?actions?"
    r"(?:\s+points?|\s+items?)?(?:\s+(?:from|of)\s+(?:the\s+)?(?:previous|last)\s+meeting)?\s+"
    r"(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+)?(?:now\s+)?(?:closed|completed?|done|discharged|actioned)\b")

# what a paper says was done to an action: 'had been ordered', 'was purchased', 'has sent'
DONE_VERBS = ("purchased|ordered|bought|sent|circulated|installed|fitted|delivered|received|published|posted|arranged|"
              "signed|submitted|approved|made|paid|updated|implemented|repaired|replaced|booked|organised|"
              "organized|written|wrote|contacted|spoken|revised|drafted|finalised|finalized|completed|"
              "provided|produced|placed|set\\s+up|put\\s+in\\s+place|taken\\s+place|achieved|actioned|carried\\s+out|"
              "held|finished|resolved|chosen|appointed|returned|collected|cleared|removed|"
              # a task to find something out is done when it was ('TM had investigated possible deterrents')
              "investigated|researched|checked|enquired|inquired|explored|"
              # a message to pass on is done when it was ('CS confirmed that he had passed on the message')
              "passed\\s+on|forwarded")
# the same done in the active voice, past tense ('the parish council replaced the lamps'), but not
# 'to be sent' or 'will be replaced'
ACTIVE_DONE = ("replaced|installed|repaired|fitted|delivered|circulated|completed|finished|published|paid|signed|"
               "submitted|sent|received|ordered|purchased|bought|booked|removed|cleared|carried\\s+out")
_FUTURE = r"(?:will|would|shall|to|should|must|may|might|can|could)\s+(?:now\s+|then\s+|also\s+)?be"
# ordered: an action dropped or not yet done is not done, whatever else the sentence says
RULES: list[tuple[str, str, re.Pattern]] = [
    ("superseded", "completed", re.compile(
        r"(?i)\b(?:superseded|overtaken\s+by\s+events|(?:no\s+longer|now\s+not|is\s+not\s+now)\s+(?:required|needed|necessary|relevant|applicable))\b")),
    ("dropped", "completed", re.compile(
        r"(?i)\b(?:dropped|withdrawn|abandoned|(?:decided|agreed)\s+(?:not\s+to|against)\b[^.;]{0,40}|"
        r"(?:decided|agreed|would|will)\s+(?:to\s+)?remain\s+with\b[^.;,]{0,30}|not\s+(?:be\s+)?(?:pursued|proceeding))")),
    ("not_done", "open", re.compile(
        # 'nothing had been received since the last meeting', 'no response has been received'
        r"(?i)\b(?:nothing|no\s+(?:further\s+)?(?:response|reply|replies|answer|update|news|word|information|contact))"
        r"\s+(?:has|had|have|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:received|heard|given|made|forthcoming)\b|"
        r"\b(?:(?:had|has|have)\s+not\s+(?:yet\s+)?been\s+(?!(?:completely|fully|entirely|totally|quite|very|aware|able|happy|"
        r"possible|clear|sure)\b)\w+|not\s+(?:yet\s+)?(?:been\s+)?(?:implemented|done|"
        r"completed|started|actioned)|not\s+yet\b|still\s+(?:to\s+be|awaiting|waiting|outstanding|open|(?:more\s+|some\s+)?(?:work|more)\s+to\s+(?:do|be\s+done)))")),
    # (not a participle clause about something else: 'An agreement ... has now been signed and they have agreed to
    # pay £200 per year, the increase being deferred for a year')
    ("deferred", "open", re.compile(r"(?i)(?<!\bbeing\s)\b(?:deferred|postponed|held\s+over|put\s+back|re-?scheduled|re-?arranged)\b[^.;]{0,40}")),
    ("carried_forward", "open", re.compile(
        r"(?i)\b(?:carried\s+(?:forward|over)|c/f|o/s|rolled\s+(?:forward|over)|(?<!\bto\s)remains?\s+open|"
        r"(?:is|are|was|were|remains?|still)\s+outstanding|outstanding\s+actions?)\b")),
    ("on_agenda", "open", re.compile(
        r"(?i)\b(?:(?:on|to\s+stay\s+on|remain\s+on)\s+the\s+agenda|(?:will|to)\s+be\s+discussed\b[^.;]{0,40}|"
        r"for\s+discussion\s+at\b[^.;]{0,30})")),
    ("ongoing", "open", re.compile(
        rf"(?i)\b(?:on[-\s]?going|being\s+(?:done|progressed|actioned|arranged)|in\s+progress|"
        rf"will\s+be\s+(?:{DONE_VERBS})\s+(?:(?:on|by|in|before|next|this|at)\b|\d)|under\s+way|underway|progressing|moving\s+forward|continuing|awaiting\b[^.;]{0,30}|"
        r"waiting\s+to\s+hear)")),
    ("done", "completed", re.compile(
        rf"(?i)(?:^\W*(?:done|completed?|closed)|\b(?:now|been|action(?:\s+points?)?\s+(?:is|was))\s+(?:done|completed?|closed))\b|"
        rf"\b(?:actioned|achieved|discharged|resolved|attended|elected|appointed|secured|"
        rf"success(?:ful)?|gained\s+approval|"
        rf"(?:has|have|had|was|were)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:{DONE_VERBS})(?!\s+up\s+(?:to|for)\b)|"
        rf"(?:is|are)\s+now\s+(?:{DONE_VERBS}|in\s+place|live|working)|"
        rf"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?<!\bwill\s)\b(?:{ACTIVE_DONE})(?!\s+up\s+(?:to|for)\b))\b")),
]
HOPED_RE = re.compile(r"(?i)\b(?:hop|expect|aim|plan|intend|want|wish)\w*\s+to\s+(?:have\s+)?(?:(?!(?:was|were|is|are|has|had|been)\b)[\w'’]+\s+){0,4}$")
FUTURE_RE = re.compile(rf"(?i)\b(?:{_FUTURE}|will\s+\w+|going\s+to|asap|as\s+soon\s+as\s+possible)\b")


# 'Resolved: That the Clerk contact ...', 'It was resolved that the PC would ...': what the meeting
# decided to do, not something done
RESOLUTION_AFTER_RE = re.compile(r"(?i)\s*(?:[:\-–—]|that\b|to\b|unanimously\b|\d\)|\(\d)")


def _a_resolution(text: str, m: re.Match) -> bool:
    return m.group(0).lower().endswith("resolved") and bool(RESOLUTION_AFTER_RE.match(text, m.end()))


# 'once the structure recruitment has finished, a summary ... should be added': a condition for what
# is still to come, not news that it happened
CONDITION_RE = re.compile(r"(?i)\b(?:once|until|unless|if)\b[^.;,:]{0,60}$")


def _a_condition(text: str, m: re.Match) -> bool:
    # (in the past tense it is a sequence told: 'once the grant was signed off, the defibrillators were ordered')
    return bool(CONDITION_RE.search(text, 0, m.start())) and not re.match(r"(?i)(?:was|were|had)\b", m.group(0))


# nothing came, whatever it was: 'No update received from C.C.C.' (Manordeilo), 'No further quotes have been received'
# (Northwold), 'No report received' (Northwold), 'no reply has been received' (Wretton): not done, though 'received'
# is a verb of done things, unless the sentence says something else was done ('A letter was sent to Methwold School
# ... - no response received', Stoke Ferry)
NONE_RECEIVED_RE = re.compile(
    r"(?i)\b(?:nothing|no\s+(?:[\w’'-]+\s+){1,3}?)(?:(?:has|had|have|was|were)\s+)?(?:yet\s+)?(?:been\s+)?"
    r"(?:received|heard|forthcoming)\b")


def _none_received(text: str, m: re.Match) -> bool:
    return any(n.start() <= m.start() < n.end() for n in NONE_RECEIVED_RE.finditer(text))


def reading(text: str) -> Reading | None:
    """The progress a sentence reports, or None when it says nothing about progress."""
    if not text:
        return None
    m = BLANKET_RE.search(text)
    if m:
        return Reading("completed", "blanket", m.group(0))
    for state, status, pattern in RULES:
        m = pattern.search(text)
        if m and state == "done":
            m = next((f for f in pattern.finditer(text)
                      if not _a_resolution(text, f) and not _a_condition(text, f) and not _none_received(text, f)), None)
        if not m:
            continue
        if state == "done" and HOPED_RE.search(text[:m.start()]) and not re.match(r"(?i)(?:was|were|has|had)\b", m.group(0)):
            # 'hoped to have submitted the application before the next meeting': still to do
            return Reading("open", "ongoing", text[m.start():].strip()[:120])
        future = FUTURE_RE.search(text[m.end():]) if state == "done" else None
        if future:
            # "have revised the letter and this will be sent out": done in part, still open
            verb = re.match(r"\s*(?:now\s+|then\s+|also\s+)?(?:be\s+)?(\w+)", text[m.end() + future.end():])
            return Reading("open", "ongoing", text[m.start():].strip()[:120], pending=verb.group(1) if verb else None)
        return Reading(status, state, m.group(0).strip())
    m = NONE_RECEIVED_RE.search(text)
    if m:
        return Reading("open", "not_done", m.group(0))
    return None


def reading_of_status_text(status_text: str | None, status: str) -> Reading:
    """An action log's status cell ('Closed', 'Carried forward', 'Green') or a marker's
    '(COMPLETED)' read the same way; anything unrecognised keeps the extracted status."""
    found = reading(status_text or "")
    if found:
        return found
    return Reading(status, "done" if status == "completed" else "open", status_text or "")


def opening_status(cell: str | None) -> Reading | None:
    """The status an action log prints in a row's update cell, when the cell opens with it ('Completed',
    'Completed - no response', 'Completed CF' where OCR ran the owner column in, 'o/s', 'Being done 31/3/23').
    An update told as prose ('Signs had been delivered but returned as unsuitable') is not a printed status:
    wrong closes cost more than missed ones."""
    text = (cell or "").strip(" \t\n-–—:*.")
    found = reading(text)
    return found if found and text.lower().startswith(found.words.lower()) else None


# an action whose own words send it to the next meeting is closed by the meeting that takes it up
NEXT_MEETING_RE = re.compile(
    r"(?i)\b(?:(?:will|to|should|would|shall)\s+be\s+(?:discussed|considered|brought|reviewed|revisited|given|presented)|"
    r"for\s+discussion|an?\s+update\s+at|"
    r"deferred\s+(?:until|to)|held\s+over\s+(?:until|to)|"
    r"(?:bring|brought|report|come)\s+(?:back\s+)?[^.;]{0,40}?\bto)\s+(?:at\s+|to\s+)?(?:(?:the|our)\s+)?next\s+"
    r"(?:[A-Z][\w&]*\s+){0,2}meeting")


def settled_by_next_meeting(text: str) -> bool:
    return bool(NEXT_MEETING_RE.search(text or ""))
