"""The public copy of a PDF is made without loading every page a second time: the reader notes
which pages carry annotations other than links while it reads them, and the copy strips only
those pages, trusting the note only for the file the reader saw (same content, size and time).
The copy made this way is the copy made by looking at every page."""

import os
import sqlite3

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from minutebook.ingest.pipeline import sha256_of
from minutebook.ingest.public_files import (STAGED, WITHHELD, ReaderNotes, files_dir, publish_files, read_manifest, stage_pdf,
                                           withhold_pdf_pages)
from minutebook.ingest.publish import publish
from minutebook.ingest.read_pdf import read_pdf

from .conftest import run_cli
from .test_restricted import write_pdf_with_unread_parts


def _annotation_kinds(page) -> list[int]:
    kinds = []
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        kinds.append(raw.FPDFAnnot_GetSubtype(annot))
        raw.FPDFPage_CloseAnnot(annot)
    return kinds


def _pages(path) -> list[tuple]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [(pdf.get_page_size(i), pdf[i].get_textpage().get_text_range(), _annotation_kinds(pdf[i]))
                for i in range(len(pdf))]
    finally:
        pdf.close()


def _three_pages_with_a_comment_on_the_last(tmp_path):
    """Page 1 plain, page 2 to withhold, page 3 the paper with a link, a comment and a form field."""
    one = write_pdf_with_unread_parts(tmp_path / "annotated.pdf", "Sablewick")
    from .pdfs import write_pdf

    plain = write_pdf(tmp_path / "plain.pdf", [["Minutes of the Pier Board, page one."],
                                                ["Exempt: the Sablewick tender figures."]])
    out = pdfium.PdfDocument(str(plain))
    out.import_pages(pdfium.PdfDocument(str(one)))
    path = tmp_path / "three.pdf"
    out.save(str(path))
    out.close()
    return path


def test_the_reader_names_the_pages_with_annotations_other_than_links(tmp_path):
    path = _three_pages_with_a_comment_on_the_last(tmp_path)
    assert [kinds for _, _, kinds in _pages(path)][0] == []
    assert raw.FPDF_ANNOT_LINK in _pages(path)[2][2] and len(_pages(path)[2][2]) >= 3
    assert read_pdf(str(path)).annotated_pages == [3]


def test_a_copy_stripping_the_noted_pages_is_the_copy_made_by_looking_at_every_page(tmp_path):
    path = _three_pages_with_a_comment_on_the_last(tmp_path)
    noted, looked = tmp_path / "noted.pdf", tmp_path / "looked.pdf"
    withhold_pdf_pages(str(path), str(noted), [2], read_pdf(str(path)).annotated_pages)
    withhold_pdf_pages(str(path), str(looked), [2], None)
    pages = _pages(noted)
    assert pages == _pages(looked)
    assert len(pages) == 3 and WITHHELD in pages[1][1] and "Sablewick" not in pages[1][1]
    assert "page one" in pages[0][1] and "pier repainting" in pages[2][1]
    assert pages[2][2] == [raw.FPDF_ANNOT_LINK]  # the link stays; the comment and the form field do not
    assert b"Sablewick" not in noted.read_bytes()


def test_a_note_about_another_version_of_the_file_is_not_trusted(tmp_path):
    """The file was touched after it was read (its time moved): whatever the reader noted, every
    page is looked at again, and the comment still does not reach the public copy."""
    papers = tmp_path / "papers"
    papers.mkdir()
    path = write_pdf_with_unread_parts(papers / "pier minutes.pdf", "Sablewick")
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    folder = files_dir(str(db))
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    (stored,) = sqlite3.connect(db).execute("select path from documents").fetchone()
    wrong = {stored: ReaderNotes(sha256_of(str(path)), st.st_size, st.st_mtime_ns, ())}
    publish_files(str(db), wrong)
    (entry,) = read_manifest(folder).values()
    copy = os.path.join(folder, entry["file"])
    assert _pages(copy)[0][2] == [raw.FPDF_ANNOT_LINK]
    assert b"Sablewick" not in open(copy, "rb").read()


def _ingested(tmp_path, path):
    db = tmp_path / "archive.db"
    run_cli("ingest", path.parent, "--db", db, check=True)
    conn = sqlite3.connect(db)
    (doc_id, stored, sha), = conn.execute("select id, path, sha256 from documents where status = 'ok'")
    withheld = [p for (p,) in conn.execute("select page from pages where document_id = ? and restricted = 1 order by page",
                                           [doc_id])]
    return db, stored, sha, withheld


