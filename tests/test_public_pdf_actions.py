"""A real PDF altered to carry actions (tests/altered_pdf.py: a page script run on opening and
links that launch a program, one spelt with an escaped name, run JavaScript or open a local
file) is published as a PDF that carries none of them, whichever way the public copy is made,
with its pages' text as it was. The fast copy imports pages with their dictionaries; what it
brings along is looked for in the file written, and any of it sends the paper the safe way."""

import ctypes
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from minutebook.ingest.public_files import ACTION_MARKS, withhold_pdf_pages

from .altered_pdf import HOSTILE_LINKS, add_page_actions

ROOT = Path(__file__).resolve().parent.parent
SAFE_LINK = "/A << /S /URI /URI (https://example.org/minutes) >>"


def _papers():
    """A bundled paper (always there) and the smallest real paper whose objects are packed in
    object streams (another body; skipped without ../shared)."""
    bundled = sorted((ROOT / "corpus").glob("*.pdf"), key=lambda p: -p.stat().st_size)[0]
    real = ROOT.parent / "shared" / "real"
    packed = sorted((p for p in real.glob("*.pdf") if b"/ObjStm" in p.read_bytes()), key=lambda p: p.stat().st_size) \
        if real.is_dir() else []
    return [pytest.param(bundled, id="bundled"),
            pytest.param(packed[0] if packed else None, id="object-streams",
                         marks=pytest.mark.skipif(not packed, reason="needs ../shared/real"))]


