"""What of a very long paper is read for its meetings, items and facts, within its time budget.

A 50 MB text or HTML paper printed as one line went past the 60 s budget for one paper and its
text was lost with it: the structure finder and the extractors are fast on real papers (the
longest in the wild folder holds 73,000 characters, the longest paragraph 8,300) but a block of
millions of characters meets passes that are not linear in it. So:

- `cut_long_blocks`: a block longer than any paper's paragraph is cut into paragraphs at its
  sentence ends (at a space when a piece has none), as the lines of a paper would have been;
- `reading_window`: the structure finder and the extractors read the paper's first
  words (as many as its time budget allows); the rest is kept whole as the paper's page text and as plain
  passages (`unread_passages`), so it is searchable, and the paper's row says what was not read.

The text past the window is not read for markings of exempt business, so it is withheld
whenever it could be exempt: when the window ends in restricted business, and from the first
unread passage that prints a marking word on (a marking is a promise: reading less may only
withhold more).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import limits
from .document import PARAGRAPH, TABLE, Block, Document, Page

# No paragraph of a real paper comes near this; a longer block is a file with no line breaks.
LONG_BLOCK = 20_000
# The pieces it is cut into: paragraph-sized, cut at a sentence's end.
PIECE = 2_000
# The words read for structure and facts, for each second of the time budget for one paper
# (60,000 at the default 60 s, a 100-page agenda pack; the longest paper of ../shared holds
# 9,700). Real papers are read at >= 40,000 words a second; a text built to be slow (a RESOLVED
# line every 50 words, which some passes compare pairwise) took 25 s for 200,000 words, and 15 s
# for 100,000 with eight helpers' runs sharing two cores. Words, not characters: a run of junk
# (a million characters of base64, cut into 100-character tokens by read.bounded) costs little.
WORDS_PER_SECOND = 1_000


def window_words() -> int:
    return int(limits.current().seconds * WORDS_PER_SECOND)


def words(text: str) -> int:
    """About how many words: a count of gaps, in C, with no list of 8 million words made."""
    return text.count(" ") + text.count("\n") + 1


def _cost(block: Block) -> int:
    """About how many words reading the block costs: a table's every cell is read on its own
    (its cells hold at least a word each), so a row of 500,000 one-letter cells, printed
    `|a|a|a...` with no space in 1 MB, costs 500,000 words, not the 10,000 its page text holds
    (it went past the time budget, and its text was lost with it)."""
    if not block.rows:
        return words(block.text)
    return _rows_cost(block.rows)


def _rows_cost(rows: list[list[str]]) -> int:
    """sum(_row_cost(row) for row in rows), counted in C over all the cells at once (200,000 rows
    took 4 s one by one): a row's words are its cells' gaps, one more for each cell, and an empty
    row counts one."""
    cells = "\x00".join([cell for row in rows for cell in row])
    gaps = cells.count(" ") + cells.count("\n")
    return gaps + sum(len(row) or 1 for row in rows)


def _row_cost(row: list[str]) -> int:
    return words(" ".join(row))  # the sum of its cells' words, counted in C


def _page_cost(page: Page) -> int:
    return max(words(page.text), sum(_cost(b) for b in page.blocks))


_SENTENCE_END = re.compile(r"[.?!;:][\"'”’)\]]*\s+(?=\S)")
# the words a marking of exempt business holds (exempt_marks.py reads the forms; here an unread
# text holding any of them is withheld, whatever the form)
_MARKING_WORD = re.compile(
    r"\b(?:restricted|exempt|confidential|in\s+camera|not\s+for\s+public|closed\s+session|part\s*(?:2|ii|b)\b"
    r"|exclu\w*\s+(?:of\s+)?(?:the\s+)?(?:press|public)|private\s+(?:items?|business|session))", re.I)


# a marking word holds one of these (lowered): looked for in C before the pattern runs
_GATE = ("restrict", "exempt", "confidential", "camera", "not for public", "session", "part", "exclu", "private")


def _prints_a_marking_word(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _GATE) and bool(_MARKING_WORD.search(text))


def cut_long_blocks(page: Page) -> None:
    """Cut the page's blocks longer than any paragraph into paragraphs, in place."""
    if not any(len(b.text) > LONG_BLOCK and b.kind != TABLE for b in page.blocks):
        return
    blocks: list[Block] = []
    for b in page.blocks:
        if len(b.text) <= LONG_BLOCK or b.kind == TABLE:
            blocks.append(b)
        else:
            blocks.extend(Block(PARAGRAPH, piece, b.page) for piece in pieces(b.text))
    page.blocks = blocks


