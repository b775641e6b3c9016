"""Which column of an action table holds what, read from its cells as well as its header.

A header word is one signal: Suffolk Libraries heads its column of owners' initials 'Action'
('ST AW MH/ CC ST' beside a row of matters arising), which the header alone takes for the task.
A column is a people column when every filled cell is a list of short codes or names and most of
those resolve to the paper's own people (the Present list's initials, names, posts); a column of
directorates ('CYPE', 'GET/DCED') or payees' codes resolves to no one and stays what it was."""

from __future__ import annotations

import re

from .people import Registry

# one mark: a code, a name or a post, joined to the next by '/', ',', '&' or 'and' ('MH/ CC', 'RS/SG')
_MARK_SPLIT_RE = re.compile(r"(?<![/,&])\s+(?![/,&]|and\b)(?<!\band\s)")
_CODE_RE = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]|[A-Z]{2,4}[a-z]{0,2}")
_JOIN_RE = re.compile(r"\s*(?:/|,|&|\band\b)\s*")


def marks(cell: str) -> list[str]:
    """'ST AW MH/ CC ST' -> ['ST', 'AW', 'MH/ CC', 'ST']: each mark one task's owners, printed level with its line."""
    return [m for m in _MARK_SPLIT_RE.split(cell.strip()) if m]


def _codes(cell: str) -> list[str]:
    return [c for mark in marks(cell) for c in _JOIN_RE.split(mark) if c]


def is_people_column(cells: list[str], registry: Registry) -> bool:
    """Every filled cell codes only, and at least half of all codes the paper's people."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return False
    codes = [code for cell in filled for code in _codes(cell)]
    if not codes or not all(_CODE_RE.fullmatch(code) for code in codes):
        return False
    people = sum(1 for code in codes if code.upper() in registry.initials or code in registry.codes)
    return people * 2 >= len(codes)


def people_column(rows: list[list[str]], cols: dict[str, int], registry: Registry) -> int | None:
    """The column of owners whatever its header says, when no header named one: a column a header took
    for the task, status or notes may be it; a reference column is not."""
    width = max(len(r) for r in rows)
    return next((i for i in range(width) if i != cols.get("ref")
                 and is_people_column([r[i] for r in rows if i < len(r)], registry)), None)


def text_column(rows: list[list[str]], taken: set[int]) -> int | None:
    """The column whose cells hold the most words: the matter the marks stand beside."""
    width = max(len(r) for r in rows)
    sizes = {i: sum(len(r[i].split()) for r in rows if i < len(r)) for i in range(width) if i not in taken}
    best = max(sizes, key=sizes.get, default=None)
    return best if best is not None and sizes[best] >= 3 * len(rows) else None
