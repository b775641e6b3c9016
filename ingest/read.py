"""Pick a reader by what a file is, and return a Document or raise ReadError."""

from __future__ import annotations

import os

from .document import Document, ReadError

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
    return SUFFIXES.get(os.path.splitext(path)[1].lower())


def read_document(path: str, ocr: bool | None = None) -> Document:
    fmt = format_of(path)
    if fmt is None:
        raise ReadError(f"unsupported file type {os.path.splitext(path)[1]!r}")
    if os.path.getsize(path) == 0:
        raise ReadError("empty file")
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
