"""Whether 'the next ... meeting' a paper names is another body's meeting, not its own.

Read by the structure (a paper's stated next meeting) and by the linking (a due 'by the next
meeting'), so it sits with the readers, below extraction: it needs only the words."""

from __future__ import annotations

import re

OWN_MEETING_WORDS = frozenset("""the next meeting meetings board council parish town community pc full ordinary monthly
    regular general scheduled main public open formal trustees members committee session cabinet agenda of and""".split())


def anothers_meeting(due_text: str, body_words: set[str]) -> bool:
    """'the next Finance and Audit Committee', 'the next Discussion Group meeting' in a board's or
    council's minutes: another body's meeting, whose date this body's papers do not give."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", due_text or "")}
    return bool(words - OWN_MEETING_WORDS - body_words)
