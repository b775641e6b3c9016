"""The public source files of an archive, in `archive.public-files/` beside it: what
`/-/source/<id>` serves in public mode.

A PDF is published rebuilt page by page into a new file, each restricted page replaced by a
blank page of the same size saying it is withheld, so page numbers still match. Only the pages'
content travels: what the reader never checked for restricted material (files attached to the
PDF, comments and form fields on a page, the document's properties and scripts, earlier
revisions kept in the file) is left behind, also when no page is withheld. A paper in another format (HTML,
text, Word) is published as the text of its public pages (from the public copy, which is made
first), never as the original: what a reader skipped (hidden elements, comments, navigation)
was never checked for restricted material; a wholly restricted paper,
and a file whose content could not be read (so could not be checked), is not published.
`manifest.json` says which file serves which document, and for the paper as the copy held it
when (its `ingested_at`): the site serves no file made for an earlier version of its paper (an
ingest stopped after the copy and before the files leaves those of papers changed since, a
restricted page unwithheld), and the next ingest or `serve` makes them again.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import mmap
import os
import re
import shutil
import sqlite3
from typing import NamedTuple

from .pdf_page_links import PageLink, add_page_links
from .public_ids import MAP_TABLE
from .publish import public_path, read_only

WITHHELD = "This page is withheld: it holds restricted material."
MANIFEST = "manifest.json"


class ReaderNotes(NamedTuple):
    """What a reader saw of a file: the content (hash) and the stat it read, and the pages
    (1-based) carrying annotations other than links."""
    sha256: str
    size: int | None
    mtime_ns: int | None
    annotated_pages: tuple[int, ...]


def _annotated_pages(notes: ReaderNotes | None, path: str, sha: str) -> list[int] | None:
    """The pages to strip of annotations when the reader's notes are about the file as it is
    now (the same content, size and time); None (look at every page) otherwise."""
    if notes is None or notes.sha256 != sha or notes.mtime_ns is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return list(notes.annotated_pages) if (st.st_size, st.st_mtime_ns) == (notes.size, notes.mtime_ns) else None


def files_dir(db_path: str) -> str:
    """`archive.db` → `archive.public-files/`, beside it."""
    return os.path.splitext(public_path(db_path))[0] + "-files"


def read_manifest(folder: str) -> dict:
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def publish_files(db_path: str, reader_notes: dict | None = None) -> str:
    """Bring the public files up to date with the archive; returns their folder. `reader_notes`
    (path -> ReaderNotes, from this ingest's readers) spare loading every page of a PDF again to
    find its annotations."""
    folder = files_dir(db_path)
    os.makedirs(folder, exist_ok=True)
    old = read_manifest(folder)
    new = {}
    conn = sqlite3.connect(read_only(db_path), uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS public", [read_only(public_path(db_path))])
        # by the copy's own ids (ingest/public_ids.py): the site looks its files up by them
        docs = conn.execute(f"""select m.public_id, d.id, d.path, d.format, d.sha256 from documents d
                                join [{MAP_TABLE}] m on m.tab = 'documents' and m.archive_id = d.id
                                where d.status = 'ok' and coalesce(d.restricted, 0) = 0""").fetchall()
        made_at = dict(conn.execute("select id, ingested_at from public.documents"))
        restricted = {}
        for archive_id, page in conn.execute("select document_id, page from pages where restricted = 1 order by page"):
            restricted.setdefault(archive_id, []).append(page)
        for doc_id, archive_id, path, fmt, sha in docs:
            withheld = restricted.get(archive_id, [])
            key = public_key(sha, withheld)
            entry = old.get(str(doc_id))
            if entry and entry.get("key") == key and os.path.lexists(os.path.join(folder, entry["file"])):
                new[str(doc_id)] = {**entry, "ingested_at": made_at.get(doc_id)}
                continue
            made = _take_staged(folder, doc_id, path, fmt, key)
            try:
                if made is None:
                    annotated = _annotated_pages((reader_notes or {}).get(path), path, sha)
                    made = _make_public_file(conn, folder, doc_id, path, fmt, withheld, key, annotated)
            except Exception:  # a file pdfium read but cannot rebuild: unpublished, never half-withheld
                made = None
            if made:
                new[str(doc_id)] = {**made, "ingested_at": made_at.get(doc_id)}
    finally:
        conn.close()
    _write_manifest(folder, new)
    keep = {e["file"] for e in new.values()} | {MANIFEST}
    for name in os.listdir(folder):  # papers removed, changed or now restricted
        if name not in keep:
            _remove(os.path.join(folder, name))
    return folder


def files_current(db_path: str) -> bool:
    """Whether every public file was made for its paper as the public copy holds it now."""
    manifest = read_manifest(files_dir(db_path))
    try:
        conn = sqlite3.connect(read_only(public_path(db_path)), uri=True)
        try:
            made_at = dict(conn.execute("select id, ingested_at from documents"))
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return all(k.isdigit() and int(k) in made_at and made_at[int(k)] == e.get("ingested_at")
               for k, e in manifest.items())


def public_key(sha: str, withheld: list[int]) -> str:
    """What a public file is made of: the paper's content and its withheld pages ("rebuilt": a
    public file made before every PDF was rebuilt, a link to the original, is made again)."""
    return hashlib.sha256(f"{sha}|{withheld}|rebuilt".encode()).hexdigest()[:24]


STAGED = ".staged-"  # a public PDF made ahead, named by its key; in no manifest, so never served


def stage_pdf(db_path: str, path: str, sha: str, withheld: list[int], notes: ReaderNotes) -> None:
    """The public copy of a PDF made as soon as its paper is written, while the ingest waits for
    the next paper (at the end it would wait for every paper's copy, one after another);
    publish_files takes it up if the archive still gives it the same key. A wholly restricted
    paper is never staged."""
    folder = files_dir(db_path)
    try:
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, f"{STAGED}{public_key(sha, withheld)}.pdf")
        withhold_pdf_pages(path, target, withheld, _annotated_pages(notes, path, sha))
    except Exception:  # publish_files tries again, and says nothing is published if it cannot
        pass


def _take_staged(folder: str, doc_id, path: str, fmt: str, key: str) -> dict | None:
    staged = os.path.join(folder, f"{STAGED}{key}.pdf")
    if fmt != "pdf" or not os.path.isfile(staged) or not os.path.isfile(path):
        return None
    name = f"{doc_id}-{key}.pdf"
    os.replace(staged, os.path.join(folder, name))
    return {"file": name, "key": key, "type": "pdf"}


def _make_public_file(conn, folder, doc_id, path, fmt, withheld, key, annotated=None) -> dict | None:
    if not os.path.isfile(path):
        return None
    if fmt == "pdf":
        name = f"{doc_id}-{key}.pdf"
        withhold_pdf_pages(path, os.path.join(folder, name), withheld, annotated)
        return {"file": name, "key": key, "type": "pdf"}
    name = f"{doc_id}-{key}.txt"
    # the public copy's page text: a page holding restricted passages keeps only its public ones
    text = "\n\n".join(r[0] or "" for r in conn.execute(
        "select text from public.pages where document_id = ? order by page", [doc_id]))
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)
    return {"file": name, "key": key, "type": "text"}


def withhold_pdf_pages(source: str, target: str, withheld: list[int], annotated: list[int] | None = None) -> None:
    """A new PDF with the source's pages, each page in `withheld` (1-based) replaced by a blank
    page of the same size. Pages are imported into a new document (not deleted from the old
    one) so nothing of a withheld page, and nothing outside the pages, is carried into the file;
    a page keeps its links but not its other annotations (comments, form fields, attached files),
    whose text the reader never saw. `annotated` names the pages that carry such annotations
    when the reader has looked (loading a page to look costs more than the rest of the copy);
    None: every page is looked at. No script or action is served (below)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(source)
    out = pdfium.PdfDocument.new()
    try:
        withheld_set = set(withheld)
        removed = False
        run: list[int] = []  # kept pages in a row, imported in one call
        for index in range(len(src) + 1):
            if index < len(src) and index + 1 not in withheld_set:
                run.append(index)
                continue
            if run:
                first = len(out)
                out.import_pages(src, run)
                for n, kept in enumerate(run):
                    if annotated is None or kept + 1 in annotated:
                        removed = _keep_links_only(out, first + n) or removed
                run = []
            if index < len(src):
                width, height = src.get_page_size(index)
                _withheld_page(out, width, height)
        if removed:
            # a removed annotation leaves the page but stays among the document's objects, and
            # saving writes every object: imported once more, only what the pages use comes along
            again = pdfium.PdfDocument.new()
            again.import_pages(out)
            out.close()
            out = again
        tmp = target + ".tmp"
        out.save(tmp)
        if _carries_actions(tmp):
            # a page imported with its dictionary brings its actions: a script run when it is
            # opened (/AA), a link that launches a program or submits a form. Such a file is
            # written again, each page's content drawn into a new page (slower: every page is
            # loaded), keeping only links to web and mail addresses
            out.close()
            out = pdfium.PdfDocument.new()
            internal = {}
            for index in range(len(src)):
                if index + 1 in withheld_set:
                    _withheld_page(out, *src.get_page_size(index))
                else:
                    internal[index] = [link for link in _copy_page(out, src, index)
                                       if link.target + 1 not in withheld_set]
            out.save(tmp)
            try:
                add_page_links(tmp, internal)  # its links to its own pages, which pdfium cannot write
            except Exception:  # a file pdfminer cannot read back: published without them
                pass
        os.replace(tmp, target)
    finally:
        out.close()
        src.close()


# what an action is named by in a PDF that pdfium wrote (plain dictionaries, no object streams):
# any of them sends the file the safe way, a false alarm only costs time
ACTION_MARKS = (b"/AA", b"/JS", b"/JavaScript", b"/Launch", b"/SubmitForm", b"/ImportData", b"/ResetForm",
                b"/GoToR", b"/GoToE", b"/Rendition", b"/RichMedia", b"/Movie", b"/Sound", b"/EmbeddedFile",
                b"/OpenAction")


# the marks as one pattern: re finds each '/' of the file once and tries the marks there, where a
# substring test for each mark read the whole file fifteen times over (13x the time, for every PDF made public).
# A mark followed by a letter or a digit is the start of a longer name, never an action: a font subset's tag
# ('/AAAAAB+Calibri', '/JSKXYZ+Arial') sent 17 of the bench's 132 papers the slow way, every page drawn
# again, for no action at all (anything else after a mark still counts: a false alarm only costs time)
_ACTION_MARK_RE = re.compile(b"(?:" + b"|".join(re.escape(mark) for mark in ACTION_MARKS) + rb")(?![A-Za-z0-9])")


def _carries_actions(path: str) -> bool:
    # scanned where it lies (mapped, not read): an 85 MB scan read whole cost the writer, which
    # makes these files and has no memory ceiling, 81 MB more for each public PDF it made
    with open(path, "rb") as f:
        if not os.fstat(f.fileno()).st_size:
            return False
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _ACTION_MARK_RE.search(data) is not None or _unsafe_uri(data)


SAFE_LINK_SCHEMES = (b"http://", b"https://", b"mailto:")
# a link's address as pdfium writes it: a literal string (its parentheses and backslashes
# escaped) or, when it holds other bytes, a hex string
_URI = re.compile(rb"/URI\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)", re.S)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)
_ESCAPED = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unsafe_uri(data: bytes) -> bool:
    """Whether a link of the file opens an address other than a web or mail one: a page's
    links come through the import as they are, and 'javascript:' or 'file:///' is no place a
    public paper should send its reader. Such a file takes the safe way, which keeps only web
    and mail links."""
    for literal, hexed in _URI.findall(data):
        if hexed or not literal:
            digits = re.sub(rb"\s", b"", hexed)
            uri = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())  # an odd last digit is followed by 0
        else:
            uri = _ESCAPE.sub(lambda m: bytes([int(m[1], 8) & 0xFF]) if m[1][:1].isdigit()
                              else _ESCAPED.get(m[1], m[1] if m[1] not in b"\r\n" else b""), literal)
        if not uri.lower().startswith(SAFE_LINK_SCHEMES):
            return True
    return False


