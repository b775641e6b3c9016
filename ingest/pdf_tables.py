"""Ruled tables found from pdfium's page objects, without parsing the page a second time.

pdfplumber finds tables well but pays for a full pdfminer parse of every page it looks at
(hundreds of milliseconds). Its table geometry (snap and join the ruling edges, intersect them,
build cells, group cells into tables) is pure arithmetic on edges, so here the edges come from
pdfium's path objects, shaped the way pdfminer would shape them, the geometry is pdfplumber's
own, and each cell's text is pdfium's characters whose centre falls in the cell (pdfplumber's
rule). A page whose rules make no 2x2 grid costs a walk over its path objects and nothing more.
"""

from __future__ import annotations

import ctypes
from bisect import bisect_left
from operator import itemgetter

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber import table as plumber_table
from pdfplumber import utils as plumber_utils

from .pdf_objects import too_many_objects

SETTINGS = plumber_table.TableSettings()
FLAT = 0.01  # float32 points from pdfium: a segment this close to level is level
LINE_GAP = 3  # pdfplumber's x_tolerance / y_tolerance for words and lines
def page_tables(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage | None = None
                ) -> list[tuple[tuple[float, float, float, float], list[list[str | None]]]]:
    """Every ruled table on the page: its box (pdfplumber's convention: measured from the top
    of the page) and its rows of cell text (None where a merged cell leaves no cell). The
    page's text page may be given, so it is not loaded again."""
    if too_many_objects(page.raw):
        return []
    height = page.get_height()
    edges = _edges(page, height)
    if not _could_hold_a_grid(edges):
        return []
    edges = plumber_table.merge_edges(
        plumber_utils.filter_edges(edges, min_length=SETTINGS.edge_min_length_prefilter),
        SETTINGS.snap_x_tolerance, SETTINGS.snap_y_tolerance, SETTINGS.join_x_tolerance, SETTINGS.join_y_tolerance,
    )
    edges = plumber_utils.filter_edges(edges, min_length=SETTINGS.edge_min_length)
    intersections = plumber_table.edges_to_intersections(
        edges, SETTINGS.intersection_x_tolerance, SETTINGS.intersection_y_tolerance)
    cells = intersections_to_cells(intersections)
    tables = [plumber_table.Table(None, group) for group in plumber_table.cells_to_tables(cells)]
    if not tables:
        return []
    chars = _chars(textpage or page.get_textpage(), height)
    return [(t.bbox, _extract(t, chars)) for t in tables]


