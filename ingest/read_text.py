"""Plain text and Markdown to Document. A form feed separates pages, as pdftotext writes them."""

from __future__ import annotations

import re

from .document import HEADING, TABLE, Block, Document, Page, ReadError
from .furniture import strip_furniture
from .lines import lines_to_blocks

MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# compiled once: a 19 MB table of 200,000 rows spent 3 s looking these up in re's cache
CELL_SPLIT_RE = re.compile(r"\t|\|")
RULE_CHARS = frozenset("-: ")  # a row of only these is the line under a table's head
INLINE_MARKUP_RE = re.compile(r"\*\*|__|</?(?:b|strong|i|em|sup|sub|u)>|\[([^\]]*)\]\([^)]*\)")


def decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with its byte-order mark (Notepad's 'Unicode'): its NULs are half its letters, not
        # binary data (it was refused as such)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("text marked as UTF-16 (it starts with that byte-order mark) that is not UTF-16") from None
    if b"\x00" in data[:4096]:
        raise ReadError("binary data where text was expected")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(path: str) -> Document:
    with open(path, "rb") as f:
        text = decode(f.read(), path)
    markdown = path.lower().endswith((".md", ".markdown"))
    raw_pages = [page.split("\n") for page in text.replace("\r\n", "\n").split("\f")]
    cleaned, flags = strip_furniture(raw_pages) if len(raw_pages) > 2 else (raw_pages, [{}] * len(raw_pages))
    pages = []
    for i, lines in enumerate(cleaned):
        blocks = _markdown_blocks(lines, i + 1) if markdown else lines_to_blocks(_plain(lines), i + 1)
        page_text = "\n".join(INLINE_MARKUP_RE.sub(lambda m: m.group(1) or "", s) for s in lines).strip()
        pages.append(
            Page(i + 1, page_text, blocks, restricted=flags[i].get("restricted", False), blank=flags[i].get("blank", False))
        )
    title = next((b.text for b in pages[0].blocks if b.kind == HEADING), "") if pages else ""
    return Document(path=path, format="text", title=title, pages=pages)


def _plain(lines: list[str]) -> list[str]:
    return [INLINE_MARKUP_RE.sub(lambda m: m.group(1) or "", s).replace("\t", "  ") for s in lines]


def _markdown_blocks(lines: list[str], page: int) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    table: list[list[str]] = []

    def flush():
        nonlocal para, table
        if para:
            blocks.extend(lines_to_blocks(_plain(para), page))
        if table:
            blocks.append(Block(TABLE, "\n".join(" | ".join(r) for r in table), page, rows=table))
        para, table = [], []

    for line in lines:
        m = MD_HEADING_RE.match(line)
        if m:
            flush()
            blocks.append(Block(HEADING, _plain([m.group(2)])[0].strip(), page))
        elif "\t" in line.strip() or line.strip().startswith("|"):
            if para:
                flush()
            cells = [c.strip() for c in CELL_SPLIT_RE.split(INLINE_MARKUP_RE.sub("", line).strip().strip("|"))]
            if not all(set(c) <= RULE_CHARS for c in cells):
                table.append(cells)
        elif not line.strip() or line.strip() == "---":
            flush()
        else:
            if table:
                flush()
            para.append(line)
    flush()
    return blocks
