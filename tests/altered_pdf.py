"""A real PDF altered the way a hostile sender would: an incremental update (appended, the
original bytes untouched) that gives one page a script run when it is opened (/AA) and links
that launch a program, run JavaScript or open a local file. The page is rewritten from what
pdfminer reads of it, so a paper with object streams or an xref stream can be altered too."""

from __future__ import annotations

import re

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, resolve1

from minutebook.ingest.pdf_page_links import _pdf  # the writer the served copies' links use

# the link annotations added, each a rectangle and its action; '#4C' spells an 'L' inside a
# name, so a check that looks for '/Launch' in the file as written would miss it
HOSTILE_LINKS = [
    "/A << /S /Launch /F (calc.exe) /Win << /F (cmd.exe) >> >>",
    "/A << /S /#4Caunch /F (sh) >>",
    "/A << /S /URI /URI (javascript:app.alert\\(1\\)) >>",
    "/A << /S /URI /URI (file:///etc/passwd) >>",
]


def add_page_actions(source, target, page_number: int = 1, open_script: bool = True,
                     links_added: list[str] = HOSTILE_LINKS) -> None:
    """`source` with page `page_number` (1-based) given an open script and link annotations
    with the actions `links_added` ('{page[2]}' in one stands for the object number of the
    third page, for a link to a page of the paper)."""
    data = open(source, "rb").read()
    with open(source, "rb") as f:
        doc = PDFDocument(PDFParser(f))
        pages = list(PDFPage.create_pages(doc))
        page = pages[page_number - 1]
        trailer = doc.xrefs[0].get_trailer()
        size = int(resolve1(trailer["Size"]))
        root = trailer["Root"]
        attrs = dict(page.attrs)
        annots = resolve1(attrs.get("Annots")) or []
        match = re.search(rb"(?<!\d)%d (\d+) obj" % page.pageid, data)
        generation = int(match.group(1)) if match else 0
    script, links = size, list(range(size + 1, size + 1 + len(links_added)))
    attrs["Annots"] = list(annots) + [PDFObjRef(None, n) for n in links]
    if open_script:
        attrs["AA"] = {"O": PDFObjRef(None, script), "C": PDFObjRef(None, script)}
    body = _pdf(attrs)
    objects = [(page.pageid, generation, body), (script, 0, "<< /S /JavaScript /JS (app.alert\\('opened'\\)) >>")]
    for i, (n, action) in enumerate(zip(links, links_added)):
        objects.append((n, 0, f"<< /Type /Annot /Subtype /Link /Rect [50 {700 - 30 * i} 300 {720 - 30 * i}] "
                              f"/Border [0 0 0] {action.format(page=[p.pageid for p in pages])} >>"))
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = []
    for n, g, text in objects:
        offsets.append((n, g, len(out)))
        out += f"{n} {g} obj\n{text}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for n, g, offset in offsets:
        out += f"{n} 1\n{offset:010d} {g:05d} n \n".encode()
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out += (f"trailer\n<< /Size {size + 1 + len(links_added)} /Root {_pdf(root)} /Prev {previous} >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    open(target, "wb").write(bytes(out))