def test_a_public_pdf_made_while_its_paper_was_written_is_the_one_published(tmp_path):
    """The ingest makes each PDF's public copy as soon as the paper is written (the writer waits
    for the next paper meanwhile) and the publishing at the end takes that file up, not making
    it a second time; nothing staged is left beside the published files."""
    papers = tmp_path / "papers"
    papers.mkdir()
    path = _three_pages_with_a_comment_on_the_last(papers)
    for other in ("annotated.pdf", "plain.pdf"):
        os.remove(papers / other)
    db, stored, sha, withheld = _ingested(tmp_path, path)
    folder = files_dir(str(db))
    assert not [n for n in os.listdir(folder) if n.startswith(STAGED)]
    (entry,) = read_manifest(folder).values()
    os.remove(os.path.join(folder, entry["file"]))
    stage_pdf(str(db), stored, sha, withheld, ReaderNotes(sha, *_stat(path), (3,)))
    (staged,) = [n for n in os.listdir(folder) if n.startswith(STAGED)]
    inode = os.stat(os.path.join(folder, staged)).st_ino
    publish_files(str(db))
    (entry,) = read_manifest(folder).values()
    assert os.stat(os.path.join(folder, entry["file"])).st_ino == inode
    assert not [n for n in os.listdir(folder) if n.startswith(STAGED)]
    pages = _pages(os.path.join(folder, entry["file"]))
    assert pages[2][2] == [raw.FPDF_ANNOT_LINK] and b"Sablewick" not in open(os.path.join(folder, entry["file"]), "rb").read()


def test_a_staged_copy_the_archive_no_longer_gives_is_never_published(tmp_path):
    """A copy staged with other withheld pages than the archive's (or of a paper now wholly
    restricted) is thrown away: the published file is made from what the archive says now."""
    papers = tmp_path / "papers"
    papers.mkdir()
    path = write_pdf_with_unread_parts(papers / "pier minutes.pdf", "Sablewick")
    db, stored, sha, withheld = _ingested(tmp_path, path)
    folder = files_dir(str(db))
    conn = sqlite3.connect(db)
    conn.execute("update pages set restricted = 1 where page = 1")
    conn.commit()
    publish(str(db))
    stage_pdf(str(db), stored, sha, withheld, ReaderNotes(sha, *_stat(path), ()))
    assert [n for n in os.listdir(folder) if n.startswith(STAGED)]
    publish_files(str(db))
    (entry,) = read_manifest(folder).values()
    assert WITHHELD in _pages(os.path.join(folder, entry["file"]))[0][1]
    assert not [n for n in os.listdir(folder) if n.startswith(STAGED)]
    conn.execute("update documents set restricted = 1")
    conn.commit()
    publish(str(db))
    stage_pdf(str(db), stored, sha, [1], ReaderNotes(sha, *_stat(path), ()))
    publish_files(str(db))
    assert read_manifest(folder) == {} and os.listdir(folder) == ["manifest.json"]


def _stat(path):
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def test_a_comment_after_more_links_than_the_reader_looks_at_still_stays_out_of_the_public_copy(tmp_path):
    """The reader looks at no more than MAX_ANNOTATIONS_LOOKED_AT annotations of a page (a hostile
    page of 100,000 links cost 10.8 s of a paper's time budget, a pdfium call each). A page of more
    is taken to carry a comment, so the public copy looks at all of them: a comment printed after
    1,200 links is left out, and the links stay."""
    from reportlab.pdfgen import canvas

    from minutebook.ingest.read_pdf import MAX_ANNOTATIONS_LOOKED_AT

    links = MAX_ANNOTATIONS_LOOKED_AT + 200
    path = tmp_path / "links.pdf"
    c = canvas.Canvas(str(path), pagesize=(600, 800))
    c.setFont("Helvetica", 12)
    c.drawString(50, 750, "Minutes of the Pier Board: the links page.")
    c.showPage()
    c.drawString(50, 750, "Minutes of the Pier Board: the page of links and a comment.")
    for i in range(links):
        c.linkURL(f"https://example.org/{i}", (i % 500, i // 500, i % 500 + 1, i // 500 + 1), relative=0)
    c.textAnnotation("Sablewick tender figures", Rect=(50, 600, 70, 620))
    c.showPage()
    c.save()
    kinds = _pages(path)[1][2]
    assert len(kinds) == links + 1 and kinds[-1] != raw.FPDF_ANNOT_LINK
    assert read_pdf(str(path)).annotated_pages == [2]
    copy = tmp_path / "public.pdf"
    withhold_pdf_pages(str(path), str(copy), [], read_pdf(str(path)).annotated_pages)
    assert _pages(copy)[1][2] == [raw.FPDF_ANNOT_LINK] * links
    assert b"Sablewick" not in copy.read_bytes()
