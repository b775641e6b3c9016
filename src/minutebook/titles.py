"""A paper's human title: its own title when it is one, else a readable file name, so the
site never shows a hash file name (001_de1ae569ecce4883.pdf) where a title exists."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import PurePath

_HASHED = re.compile(r"^\d+_[0-9a-f]{12,}$")  # names given by a downloader, not by people
_SOFTWARE = re.compile(r"^(microsoft (word|excel|powerpoint)|copy of)\s*-?\s*", re.I)
_EXTENSION = re.compile(r"\.(docx?|pdf|html?|odt|rtf)$", re.I)


# marks that reorder the text around them: a file named '\u202etxt.exe minutes.txt' would show
# on the site as other words than it holds
BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _shown(text: str) -> str:
    """The text without what shows nothing: format characters (zero-width spaces and joiners,
    soft hyphens, the BIDI marks) and control characters, which a file name may hold (a name of
    zero-width spaces titled its paper with an invisible link) and whitespace does not cover."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(c for c in text if c.isspace() or unicodedata.category(c) not in ("Cf", "Cc"))


def _cleaned(title: str | None) -> str:
    title = re.sub(r"\s+", " ", _shown(title or "")).strip()
    title = _SOFTWARE.sub("", title)
    return _EXTENSION.sub("", title).strip(" -–")


def _is_a_title(title: str) -> bool:
    if not title or re.match(r"^(https?:|www\.)", title, re.I):
        return False
    words = [w for w in title.split() if re.search(r"[^\W\d_]{2,}", w)]
    return len(words) >= 2


# a search page titles 20 hits and an archive has few papers by comparison: remembered, the
# titles cost nothing, where computing them was over a millisecond of every page
@functools.lru_cache(maxsize=8192)
def paper_title(title: str | None, filename: str | None, limit: int = 110) -> str:
    cleaned = _cleaned(title)
    stem = PurePath(filename or "").stem
    if not _is_a_title(cleaned) and stem and not _HASHED.match(stem):
        cleaned = re.sub(r"\s+", " ", re.sub(r"[_]+", " ", _shown(stem))).strip()
    cleaned = cleaned or _shown(filename or "").strip() or "(untitled paper)"
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"
