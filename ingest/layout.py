"""Words by position, where the page layout carries meaning that the text order loses.

Minutes often keep owners in a right-hand "Action" column: initials ("KV", "TB/AW") printed
level with the sentence they own. The text layer puts them wherever the content stream did
(glued to another paragraph, or in a table cell of their own), so the column is read here by
x and y position instead: each mark with the text of the body line it sits level with."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Owner codes: initials or short codes, several joined by / , & or a space ("TB/AW", "AHop").
MARK_RE = re.compile(r"[A-Z]{2,4}[a-z]{0,3}(?:\s*[/,&]\s*[A-Z]{2,4}[a-z]{0,3})*")
SIDE_ZONE = 0.75  # a side column starts in the right quarter of the page
MAX_MARK_WIDTH = 60  # points: a code, not a line of text
MIN_GAP = 6  # points of white space between the body text and the column
COLUMN_SLACK = 6  # points: marks of one column start at (nearly) the same x


@dataclass
class SideMark:
    mark: str  # "TB/AW"
    line: str  # the body line level with it
    left: float  # x of the mark, to check that marks form one column


def side_marks(textpage, page_width: float) -> list[SideMark]:
    """Codes in the right-hand margin of one pdfium text page, each with its body line."""
    rects = [textpage.get_rect(k) for k in range(textpage.count_rects())]
    found = []
    for rect in rects:
        left, bottom, right, top = rect
        if left < page_width * SIDE_ZONE or right - left > MAX_MARK_WIDTH:
            continue
        text = textpage.get_text_bounded(left, bottom, right, top).strip()
        if not MARK_RE.fullmatch(text):
            continue
        level = [r for r in rects if r is not rect and r[1] < top and r[3] > bottom]
        if not level or max(r[2] for r in level) > left - MIN_GAP:
            continue  # nothing level with it, or the code is part of a line of text
        upper = max(r[3] for r in level)  # between two lines the code belongs to the upper one
        line = [r for r in level if r[3] > upper - (top - bottom) * 0.5]
        box = (min(r[0] for r in line), min(r[1] for r in line), max(r[2] for r in line), max(r[3] for r in line))
        line_text = re.sub(r"\s+", " ", textpage.get_text_bounded(*box)).strip()
        if len(line_text) >= 15:
            found.append(SideMark(text, line_text, left))
    return found


def one_column(marks_by_page: dict[int, list[SideMark]]) -> dict[int, list[SideMark]]:
    """Keep the marks that line up with at least one other mark of the document: a column,
    not a stray acronym at the end of one short line."""
    lefts = [m.left for marks in marks_by_page.values() for m in marks]
    kept = {}
    for page, marks in marks_by_page.items():
        column = [m for m in marks if sum(abs(m.left - x) <= COLUMN_SLACK for x in lefts) >= 2]
        if column:
            kept[page] = column
    return kept
