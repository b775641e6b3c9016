"""Which column of an action table holds what, read from its cells as well as its header.

The owners' column is read from its cells, whatever its header says: Suffolk Libraries heads its column of owners'
initials 'Action' ('ST AW MH/ CC ST' beside a row of matters arising), Souldern its 'Owner', the Illinois Finance
Authority its column of staff codes 'Staff'. A column is a people column when every filled cell is a list of short
codes or one person (a full or titled name, a post) and at least half of those are people: the paper's own (the
Present list's initials, names, posts), a titled name or a post, or the subject its own row's task gives ('KD to
report to OCC' beside 'KD' or 'Katy Draper', Souldern's action log reprinted in an agenda, which lists no one
present). A column of directorates ('CYPE', 'GET/DCED') or of staff codes no one is and no task's subject ('RF/BF'
beside 'Resolution Authorizing the Execution ...', Illinois) stays what it was."""

from __future__ import annotations

import re

from .actions import implicit_match
from .names import split_title
from .people import Registry
from .roles import BARE_POST_RE

# one mark: a code, a name or a post, joined to the next by '/', ',', '&' or 'and' ('MH/ CC', 'RS/SG')
_MARK_SPLIT_RE = re.compile(r"(?<![/,&])\s+(?![/,&]|and\b)(?<!\band\s)")
_CODE_RE = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]|[A-Z]{2,4}[a-z]{0,2}")
_JOIN_RE = re.compile(r"\s*(?:/|,|&|\band\b)\s*")
# one person's full name in a cell: 'Katy Draper'
_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[\s\-][A-Z][a-z'’]+){1,2}")


def marks(cell: str) -> list[str]:
    """'ST AW MH/ CC ST' -> ['ST', 'AW', 'MH/ CC', 'ST']: each mark one task's owners, printed level with its line."""
    return [m for m in _MARK_SPLIT_RE.split(cell.strip()) if m]


def _codes(cell: str) -> list[str]:
    return [c for mark in marks(cell) for c in _JOIN_RE.split(mark) if c]


def is_people_column(cells: list[str], registry: Registry, tasks: list[str] | None = None) -> bool:
    """Every filled cell codes or one person's name, and at least half of them people: the paper's, or the doer
    its row's task (`tasks`, level with `cells`) names, by the code or by a name's initials."""
    rows = [(c.strip(), t) for c, t in zip(cells, tasks or [""] * len(cells)) if c.strip()]
    marks_ = [(mark, task) for cell, task in rows for mark in _cell_marks(cell)]
    if not marks_ or None in (m for m, _ in marks_):
        return False
    people = sum(1 for mark, task in marks_ if _is_person(mark, registry) or _names_doer(task, _initials(mark)))
    return people * 2 >= len(marks_)


def _cell_marks(cell: str) -> list[str | None]:
    """The cell's codes ('MH/ CC' -> MH, CC), or the one person it names in full ('Katy Draper', 'Cllr Jones') or by
    post ('Clerk'); None for other words."""
    codes = _codes(cell)
    if codes and all(_CODE_RE.fullmatch(code) for code in codes):
        return codes
    title, bare = split_title(cell)
    return [cell] if _NAME_RE.fullmatch(bare) or title and re.fullmatch(r"[A-Z][\w'’\-]+", bare) or \
        BARE_POST_RE.fullmatch(cell) else [None]


def _is_person(mark: str, registry: Registry) -> bool:
    """A code or name the paper gives one of its people, a titled name, or a post."""
    return (mark.upper() in registry.initials or mark in registry.codes or registry.names_person(mark)
            or split_title(mark)[0] is not None or bool(BARE_POST_RE.fullmatch(mark)))


def _initials(mark: str) -> str:
    return "".join(w[0] for w in mark.split()) if " " in mark else mark


def _names_doer(task: str, code: str) -> bool:
    """The task names the code as the one who does it, read by the minute-style task reader every body's 'Clerk to
    write ...' goes through (actions.IMPLICIT_RE), in any clause a dash opens: 'A stile ... is rotting - KD to report to
    OCC'."""
    for clause in re.split(r"\s[-–—]\s", task):
        m = implicit_match(clause)
        if m and code in _JOIN_RE.split(m.group("subject").strip()):
            return True
    return False


def people_column(rows: list[list[str]], cols: dict[str, int], registry: Registry) -> int | None:
    """The column of owners whatever its header says: a column a header took for the task, status or notes
    may be it; a reference column is not."""
    width = max(len(r) for r in rows)
    at = cols.get("action")
    tasks = [r[at] if at is not None and at < len(r) else "" for r in rows]
    return next((i for i in range(width) if i != cols.get("ref")
                 and is_people_column([r[i] if i < len(r) else "" for r in rows], registry,
                                      tasks if i != at else None)), None)


def text_column(rows: list[list[str]], taken: set[int]) -> int | None:
    """The column whose cells hold the most words: the matter the marks stand beside."""
    width = max(len(r) for r in rows)
    sizes = {i: sum(len(r[i].split()) for r in rows if i < len(r)) for i in range(width) if i not in taken}
    best = max(sizes, key=sizes.get, default=None)
    return best if best is not None and sizes[best] >= 3 * len(rows) else None
