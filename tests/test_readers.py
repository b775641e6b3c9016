import re
import zipfile

import pytest

from minutebook.ingest.document import HEADING, TABLE, ReadError
from minutebook.ingest.read import read_document

from .conftest import CORPUS
from .pdfs import write_image_only_pdf, write_pdf

PACK = CORPUS / "001_de1ae569ecce4883.pdf"
HTML = CORPUS / "002_0950aaeaa6eb6065.html"


def test_pdf_pages_lose_their_furniture():
    doc = read_document(str(PACK))
    assert len(doc.pages) > 40
    for page in doc.pages:
        assert not re.search(r"^Page \d+$", page.text, re.M), page.number
        assert "Community Safety Partnership Agenda Pack" not in page.text  # the running header


def test_placeholder_pages_are_flagged_and_emptied():
    doc = read_document(str(PACK))
    restricted = [p for p in doc.pages if p.restricted]
    blank = [p for p in doc.pages if p.blank]
    assert len(restricted) >= 3 and len(blank) >= 5
    assert all("Document is Restricted" not in p.text for p in restricted)
    assert all("intentionally left blank" not in p.text for p in blank)


def test_ruled_tables_come_out_as_cells():
    doc = read_document(str(PACK))
    tables = [b for b in doc.pages[0].blocks if b.kind == TABLE]
    agenda = next(t for t in tables if any("Presented by" in c for c in t.rows[0]))
    row = next(r for r in agenda.rows if r[0].startswith("4."))
    assert "Daniel James" in row and "11 - 12" in row
    membership = next(t for t in tables if t.rows[0][:2] == ["Name", "Post title"])
    assert ["Cllr Syed Ghani (Chair)", "Cabinet Member for Enforcement and Community Safety",
            "London Borough of Barking and Dagenham (LBBB)"] in membership.rows


def test_text_next_to_a_table_is_kept():
    doc = read_document(str(PACK))
    first = [b.text for b in doc.pages[0].blocks if b.kind != TABLE]
    assert first[0] == "Community Safety Partnership"
    assert any(t.startswith("Date and Time: Wednesday, 5 October 2022") for t in first)


def test_html_keeps_content_and_drops_site_chrome():
    doc = read_document(str(HTML))
    text = doc.text
    assert "Florence Henry updated board members" in text
    for chrome in ("Skip to main content", "Councillors", "Privacy", "PDF 131 KB", "pdf icon", "Copyright"):
        assert chrome not in text, chrome
    headings = [b.text for b in doc.blocks if b.kind == HEADING]
    assert "4. Domestic Abuse Commission" in headings


def test_markdown_and_text(tmp_path):
    md = tmp_path / "minutes.md"
    md.write_text("# Parish Council\n\n## 1. Apologies\n\nApologies from Cllr Jones.\n\n- ACTION: Clerk to write to the county.\n")
    doc = read_document(str(md))
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "paragraph", "list_item"]
    txt = tmp_path / "notes.txt"
    txt.write_text("Present: A Smith, B Jones\nThe meeting opened at\n7pm and closed at 9pm.\n")
    doc = read_document(str(txt))
    assert doc.blocks[-1].text == "The meeting opened at 7pm and closed at 9pm."


def test_docx(tmp_path):
    path = tmp_path / "minutes.docx"
    body = ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Minutes</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>RESOLVED that the budget be approved.</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Action</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>Owner</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    xml = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", xml)
    doc = read_document(str(path))
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "table"]
    assert doc.blocks[2].rows == [["Action", "Owner"]]


def test_docx_paragraphs_inside_content_controls_are_read(tmp_path):
    """A minutes template's fields are content controls (<w:sdt>) wrapping whole paragraphs and
    tables at the body's level: their text was skipped. Wrappers nested 100,000 deep are read too."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    para = lambda text: f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    control = lambda inner: f"<w:sdt><w:sdtPr><w:alias w:val=\"Field\"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    body = (para("Minutes of the meeting of the Slipway Board held on 1 March 2023")
            + control(para("Present: Councillor Jane Smith (Chair), Councillor Omar Ghani"))
            + f"<w:customXml>{para('RESOLVED that the slipway plan be approved.')}</w:customXml>"
            + control("<w:tbl><w:tr><w:tc>" + para("Action") + "</w:tc><w:tc>" + para("Owner") + "</w:tc></w:tr></w:tbl>")
            + "<w:sdt><w:sdtContent>" * 100_000 + para("The meeting closed at 8pm.") + "</w:sdtContent></w:sdt>" * 100_000)
    path = tmp_path / "template minutes.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    doc = read_document(str(path))
    text = doc.pages[0].text
    for said in ("Present: Councillor Jane Smith", "RESOLVED that the slipway plan", "The meeting closed at 8pm."):
        assert said in text, said
    assert [b.rows for b in doc.blocks if b.kind == TABLE] == [[["Action", "Owner"]]]


@pytest.mark.parametrize("name,content,reason", [
    ("empty.pdf", b"", "empty file"),
    ("fake.pdf", b"<html><body>not a pdf</body></html>", "not a PDF"),
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "corrupt"),
    ("binary.txt", b"\x00\x01\x02" * 100, "binary"),
])
def test_unreadable_files_raise_a_clear_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as e:
        read_document(str(path))
    assert reason in e.value.reason


def test_encrypted_pdf(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", [["Secret minutes"]], encrypt="hunter2")
    with pytest.raises(ReadError, match="encrypted"):
        read_document(str(path))


def test_image_only_pdf_is_no_text(tmp_path):
    path = write_image_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ReadError) as e:
        read_document(str(path), ocr=False)
    assert e.value.status == "no_text"


def test_repeated_header_and_page_numbers_removed_from_a_generated_pdf(tmp_path):
    words = ["one", "two", "three", "four", "five"]
    pages = [[f"Paragraph {w} of the minutes."] for w in words]
    path = write_pdf(tmp_path / "m.pdf", pages, header="Planning Committee 3 March 2024")
    doc = read_document(str(path))
    assert all("Planning Committee 3 March" not in p.text and "Page" not in p.text for p in doc.pages)
    assert doc.pages[2].text == "Paragraph three of the minutes."


def test_words_do_not_run_together_on_a_legistar_agenda(real_dir):
    doc = read_document(str(real_dir / "ca_hermosa_beach_agenda_1.pdf"))
    assert "City of Hermosa Beach" in doc.text
    assert "RegularMeetingAgenda" not in doc.text and "Regular Meeting Agenda" in doc.text
