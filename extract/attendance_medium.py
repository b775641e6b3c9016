"""How someone took part in a meeting, said beside the list of who did: after a label ('Attending by Zoom (Five
Councillors) :-', West Dereham; 'Present via Teams:') or ending a roll call's sentence ('... and Chair Ramirez in
person.', 'Commissioners Davis and Hernandez participated via videoconference.', Norwalk; '... were in attendance
virtually.', Kent). Attendance here is who was there, not how, so the words are taken off before the labels and the
sentences are read: one reading of the media for both (people's labels, roll_sentences), learnt once."""

from __future__ import annotations

import re

from ..ingest.text_fold import holds_any

MEDIA = (r"(?:zoom(?:\s+video\s*conference)?|(?:ms\s+|microsoft\s+)?teams|skype|video\s*conference|video(?:\s+link)?"
         r"|tele(?:phone|conference)|phone|line|audio\s*conference)")
# the manner, where it ends a sentence or comes before a label's colon (with the label's count in brackets between):
# 'by Zoom' mid-sentence ('held remotely via Zoom at 7.30pm') says how the meeting met, not who attended
MANNER_RE = re.compile(rf"(?i)\s+(?:in\s+person|(?:by|via|on)\s+{MEDIA}|remotely|virtually)"
                       r"(?=\s*(?:\([^)]*\)\s*)?[:;]|\s*\.?\s*$)")


# a word each manner holds: the pattern, tried at every space of every list and sentence, runs only where one is
MANNER_WORDS = ("person", "zoom", "teams", "skype", "video", "tele", "phone", "line", "audio", "remotely", "virtually")


def without_manner(text: str) -> str:
    """The text with how they took part taken off, where it closes a sentence or a label."""
    return MANNER_RE.sub("", text) if holds_any(text, MANNER_WORDS) else text
