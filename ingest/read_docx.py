"""DOCX to Document with the standard library: a .docx is a zip of WordprocessingML."""

from __future__ import annotations

import re
import zipfile
import zlib
from xml.etree import ElementTree

from . import limits
from .document import HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document, Page, ReadError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: str) -> Document:
    xml = _document_xml(path)
    if _declares_entities(xml):
        # Word never writes a DTD; one that declares entities can expand a few kB into gigabytes
        raise ReadError("not a Word document: its text declares XML entities (an entity bomb?): not read")
    try:
        body = ElementTree.fromstring(xml).find(f"{W}body")
    except ElementTree.ParseError as e:
        raise ReadError(f"not a Word document: its text is not well-formed XML ({e})") from e
    blocks: list[Block] = []
    for el in _block_elements(body):
        if el.tag == f"{W}p":
            text = _text(el)
            if not text:
                continue
            style = el.find(f"{W}pPr/{W}pStyle")
            style_name = (style.get(f"{W}val") if style is not None else "") or ""
            numbered = el.find(f"{W}pPr/{W}numPr") is not None
            kind = HEADING if re.match(r"(?i)heading|title", style_name) else LIST_ITEM if numbered else PARAGRAPH
            blocks.append(Block(kind, text, 1))
        elif el.tag == f"{W}tbl":
            rows = [[_text(tc) for tc in _own(tr, f"{W}tc")] for tr in _own(el, f"{W}tr")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Block(TABLE, "\n".join(" | ".join(r) for r in rows), 1, rows=rows))
    text = "\n\n".join(b.text for b in blocks)
    title = next((b.text for b in blocks if b.kind == HEADING), "")
    return Document(path=path, format="docx", title=title, pages=[Page(1, text, blocks)], created=_created(path))


def _declares_entities(xml: bytes) -> bool:
    """Whether the part holds a document type declaration or an entity, wherever it is and in
    whichever encoding the parser would read: only the first 4 kB, in UTF-8, were looked at, so
    a comment of 5 kB before the DTD, or the part written as UTF-16, let its entities be expanded
    (2 MB from 5 kB, and up to a hundred times the part's size before expat's own guard stops it). A paper's text
    never prints '<!' unescaped, so no Word document is refused for its words."""
    head = xml[:4]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head:
        little = head[:2] == b"\xff\xfe" or head[1:2] == b"\x00"
        xml = xml.decode("utf-16-le" if little else "utf-16-be", "replace").encode("utf-8", "replace")
    return b"<!DOCTYPE" in xml or b"<!ENTITY" in xml


# Elements that wrap paragraphs and tables at the body's level: a content control (the fields of
# a minutes template: 'Date of meeting', 'Present') and custom XML. Their paragraphs were skipped.
_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml"}


def _block_elements(body):
    """The body's paragraphs and tables in document order, those inside wrappers included; a
    loop, not recursion, so wrappers nested 100,000 deep in a small file cost linear time."""
    if body is None:
        return
    stack = [iter(body)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
        elif el.tag in _WRAPPERS:
            stack.append(iter(el))
        else:
            yield el


def _created(path: str) -> str | None:
    """The day the Word file says it was created (docProps/core.xml), if it says."""
    try:
        with zipfile.ZipFile(path) as z:
            with z.open("docProps/core.xml") as part:
                xml = part.read(200_000)
    except (zipfile.BadZipFile, KeyError, EOFError, zlib.error):
        return None
    m = re.search(rb"<dcterms:created[^>]*>\s*(\d{4}-\d{2}-\d{2})", xml)
    return m.group(1).decode() if m else None


def _document_xml(path: str) -> bytes:
    """The document part, refused before it is expanded when it would expand past the limit
    (a zip bomb: 700 KB that expands to 300 MB); read no further than the limit in any case,
    whatever the zip's header claims."""
    most = limits.current().expanded_bytes
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > most:
                raise ReadError(_too_big(info.file_size, info.compress_size, most))
            with z.open(info) as part:
                xml = part.read(most + 1)
    except (zipfile.BadZipFile, KeyError, EOFError, zlib.error) as e:
        raise ReadError(f"not a Word document: {e}") from e
    if len(xml) > most:
        raise ReadError(_too_big(None, info.compress_size, most))
    return xml


def _too_big(size: int | None, packed: int, most: int) -> str:
    said = f"{size / 1e6:,.0f} MB" if size is not None else f"more than {most / 1e6:,.0f} MB"
    return (f"the Word document's text expands from {packed / 1e6:,.1f} MB to {said}, over the "
            f"{most / 1e6:,.0f} MB allowed (a zip bomb?; raise --max-memory to read it)")


def _own(table, tag: str):
    """The rows of a table, or the cells of a row, not those of a table nested in one of its
    cells (whose text is its cell's): every row's cells read by `iter` made a 1 kB file of
    tables nested 5,000 deep take cubic time."""
    stack = list(table)[::-1]
    while stack:
        node = stack.pop()
        if node.tag == tag:
            yield node
        elif node.tag != f"{W}tbl":
            stack.extend(reversed(node))


def _text(el) -> str:
    parts = []
    for node in el.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}tab", f"{W}br"):
            parts.append(" ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()
