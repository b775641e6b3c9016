"""Text folded to lower case as a case-insensitive regex compares it with lower-case ASCII words:
what lets a substring test stand in front of a costly IGNORECASE pattern (extract/literal_gate.py,
ingest/exempt_marks.py) without ever answering otherwise than the pattern.

Folding agrees with re's IGNORECASE on every character that matches an ASCII letter: besides
the ASCII capitals, re lets 'İ' and 'ı' match 'i', 'ſ' match 's' and the Kelvin sign match 'k'
(str.lower alone would turn 'İ' into two characters and leave 'ı' and 'ſ' alone)."""

from __future__ import annotations

_ODD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_last_fold: tuple = (None, "")  # one tuple, replaced whole: a thread never reads one text's fold for another


def fold(text: str) -> str:
    """The text as IGNORECASE compares it with lower-case ASCII words (the last text's is kept: the
    gates of several patterns read one sentence in turn)."""
    global _last_fold
    last = _last_fold
    if text is last[0]:
        return last[1]
    low = text.lower()  # the Kelvin sign is 'k' already; 'İ' became 'i' and a combining dot
    if not (low.isascii() or not ("\u0131" in low or "\u017f" in low or "\u0307" in low)):
        low = text.translate(_ODD).lower()
    _last_fold = (text, low)
    return low


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the folded text holds one of the lower-case ASCII `words` (the loop in C)."""
    return any(map(fold(text).__contains__, words))