def _copy_page(out, src, index: int) -> list[PageLink]:
    """Page `index` of `src` drawn as a form object on a new last page of `out`, with its links
    to web and mail addresses; returns its links to pages of `src`, for add_page_links."""
    import pypdfium2.raw as raw

    page = src[index]
    boxes = {}
    for name in ("MediaBox", "CropBox"):
        l, b, r, t = (ctypes.c_float() for _ in range(4))
        if getattr(raw, f"FPDFPage_Get{name}")(page.raw, *(ctypes.byref(v) for v in (l, b, r, t))):
            boxes[name] = [v.value for v in (l, b, r, t)]
    links, internal = _safe_links(src, page)
    rotation = raw.FPDFPage_GetRotation(page.raw)
    page.close()
    media = boxes.get("MediaBox") or [0, 0, *src.get_page_size(index)]
    new = raw.FPDFPage_New(out.raw, len(out), ctypes.c_double(media[2] - media[0]), ctypes.c_double(media[3] - media[1]))
    try:
        for name, box in boxes.items():
            getattr(raw, f"FPDFPage_Set{name}")(new, *(ctypes.c_float(v) for v in box))
        raw.FPDFPage_SetRotation(new, rotation)
        xobject = raw.FPDF_NewXObjectFromPage(out.raw, src.raw, index)
        if not xobject:
            raise RuntimeError(f"page {index + 1} could not be copied")
        form = raw.FPDF_NewFormObjectFromXObject(xobject)
        raw.FPDF_CloseXObject(xobject)
        raw.FPDFPage_InsertObject(new, form)
        for rect, uri in links:
            annot = raw.FPDFPage_CreateAnnot(new, raw.FPDF_ANNOT_LINK)
            raw.FPDFAnnot_SetRect(annot, ctypes.byref(rect))
            raw.FPDFAnnot_SetURI(annot, uri)
            raw.FPDFPage_CloseAnnot(annot)
        if not raw.FPDFPage_GenerateContent(new):
            raise RuntimeError(f"page {index + 1} could not be written")
    finally:
        raw.FPDF_ClosePage(new)
    return internal


