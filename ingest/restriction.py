"""The one rule for what is restricted, applied once at ingest.

Restriction starts where a paper says so (a RESTRICTED / EXEMPT / CONFIDENTIAL / Part 2 item
or section, a "Document is Restricted" placeholder page, a paper marked NOT FOR PUBLICATION)
and is inherited downwards: item → sub-item → passage → fact (in `structure` and `extract`);
here, a page holding any of it is restricted (its public file shows a "withheld" page), and a
paper with nothing public left is restricted as a whole. People, aliases and acronyms known
only from restricted text are left out when the public copy is built (`publish`).
"""

from __future__ import annotations

from .document import Document
from .exempt_marks import marks, marks_item
from .structure import Structure

# a front sheet that withholds the whole paper ("NOT FOR PUBLICATION by virtue of paragraph 3
# of Part 1 of Schedule 12A ..."; exempt_marks) is looked for only in the first lines, where it is a marking
FRONT_LINES = 8
# and in no more than this many characters of them: a paper printed as one 100 MB line was copied
# whole (split, then lowered) to look, and went over the memory ceiling; real front lines are short
FRONT_CHARS = 100_000


def restricted_pages(doc: Document, structure: Structure) -> set[int]:
    """Page numbers holding restricted material: placeholders, restricted passages, and the
    titles of restricted items (an agenda page listing an exempt item shows its title)."""
    pages = {p.number for p in doc.pages if p.restricted}
    pages |= {p.page for p in structure.passages if p.restricted}
    pages |= {i.page for i in structure.items if i.restricted}
    return pages


def wholly_restricted(doc: Document, structure: Structure, pages: set[int]) -> bool:
    """Nothing public is left (no public passage, every page with content restricted), or the
    paper is marked as a whole."""
    title = doc.title or next((b.text for b in doc.blocks if b.kind == "heading"), "")
    if title and marks_item(title):
        return True
    if doc.pages:
        front = "\n".join(doc.pages[0].text[:FRONT_CHARS].splitlines()[:FRONT_LINES])
        if "unpublished" in marks(front):
            return True
    if not pages or any(not p.restricted for p in structure.passages):
        return False  # a page can mix public and restricted passages (an HTML page is one page)
    content = [p.number for p in doc.pages if not p.blank and (p.text.strip() or p.restricted)]
    return all(n in pages for n in content)