def intersections_to_cells(intersections: dict) -> list[tuple]:
    """pdfplumber's `table.intersections_to_cells`: the same cells in the same order, without its cost of points by
    points. pdfplumber finds the points below and right of each point by scanning every later point, and turns two
    points' edges into sets of boxes at every test of whether an edge joins them; here each point's edges are sets
    once, and the points below and right of a point are the rest of its column's and its row's own lists (the
    points sorted as pdfplumber sorts them, so each list keeps its order)."""
    box = plumber_utils.obj_to_bbox
    upright = {p: set(map(box, edges["v"])) for p, edges in intersections.items()}
    level = {p: set(map(box, edges["h"])) for p, edges in intersections.items()}

    def joined(p, q) -> bool:  # pdfplumber's edge_connects
        return (p[0] == q[0] and not upright[p].isdisjoint(upright[q])) or \
            (p[1] == q[1] and not level[p].isdisjoint(level[q]))

    points = sorted(intersections)
    columns: dict = {}
    rows: dict = {}
    for p in points:
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    in_column = {p: k for column in columns.values() for k, p in enumerate(column)}
    in_row = {p: k for row in rows.values() for k, p in enumerate(row)}
    cells = []
    for pt in points:
        below, right = columns[pt[0]][in_column[pt] + 1:], rows[pt[1]][in_row[pt] + 1:]
        cell = None
        for below_pt in below:
            if not joined(pt, below_pt):
                continue
            for right_pt in right:
                if not joined(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in intersections and joined(corner, right_pt) and joined(corner, below_pt):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell:
                break
        if cell:
            cells.append(cell)
    return cells


def _could_hold_a_grid(edges: list[dict]) -> bool:
    """A few rules (a header line, a box round the logo) are not a table: a grid needs at least
    two horizontal and two vertical edges."""
    h = sum(1 for e in edges if e["orientation"] == "h")
    v = sum(1 for e in edges if e["orientation"] == "v")
    return h >= 2 and v >= 2


def _edges(page: pdfium.PdfPage, height: float) -> list[dict]:
    edges: list[dict] = []
    for obj, matrix in _path_objects(page.raw, raw.FPDFPage_CountObjects(page.raw),
                                     lambda i: raw.FPDFPage_GetObject(page.raw, i), (1, 0, 0, 1, 0, 0)):
        if not _painted(obj) or _dot(obj, matrix):
            continue
        for points, closed in _subpaths(obj, matrix):
            edges.extend(_shape_edges([(x, height - y) for x, y in points], closed))
    return edges


def _path_objects(owner, count, get, matrix):
    """Path objects with the matrix from their space to the page's, inside forms too (pdfminer
    draws form XObjects' paths as the page's own)."""
    for i in range(count):
        obj = get(i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj, _compose(_matrix(obj), matrix)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            inner = _compose(_matrix(obj), matrix)
            yield from _path_objects(obj, raw.FPDFFormObj_CountObjects(obj),
                                     lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j), inner)


def _matrix(obj) -> tuple[float, ...]:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner, outer) -> tuple[float, ...]:
    """The matrix applying `inner`, then `outer` (PDF's row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _dot(obj, matrix) -> bool:
    """A path under a point across (a full stop drawn as a shape, a glyph's speck) gives only
    edges shorter than pdfplumber's 1-point prefilter: not worth reading segment by segment."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return False
    a, b, c, d, _, _ = matrix
    scale = max(abs(a) + abs(c), abs(b) + abs(d), 1.0)  # bounds are in the form's space inside forms
    return (right.value - left.value) * scale < 1 and (top.value - bottom.value) * scale < 1


def _painted(obj) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, fill, stroke):
        return True
    return bool(fill.value) or bool(stroke.value)