def _safe_links(pdf, page) -> tuple[list, list[PageLink]]:
    """(rectangle, address) of the page's links to a web or mail address, and its links to a
    page of the document (a destination, or a GoTo action to one)."""
    import pypdfium2.raw as raw

    found, internal = [], []
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_LINK:
                continue
            link = raw.FPDFAnnot_GetLink(annot)
            action = raw.FPDFLink_GetAction(link) if link else None
            kind = raw.FPDFAction_GetType(action) if action else None
            if link and kind in (None, raw.PDFACTION_GOTO):
                found_link = _page_link(pdf, annot, raw.FPDFAction_GetDest(pdf.raw, action) if action
                                        else raw.FPDFLink_GetDest(pdf.raw, link))
                if found_link:
                    internal.append(found_link)
                continue
            if kind != raw.PDFACTION_URI:
                continue
            size = raw.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
            uri = buffer.value
            rect = raw.FS_RECTF()
            if uri.lower().startswith(SAFE_LINK_SCHEMES) and raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                found.append((rect, uri))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return found, internal


def _page_link(pdf, annot, dest) -> PageLink | None:
    import pypdfium2.raw as raw

    if not dest:
        return None
    target = raw.FPDFDest_GetDestPageIndex(pdf.raw, dest)
    rect = raw.FS_RECTF()
    if target < 0 or not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
        return None
    has_x, has_y, has_zoom = (raw.FPDF_BOOL() for _ in range(3))
    x, y, zoom = (raw.FS_FLOAT() for _ in range(3))
    located = raw.FPDFDest_GetLocationInPage(dest, *(ctypes.byref(v) for v in (has_x, has_y, has_zoom, x, y, zoom)))
    return PageLink((rect.left, rect.bottom, rect.right, rect.top), target,
                    x.value if located and has_x.value else None, y.value if located and has_y.value else None)


