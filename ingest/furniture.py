"""Recognise page furniture: running headers and footers, page numbers, placeholder pages.

Works on the lines of every page of a document at once, because a running header is only
recognisable as a line that repeats across pages.
"""

from __future__ import annotations

import re
from collections import Counter

from .exempt_marks import marks

PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:-\s*\d+\s*-|(?:page|pg\.?)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,4}(?:\s*(?:of|/)\s*\d+)?)\s*$",
    re.IGNORECASE,
)
BLANK_RE = re.compile(r"^\s*this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?\s*$", re.I)
EDGE = 3  # how many lines at the top and bottom of a page may be furniture


def _shape(line: str) -> str:
    """Lines that differ only in their numbers (page 3 / page 4) share a shape."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _edge_indexes(lines: list[str], known: set[str] = frozenset()) -> set[int]:
    """Lines near the top or bottom of the page, or of a band between tables (text around a
    table is read band by band, so a footer can open a band). Lines already known to be
    furniture (`known` shapes, page numbers) do not use up the window: a footer of four lines
    ('2013-09-26 draft Open Board Minutes NS v1', the registered office, the society's number,
    the page number) reaches one line further in."""
    edges: set[int] = set()
    segment: list[int] = []

    for i, s in enumerate(lines + ["\x00END"]):
        if s.startswith("\x00"):
            edges.update(_window(lines, segment, known) + _window(lines, segment[::-1], known))
            segment = []
        elif s.strip():
            segment.append(i)
    return edges


def _window(lines: list[str], indexes: list[int], known) -> list[int]:
    """The first EDGE of `indexes`, not counting lines already known to be furniture."""
    taken, out = 0, []
    for i in indexes:
        if taken == EDGE:
            break
        out.append(i)
        if not (known and (_shape(lines[i]) in known or PAGE_NUMBER_RE.match(lines[i]))):
            taken += 1
    return out


def strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[dict]]:
    """Return the pages' lines without furniture, and per page flags (blank, restricted)."""
    threshold = max(3, int(len(pages) * 0.4))
    repeated: set[str] = set()
    for look in range(2):
        # the second look reaches past the furniture the first one found; what it adds must stand at the edge of
        # more than half the pages (a motion quoted again and again can stand at several pages' edges)
        if look:
            threshold = max(threshold, len(pages) // 2 + 1)
        counts: Counter[str] = Counter()
        for lines in pages:
            content = [s for s in lines if s.strip() and not s.startswith("\x00")]
            ends = _window(content, list(range(len(content))), repeated) + \
                _window(content, list(range(len(content)))[::-1], repeated)
            counts.update(set(_shape(content[i]) for i in ends))
        found = {shape for shape, n in counts.items() if n >= threshold and len(shape) > 1}
        first, repeated = (found, found) if not look else (first, repeated | found)
    further = repeated - first

    cleaned, flags = [], []
    for lines in pages:
        edge_idx, reach = _edge_indexes(lines), _edge_indexes(lines, repeated)
        kept = []
        for i, line in enumerate(lines):
            if i in edge_idx and (_shape(line) in first or PAGE_NUMBER_RE.match(line)):
                continue
            if i in reach and (_shape(line) in further or PAGE_NUMBER_RE.match(line)):
                continue  # '2013-09-26 draft Open Board Minutes NS v1' above the registered office, number and page
            kept.append(line)
        flag = {"blank": False, "restricted": False}
        body = [s for s in kept if s.strip()]
        if any(_placeholder(s) for s in body):
            flag["restricted"] = True
        if any(BLANK_RE.match(s) for s in body):
            flag["blank"] = True
        kept = [s for s in kept if not (_placeholder(s) or BLANK_RE.match(s))]
        cleaned.append(kept)
        flags.append(flag)
    return cleaned, flags


def _placeholder(line: str) -> bool:
    """A line standing for an exempt report's pages ('Document is Restricted'); a placeholder is a short line, so
    the reading is spared the page's long ones."""
    return len(line) < 80 and "placeholder" in marks(line)