def _annotations(path):
    """(open document, page number from 1, annotation) of every annotation of the file, each closed
    once the caller has read it."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
                annot = raw.FPDFPage_GetAnnot(page.raw, i)
                try:
                    yield pdf, index + 1, annot
                finally:
                    raw.FPDFPage_CloseAnnot(annot)
            page.close()
    finally:
        pdf.close()


def _links(path) -> list[tuple[int, int, str]]:
    """(page, action type, address) of every annotation of the file; any annotation not a link is
    reported with action type -1."""
    found = []
    for pdf, page, annot in _annotations(path):
        kind, uri = -1, ""
        if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_LINK:
            link = raw.FPDFAnnot_GetLink(annot)
            action = raw.FPDFLink_GetAction(link) if link else None
            kind = raw.FPDFAction_GetType(action) if action else 0
            if kind == raw.PDFACTION_URI:
                size = raw.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
                buffer = ctypes.create_string_buffer(size)
                raw.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
                uri = buffer.value.decode("latin-1")
        found.append((page, kind, uri))
    return found


def _text(path, index):
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        text = page.get_textpage().get_text_range()
        page.close()
        return text
    finally:
        pdf.close()


@pytest.mark.parametrize("paper", _papers())
@pytest.mark.parametrize("open_script, links", [
    (True, HOSTILE_LINKS + [SAFE_LINK]),
    *[(False, [link, SAFE_LINK]) for link in HOSTILE_LINKS]],
    ids=["all", "launch", "escaped-launch", "javascript-uri", "file-uri"])
def test_a_public_copy_of_an_altered_real_pdf_carries_no_action(tmp_path, paper, open_script, links):
    altered = tmp_path / "altered.pdf"
    add_page_actions(paper, altered, 1, open_script=open_script, links_added=links)
    before = _links(altered)
    assert len([b for b in before if b[0] == 1]) >= len(links)  # the premise: pdfium reads the added links
    public = tmp_path / "public.pdf"
    withhold_pdf_pages(str(altered), str(public), [])
    data = public.read_bytes()
    assert not [m for m in ACTION_MARKS if m in data]
    assert b"#4C" not in data and b"javascript" not in data.lower() and b"file:" not in data.lower()
    after = _links(public)
    # a web or mail address, or a page of the paper itself
    assert all(kind == raw.PDFACTION_URI and uri.startswith(("http://", "https://", "mailto:"))
               or kind == raw.PDFACTION_GOTO for _, kind, uri in after), after
    assert (1, raw.PDFACTION_URI, "https://example.org/minutes") in after  # a web link stays
    assert _text(public, 0) == _text(paper, 0)


def _page_links(path) -> list[tuple[int, int]]:
    """(page, page it leads to), both 1-based, of every link to a page of the file itself."""
    found = []
    for pdf, page, annot in _annotations(path):
        link = raw.FPDFAnnot_GetLink(annot)
        action = raw.FPDFLink_GetAction(link) if link else None
        dest = raw.FPDFAction_GetDest(pdf.raw, action) if action else raw.FPDFLink_GetDest(pdf.raw, link) \
            if link else None
        if dest:
            found.append((page, raw.FPDFDest_GetDestPageIndex(pdf.raw, dest) + 1))
    return found


@pytest.mark.parametrize("paper", _papers())
def test_a_rebuilt_public_pdf_keeps_its_links_to_its_own_pages(tmp_path, paper):
    """The page script sends the paper the safe way, where each page is drawn anew; its links to
    its own pages (a destination, or a GoTo action) are written back, with no action, and a link
    to a withheld page is dropped."""
    altered = tmp_path / "altered.pdf"
    add_page_actions(paper, altered, 1, open_script=True, links_added=[
        "/Dest [{page[1]} 0 R /XYZ 0 400 null]", "/A << /S /GoTo /D [{page[1]} 0 R /Fit] >>",
        "/Dest [{page[2]} 0 R /Fit]", HOSTILE_LINKS[0]])
    assert _page_links(altered) == [(1, 2), (1, 2), (1, 3)]  # the premise
    public = tmp_path / "public.pdf"
    withhold_pdf_pages(str(altered), str(public), [3])
    data = public.read_bytes()
    assert not [m for m in ACTION_MARKS if m in data]
    assert _page_links(public) == [(1, 2), (1, 2)]
    assert all(kind in (0, raw.PDFACTION_GOTO) for _, kind, _ in _links(public))  # no action but a page
    assert _text(public, 0) == _text(paper, 0) and _text(public, 1) == _text(paper, 1)


# papers of two bodies whose fonts' subset tags open with a mark's letters ('/AAAAAB+Calibri'): names, no action
FONT_TAGGED = ["ca_burbank_agenda_1.pdf", "notlpc_Agenda-LPC-AGM-05409-2019.pdf"]


def _top_objects(path, index) -> list[int]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [obj.type for obj in pdf[index].get_objects(max_depth=1)]
    finally:
        pdf.close()


@pytest.mark.parametrize("name", FONT_TAGGED)
def test_a_name_that_opens_with_a_marks_letters_is_no_action(tmp_path, name):
    """A font called '/AAAAAB+Calibri' is a name of its own, not '/AA' (a page's script): the copy is
    the fast one, its pages imported as they are; the same paper given a script goes the safe way."""
    paper = ROOT.parent / "shared" / "wild" / name
    if not paper.exists():
        pytest.skip("needs ../shared/wild")
    public = tmp_path / "public.pdf"
    withhold_pdf_pages(str(paper), str(public), [])
    data = public.read_bytes()
    assert re.search(rb"/(?:AA|JS)[A-Za-z0-9]", data)  # the premise: a longer name opening with a mark's letters
    assert _top_objects(public, 0) == _top_objects(paper, 0) != [pdfium.raw.FPDF_PAGEOBJ_FORM]  # not drawn again
    assert _text(public, 0) == _text(paper, 0)
    altered, rebuilt = tmp_path / "altered.pdf", tmp_path / "rebuilt.pdf"
    add_page_actions(paper, altered, 1, open_script=True, links_added=[SAFE_LINK])
    withhold_pdf_pages(str(altered), str(rebuilt), [])
    assert _top_objects(rebuilt, 0) == [pdfium.raw.FPDF_PAGEOBJ_FORM]  # the safe way: the page drawn as one form
    assert not re.search(rb"/AA(?![A-Za-z0-9])", rebuilt.read_bytes())


@pytest.mark.parametrize("link, carries", [(b"/URI (javascript:app.alert\\(1\\))", True), (SAFE_LINK.encode(), False)])
def test_a_large_public_pdf_is_looked_through_where_it_lies_not_read_into_memory(tmp_path, link, carries):
    # the writer that makes public files has no memory ceiling: a scan read whole cost it the
    # scan's size again. Here 64 MB are looked through under a ceiling of 32 MB more than the
    # process holds, which a read of the whole file cannot stay under.
    path = tmp_path / "large.pdf"
    with open(path, "wb") as f:
        f.truncate(64 << 20)  # sparse: no disk taken
        f.seek(64 << 20)
        f.write(b"<< /Type /Annot /Subtype /Link " + link + b" >>")
    script = (
        "import resource, sys\n"
        "from minutebook.ingest.limits import data_bytes\n"
        "from minutebook.ingest.public_files import _carries_actions\n"
        "ceiling = data_bytes() + (32 << 20)\n"
        "resource.setrlimit(resource.RLIMIT_DATA, (ceiling, resource.getrlimit(resource.RLIMIT_DATA)[1]))\n"
        "print(_carries_actions(sys.argv[1]))\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == str(carries)
