"""Attendance labels printed side by side, each over a column of names, read by position.

'Present:   Members of the Public:   Apologies:' with the names in three columns below: the text
layer runs each row's names together ('Nick Oakhill (NO) CHAIR Diana Stevens Katy Draper'), so
whose name is under which label is lost. Here the words' positions on the page put each piece
of text under the label whose column it sits in (the nearest label centre), row by row, and a
label further down a column ('Apologies:' under 'Also in attendance:') heads the rest of it."""

from __future__ import annotations

import re

from .lines import ITEM_NUMBER_RE

LABEL_TEXT_RE = re.compile(r"(?i)^\s*(?:(?:members|councillors)\s+present|present|also\s+present|(?:also\s+)?in\s+attendance|"
                           r"attendees|apologies(?:\s+for\s+absence)?|absent|members\s+of\s+the\s+public|public)\s*:?\s*$")
MIN_COLUMN_GAP = 60.0  # points between two labels of one header row
COLUMN_SLACK = 8.0  # points: a column's names may start this far left of its label
MAX_DEPTH = 260.0  # points below the header a column of names may reach
# every label holds one of these words (LABEL_TEXT_RE): a page whose text holds fewer than two has no
# header row, and is not cut into boxes at all (most pages: the cutting is most of a page's reading)
LABEL_WORD_RE = re.compile(r"present|attendance|attendees|apologies|absent|public")


def _rows(pieces):
    """Pieces of text grouped into printed rows, top to bottom: a piece whose middle lies within
    a row's height is on that row (a bracket or superscript printed a little higher or lower)."""
    rows: list[list] = []
    for p in sorted(pieces, key=lambda p: -p[3]):
        middle = (p[1] + p[3]) / 2
        if rows and min(q[1] for q in rows[-1]) <= middle <= max(q[3] for q in rows[-1]):
            rows[-1].append(p)
        else:
            rows.append([p])
    return [sorted(r, key=lambda p: p[0]) for r in rows]


def _text(page, left, bottom, right, top) -> str:
    return re.sub(r"\s+", " ", page.bounded(left, bottom, right, top)).strip()


def _split_wide(page, piece, cuts):
    """A piece the text layer ran across a column's edge ('Nick Oakhill (NO) CHAIR David Carlisle')
    is cut there, where the page is blank."""
    left, bottom, right, top = piece
    out = []
    for x in sorted(cuts):
        if left < x - 2 < x + 2 < right and not _text(page, x - 2, bottom, x + 2, top):
            out.append((left, bottom, x, top))
            left = x
    return out + [(left, bottom, right, top)]


def _labels(page, row, bottom, top):
    """The header's labels: its pieces, with a colon printed apart joined to the label before it."""
    spans: list[list[float]] = []
    for p in row:
        if spans and p[0] - spans[-1][1] < 4:
            spans[-1][1] = p[2]
        else:
            spans.append([p[0], p[2]])
    return [(a, b, _text(page, a, bottom, b, top)) for a, b in spans]


def _inked(textpage, row):
    """The row's pieces cut to where they are printed: the text layer's rectangle of 'Members of the
    Public:' (Souldern 2025) starts at the wide space that follows 'Present:', so the two labels
    read as one piece."""
    out = []
    for left, bottom, right, top in row:
        first = textpage.get_index((left + right) / 2, (bottom + top) / 2, (right - left) / 2, (top - bottom) / 2)
        if first is None or first < 0:
            out.append((left, bottom, right, top))
            continue
        # every character whose box lies in the piece, by walking out from one inside it
        boxes = []
        for step in (-1, 1):
            k = first if step == 1 else first - 1
            while 0 <= k < textpage.count_chars():
                box = textpage.get_charbox(k)
                middle = (box[1] + box[3]) / 2
                if not (left - 1 <= box[0] and box[2] <= right + 1 and bottom - 1 <= middle <= top + 1):
                    break
                if textpage.get_text_range(k, 1).strip():
                    boxes.append(box)
                k += step
        if boxes:
            out.append((min(b[0] for b in boxes), bottom, max(b[2] for b in boxes), top))
        else:
            out.append((left, bottom, right, top))
    return out


def label_columns(page, page_width: float, text: str) -> list[tuple[str, list[str]]]:
    """(label, the names under it) for the first header row of two or more attendance labels
    side by side on this page (a pdf_text.PageText, whose whole text is `text`); [] when there is none."""
    if len(LABEL_WORD_RE.findall(re.sub(r"\s+", "", text).lower())) < 2:
        return []
    pieces = [rect for rect in page.rects if _text(page, *rect)]
    rows = _rows(pieces)
    for n, row in enumerate(rows):
        bottom, top = min(p[1] for p in row), max(p[3] for p in row)
        labels = _labels(page, row, bottom, top)
        if len(labels) == 1 and labels[0][2].count(":") >= 2:
            labels = _labels(page, _inked(page.textpage, row), bottom, top)  # 'Present: Members of the Public:'
        if len(labels) < 2 or not all(LABEL_TEXT_RE.match(t) for _, _, t in labels) or \
                any((b[0] + b[1]) / 2 - (a[0] + a[1]) / 2 < MIN_COLUMN_GAP for a, b in zip(labels, labels[1:])):
            continue
        centres = [(a + b) / 2 for a, b, _ in labels]
        cuts = [a - COLUMN_SLACK for a, _, _ in labels[1:]]
        columns = [[[t.rstrip(": "), []]] for _, _, t in labels]
        for below in rows[n + 1:]:
            high = max(p[3] for p in below)
            line = _text(page, 0, min(p[1] for p in below), page_width, high)
            if bottom - high > MAX_DEPTH or ITEM_NUMBER_RE.match(line) or any(p[2] - p[0] > 0.6 * page_width for p in below):
                break  # the minutes' first item, or a line of prose: the columns have ended
            cells: dict[int, list] = {}
            for piece in below:
                for part in _split_wide(page, piece, cuts):
                    k = min(range(len(centres)), key=lambda i: abs(centres[i] - (part[0] + part[2]) / 2))
                    cells.setdefault(k, []).append(part)
            for k, parts in sorted(cells.items()):
                cell = ""
                for m, part in enumerate(sorted(parts)):
                    raw = page.bounded(*part)
                    gap = part[0] - sorted(parts)[m - 1][2] if m else 0
                    # a wide gap parts two columns under one label ('Also in attendance' over two)
                    cell += (", " if cell and gap > 20 else " " if cell and (cell.endswith(" ") or gap > 2) else "") + raw.replace("\r", " ").replace("\n", " ")
                cell = re.sub(r"\s+", " ", cell).strip(" -–")
                if not cell:
                    continue
                if LABEL_TEXT_RE.match(cell):
                    columns[k].append([cell.rstrip(": "), []])  # 'Apologies:' further down a column
                else:
                    columns[k][-1][1].append(cell)
        return [(label, names) for column in columns for label, names in column if names]
    return []
