"""PDF to Document: pypdfium2 for the text (fast, good reading order) and for ruled tables
(found from the page's drawn rules, see pdf_tables); pdfplumber only for rotated pages with
rules, where its own page model keeps the geometry straight."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from .document import LIST_ITEM, PARAGRAPH, TABLE, Block, Document, Page, ReadError
from .furniture import strip_furniture
from .label_columns import label_columns
from .layout import one_column, side_marks, without_column
from .line_order import lines_by_position
from .lines import lines_to_blocks
from .pdf_objects import draws_an_image
from .pdf_text import PageText
from .text_layer import not_language
from . import pdf_tables

# Pages with fewer vector paths than this cannot hold a ruled table worth looking for.
MIN_PATHS_FOR_TABLE = 12
TABLE_MARK = "\x00TABLE"


LABEL_COLUMN_PAGES = 2  # attendance opens the minutes
# pdfium keeps what it parsed of every page loaded (~3 kB a page, closed or not) until the file is
# closed: 10,000 different tiny pages held ~30 MB of a paper's 192 MB. The file is opened again
# after so many pages, so what one paper's pages hold is bounded, whatever their number.
PAGES_PER_OPEN = 500
# Pages in a row that cannot be loaded, after which the page count is taken to be a lie: a 700-byte
# PDF whose page tree claims 1,000,000 pages took 45-80 s and 800 MB to try each one, and stored
# 999,999 empty pages. No real paper has a run of this many broken pages before good ones.
MOST_UNLOADED_IN_A_ROW = 1000


def read_pdf(path: str, ocr: bool | None = None) -> Document:
    with open(path, "rb") as f:
        head = f.read(1024)
    if not head:
        raise ReadError("empty file")
    if b"%PDF-" not in head:
        raise ReadError(f"not a PDF: the file starts with {head[:20]!r}")
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise ReadError("encrypted PDF: it needs a password to open") from e
        raise ReadError(f"corrupt or unreadable PDF ({msg})") from e
    try:
        raw_pages, table_pages, tables, imaged, marks, annotated, columns = [], [], {}, set(), {}, [], {}
        garbled = set()  # pages whose text layer is not language: read as pictures of text
        unloaded = []
        claimed = len(pdf)
        for i in range(claimed):
            if _long_broken_run(unloaded, i):
                break  # the rest are counted as not loaded, not tried
            if i and i % PAGES_PER_OPEN == 0:
                pdf.close()
                pdf = pdfium.PdfDocument(path)
            try:
                page = pdf[i]
            except pdfium.PdfiumError:
                # a page tree that leads back to itself, or a page count that overstates it: the
                # page stands empty in its place, and the paper says so
                unloaded.append(i + 1)
                raw_pages.append([])
                continue
            if _has_other_annotations(page):
                annotated.append(i + 1)
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            by_position = PageText(textpage)
            # a page of plain lines whose text layer draws some of them out of order is read by position
            ordered = lines_by_position(by_position)
            raw_pages.append(_split_lines(text if ordered is None else "\n".join(ordered)))
            marks[i] = side_marks(by_position, page.get_width())  # an Action column of owner initials
            if i < LABEL_COLUMN_PAGES:
                columns[i] = label_columns(by_position, page.get_width(), text)
            if not text.strip() and draws_an_image(page.raw):
                imaged.add(i)
            elif not_language(text):
                garbled.add(i)
            if not _has_paths(page, MIN_PATHS_FOR_TABLE):
                continue
            if page.get_rotation():
                table_pages.append(i)
                continue
            found = _kept_tables(pdf_tables.page_tables(page, textpage))
            if found:
                tables[i] = (_lines_around(page, [b for b, _ in found], textpage), [rows for _, rows in found])
        if unloaded and len(unloaded) == len(raw_pages):
            raise ReadError(f"corrupt PDF: none of its {claimed} pages can be loaded (its page tree is broken or "
                            f"leads back to itself)")
        not_loaded = len(unloaded) + claimed - len(raw_pages)  # with those past a long broken run, not tried
        _drop_trailing(raw_pages, unloaded)
        metadata = pdf.get_metadata_dict()
        title = (metadata.get("Title") or "").strip()
        made = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", metadata.get("CreationDate") or "")
        created = f"{made.group(1)}-{made.group(2)}-{made.group(3)}" if made else None
    finally:
        pdf.close()

    scan = not any(s.strip() for lines in raw_pages for s in lines)
    notes: list[str] = []
    if (scan or imaged or garbled) and ocr is not False:
        from .ocr import ocr_available, ocr_pdf

        if ocr_available():
            # a scan: every page; a born-digital paper: only its pages that are a picture of text
            # or whose text is not language
            unread = [i for i in range(len(raw_pages)) if i + 1 not in unloaded] if scan else sorted(imaged | garbled)
            for i, lines in zip(unread, ocr_pdf(path, pages=unread, notes=notes)):
                raw_pages[i] = lines
            garbled = set()
    if scan:
        if not any(s.strip() for lines in raw_pages for s in lines):
            from .ocr import no_text_reason

            raise ReadError(no_text_reason(len(raw_pages), ocr, notes), status="no_text")

    if table_pages:
        tables.update(_tables(path, table_pages))
    for i, (lines, _) in tables.items():
        raw_pages[i] = lines  # the lines outside the tables, with a marker where each table stands
    column = one_column(marks)
    for i, found in column.items():
        raw_pages[i] = without_column(raw_pages[i], found)
    cleaned, flags = strip_furniture(raw_pages)
    pages = []
    for i, lines in enumerate(cleaned):
        page_tables = tables[i][1] if i in tables else []
        blocks = _blocks_with_tables(lines, page_tables, i + 1)
        text = "\n".join(s for s in lines if s.strip() and s != TABLE_MARK)
        if page_tables:
            text = "\n".join([text] + ["\n".join("\t".join(r) for r in t) for t in page_tables]).strip()
        pages.append(Page(i + 1, text, blocks, restricted=flags[i]["restricted"], blank=flags[i]["blank"],
                          side_marks=[(m.mark, m.line) for m in column.get(i, [])], label_columns=columns.get(i, [])))
    _carry_over_page_breaks(pages)
    notes = [f"{not_loaded} of its {claimed} pages cannot be loaded (its page tree is broken or leads back to "
             f"itself): {_page_list(unloaded)}"] if not_loaded else []
    if garbled:  # not OCRed: the text layer is kept, as the only text there is, and said to be garbled
        from .ocr import not_read_reason

        notes.append(f"the text layer of {_page_list([i + 1 for i in sorted(garbled)])} is not language (a font "
                     f"without a Unicode map), and {not_read_reason(ocr)}")
    return Document(path=path, format="pdf", title=title, pages=pages, created=created, annotated_pages=annotated,
                    notes=notes)


# the next page's first paragraph opens on a word in lower case, not an item's letter ('d. A member stated')
# nor a roman page number ('i CONTENTS')
CARRIED_ON_RE = re.compile(r"[a-z][a-z'’\-]+\b(?![.)])")


def _carry_over_page_breaks(pages: list[Page]) -> None:
    """A paragraph the page break cut ('... for St. Patrick's. Subject to' / 'submission of acceptable electrical
    inspections. ... Moved by Hensley to adopt.'): the part on the next page joins the paragraph it finishes, so
    the motion keeps its subject and the sentence its start. Only when the page's last paragraph stops without
    ending a sentence and the next page's first one opens in lower case, on pages of the same standing."""
    for page, after in zip(pages, pages[1:]):
        if not page.blocks or not after.blocks or page.restricted != after.restricted:
            continue
        last, first = page.blocks[-1], after.blocks[0]
        if last.kind in (PARAGRAPH, LIST_ITEM) and first.kind == PARAGRAPH and CARRIED_ON_RE.match(first.text) \
                and re.search(r"[\w,]$", last.text):
            last.text = f"{last.text} {first.text}"
            del after.blocks[0]


def _long_broken_run(unloaded: list[int], i: int) -> bool:
    """Whether the pages just before page index i could none of them be loaded, as many as make
    the page count a lie."""
    run = MOST_UNLOADED_IN_A_ROW
    return len(unloaded) >= run and unloaded[-run] == i + 1 - run


def _drop_trailing(raw_pages: list, unloaded: list[int]) -> None:
    """The pages that cannot be loaded after the last one that can are not kept as empty pages:
    they hold no text and number no page that follows (the paper's note still counts them)."""
    kept, broken = len(raw_pages), set(unloaded)
    while kept in broken:
        kept -= 1
    del raw_pages[kept:]


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10]))
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}" + (" …" if len(numbers) > 10 else "")


