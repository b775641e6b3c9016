"""Attendance and membership read from tables: roll-call tables (Name | Title | Status), tables whose
cells label their rows ('Attendees | ...', 'Apologies: | ...') and Name | Post | Organisation lists."""

from __future__ import annotations

import re

from ..ingest.document import Block
from .name_table_heads import column_kind
# people's patterns read through its module: scripts/rule_bodies.py names a pattern by the first module holding it
from . import people as people_module
from .people import (ATTENDANCE_LABELS, AttendanceEntry, Person, _entries, _first_sentence, attendance_from_block,
                     parse_person, status_of)


def attendance_from_table(block: Block, index: int, status_hint: str | None) -> list[AttendanceEntry]:
    """Roll-call tables (Name | Title | Status) and name tables under a PRESENT / APOLOGIES label."""
    rows = block.rows or []
    if not rows:
        return []
    header_idx = next((i for i, r in enumerate(rows[:3]) if any(column_kind(c) == "name" for c in r)), None)
    if header_idx is None:
        return []
    kinds = [column_kind(c) for c in rows[header_idx]]
    name_col, status_col, title_col, org_col = (next((i for i, k in enumerate(kinds) if k == kind), None)
                                                for kind in ("name", "status", "post", "organisation"))
    if status_col is None and status_hint is None:
        return []
    out = []
    width = len(kinds)
    for row in rows[header_idx + 1:]:
        if len(row) > width:
            row = row[-width:]  # a merged layout cell in front of the real ones
        person = _row_person(row, name_col, title_col, org_col, keep=True)
        if not person:
            continue
        status = status_hint
        if status_col is not None and status_col < len(row):
            cell = row[status_col].lower()
            status = ("absent" if re.search(r"absent|excused|apolog", cell) else "present" if re.search(r"present|late|remote", cell)
                      else status_hint)
        if status:
            out.append(AttendanceEntry(person.name, status, person.role, block.page, index, person))
    return out


LABEL_CELL_RE = re.compile(r"(?i)^\s*(?:" + "|".join(f"(?:{p})" for p, _ in ATTENDANCE_LABELS) + r")\s*:?\s*$")


def attendance_from_table_cells(block: Block, index: int) -> list[AttendanceEntry]:
    """Header tables that label their rows ('Attendees | Tony Brown (Chair), ...', 'Invited | ...')
    and minutes tables whose cells say who sent apologies."""
    entries: list[AttendanceEntry] = []
    side: dict[int, str] = {}  # column of a label beside the first column -> its status, down to the next label
    for row in block.rows or []:
        # 'Dave Horkan (DHO) | Clerk | Apologies: | Tom Roberts' then '... | | Andy Beeston': a label in a later
        # column heads the names in the column after it, on its row and the rows below with no label of their own
        for k in range(1, len(row) - 1):
            label = (row[k] or "").strip()
            if label:
                side.pop(k, None)
                if LABEL_CELL_RE.match(label) and label.endswith(":"):  # a label, not a status column's value
                    side[k] = status_of(label.rstrip(":"))
            if k in side and (row[k + 1] or "").strip():
                entries += _entries(row[k + 1], side[k], block, index)
        cells = [c for c in row if c and c.strip()]
        if len(cells) >= 2 and LABEL_CELL_RE.match(cells[0]):
            text = f"{cells[0].strip(' :')}: {' '.join(cells[1:])}"
            entries += attendance_from_block(Block("paragraph", text, block.page), index)
            continue
        for cell in cells:
            m = people_module.APOLOGIES_SENTENCE_RE.search(cell)
            if m:
                entries += _entries(_first_sentence(m.group(1)), "apologies", block, index)
    return entries


def _cell(row: list[str], col: int | None) -> str:
    return row[col] if col is not None and col < len(row) and row[col] else ""


def _row_person(row: list[str], name_col: int, post_col, org_col, keep: bool) -> Person | None:
    """The person a table row names in its name column, with its post and organisation columns."""
    person = parse_person(row[name_col]) if name_col < len(row) else None
    if person:
        _fill_from_columns(person, row, post_col, org_col, keep)
    return person


def _fill_from_columns(person: Person, row: list[str], post_col, org_col, keep: bool) -> None:
    """Post and organisation from a table's columns; `keep` leaves what the name cell said."""
    if _cell(row, post_col) and not (keep and person.post):
        person.post = _cell(row, post_col)
    if _cell(row, org_col) and not (keep and person.organisation):
        person.organisation = _cell(row, org_col)


# --- membership tables -----------------------------------------------------------------------

def membership_from_table(block: Block) -> list[Person]:
    """Name | Post title | Organisation tables (membership lists, contact tables)."""
    rows = block.rows or []
    if len(rows) < 2:
        return []
    header = [c.strip().lower() for c in rows[0]]
    if "name" not in header:
        return []
    name_col = header.index("name")
    post_col = next((i for i, c in enumerate(header) if re.search(r"post|title|role|position|job", c)), None)
    org_col = next((i for i, c in enumerate(header) if re.search(r"organi[sz]ation|agency|body|employer|affil", c)), None)
    people = []
    for row in rows[1:]:
        person = _row_person(row, name_col, post_col, org_col, keep=False)
        if person:
            people.append(person)
    return people
