"""A PDF page's objects inside its form XObjects count towards the bound on what a page may draw
(pdf_objects.py): a page of 16 objects whose one form held 1,000,000 lines was walked line by
line for ruled tables, and object by object for a scan's image, each past the time budget."""

from __future__ import annotations

import zlib

import pypdfium2 as pdfium
import pytest
import sqlite_utils

from minutebook.ingest.pdf_objects import draws_an_image, too_many_objects

from .conftest import REAL, run_cli
from .test_hostile import _hand_pdf

LIMITS = ("--max-memory", "512", "--max-seconds", "20")


def _form_page_pdf(path, lines: int, text: bool = True, grid: bool = True):
    """One page: a line of text, a ruled grid of its own (so tables are looked for), and one form
    XObject drawing `lines` lines."""
    content = b""
    if text:
        content += b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting of the Quay Board held on 2 June 2024) Tj ET\n"
    if grid:
        for i in range(7):
            content += b"%d 600 m %d 500 l S\n100 %d m 400 %d l S\n" % (100 + 50 * i, 100 + 50 * i, 500 + 15 * i, 500 + 15 * i)
    content += b"q /Fm1 Do Q\n"
    form = zlib.compress(b"0 0 m 1 1 l S\n" * lines, 9)
    _hand_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
        % (len(form), form)])
    return path


def test_objects_inside_a_form_count(tmp_path):
    pdf = pdfium.PdfDocument(str(_form_page_pdf(tmp_path / "f.pdf", 2_000)))
    try:
        page = pdf[0]
        assert pdfium.raw.FPDFPage_CountObjects(page.raw) == 16  # the page's own: text, 14 lines, the form
        assert too_many_objects(page.raw, most=1_000)
        assert not too_many_objects(page.raw, most=2_016)
        assert not draws_an_image(page.raw)
    finally:
        pdf.close()


def _ingest(tmp_path, **shape):
    folder = tmp_path / "papers"
    folder.mkdir()
    _form_page_pdf(folder / "drawn.pdf", 1_000_000, **shape)
    db = tmp_path / "d.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert "Traceback" not in result.stderr
    return sqlite_utils.Database(db)


def test_a_page_whose_form_draws_a_million_lines_is_read_without_looking_for_tables(tmp_path):
    db = _ingest(tmp_path)
    assert [dict(r) for r in db.query("select status, error from documents")] == [{"status": "ok", "error": None}]
    assert "Quay Board held on 2 June 2024" in next(db.query("select text from pages"))["text"]


def test_a_textless_page_whose_form_draws_a_million_lines_is_not_walked_for_an_image(tmp_path):
    db = _ingest(tmp_path, text=False, grid=False)
    doc = next(db.query("select status, error from documents"))
    assert doc["status"] == "no_text" or "time budget" not in (doc["error"] or ""), doc
    assert "time budget" not in (doc["error"] or ""), doc


@pytest.mark.skipif(not REAL.is_dir(), reason="no real papers in ../shared/real")
def test_the_image_look_agrees_with_pypdfium2_on_real_papers():
    pages = imaged = 0
    for path in sorted(REAL.glob("*.pdf"))[:15]:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                wanted = any(True for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=15))
                assert draws_an_image(page.raw) == wanted, (path.name, i)
                assert not too_many_objects(page.raw)
                pages, imaged = pages + 1, imaged + wanted
        finally:
            pdf.close()
    assert pages > 20 and imaged >= 1