# The most annotations of one page looked at one by one (a pdfium call each). The most on any page
# of ../shared is 56; a hostile page of 100,000 links took 10.8 s here under load.
MAX_ANNOTATIONS_LOOKED_AT = 1_000


def _has_other_annotations(page) -> bool:
    """Whether the page carries an annotation other than a link (a comment, a form field, an
    attached file): what the public copy of the paper leaves out. A page of more annotations than
    MAX_ANNOTATIONS_LOOKED_AT is taken to carry one unlooked at, so that the public copy looks at
    all of them (a guess may only leave out more, never publish a comment)."""
    raw = pdfium.raw
    count = raw.FPDFPage_GetAnnotCount(page.raw)
    if count > MAX_ANNOTATIONS_LOOKED_AT:
        return True
    for i in range(count):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_LINK:
                return True
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return False


def _has_paths(page, wanted: int) -> bool:
    """Whether the page draws at least `wanted` path objects of its own (forms not counted).
    Raw calls, stopping at `wanted`: pypdfium2's object wrappers cost more than the count."""
    handle = page.raw
    get, kind, path = pdfium.raw.FPDFPage_GetObject, pdfium.raw.FPDFPageObj_GetType, pdfium.raw.FPDF_PAGEOBJ_PATH
    found = 0
    for i in range(pdfium.raw.FPDFPage_CountObjects(handle)):
        if kind(get(handle, i)) == path:
            found += 1
            if found >= wanted:
                return True
    return found >= wanted


