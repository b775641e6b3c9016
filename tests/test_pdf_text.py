"""A page's text read box by box (ingest/pdf_text.PageText): the same text as pypdfium2's own
bounded read, for every text rectangle of real pages and for boxes that cut across them."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from minutebook.ingest.pdf_text import PageText

from .conftest import CORPUS, REAL


def _pdfs():
    papers = sorted(CORPUS.glob("*.pdf"))
    if REAL.is_dir():
        papers += sorted(REAL.glob("*.pdf"))[:6]
    return papers


@pytest.mark.parametrize("path", _pdfs(), ids=lambda p: p.name)
def test_bounded_text_is_pdfiums_own(path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        asked = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            by_position = PageText(textpage)
            width, height = page.get_size()
            boxes = list(by_position.rects) + [(r[0] - 3, r[1] - 6, r[2] + 40, r[3] + 3) for r in by_position.rects]
            boxes += [(0, 0, width, height), (0, 0, 1, 1)]
            for box in boxes:
                assert by_position.bounded(*box) == textpage.get_text_bounded(*box), (path.name, i + 1, box)
                asked += 1
        assert asked > len(pdf) * 2
    finally:
        pdf.close()