# The most characters one page of a text, HTML or Word paper holds (at most 800 kB in UTF-8): the
# site reads no value over 1 MB (minutebook_limits.MAX_VALUE_BYTES, which stops a query building
# a giant one), and SQLite refuses to read a stored one past it, so a page of 20 MB (a paper of one
# line) made every listing of the pages table that reached it an error page. The longest real page
# holds 73,000 characters.
PAGE_CHARS = 200_000


def stored_page_text(text: str) -> str:
    """The text the pages table keeps of one page: all of it, or for a page longer than
    PAGE_CHARS (a PDF page, which cannot be split: its number is the file's page), its first
    characters cut at a space, and a line saying so. A hostile PDF printing 1.7 MB in a tiny font
    on one page made the pages table's own page, the page's row and its search answer 500
    'string or blob too big'. The page's passages keep all of its text, searchable."""
    if len(text) <= PAGE_CHARS:
        return text
    note = (f"\n\n[The text of this page is cut here: it holds {len(text):,} characters, and the pages "
            f"table keeps the first {PAGE_CHARS:,}. All of it is in the paper's passages, and searchable.]")
    end = PAGE_CHARS - len(note)
    space = text.rfind(" ", end - 200, end)
    return text[:space if space > 0 else end].rstrip() + note


def cut_pages_note(doc: Document) -> str | None:
    """What the paper's row says of its pages kept cut (stored_page_text), or None."""
    cut = [p.number for p in doc.pages if len(p.text) > PAGE_CHARS]
    if not cut:
        return None
    pages = ", ".join(map(str, cut[:5])) + (f" and {len(cut) - 5} more" if len(cut) > 5 else "")
    return (f"the text of page{'s' if len(cut) > 1 else ''} {pages} is longer than a page the site shows "
            f"({PAGE_CHARS:,} characters): the pages table keeps its start; its passages keep all of it")


def split_long_pages(doc: Document) -> None:
    """Cut each page of a paper that has no printed pages (text, Markdown, HTML, Word) longer than
    PAGE_CHARS into pages of at most that many characters, between its blocks, and number the
    pages afresh, in place. A PDF's pages are its own (a link opens the file at one), so stay."""
    if doc.format == "pdf" or not any(len(p.text) > PAGE_CHARS for p in doc.pages):
        return
    pages: list[Page] = []
    for page in doc.pages:
        groups = [page.blocks] if len(page.text) <= PAGE_CHARS else _block_groups(page.blocks)
        for blocks in groups or [[]]:
            number = len(pages) + 1
            for b in blocks:
                b.page = number
            text = page.text if len(groups) <= 1 else "\n\n".join(b.text for b in blocks)
            pages.append(replace(page, number=number, text=text, blocks=blocks))
    doc.pages = pages


def _block_groups(blocks: list[Block]) -> list[list[Block]]:
    """The blocks in runs of at most PAGE_CHARS characters (a table longer than that cut between
    its rows, a row between its cells; a block longer than that otherwise, on its own)."""
    groups: list[list[Block]] = []
    group: list[Block] = []
    size = 0
    for b in _tables_cut(blocks):
        if group and size + len(b.text) > PAGE_CHARS:
            groups.append(group)
            group, size = [], 0
        group.append(b)
        size += len(b.text) + 2
    if group:
        groups.append(group)
    return groups