def _split_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "\x02")
    # a line whose every gap is one plain space is as it was: most lines, each spared a regex call
    return [re.sub(r"[ \t\u00a0]+", " ", s) if "  " in s or "\t" in s or "\u00a0" in s else s for s in text.split("\n")]


def _tables(path: str, page_indexes: list[int]) -> dict[int, tuple[list[str], list[list[list[str]]]]]:
    """For each page with ruled tables: its text lines outside the tables, in reading order
    with a marker where each table stands, and the tables' cells."""
    import pdfplumber

    found = {}
    with pdfplumber.open(path) as pdf:
        for i in page_indexes:
            page = pdf.pages[i]
            tables = _kept_tables((t.bbox, t.extract()) for t in page.find_tables())
            if tables:
                found[i] = ([b for b, _ in tables], [rows for _, rows in tables])
            page.flush_cache()
    if found:
        pdf = pdfium.PdfDocument(path)
        try:
            for i, (bboxes, rows) in found.items():
                found[i] = (_lines_around(pdf[i], bboxes), rows)
        finally:
            pdf.close()
    return found


def _kept_tables(found) -> list:
    """Tables as (box, rows of cleaned cells); a grid of fewer than two rows or two columns
    with text is a box round something, not a table."""
    kept = []
    for bbox, raw_rows in found:
        rows = [[_cell(c) for c in row] for row in raw_rows]
        rows = _drop_empty_columns([r for r in rows if any(r)])
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            kept.append((bbox, rows))
    return kept


def _lines_around(page, bboxes, textpage=None) -> list[str]:
    """pdfium's text of the horizontal bands between tables, with a marker for each table.

    pdfplumber boxes are measured from the top of the page, pdfium's from the bottom."""
    width, height = page.get_size()
    textpage = textpage or page.get_textpage()
    lines: list[str] = []
    top = 0.0
    for box in sorted(bboxes, key=lambda b: b[1]):
        if box[1] > top + 1:
            lines += _split_lines(textpage.get_text_bounded(0, height - box[1], width, height - top))
        lines.append(TABLE_MARK)
        top = max(top, box[3])
    lines += _split_lines(textpage.get_text_bounded(0, 0, width, height - top))
    return lines


def _drop_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Merged cells leave grid columns that are empty in every row; a grid whose header and
    body cells sit in different columns is read row by row without its empty cells."""
    if not rows:
        return rows
    rows = _realign(rows)
    compact = [[c for c in r if c] for r in rows]
    header = next((r for r in compact if len(r) >= 2), None)
    if header and len(rows) >= 2:
        body = [r for r in compact[compact.index(header) + 1:] if r]
        aligned = sum(1 for r in body if len(r) == len(header))
        grid_width = max(len(r) for r in rows)
        if body and aligned / len(body) >= 0.7 and grid_width > len(header) + 1:
            return compact
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [c for c in range(width) if any(r[c] for r in rows)]
    return [[r[c] for c in keep] for r in rows]


def _realign(rows: list[list[str]]) -> list[list[str]]:
    """A sparse grid whose body cells sit one column left or right of their header cells
    (pdfplumber splits columns at every ruling line): move each row onto the header's columns."""
    width = max(len(r) for r in rows)
    header = next((r for r in rows if sum(1 for c in r if c) >= 2), None)
    if header is None:
        return rows
    columns = [i for i, c in enumerate(header) if c]
    if width <= len(columns) + 1:
        return rows
    out = []
    for row in rows:
        filled = {i for i, c in enumerate(row) if c}
        shift = max((0, -1, 1), key=lambda d: len({i + d for i in filled} & set(columns)))
        if not filled or {i + shift for i in filled} - set(columns):
            out.append(row)  # a row that does not fit the header's columns stays as it is
            continue
        out.append([row[h - shift] if 0 <= h - shift < len(row) else "" for h in columns])
    aligned = [r for r in out if len(r) == len(columns)]
    return out if len(aligned) >= 0.7 * len(out) else rows


def _cell(value) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def _blocks_with_tables(lines: list[str], tables: list[list[list[str]]], page: int) -> list[Block]:
    """Blocks of the text between tables, with each table placed where its lines were."""
    table_blocks = [
        Block(TABLE, "\n".join(" | ".join(c for c in r if c) for r in t), page, rows=t) for t in tables
    ]
    segments: list[list[str]] = [[]]
    for line in lines:
        if line == TABLE_MARK:
            segments.append([])
        else:
            segments[-1].append(line)
    blocks: list[Block] = []
    for n, segment in enumerate(segments):
        blocks.extend(lines_to_blocks(segment, page))
        if n < len(segments) - 1 and table_blocks:
            blocks.append(table_blocks.pop(0))
    return blocks + table_blocks
