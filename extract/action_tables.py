"""Actions in tables: action logs found by their column heads (Action | Owner | Due | Status), minutes tables with
an action column, and numbered action points ('05-01 RB, FQ to complete ...') in a table's cells or run into text."""

from __future__ import annotations

import re
from dataclasses import replace

from .action_match import stems
from .action_status import opening_status
# actions's patterns read through its module: scripts/rule_bodies.py names a pattern by the first module holding it
from . import actions
from .actions import ActionFact, owners_from, split_status, subject_owners
from .people import Registry
from .table_columns import marks, people_column, text_column

HEADER_ACTION_RE = re.compile(r"(?i)^(?:agreed\s+)?actions?(?:\s+(?:points?|required|agreed|description))?$|^(?:task|what)$")
HEADER_DUE_RE = re.compile(r"(?i)^(?:due|deadline|by when|target|date due|due date|timescale|when|completion date)\b")
HEADER_STATUS_RE = re.compile(r"(?i)^(?:status|progress|rag|position)\b")
HEADER_REF_RE = re.compile(r"(?i)^(?:ref|no\.?|number|item|#|id)\b")
HEADER_UPDATE_RE = re.compile(r"(?i)^(?:update|comments?|notes?|latest)\b")
# where one sentence of a cell ends and the next begins
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# a log's other heads beside its action column, as from_table reads them (due, status, update): only a log is read on
# over a page break. A minutes table whose 'Action' column holds owners' marks (Suffolk Libraries) has its marks read
# level with their lines by side_column, page by page
LOG_HEADS = (HEADER_DUE_RE, HEADER_STATUS_RE, HEADER_UPDATE_RE)


def continued(block, before):
    """A table a page break cut, read with its heads: the block, with the row of heads of the table just before it
    prepended, when that table heads an action column on the page before and this one, as wide, heads none (its first
    row the rest of a cell the break cut: Souldern's 'No | Action | Owner | Update' log going on to 'Sept25.03 |
    Bridleway to NBW - KG to contact OCC Bridleways | KG | ...'). Any other block is itself."""
    if before is None or not before.rows or not block.rows or block.page != before.page + 1:
        return block
    heads, first = before.rows[0], block.rows[0]
    if len(heads) != len(first) or not any(HEADER_ACTION_RE.search(c.strip()) for c in heads) or \
            not any(h.search(c.strip()) for h in LOG_HEADS for c in heads) or any(HEADER_ACTION_RE.search(c.strip()) for c in first):
        return block
    return replace(block, rows=[list(heads)] + [list(r) for r in block.rows])


def from_table(block, index: int, registry: Registry, numbered_points: bool = True) -> list[ActionFact]:
    """Action logs and minutes tables with an action column."""
    rows = block.rows or []
    if len(rows) < 2:
        return []
    header = [c.strip() for c in rows[0]]
    cols = {}
    for i, h in enumerate(header):
        for name, pattern in (("action", HEADER_ACTION_RE), ("due", HEADER_DUE_RE),
                              ("status", HEADER_STATUS_RE), ("ref", HEADER_REF_RE), ("update", HEADER_UPDATE_RE)):
            if name not in cols and pattern.search(h):
                cols[name] = i
                break
    # the owners' column by its cells, not its header (table_columns)
    owners_at = people_column(rows[1:], cols, registry)
    marked = owners_at is not None and owners_at == cols.get("action")
    if owners_at is not None and not marked:
        cols["owner"] = owners_at
    if marked:
        # the column headed 'Action' holds the owners' marks: the task is the row's matter beside them
        cols["owner"] = cols.pop("action")
        matter = text_column(rows[1:], set(cols.values()))
        if matter is not None:
            cols["action"] = matter
    if "action" not in cols:
        return _numbered_action_points(rows, block.page, index, registry) if numbered_points else []
    facts = []
    for row in rows[1:]:
        cell = lambda name: row[cols[name]].strip() if name in cols and cols[name] < len(row) else ""
        text = cell("action")
        if len(text) < 8:
            continue
        if marked and len(marks(cell("owner"))) != 1:
            continue  # no mark: no task; several: tasks of one row, each set level with its line (side_column)
        owners = owners_from(cell("owner"), registry) if cell("owner") else []
        status_text = cell("status") or None
        description, status, marker = split_status(text)
        if status_text:
            status = ("completed" if actions.COMPLETED_RE.search(status_text)
                      or re.search(r"(?i)^\s*(?:complete|closed|done)", status_text) else "open")
        elif opening_status(cell("update")):
            # no status column: a log headed 'No | Action | Owner | Update' prints 'Completed' in its update column
            status, status_text = opening_status(cell("update")).status, cell("update")
        if not owners:
            owners = subject_owners(description, registry)
        matter = [c for i, c in enumerate(row) if i not in cols.values()]
        facts.append(ActionFact(
            text=" | ".join(c for c in row if c), description=description, owners=owners, page=block.page, block=index,
            status=status, status_text=status_text or marker, due_hint=cell("due") or None, ref=cell("ref") or None,
            due_said=restated_in(description, matter), rule="table",
        ))
    return facts


