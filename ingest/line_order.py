"""A page whose text layer draws its lines out of order, read top to bottom by position.

pypdfium2 gives a page's text in the order of the content stream, which for most papers is the
reading order. Some word processors draw a run of text long after the lines around it: Des
Moines' council minutes draw each 'Moved by X to adopt. Motion Carried 7-0.' that ends an
item's last line one or two items later, and a side heading ('Class "C" Liquor Licenses') after
the item under it, so in the stream a motion lands on the wrong item and a heading on the item
before its own. Where the runs' positions say so, the page's lines are rebuilt from them.

Only a page of plain lines is rebuilt: every line's runs follow each other with no more than a
word's space between them. A wider gap on any line (two columns, a table without rules, an
Action column of owner codes, a footer's text and page number) means position alone cannot say
what is read after what, and such a page keeps the stream's order, as does every page whose
stream already runs top to bottom and left to right."""

from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as raw

# A run that starts above the last one's top by more than this share of its height goes back up the
# page (a superscript or a bracket printed a little high does not).
BACK_UP = 0.5
# Two runs are on one line when their heights overlap by more than this share of the smaller.
SAME_LINE = 0.5
# The widest gap between two runs of one line of prose, as a share of the text's height: a
# word space is about a third of it; a tab stop, a column gutter or a table cell's padding is more.
WORD_GAP = 0.6
OVERLAP = 1.0  # points: runs of one line that overlap more than this are not one line of prose


def in_stream_order(rects) -> bool:
    """Whether every run comes after the one before it on the page: on the same line to its
    right, or lower down. Most pages: one pass, nothing built."""
    for a, b in zip(rects, rects[1:]):
        height = max(a[3] - a[1], 1.0)
        if b[1] > a[3] + BACK_UP * height:
            return False  # goes back up the page
        if _same_line(a, b) and b[0] < a[2] - OVERLAP:
            return False  # goes back left along the line
    return True


def _wide_gap_in_stream(rects) -> bool:
    """Whether two runs the stream draws one after the other on one line leave more than a word's
    space between them: most pages of columns or tables say so at once, before any line is built."""
    for a, b in zip(rects, rects[1:]):
        if _same_line(a, b) and b[0] - a[2] > WORD_GAP * max(min(a[3] - a[1], b[3] - b[1]), 1.0):
            return True
    return False


def _same_line(a, b) -> bool:
    height = min(a[3] - a[1], b[3] - b[1])
    return min(a[3], b[3]) - max(a[1], b[1]) > SAME_LINE * height


def _lines(rects) -> list[list[int]]:
    """The runs (indexes) grouped into printed lines, top to bottom, each line left to right."""
    lines: list[list[int]] = []
    boxes: list[list[float]] = []  # each line's bottom and top
    for k in sorted(range(len(rects)), key=lambda k: (-rects[k][3], rects[k][0])):
        r = rects[k]
        # taken top-down, a run is on one of the last lines begun, if on any
        for n in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            if _same_line((0.0, boxes[n][0], 0.0, boxes[n][1]), r):
                lines[n].append(k)
                boxes[n] = [min(boxes[n][0], r[1]), max(boxes[n][1], r[3])]
                break
        else:
            lines.append([k])
            boxes.append([r[1], r[3]])
    order = sorted(range(len(lines)), key=lambda n: -boxes[n][1])
    return [sorted(lines[n], key=lambda k: rects[k][0]) for n in order]


def _plain(rects, line: list[int]) -> bool:
    """Whether a line's runs follow each other as words of one line do."""
    for a, b in zip(line, line[1:]):
        ra, rb = rects[a], rects[b]
        height = max(min(ra[3] - ra[1], rb[3] - rb[1]), 1.0)
        if rb[0] - ra[2] > WORD_GAP * height or rb[0] < ra[2] - OVERLAP:
            return False
    return True


def lines_by_position(page) -> list[str] | None:
    """The text lines of one page (a pdf_text.PageText) read by position, or None where the
    stream's order stands: the stream already reads top to bottom, or a line is not plain prose."""
    rects = page.rects
    if len(rects) < 2 or in_stream_order(rects) or _wide_gap_in_stream(rects):
        return None
    if not all(_plain(rects, line) for line in _lines(rects)):
        return None
    pieces = _stream_lines(page.textpage)
    if pieces is None:
        return None
    boxes = [box for box, _ in pieces]
    # the stream's own lines, each as the stream wrote it (its spaces and hyphens), put in the order of
    # the page; two of them printed on one line are one line
    return [pieces[line[0]][1] if len(line) == 1 else " ".join(pieces[k][1].strip() for k in line)
            for line in _lines(boxes)]


def _stream_lines(textpage) -> list[tuple[tuple, str]] | None:
    """The lines of the text layer as pdfium breaks them, each with the box of its characters; None
    when the text does not map one to one onto the page's characters."""
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():
        return None
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    pieces = []
    start = 0
    for end in [m.start() for m in re.finditer(r"\r\n|\n|\r", text)] + [len(text)]:
        box = None
        inked = [k for k in range(start, end) if not text[k].isspace()]
        # a line of the layer runs left to right: its first, middle and last characters give its box (each
        # character asked for is a call into pdfium)
        for k in dict.fromkeys(inked[:1] + inked[len(inked) // 2:len(inked) // 2 + 1] + inked[-1:]):
            if not raw.FPDFText_GetCharBox(textpage, k, left, right, bottom, top):
                continue
            if box is None:
                box = [left.value, bottom.value, right.value, top.value]
            else:
                box = [min(box[0], left.value), min(box[1], bottom.value), max(box[2], right.value), max(box[3], top.value)]
        if box is not None:
            pieces.append((tuple(box), text[start:end]))
        start = end + (2 if text[end:end + 2] == "\r\n" else 1)
    return pieces