def _keep_links_only(pdf, index: int) -> bool:
    """Removes the page's annotations other than links; whether it removed any."""
    import pypdfium2.raw as raw

    page = pdf[index]
    removed = False
    try:
        for i in reversed(range(raw.FPDFPage_GetAnnotCount(page.raw))):
            annot = raw.FPDFPage_GetAnnot(page.raw, i)
            subtype = raw.FPDFAnnot_GetSubtype(annot)
            raw.FPDFPage_CloseAnnot(annot)
            if subtype != raw.FPDF_ANNOT_LINK:
                if not raw.FPDFPage_RemoveAnnot(page.raw, i):
                    raise RuntimeError(f"annotation {i} of page {index + 1} could not be removed")
                removed = True
    finally:
        page.close()
    return removed


def _withheld_page(pdf, width: float, height: float) -> None:
    import pypdfium2.raw as raw

    page = pdf.new_page(width, height)
    size = 14.0
    obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
    text = (WITHHELD + "\x00").encode("utf-16-le")
    buffer = ctypes.create_string_buffer(text, len(text))
    raw.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 50, height / 2)
    raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    page.close()


def _write_manifest(folder: str, manifest: dict) -> None:
    tmp = os.path.join(folder, MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f)
    os.replace(tmp, os.path.join(folder, MANIFEST))


def _remove(path: str) -> None:
    if os.path.islink(path) or os.path.isfile(path):
        os.remove(path)
    elif os.path.isdir(path):
        shutil.rmtree(path)
