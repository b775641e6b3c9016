"""Cheap, bounded looks at what a PDF page draws, with raw pdfium calls.

A page's objects include those inside its form XObjects (and theirs): a page of 16 objects whose
one form held 1,000,000 lines was walked line by line when looking for ruled tables (past the
60 s budget), and by pypdfium2's object wrappers when looking for a scan's image (39 s). Each
look here visits at most `most` objects, however many the page holds.
"""

from __future__ import annotations

import pypdfium2.raw as raw

# A page drawn with more objects than this is a drawing or a hostile page, not a ruled table: a
# 55 kB page of 2,000,000 lines made an edge for each (past 1 GB, after pdfium's own 550 MB).
# The busiest page of every paper in ../shared has 1,415.
MOST_OBJECTS = 100_000


def _objects(page_handle, most: int):
    """The page's objects, those inside its forms too, while no more than `most` are counted;
    then a final None when the count passed `most`."""
    total = raw.FPDFPage_CountObjects(page_handle)
    if total > most:
        yield None
        return
    owners = [(page_handle, total, raw.FPDFPage_GetObject)]
    while owners:
        owner, count, get = owners.pop()
        for i in range(count):
            obj = get(owner, i)
            yield obj
            if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_FORM:
                inner = max(raw.FPDFFormObj_CountObjects(obj), 0)
                total += inner
                if total > most:
                    yield None
                    return
                owners.append((obj, inner, raw.FPDFFormObj_GetObject))


def too_many_objects(page_handle, most: int = MOST_OBJECTS) -> bool:
    """Whether the page draws more than `most` objects, those inside its forms counted."""
    return any(obj is None for obj in _objects(page_handle, most))


def draws_an_image(page_handle, most: int = MOST_OBJECTS) -> bool:
    """Whether the page draws an image (a scan's page), in its forms too, among its first
    `most` objects: a page of more objects than that with no text is a drawing, not a scan."""
    for obj in _objects(page_handle, most):
        if obj is None:
            return False
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_IMAGE:
            return True
    return False
