"""Recognise page furniture: running headers and footers, page numbers, placeholder pages.

Works on the lines of every page of a document at once, because a running header is only
recognisable as a line that repeats across pages.
"""

from __future__ import annotations

import re
from collections import Counter

PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:-\s*\d+\s*-|(?:page|pg\.?)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,4}(?:\s*(?:of|/)\s*\d+)?)\s*$",
    re.IGNORECASE,
)
BLANK_RE = re.compile(r"^\s*this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?\s*$", re.I)
RESTRICTED_RE = re.compile(r"^\s*document is restricted\.?\s*$", re.I)
EDGE = 3  # how many lines at the top and bottom of a page may be furniture


def _shape(line: str) -> str:
    """Lines that differ only in their numbers (page 3 / page 4) share a shape."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _edge_indexes(lines: list[str]) -> set[int]:
    """Lines near the top or bottom of the page, or of a band between tables (text around a
    table is read band by band, so a footer can open a band)."""
    edges: set[int] = set()
    segment: list[int] = []
    for i, s in enumerate(lines + ["\x00END"]):
        if s.startswith("\x00"):
            edges.update(segment[:EDGE] + segment[-EDGE:])
            segment = []
        elif s.strip():
            segment.append(i)
    return edges


def strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[dict]]:
    """Return the pages' lines without furniture, and per page flags (blank, restricted)."""
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [s for s in lines if s.strip() and not s.startswith("\x00")]
        edge = set(_shape(s) for s in content[:EDGE] + content[-EDGE:])
        counts.update(edge)
    threshold = max(3, int(len(pages) * 0.4))
    repeated = {shape for shape, n in counts.items() if n >= threshold and len(shape) > 1}

    cleaned, flags = [], []
    for lines in pages:
        edge_idx = _edge_indexes(lines)
        kept = []
        for i, line in enumerate(lines):
            if i in edge_idx and (_shape(line) in repeated or PAGE_NUMBER_RE.match(line)):
                continue
            kept.append(line)
        flag = {"blank": False, "restricted": False}
        body = [s for s in kept if s.strip()]
        if any(RESTRICTED_RE.match(s) for s in body):
            flag["restricted"] = True
        if any(BLANK_RE.match(s) for s in body):
            flag["blank"] = True
        kept = [s for s in kept if not (RESTRICTED_RE.match(s) or BLANK_RE.match(s))]
        cleaned.append(kept)
        flags.append(flag)
    return cleaned, flags
