"""DOCX to Document with the standard library: a .docx is a zip of WordprocessingML."""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree

from .document import HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document, Page, ReadError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: str) -> Document:
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as e:
        raise ReadError(f"not a Word document: {e}") from e
    body = ElementTree.fromstring(xml).find(f"{W}body")
    blocks: list[Block] = []
    for el in body if body is not None else []:
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
            rows = [[_text(tc) for tc in tr.iter(f"{W}tc")] for tr in el.iter(f"{W}tr")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Block(TABLE, "\n".join(" | ".join(r) for r in rows), 1, rows=rows))
    text = "\n\n".join(b.text for b in blocks)
    title = next((b.text for b in blocks if b.kind == HEADING), "")
    return Document(path=path, format="docx", title=title, pages=[Page(1, text, blocks)])


def _text(el) -> str:
    parts = []
    for node in el.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}tab", f"{W}br"):
            parts.append(" ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()
