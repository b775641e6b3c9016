"""The reader's cheap looks at a PDF page agree with pypdfium2's own, on real papers: whether a
page draws enough path objects to hold a ruled table (counted with raw pdfium calls, stopping
at the threshold), and the tables read with the page's text page handed over or loaded again.
Skips without ../shared."""

import pypdfium2 as pdfium
import pytest

from minutebook.ingest import pdf_tables
from minutebook.ingest.read_pdf import MIN_PATHS_FOR_TABLE, _has_paths

from .conftest import REAL

PAPERS = sorted(REAL.glob("*.pdf"))[:12] if REAL.is_dir() else []


@pytest.mark.skipif(not PAPERS, reason="no real papers in ../shared/real")
def test_path_count_and_tables_agree_with_pypdfium2_on_real_papers():
    pages = with_tables = 0
    for path in PAPERS:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                paths = sum(1 for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=1))
                for wanted in (1, MIN_PATHS_FOR_TABLE, paths, paths + 1):
                    assert _has_paths(page, wanted) == (paths >= wanted), (path.name, i, wanted)
                pages += 1
                if paths >= MIN_PATHS_FOR_TABLE and not page.get_rotation():
                    given = pdf_tables.page_tables(page, page.get_textpage())
                    assert given == pdf_tables.page_tables(page), (path.name, i)
                    with_tables += bool(given)
        finally:
            pdf.close()
    assert pages > 20 and with_tables >= 1  # the papers read had pages, and ruled tables among them