def _subpaths(obj, matrix):
    """The path's points split at each move, in page space, each with whether it was closed."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    current: list[tuple[float, float]] = []
    closed = False
    # (four pdfium calls a segment, and a page of rules has thousands: no lookups in the loop)
    segment_of, point_of, type_of, closes = (raw.FPDFPath_GetPathSegment, raw.FPDFPathSegment_GetPoint,
                                             raw.FPDFPathSegment_GetType, raw.FPDFPathSegment_GetClose)
    move = raw.FPDF_SEGMENT_MOVETO
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = segment_of(obj, i)
        point_of(segment, x, y)
        px, py = x.value, y.value
        point = (a * px + c * py + e, b * px + d * py + f)
        if type_of(segment) == move:
            if current:
                yield current, closed
            current, closed = [point], False
        else:
            current.append(point)
        if closes(segment):
            closed = True
    if current:
        yield current, closed


def _shape_edges(points: list[tuple[float, float]], closed: bool) -> list[dict]:
    """Edges as pdfminer and pdfplumber make them: a two-point path is a line, a closed
    axis-aligned four-cornered path is a rectangle (four edges), anything else a curve whose
    level or upright steps are edges."""
    if len(points) == 2 and not closed:
        (x0, y0), (x1, y1) = points
        orientation = "h" if abs(y0 - y1) <= FLAT else "v"
        return [_edge(x0, y0, x1, y1, orientation)]
    corners = points[:-1] if len(points) == 5 and _same(points[0], points[-1]) else points
    if len(corners) == 4 and (closed or len(points) == 5) and _axis_aligned(corners):
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        return [_edge(x0, top, x1, top, "h"), _edge(x0, bottom, x1, bottom, "h"),
                _edge(x0, top, x0, bottom, "v"), _edge(x1, top, x1, bottom, "v")]
    out = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if abs(x0 - x1) <= FLAT:
            out.append(_edge(x0, y0, x0, y1, "v"))
        elif abs(y0 - y1) <= FLAT:
            out.append(_edge(x0, y0, x1, y0, "h"))
    return out


def _same(p, q) -> bool:
    return abs(p[0] - q[0]) <= FLAT and abs(p[1] - q[1]) <= FLAT


def _axis_aligned(corners) -> bool:
    steps = zip(corners, corners[1:] + corners[:1])
    return all(abs(p[0] - q[0]) <= FLAT or abs(p[1] - q[1]) <= FLAT for p, q in steps)


def _edge(x0, top0, x1, top1, orientation) -> dict:
    x0, x1 = min(x0, x1), max(x0, x1)
    top, bottom = min(top0, top1), max(top0, top1)
    if orientation == "h":
        bottom = top
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "edge"}


# code points str.isspace() is true of (a set lookup per character instead of chr() and a call)
SPACES = frozenset(c for c in range(0x3001) if chr(c).isspace())
HYPHENS = (2, 0xFFFE)  # pdfium's marks for a hyphen at a line break


def _chars(textpage: pdfium.PdfTextPage, height: float) -> list[tuple[float, float, float, float, str, bool]]:
    """pdfium's characters with their font-sized boxes (pdfminer's char boxes are font-sized
    too), measured from the top of the page, each with whether a space (drawn, or generated
    by pdfium as in the page's text) comes before it in reading order."""
    handle = textpage.raw
    unicode_of, loose_box = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox  # (hot loop: no lookups)
    box = raw.FS_RECTF()
    chars = []
    append = chars.append
    space = False
    for i in range(textpage.count_chars()):
        code = unicode_of(handle, i)
        if code == 10 or code == 13:
            continue  # pdfium breaks lines at superscripts too: not a word break
        if code in SPACES:
            space = True  # a space, where it is drawn, breaks the words on either side in reading order
            continue
        if not loose_box(handle, i, box):
            continue
        append((box.left, height - box.top, box.right, height - box.bottom, "-" if code in HYPHENS else chr(code), space))
        space = False
    return chars


def _extract(table, chars) -> list[list[str | None]]:
    """pdfplumber's Table.extract with pdfium's characters: a character belongs to the cell
    holding its centre; a cell's text is its lines top to bottom, each left to right, with a
    space where characters stand further apart than pdfplumber's word gap. Characters are
    narrowed to the table, then to each row, before each cell looks at them."""
    x0, top, x1, bottom = table.bbox
    inside = [c for c in chars if x0 <= (c[0] + c[2]) / 2 < x1 and top <= (c[1] + c[3]) / 2 < bottom]
    # a row's characters by bisecting their middles, sorted once (filtering every character for every row was
    # rows x characters), then put back in reading order, which the cells' line and word order rests on
    middle_of = [(c[1] + c[3]) / 2 for c in inside]
    by_middle = sorted(range(len(inside)), key=middle_of.__getitem__)
    middles = [middle_of[k] for k in by_middle]
    rows = []
    for row in table.rows:
        rx0, rtop, rx1, rbottom = row.bbox
        in_row = [inside[k] for k in sorted(by_middle[bisect_left(middles, rtop):bisect_left(middles, rbottom)])]
        rows.append([None if cell is None else _cell_text(cell, in_row) for cell in row.cells])
    return rows


_LEFT, _TOP = itemgetter(0), itemgetter(1)  # a character's sort keys (a lambda a character cost as much again)


def _cell_text(cell, chars) -> str:
    x0, top, x1, bottom = cell
    mine = [c for c in chars if x0 <= (c[0] + c[2]) / 2 < x1 and top <= (c[1] + c[3]) / 2 < bottom]
    lines: list[list] = []
    for c in sorted(mine, key=_TOP):
        if lines and abs(c[1] - lines[-1][0][1]) <= LINE_GAP:
            lines[-1].append(c)
        else:
            lines.append([c])
    words = []
    for line in lines:
        text, last = "", None
        for c in sorted(line, key=_LEFT):
            if last is not None and (c[5] or c[0] > last + LINE_GAP):
                text += " "
            text += c[4]
            last = c[2]
        words.append(text)
    return "\n".join(words)
