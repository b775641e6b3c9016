"""Page-to-page links for a rebuilt public PDF.

A paper whose pages carry actions is published with each page drawn into a new page
(public_files._copy_page), and pdfium, which writes it, can draw a link to a web address but
cannot give a link a destination in the document. Its links to its own pages (a contents page,
"see page 12") are added here to the file pdfium wrote, as an appended update that leaves the
written bytes as they are: each is a /Link annotation holding only a rectangle, no border and a
destination (a page of the public copy and a place on it). No action is written, so nothing can
run or open anything else; a link to a withheld page is not added."""

from __future__ import annotations

import os
import re
from typing import NamedTuple


class PageLink(NamedTuple):
    rect: tuple[float, float, float, float]  # left, bottom, right, top, in the page's space
    target: int  # 0-based page of the same document
    x: float | None
    y: float | None


def add_page_links(path: str, links: dict[int, list[PageLink]]) -> bool:
    """Adds `links` (0-based page -> its links) to the PDF at `path`, in place; False (the file
    untouched) when the file cannot be read back with them."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef, resolve1

    links = {page: kept for page, kept in links.items() if kept}
    if not links:
        return True
    data = open(path, "rb").read()
    with open(path, "rb") as f:
        doc = PDFDocument(PDFParser(f))
        pages = list(PDFPage.create_pages(doc))
        trailer = doc.xrefs[0].get_trailer()
        size = int(resolve1(trailer["Size"]))
        root = trailer["Root"]
        written = []
        number = size
        for index, page_links in sorted(links.items()):
            page = pages[index]
            attrs = dict(page.attrs)
            annots = list(resolve1(attrs.get("Annots")) or [])
            for link in page_links:
                if not 0 <= link.target < len(pages):
                    continue
                left = "null" if link.x is None else _number(link.x)
                top = "null" if link.y is None else _number(link.y)
                rect = " ".join(_number(v) for v in link.rect)
                written.append((number, f"<< /Type /Annot /Subtype /Link /Rect [{rect}] /Border [0 0 0] "
                                        f"/Dest [{pages[link.target].pageid} 0 R /XYZ {left} {top} null] >>"))
                annots.append(PDFObjRef(None, number))
                number += 1
            attrs["Annots"] = annots
            written.append((page.pageid, _pdf(attrs)))
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = []
    for objid, body in written:
        offsets.append((objid, len(out)))
        out += f"{objid} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for objid, offset in sorted(offsets):
        out += f"{objid} 1\n{offset:010d} 00000 n \n".encode()
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out += (f"trailer\n<< /Size {number} /Root {_pdf(root)} /Prev {previous} >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    tmp = path + ".links"
    with open(tmp, "wb") as f:
        f.write(bytes(out))
    if not _reads_back(tmp, len(pages)):
        os.remove(tmp)
        return False
    os.replace(tmp, path)
    return True


def _reads_back(path: str, count: int) -> bool:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return False
    try:
        return len(pdf) == count
    finally:
        pdf.close()


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def _name(text: str) -> str:
    return "/" + "".join(c if c.isalnum() or c in "-_.+" else f"#{ord(c):02X}" for c in text)


def _pdf(value) -> str:
    """A value pdfminer read, written back as PDF syntax (the pages' dictionaries pdfium wrote:
    names, numbers, strings, arrays, dictionaries and references)."""
    from pdfminer.pdftypes import PDFObjRef
    from pdfminer.psparser import PSLiteral

    if isinstance(value, PDFObjRef):
        return f"{value.objid} 0 R"
    if isinstance(value, PSLiteral):
        return _name(value.name if isinstance(value.name, str) else value.name.decode("latin-1"))
    if isinstance(value, dict):
        return "<< " + " ".join(f"{_name(k)} {_pdf(v)}" for k, v in value.items()) + " >>"
    if isinstance(value, (list, tuple)):
        return "[" + " ".join(_pdf(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value) if isinstance(value, float) else str(value)
    if isinstance(value, bytes):
        return "<" + value.hex() + ">"
    if value is None:
        return "null"
    raise TypeError(f"cannot write {type(value).__name__} in a page's dictionary")
