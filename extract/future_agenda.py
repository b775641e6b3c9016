"""A line that lists what a later meeting is to take sets no work of its own: the paper's forward agenda ('Forward
Agenda: - Exception report on Health & Safety - Update on arrangements of AGM - ... papers to be sent for EGM',
Suffolk Libraries' board) or the item that gathers those items ('To receive further information or suggested items to
be considered for the next meeting agenda', Stoke Ferry). The words 'to be sent', 'to be considered' in it read like
work set, but they name the subjects of a future meeting. A line that puts something on the agenda ('Clerk to add to
next agenda', 'It was agreed to add this to the agenda for the next meeting') does set work and is not read here."""

from __future__ import annotations

import re

# the later meeting's agenda named at the line's head: its forward agenda, the list after it ('Forward Agenda: - ...',
# 'Forward Agenda List'), or the item that gathers its items, and nothing else ('To receive further information or
# suggested items to be considered for the next meeting agenda', 'Further reports/items for the next agenda', 'Items for
# inclusion on the next Agenda')
FUTURE_AGENDA_RE = re.compile(
    r"(?i)^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:forward\s+agenda(?:\s+list)?\s*(?:[:–—-]|$)|"
    r"(?:to\s+(?:receive|consider)\s+)?(?:(?:any|further|other|additional|information|reports?|suggested|or|and)\b[\s/,]*)*"
    r"items?\s+(?:to\s+be\s+considered\s+|for\s+inclusion\s+)?(?:for|on)\s+(?:the\s+)?(?:next|future|forthcoming)\s+"
    r"(?:meeting(?:'s|’s|s)?\s+)?agendas?\b(?:\s*\([^)]*\))?\W*$)")


def lists_future_agenda(description: str) -> bool:
    """Whether the words only list, or gather, the items of a later meeting's agenda."""
    text = " ".join(description.split())
    return bool(FUTURE_AGENDA_RE.match(text))