# an action's reference, the meeting and the point: "05-01", "1-04", "4-099" (OCR), not dates ("23-01-2019") or ranges;
# dotted, North of Tyne LPC's open points "5.11", "11.3" and Souldern's "05.19.07" (month, year, point) and "Feb23.03",
# which a section's or a time's number shares ('5.1 The Clerk', '9.15'): a dotted one sets a task only before an
# owner's code ('5.11 SC to chase', '05.19.08 CF to respond'), where a dashed one may name any subject ('1-12 Members to')
DASHED_REF = r"(?<![\d\-/.])\d{1,2}-\d{2,3}(?![\d\-/])"
DOTTED_REF = r"(?<![\w\-/.])(?:[A-Z][a-z]{2,8})?\d{1,2}(?:\.\d{1,3}){1,2}(?![\d\-/]|\.\d)"
ACTION_REF = rf"(?:{DASHED_REF}|{DOTTED_REF})"
REF_SPLIT_RE = re.compile(rf"(?={ACTION_REF}\s)")
ACTION_REF_RE = re.compile(rf"{ACTION_REF}\s+[A-Z]")
NUMBERED_ASSIGNMENT_RE = re.compile(rf"(?:{DASHED_REF}\s*[A-Z][\w]*(?:\s+(?:and|&)\s+[A-Z]\w*)?"
                                    rf"|{DOTTED_REF}\s*[A-Z]{{2,4}}(?:\s*(?:,|and|&)\s*[A-Z]{{2,4}})*)\s+to\s+[a-z]")
# every reference holds a digit, a dash or a full stop, and a digit ('05-01', '5.11'): a text without one holds no point
_REFERENCE_GATE_RE = re.compile(r"\d[-.]\d")


def numbered_assignments(texts, at_least: int) -> bool:
    """Whether the texts hold `at_least` numbered action points between them ('09-01 FQ to', '1-02 Members to'),
    counted as NUMBERED_ASSIGNMENT_RE.findall counts them; the pattern's look-behinds are tried at every place of a
    text, so it runs only on texts with a reference's digits, and stops at the count."""
    found = 0
    for text in texts:
        if _REFERENCE_GATE_RE.search(text):
            for _ in NUMBERED_ASSIGNMENT_RE.finditer(text):
                found += 1
                if found >= at_least:
                    return True
    return False


def _numbered_action_points(rows, page: int, index: int, registry: Registry) -> list[ActionFact]:
    """Action points numbered like '05-01 RB, FQ, KK to complete ...' anywhere in a minutes
    table (a 'Decisions and Action Points' column, often misaligned across pages)."""
    facts = []
    for row in rows:
        for at, cell in enumerate(row):
            parts = REF_SPLIT_RE.split(cell)
            # the row's next cell is the last point's update column ('05.19.08 CF to respond ... | Completed CF')
            printed = opening_status(row[at + 1]) if at + 1 < len(row) else None
            for k, part in enumerate(parts):
                m = re.match(rf"({ACTION_REF})\s+(.+)", part.strip(), re.S)
                if not m:
                    continue
                ref, text = m.group(1), m.group(2).strip()
                if not text[:1].isupper():
                    continue  # "35-40 years old": a range, not an action point
                if re.fullmatch(DOTTED_REF, ref) and not NUMBERED_ASSIGNMENT_RE.match(part.strip()):
                    continue  # '5.1 The Clerk reported ...', '9.7 Agreed to move this item': a section's number
                text = re.split(r"\s+(?=[A-Z]{2,4}\s+(?:appointed|agreed|elected)\b)", text)[0]
                owners = subject_owners(text, registry) or _owners_beside(text, registry)
                description, status, marker = split_status(text)
                if printed and k == len(parts) - 1 and not marker:
                    status, marker = printed.status, row[at + 1].strip()
                facts.append(ActionFact(text=f"{ref} {text}", description=description, owners=owners, page=page,
                                        block=index, status=status, status_text=marker, ref=ref, rule="action-points",
                                        due_said=restated_in(text, row[:at] + row[at + 1:])))
    return facts


def _owners_beside(text: str, registry: Registry) -> list[tuple[str, str]]:
    """A point that names no one ('1-17 Response letter to be provided'), with its row's discussion run into it by
    the text layer or OCR: owned by whom a later sentence of it sets the same work ('AG and AW to provide a draft LPC
    response to KK', North of Tyne LPC): two words of the point's deed shared, so a neighbouring row's task is not."""
    first, *rest = SENTENCE_SPLIT_RE.split(text)
    deed = set(stems(first))
    for sentence in rest:
        owners = subject_owners(sentence, registry)
        if owners and len(deed & set(stems(sentence))) >= 2:
            return owners
    return []


def restated_in(task: str, cells: list[str]) -> str | None:
    """The sentence of the task's row, in its other cells, that sets the same work at more length: the action column
    prints 'ORWG to review Chair's job roles', the discussion beside it 'ORWG to review Chairs job description
    within 1 month.' (North of Tyne LPC), and only that sentence says when. At least three of the task's words shared,
    and the most of them for the sentence's length (a long sentence of the discussion shares words with every point
    of its row), so a neighbouring point's sentence is not taken."""
    deed = set(stems(SENTENCE_SPLIT_RE.split(task)[0]))
    best, overlap = None, 0.0
    for cell in cells:
        for sentence in SENTENCE_SPLIT_RE.split(cell or ""):
            words = set(stems(sentence))
            shared = len(deed & words)
            if shared >= 3 and shared / len(deed | words) > overlap:
                best, overlap = sentence, shared / len(deed | words)
    return best


def numbered_points_in_text(text: str, page: int, index: int, registry: Registry) -> list[ActionFact]:
    """The same numbered points in a paragraph: an action-points column that OCR or the text
    layer ran into the discussion beside it ('... | 1-04 GSC to review self-assessment ...')."""
    return _numbered_action_points([text.split(" | ")], page, index, registry)
