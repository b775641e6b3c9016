"""A paper's human title: its own title when it is one, else a readable file name, so the
site never shows a hash file name (001_de1ae569ecce4883.pdf) where a title exists."""

from __future__ import annotations

import functools
import re
from pathlib import PurePath

_HASHED = re.compile(r"^\d+_[0-9a-f]{12,}$")  # names given by a downloader, not by people
_SOFTWARE = re.compile(r"^(microsoft (word|excel|powerpoint)|copy of)\s*-?\s*", re.I)
_EXTENSION = re.compile(r"\.(docx?|pdf|html?|odt|rtf)$", re.I)


# marks that reorder the text around them: a file named '\u202etxt.exe minutes.txt' would show
# on the site as other words than it holds
BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _cleaned(title: str | None) -> str:
    title = re.sub(r"\s+", " ", BIDI_MARKS.sub("", title or "")).strip()
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
        cleaned = re.sub(r"[_]+", " ", BIDI_MARKS.sub("", stem)).strip()
    cleaned = cleaned or BIDI_MARKS.sub("", filename or "") or "(untitled paper)"
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"
