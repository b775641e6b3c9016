"""The plain values every reader produces and every later stage consumes.

Readers (PDF, HTML, text, DOCX) all return a `Document`; nothing downstream knows which
format a block came from except through its provenance (the page number).
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE = "table"


@dataclass
class Block:
    kind: str  # HEADING, PARAGRAPH, LIST_ITEM or TABLE
    text: str
    page: int  # 1-based
    rows: list[list[str]] | None = None  # TABLE only: cells as text

    def __repr__(self) -> str:  # short, for test failures
        return f"Block({self.kind!r}, p{self.page}, {self.text[:60]!r})"


@dataclass
class Page:
    number: int  # 1-based
    text: str  # page text with furniture removed
    blocks: list[Block] = field(default_factory=list)
    restricted: bool = False  # a "Document is Restricted" placeholder page
    blank: bool = False  # "This page is intentionally left blank"
    # owner codes printed in a side column, each with the body line level with it ("KV", line)
    side_marks: list[tuple[str, str]] = field(default_factory=list)
    # attendance labels printed side by side, each with the names under it, read by position
    label_columns: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass
class Document:
    path: str
    format: str  # pdf / html / text / docx
    title: str = ""
    pages: list[Page] = field(default_factory=list)
    created: str | None = None  # the date the file says it was written (ISO), from its own properties
    # PDF: the pages (1-based) carrying annotations other than links, seen while reading them, so
    # the public copy need not load every page again to look; None when the reader did not look
    annotated_pages: list[int] | None = None
    # what the reader could not read of a paper it read (pages that would not load): stored as
    # the paper's error beside its 'ok'
    notes: list[str] = field(default_factory=list)

    @property
    def blocks(self) -> list[Block]:
        return [b for p in self.pages for b in p.blocks]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


class ReadError(Exception):
    """A file that cannot be read; `status` is what goes into documents.status."""

    def __init__(self, reason: str, status: str = "error"):
        super().__init__(reason)
        self.reason = reason
        self.status = status
