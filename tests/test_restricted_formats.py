"""An exempt section as a web page, a Word document or a Markdown file marks it: a heading that
is only the marking ('Confidential', 'Exempt Information', 'PRIVATE BUSINESS') over text that no
numbered item holds, sub-headings under it, until the press and public are readmitted. Its words
reach no route of the public site, no byte of the public copy and no public file; the text
before and after it stays public. A heading over a list of exempt items ('EXEMPT ITEMS', 'PART 2')
says nothing of the text under it: Kent's agenda prints a public note there, a statutory
notice's 'PART 2' is public (both from real papers, built again here)."""

import asyncio
import io
import os
import zipfile

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SECRETS = ["Blorvik", "Vantablex", "77,777", "Skelmerdyne", "Querrimond", "Frostwycke", "54,321", "Yarrowdene",
           "Prackett", "Wibbleton"]
PUBLIC = ["summer season", "accounts were approved", "next meeting will be on 1 July", "dredging plan",
          "no exempt items", "Education and Inspections Act"]


def _docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    body = "".join((f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "<w:p>")
                   + f"<w:r><w:t>{text}</w:t></w:r></w:p>" for text, style in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return out.getvalue()


def write_papers(folder):
    (folder / "harbour.html").write_text(
        "<html><body><h1>Minutes of the meeting of the Harbour Safety Board held on 12 March 2024</h1>"
        "<section><h2>1. Tide tables</h2><p>The Board agreed the tide tables for the summer season.</p></section>"
        "<section class='confidential'><h2>Confidential</h2>"
        "<p>Councillor Hortensia Blorvik reported on the Vantablex grievance.</p>"
        "<p>RESOLVED: that the Vantablex settlement of 77,777 pounds be approved.</p>"
        "<div><h3>Land</h3><p>The Skelmerdyne lease was discussed.</p></div></section>"
        "</body></html>", encoding="utf-8")
    (folder / "trust.docx").write_bytes(_docx([
        ("Minutes of the meeting of the Mill Lane Trust held on 3 June 2024", "Title"),
        ("Present: Mr Tomas Ruiz (Chair), Ms Ana Ferreira", None),
        ("1. Accounts", "Heading2"), ("The accounts were approved by the trustees.", None),
        ("Exempt Information", "Heading2"),
        ("Mr Balthazar Querrimond disclosed the Frostwycke bequest of 54,321 pounds.", None),
        ("Legal advice", "Heading3"), ("The Yarrowdene boundary claim was discussed.", None),
        ("The press and public were readmitted.", None),
        ("2. Date of next meeting", "Heading2"), ("The next meeting will be on 1 July 2024.", None)]))
    (folder / "quay.md").write_text(
        "# Minutes of the meeting of the Quay Committee held on 9 April 2024\n\n"
        "## Dredging\n\nThe committee agreed the dredging plan.\n\n"
        "## PRIVATE BUSINESS\n\nCouncillor Oswaldine Prackett raised a staffing dispute.\n\n"
        "### Pensions\n\nThe Wibbleton pension claim was noted.\n", encoding="utf-8")
    (folder / "cabinet agenda.txt").write_text(
        "Cabinet\n\nAgenda for the meeting of the Cabinet on 4 March 2025\n\n1. Apologies\n\n2. Budget\n\n"
        "EXEMPT ITEMS\n\n(At the time of preparing the agenda there were no exempt items. During any such items "
        "which may arise the meeting is likely NOT to be open to the public)\n", encoding="utf-8")
    (folder / "statutory notice.txt").write_text(
        "Governing Board of the Fell Schools Federation\n\nStatutory notice\n\nPART 2\n\n"
        "Notice is given in accordance with section 19(3) of the Education and Inspections Act 2006 that the "
        "Governing Board proposes to close the Fell End site.\n\nPART 3\n\nThe proposal also includes revised "
        "catchment arrangements.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    papers = root / "papers"
    papers.mkdir()
    write_papers(papers)
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return db, TestClient(ds)


def test_the_archive_holds_the_marked_text_as_restricted(archive):
    db, _ = archive
    rows = sqlite_utils.Database(db).execute("select text, restricted from passages").fetchall()
    for word in SECRETS:
        found = [r for t, r in rows if word in t]
        assert found and all(found), word
    for words in PUBLIC:
        found = [r for t, r in rows if words in t]
        assert found and not any(found), words


def test_no_byte_of_the_public_copy_or_files_holds_the_marked_text(archive):
    db, _ = archive
    copy = open(public_path(str(db)), "rb").read()
    folder = files_dir(str(db))
    served = b"".join(open(os.path.join(folder, n), "rb").read() for n in os.listdir(folder))
    assert [w for w in SECRETS if w.encode() in copy or w.encode() in served] == []
    assert [w for w in PUBLIC if w.encode() not in copy] == []


def test_no_route_shows_the_marked_text(archive):
    db, site = archive
    pages = ["/people", "/meetings", "/archive/statistics.json", "/archive/decisions.csv", "/archive/passages.csv",
             "/archive/people.csv", "/archive/pages.json"]
    docs = sqlite_utils.Database(public_path(str(db))).execute("select id from documents").fetchall()
    pages += [f"/-/source/{d}" for (d,) in docs]
    for path in pages:
        response = site.get(path, follow_redirects=True)
        assert response.status == 200, path
        assert [w for w in SECRETS if w in response.text] == [], path
    for word in SECRETS[:2] + ["Querrimond", "Wibbleton"]:
        assert f"Nothing matches <strong>{word}</strong>." in site.get(f"/search?q={word}").text, word
    assert "tide tables for the summer" in site.get("/search?q=season").text