def _tables_cut(blocks: list[Block]) -> list[Block]:
    """The blocks, each table longer than a page cut into tables of a page's size: a 19 MB
    Markdown table was one page, which the pages table keeps only the start of."""
    out: list[Block] = []
    for b in blocks:
        if b.rows and len(b.text) > PAGE_CHARS:
            out.extend(_table(rows, b.page) for rows in _whole_rows(b.rows, PAGE_CHARS // 2))
        else:
            out.append(b)
    return out


def _whole_rows(rows: list[list[str]], size: int) -> list[list[list[str]]]:
    """The rows in runs of about `size` characters, cut between rows (a row longer than that
    between its cells)."""
    out: list[list[list[str]]] = []
    run: list[list[str]] = []
    length = 0
    for row in rows:
        n = sum(map(len, row)) + 3 * len(row)
        if run and length + n > size:
            out.append(run)
            run, length = [], 0
        if n > size:
            out.extend(_row_pieces([row], size))
            continue
        run.append(row)
        length += n
    if run:
        out.append(run)
    return out


def pieces(text: str, size: int = PIECE) -> list[str]:
    """The text in pieces of at most `size` characters, each ending at a sentence's end where
    the piece holds one, else at a space, else where the size ends."""
    out: list[str] = []
    start, n = 0, len(text)
    while start < n:
        while start < n and text[start].isspace():
            start += 1
        if n - start <= size:
            if start < n:
                out.append(text[start:].rstrip())
            break
        end = start + size
        cut = None
        for m in _SENTENCE_END.finditer(text, start + size // 4, end):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", start + size // 4, end)
            cut = space + 1 if space > start else end
        piece = text[start:cut].rstrip()
        if piece:
            out.append(piece)
        start = cut
    return out


def reading_window(doc: Document, most: int | None = None) -> tuple[Document, list[Block]]:
    """The paper as far as its structure and facts are read (the paper itself when it is short
    enough), and the blocks after that."""
    most = window_words() if most is None else most
    if sum(_page_cost(p) for p in doc.pages) <= most:
        return doc, []
    pages: list[Page] = []
    rest: list[Block] = []
    left = most
    for page in doc.pages:
        if left <= 0:
            rest.extend(_passage_sized(page.blocks))
            continue
        if _page_cost(page) <= left:
            pages.append(page)
            left -= _page_cost(page)
            continue
        kept: list[Block] = []
        for b in page.blocks:
            if left > 0 and b.rows and _cost(b) > left:
                # a table longer than what is left to read (every other block is a paragraph's
                # size) is read as far as the window goes, by its rows, and a row by its cells
                read, unread = _split_rows(b.rows, left)
                kept.append(_table(read, b.page))
                rest.extend(_table(piece, b.page) for piece in _row_pieces(unread))
                left = 0
            elif left > 0:
                kept.append(b)
                left -= _cost(b)
            else:
                rest.extend(_passage_sized([b]))
        pages.append(replace(page, text="\n\n".join(b.text for b in kept), blocks=kept))
        left = 0
    return replace(doc, pages=pages), rest


def _passage_sized(blocks: list[Block]) -> list[Block]:
    """Unread blocks as they are kept as passages: a table longer than a passage in tables of a
    passage's size (a page of a long table, past the window, was one passage of 100 kB)."""
    out: list[Block] = []
    for b in blocks:
        if b.rows and len(b.text) > PIECE:
            out.extend(_table(piece, b.page) for piece in _row_pieces(b.rows))
        else:
            out.append(b)
    return out


def _split_rows(rows: list[list[str]], most: int) -> tuple[list[list[str]], list[list[str]]]:
    """The rows whose cells' words fit in `most` words, and the rest (a row cut between cells)."""
    read: list[list[str]] = []
    for i, row in enumerate(rows):
        cost = _row_cost(row)
        if cost <= most:
            read.append(row)
            most -= cost
            continue
        cut = 0
        while cut < len(row) and most > 0:
            most -= words(row[cut])
            cut += 1
        if cut:
            read.append(row[:cut])
        return read, ([row[cut:]] if cut < len(row) else []) + rows[i + 1:]
    return read, []


def _row_pieces(rows: list[list[str]], size: int = PIECE) -> list[list[list[str]]]:
    """The rows in pieces of a passage's size (of about `size` characters), a long row cut
    between its cells."""
    out: list[list[list[str]]] = []
    piece: list[list[str]] = []
    length = 0
    for row in rows:
        whole = sum(map(len, row)) + 3 * len(row)
        if row and length + whole - 3 <= size:
            # the whole row fits: no cell of it starts a piece (the test below only grows along it)
            piece.append(list(row))
            length += whole
            continue
        part: list[str] = []
        for cell in row:
            if length + len(cell) > size and (piece or part):
                if part:
                    piece.append(part)
                out.append(piece)
                piece, part, length = [], [], 0
            part.append(cell)
            length += len(cell) + 3
        if part:
            piece.append(part)
    if piece:
        out.append(piece)
    return out


def _table(rows: list[list[str]], page: int) -> Block:
    return Block(TABLE, "\n".join(" | ".join(r) for r in rows), page, rows=rows)


def unread_passages(blocks: list[Block], last, passage_type) -> list:
    """The blocks past the window as plain passages (no heading, meeting, item or facts: they
    were not read for them, and linking a body's actions across meetings reads a meeting's
    passages); withheld from where restriction could be in force."""
    restricted = bool(last is not None and last.restricted)
    out = []
    for b in blocks:
        restricted = restricted or _prints_a_marking_word(b.text)
        out.append(passage_type(page=b.page, text=b.text, heading=None, meeting=None, item=None,
                                kind="paragraph", restricted=restricted))
    return out


def unread_note(doc: Document) -> str:
    total = sum(_page_cost(p) for p in doc.pages)
    return (f"only its first {window_words():,} words of about {total:,} were read for meetings, items and facts "
            f"(the rest would take longer than the time budget for one paper); all its text is kept and searchable")
