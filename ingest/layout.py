"""Words by position, where the page layout carries meaning that the text order loses.

Minutes often keep owners in a right-hand "Action" column: initials ("KV", "TB/AW") printed
level with the sentence they own. The text layer puts them wherever the content stream did
(glued to another paragraph, or in a table cell of their own), so the column is read here by
x and y position instead: each mark with the text of the body line it sits level with."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Owner codes: initials or short codes, several joined by / , & or a space ("TB/AW", "AHop"); a member's
# code with a lower-case part ("BMc", a second BM), "All", and a title with an initial ("Cllr F").
CODE = r"(?:[A-Z]{2,4}[a-z]{0,3}|All|(?:Cllr|Clr)\.?\s?[A-Z][a-z]{0,2})"
JOIN = r"[/&,+]"
# one line of the column: codes, perhaps opening or ending with the sign that joins them to the next
# line's ('RD &' over 'AM'), or that sign alone ('AM' / '&' / 'BM')
PIECE_RE = re.compile(rf"(?:{JOIN}\s*)?{CODE}(?:\s*[/,&]\s*{CODE})*(?:\s*{JOIN})?|{JOIN}")
SIDE_ZONE = 0.75  # a side column starts in the right quarter of the page
MAX_MARK_WIDTH = 60  # points: a code, not a line of text
MIN_GAP = 6  # points of white space between the body text and the column
COLUMN_SLACK = 6  # points: marks of one column start at (nearly) the same x
GLUE_GAP = 3  # points: parts of one code the text layer split ('BM' and 'c')


@dataclass
class SideMark:
    mark: str  # "TB/AW"
    line: str  # the body line level with it; a mark over several lines: each of their lines, one a line
    left: float  # x of the mark, to check that marks form one column
    pieces: tuple[str, ...] = ()  # the column's lines the mark is printed as ('AM', '& BM'), as the text layer has them


def _pieces(rects, page_width: float) -> list[tuple[tuple, list]]:
    """The column's lines: narrow runs of text in the right margin, the parts of one line joined
    ('BM' 'c' -> 'BMc'), each with its box and the rects it is made of."""
    narrow = sorted((r for r in rects if r[0] >= page_width * SIDE_ZONE and r[2] - r[0] <= MAX_MARK_WIDTH),
                    key=lambda r: (-r[3], r[0]))
    pieces: list[tuple[tuple, list]] = []
    for rect in narrow:
        if pieces:
            box, parts = pieces[-1]
            height = min(box[3] - box[1], rect[3] - rect[1])
            same_line = min(box[3], rect[3]) - max(box[1], rect[1]) > height * 0.5
            if same_line and 0 <= rect[0] - box[2] <= GLUE_GAP:
                pieces[-1] = ((box[0], min(box[1], rect[1]), rect[2], max(box[3], rect[3])), parts + [rect])
                continue
        pieces.append((rect, [rect]))
    return pieces


def _level_line(page, rects, box, own) -> str | None:
    """The body line level with a column piece, or None when the piece is part of a line of text."""
    left, bottom, _, top = box
    level = [r for r in rects if r not in own and r[1] < top and r[3] > bottom]
    if not level or max(r[2] for r in level) > left - MIN_GAP:
        return None  # nothing level with it, or the code is part of a line of text
    upper = max(r[3] for r in level)  # between two lines the code belongs to the upper one
    line = [r for r in level if r[3] > upper - (top - bottom) * 0.5]
    span = (min(r[0] for r in line), min(r[1] for r in line), max(r[2] for r in line), max(r[3] for r in line))
    return re.sub(r"\s+", " ", page.bounded(*span)).strip()


def side_marks(page, page_width: float) -> list[SideMark]:
    """Codes in the right-hand margin of one page (a pdf_text.PageText), each with its body line. A mark
    printed over several lines ('AM' / '&' / 'BM', 'RD &' / 'AM') is one mark, one owner set for
    one task, with the body lines level with each of its lines."""
    rects = page.rects
    column = []
    for box, own in _pieces(rects, page_width):
        text = re.sub(r"\s+", " ", page.bounded(*box)).strip()
        if not PIECE_RE.fullmatch(text):
            continue
        line = _level_line(page, rects, box, own)
        if line is None:
            continue
        column.append((box, text, line))
    groups: list[list[tuple]] = []
    for piece in column:
        box, text, _ = piece
        if groups:
            last_box, last_text, _ = groups[-1][-1]
            near = last_box[1] - box[3] < 1.5 * (box[3] - box[1])  # the next line down, not a paragraph away
            joined = re.search(rf"{JOIN}$", last_text) or re.match(JOIN, text)
            # a code beside a sentence's short last line ('CR' / 'BM' beside '... informed of the situation
            # on' / 'their behalf.'): the same sentence as the code above it, so one mark with it
            tail = len(piece[2]) < 15 and piece[2][:1].islower()
            if near and (joined or tail):
                groups[-1].append(piece)
                continue
        groups.append([piece])
    found = []
    for group in groups:
        codes = [c for _, text, _ in group for c in re.findall(CODE, text)]
        lines = [line for _, _, line in group if len(line) >= 15]
        if codes and lines:
            found.append(SideMark("/".join(dict.fromkeys(c.replace(" ", " ") for c in codes)), "\n".join(lines),
                                  group[0][0][0], tuple(text for _, text, _ in group)))
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


def without_column(lines: list[str], marks: list[SideMark]) -> list[str]:
    """The page's text lines without the lines that are only a piece of its side column ('AM', '& BM'): the
    column is read by position (side_marks), and as lines of their own they would read as headings over
    the items after them, or as words glued onto the sentence before. Each piece goes once: a code the
    body prints on a line of its own elsewhere stays."""
    left = Counter(piece for m in marks for piece in m.pieces)
    kept = []
    for line in lines:
        text = re.sub(r"\s+", " ", line).strip()
        if left[text] > 0:
            left[text] -= 1
            continue
        kept.append(line)
    return kept
