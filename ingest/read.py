"""Pick a reader by what a file is, and return a Document or raise ReadError."""

from __future__ import annotations

import logging
import os
import re

from . import limits
from .document import Document, ReadError

# pdfminer (under pdfplumber) logs a warning for every odd colour or font it meets, a hundred
# lines on some papers; what matters about a paper is in its documents row.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

SUFFIXES = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".docx": "docx",
}


def format_of(path: str) -> str | None:
    """The format a file's name says."""
    return SUFFIXES.get(os.path.splitext(path)[1].lower())


def file_format(path: str) -> str | None:
    """The format a file's name says, else the one its content says clearly (sniff.py); None
    when neither does. Reads the file: only for a regular file."""
    from .sniff import sniffed_format

    return format_of(path) or sniffed_format(path)


# No word, number or address in a committee paper runs this long without a space; longer runs
# (base64, binary read as text, hostile files) are cut into pieces so that no pattern downstream
# meets one unbroken 40,000-character token.
MAX_TOKEN = 100
LONG_TOKEN_RE = re.compile(r"\S{%d}(?=\S)" % MAX_TOKEN)
LONG_SPACE_RE = re.compile(r"[^\S\n]{%d,}" % MAX_TOKEN)
LONG_BREAK_RE = re.compile(r"\n[\s]{%d,}" % MAX_TOKEN)


def bounded(text: str) -> str:
    """The text with every unbroken run kept short: long tokens split, long gaps shortened."""
    if len(text) <= MAX_TOKEN:
        return text
    text = LONG_TOKEN_RE.sub(lambda m: m.group(0) + " ", text)
    text = LONG_SPACE_RE.sub(" ", text)
    return LONG_BREAK_RE.sub("\n\n", text)


def _needs_bounds(rows: list[list[str]]) -> bool:
    """Whether any cell holds a run `bounded` cuts: looked for once over all the cells, joined by
    line breaks (which start no run), not cell by cell (2 million cells took 4 s). A join may
    show a run no cell holds (two cells' spaces meeting): every cell is then bounded, as before."""
    joined = "\n".join(["\n".join(row) for row in rows])
    return bool(LONG_TOKEN_RE.search(joined) or LONG_SPACE_RE.search(joined) or LONG_BREAK_RE.search(joined))


def bound_document(doc: Document) -> Document:
    from .reading_window import cut_long_blocks, split_long_pages

    doc.title = bounded(doc.title or "")
    for page in doc.pages:
        printed = page.text
        page.text = bounded(printed)
        for block in page.blocks:
            # a page of one block (a file with no line breaks) holds its text twice: bounded once
            block.text = page.text if len(block.text) == len(printed) and block.text == printed else bounded(block.text)
        cut_long_blocks(page)  # a file with no line breaks is one block: cut it as paragraphs would be
        for block in page.blocks:
            if block.rows and _needs_bounds(block.rows):
                block.rows = [[bounded(c) for c in row] for row in block.rows]
    split_long_pages(doc)  # a page of a paper of one line: cut to what the site can read
    return doc


def read_document(path: str, ocr: bool | None = None) -> Document:
    return bound_document(_read(path, ocr))


def _read(path: str, ocr: bool | None) -> Document:
    size = os.path.getsize(path)
    if size == 0:
        raise ReadError("empty file")
    fmt = file_format(path)
    if fmt is None:
        from .sniff import described

        suffix = os.path.splitext(path)[1]
        kind = f"unsupported file type {suffix!r}" if suffix else "unsupported file type (no extension)"
        raise ReadError(f"{kind}: {described(path)}")
    if fmt in ("text", "html") and size > limits.current().text_bytes:
        # read whole, then decoded: refused by its size before any of it is read, and said so,
        # where a 200 MB file filled memory up to the ceiling first and was recorded as over it
        raise ReadError(limits.current().too_large(size))
    if fmt == "pdf":
        from .read_pdf import read_pdf

        return read_pdf(path, ocr=ocr)
    if fmt == "html":
        from .read_html import read_html

        return read_html(path)
    if fmt == "docx":
        from .read_docx import read_docx

        return read_docx(path)
    from .read_text import read_text

    return read_text(path)
