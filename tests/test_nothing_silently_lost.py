"""Every file in a folder is read or recorded with its reason (a saved page named .php is read by
its markup), and a PDF text layer that is not language is read with OCR as a scan is."""

import asyncio
import io
import shutil

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient as DatasetteClient

from minutebook.ingest.ocr import ocr_available
from minutebook.ingest.publish import public_path
from minutebook.ingest.text_layer import not_language
from minutebook.serve import make_datasette

from .conftest import CORPUS, SHARED, run_cli

SAVED_PAGE = """<button aria-label="Close" class="clear">
  <span aria-hidden="true">x</span>
</button>
<div class="minutes well">
  <time datetime="2021-03-09">9 March 2021</time>
  <p>Ashby Parva Parish Council held its meeting in the village hall at 7.30pm on 9th March 2021.</p>
  <h4>PRESENT</h4>
  <p>Councillors Mary Hollis, Peter Quince and Robin Starveling.</p>
  <h4>1. FOOTPATHS</h4>
  <p>The Council agreed to repair the stile on the Ullesthorpe footpath.</p>
</div>
"""
HELD_OUT_NOTE = "skipping tests on shared papers"


@pytest.fixture(scope="module")
def folder_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("lost")
    papers = root / "papers"
    papers.mkdir()
    (papers / "minutes_21-03-09.php").write_text(SAVED_PAGE)
    (papers / "export.bin").write_bytes(bytes(range(256)) * 8)
    (papers / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (papers / "~$minutes.docx").write_bytes(b"\x00lock")
    (papers / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    db = root / "lost.db"
    result = run_cli("ingest", papers, "--db", db)  # exits non-zero: a file was not read
    assert result.returncode != 0 and "Traceback" not in result.stderr
    return papers, db, result


def test_a_saved_page_without_an_html_name_is_read_by_its_markup(folder_db):
    _, db, _ = folder_db
    rows = {r["filename"]: r for r in sqlite_utils.Database(db).query("select * from documents")}
    page = rows["minutes_21-03-09.php"]
    assert (page["status"], page["format"]) == ("ok", "html")
    meetings = list(sqlite_utils.Database(db).query("select body, date from meetings"))
    assert [(m["body"], m["date"]) for m in meetings] == [("Ashby Parva Parish Council", "2021-03-09")]


def test_an_unknown_binary_is_recorded_and_hidden_files_are_counted(folder_db):
    _, db, result = folder_db
    rows = {r["filename"]: r for r in sqlite_utils.Database(db).query("select * from documents")}
    assert set(rows) == {"minutes_21-03-09.php", "export.bin"}  # no row for the hidden or system files
    assert rows["export.bin"]["status"] == "error"
    assert rows["export.bin"]["error"].startswith("unsupported file type '.bin': its content is not a PDF")
    assert "export.bin: error: unsupported file type" in result.stderr
    assert "3 hidden or system files left out" in result.stderr


def test_coverage_lists_the_file_not_read(folder_db):
    papers, db, _ = folder_db
    result = run_cli("coverage", "--db", db, check=True)
    assert any(line.startswith("  export.bin [error]: error: unsupported file type '.bin'")
               for line in result.stdout.splitlines()), result.stdout


def test_the_site_page_of_papers_not_read_names_the_file_and_reason(folder_db):
    _, db, _ = folder_db
    ds = make_datasette(public_path(str(db)), public=True, name="minutebook")
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    home = client.get("/")
    assert home.status == 200 and "/minutebook/documents?status__not=ok" in home.text
    page = client.get("/minutebook/documents?status__not=ok")
    assert page.status == 200
    assert "export.bin" in page.text and "unsupported file type" in page.text
    assert "minutes_21-03-09.php" not in page.text  # read: not among the failures


def test_the_bundled_papers_have_language_text_layers():
    import pypdfium2 as pdfium

    pages = 0
    for path in sorted(CORPUS.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            pages += 1
            assert not not_language(page.get_textpage().get_text_range()), (path.name, pages)
        pdf.close()
    assert pages


def _garbled_layer_pdf(path):
    """A page that shows its words as a picture, over an invisible text layer of glyph numbers read
    as characters (as a font without a Unicode map gives)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    lines = ["Minutes of the meeting of Ashby Parva Parish Council", "held on 9 March 2021 at 7.30pm",
             "Present: Councillors Mary Hollis and Peter Quince", "1. Footpaths: the Council agreed to repair the stile."]
    image = Image.new("L", (1700, 500), 255)
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(font, 40)
    for n, line in enumerate(lines):
        draw.text((60, 60 + n * 90), line, fill=0, font=big)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    buf.seek(0)
    pdfmetrics.registerFont(TTFont("DejaVu", font))
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.drawImage(ImageReader(buf), 36, 560, width=540, height=159)
    text = c.beginText(40, 700)
    text.setFont("DejaVu", 10)
    text.setTextRenderMode(3)  # invisible, as a text layer under a picture is
    for line in ("DŝŶƵƚĞƐŽĨƚŚĞŵĞĞƟŶŐŽĨƐŚďǇWĂƌǀĂWĂƌŝƐŚŽƵŶĐŝů", "ŚĞůĚŽŶϵDĂƌĐŚϮϬϮϭĂƚϳ͘ϯϬƉŵ",
                 "WƌĞƐĞŶƚ͗ŽƵŶĐŝůůŽƌƐDĂƌǇ,ŽůůŝƐĂŶĚWĞƚĞƌYƵŝŶĐĞ"):
        text.textLine(line)
    c.drawText(text)
    c.showPage()
    c.save()


def test_a_built_pdf_with_a_garbled_layer_is_read_with_ocr(tmp_path):
    import pypdfium2 as pdfium

    papers = tmp_path / "papers"
    papers.mkdir()
    _garbled_layer_pdf(papers / "minutes.pdf")
    pdf = pdfium.PdfDocument(str(papers / "minutes.pdf"))
    assert not_language(pdf[0].get_textpage().get_text_range())
    pdf.close()
    db = tmp_path / "built.db"
    run_cli("ingest", papers, "--db", db, "--no-ocr", check=True)
    row = next(sqlite_utils.Database(db).query("select status, error from documents"))
    assert row["status"] == "ok" and "page 1 is not language" in row["error"] and "--no-ocr" in row["error"]
    _assert_ocr_reads(papers, tmp_path / "ocr.db", "Ashby Parva Parish Council", "2021-03-09")


BCWPC = SHARED / "wild" / "bcwpc_udhw-synopsis-sept-2023.pdf"


@pytest.fixture()
def bcwpc(tmp_path):
    if not BCWPC.is_file():
        pytest.skip(f"../shared/wild is not beside the project (a fresh clone): {HELD_OUT_NOTE}")
    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(BCWPC, papers / BCWPC.name)
    return papers


def test_a_real_paper_whose_fonts_have_no_unicode_map_gets_its_meeting_by_ocr(bcwpc, tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(bcwpc / BCWPC.name))
    assert not_language(pdf[0].get_textpage().get_text_range())
    pdf.close()
    _assert_ocr_reads(bcwpc, tmp_path / "bcwpc.db", "Upper Dales Health Watch", "2023-09-12")


def _assert_ocr_reads(papers, db, words, date):
    """The folder's one paper, ingested with OCR, holds `words` and its meeting on `date`."""
    if not ocr_available():
        pytest.skip("tesseract is not installed: the OCR of the garbled page is not tested")
    run_cli("ingest", papers, "--db", db, check=True)
    assert words in next(sqlite_utils.Database(db).query("select text from pages"))["text"]
    assert [m["date"] for m in sqlite_utils.Database(db).query("select date from meetings")] == [date]
