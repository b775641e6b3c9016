"""OCR of scanned pages: only pages without a text layer, each reported as it is done, and
never OCRed twice (a cache beside the archive). Needs the tesseract program."""

import shutil
import sqlite3

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from minutebook.ingest.ocr import cache_path_for, ocr_settings
from minutebook.ingest.pipeline import ingest
from minutebook.ingest.read_pdf import read_pdf

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")


def _scan_image(lines):
    image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=48)
    for n, line in enumerate(lines):
        draw.text((150, 200 + 90 * n), line, fill=0, font=font)
    return image


def write_pdf_pages(path, pages):
    """Each page either a list of text lines drawn as text, or ('scan', lines): a picture of them."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        if isinstance(page, tuple):
            c.drawImage(ImageReader(_scan_image(page[1])), 0, 0, width=A4[0], height=A4[1])
        else:
            y = A4[1] - 60
            for line in page:
                c.drawString(50, y, line)
                y -= 16
        c.showPage()
    c.save()
    return path


def test_a_scan_is_read_page_by_page_with_progress(tmp_path):
    path = write_pdf_pages(tmp_path / "scan.pdf", [("scan", ["Minutes of the Parish Council"]),
                                                   ("scan", ["Apologies were received"]),
                                                   ("scan", ["The meeting closed at nine"])])
    heard = []
    summary = ingest([str(path)], str(tmp_path / "a.db"), extract=False,
                     on_ocr_page=lambda p, page, done, total: heard.append((page, done, total)))
    assert summary.count("ok") == 1
    assert sorted(page for page, _, _ in heard) == [1, 2, 3]
    assert [done for _, done, _ in heard] == [1, 2, 3] and {total for _, _, total in heard} == {3}
    text = sqlite3.connect(tmp_path / "a.db").execute("select group_concat(text, ' ') from pages").fetchone()[0]
    assert "Parish Council" in text and "Apologies" in text and "closed" in text


def test_only_the_pages_without_a_text_layer_are_ocred(tmp_path):
    path = write_pdf_pages(tmp_path / "mixed.pdf", [["Minutes of the Audit Committee", "Present: Cllr Jane Smith"],
                                                    ("scan", ["Signed by the Chair"])])
    heard = []
    with ocr_settings(on_page=lambda p, page, done, total: heard.append((page, total))):
        doc = read_pdf(str(path))
    assert heard == [(2, 1)]
    assert "Audit Committee" in doc.pages[0].text and "Signed" in doc.pages[1].text


def test_an_unchanged_scan_is_never_ocred_twice(tmp_path):
    path = write_pdf_pages(tmp_path / "scan.pdf", [("scan", ["Minutes of the Parish Council"])])
    db = str(tmp_path / "a.db")
    ingest([str(path)], db, extract=False)
    cache = sqlite3.connect(cache_path_for(db))
    assert cache.execute("select count(*) from ocr_pages").fetchone()[0] == 1
    # what the cache holds is what a second reading gets: tesseract is not asked again
    cache.execute("update ocr_pages set text = 'Minutes of the Cached Committee'")
    cache.commit()
    with ocr_settings(cache_path=cache_path_for(db)):
        doc = read_pdf(str(path))
    assert "Cached Committee" in doc.pages[0].text
