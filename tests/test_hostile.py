"""Hostile and odd input, generated here (no committed binaries): every file ends as a
`documents` row with a status and a reason, within small limits given on the command line,
and the run goes on."""

from __future__ import annotations

import os
import shutil
import zipfile

import sqlite_utils
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest.read import MAX_TOKEN, bounded

from .conftest import CORPUS, run_cli
from .pdfs import write_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

PATHOLOGICAL = {  # runs that made patterns in extract/ take time growing with the square of their length
    "letters": "A" * 40000,
    "brackets": "(" * 40000,
    "figures": "1," * 20000,
    "hyphens": "A-" * 20000,
    "titles": "Mr " * 20000,
    "motions": "moved " * 10000,
    "percentages": "12% " * 10000,
    # a flattened accounts table: the house-number rule once split each run of figures in exponentially many ways
    "accounts": "Meeting Costs 6,354 4,809 Office Expenses 2,187 1,513 " * 2000,
}


def rows(db, sql, params=()):
    return [dict(r) for r in sqlite_utils.Database(db).query(sql, params)]


def test_no_unbroken_run_survives_reading():
    text = bounded("Present: Cllr Smith " + "A" * 40000 + " " * 5000 + "end")
    assert max(len(w) for w in text.split()) == MAX_TOKEN
    assert text.count("A") == 40000  # split, not lost
    assert "   " not in text


def test_pathological_tokens_are_read_and_extracted(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, run in PATHOLOGICAL.items():
        (folder / f"{name}.txt").write_text(
            "Minutes of the Board meeting held on 1 March 2023\n\nPresent: Cllr Jane Smith (Chair)\n\n"
            f"{run}\n\nThe Community Safety Partnership (CSP) agreed the plan.\n")
    db = tmp_path / "h.db"
    run_cli("ingest", folder, "--db", db, check=True)
    status = {r["filename"]: r["status"] for r in rows(db, "select filename, status from documents")}
    assert status == {f"{name}.txt": "ok" for name in PATHOLOGICAL}
    assert {r["acronym"] for r in rows(db, "select acronym from acronyms")} == {"CSP"}


# Small limits so that the suite runs in seconds: 192 MB lets a DOCX expand to 24 MB and a page
# for OCR have 5 million pixels.
LIMITS = ("--max-seconds", "20", "--max-memory", "192")


def _zip_bomb(path, megabytes: int):
    body = "<w:p><w:r><w:t>" + " " * (megabytes << 20) + "</w:t></w:r></w:p>"
    xml = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", xml)
    return path


def _pages_pdf(path, count: int, size=A4, draw=None):
    c = canvas.Canvas(str(path), pagesize=size)
    for _ in range(count):
        if draw:
            draw(c)
        c.showPage()
    c.save()
    return path


def hostile_folder(folder):
    """One of each odd thing, beside one good paper."""
    folder.mkdir()
    shutil.copy(CORPUS / "000_79c56972b0298532.pdf", folder / "good.pdf")
    _zip_bomb(folder / "bomb.docx", 40)
    (folder / "token.txt").write_text("Minutes of the Board\n\n" + "A" * 40000 + "\n\nThe meeting closed.\n")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    (folder / "truncated.pdf").write_bytes((CORPUS / "003_01c4fb0a19c26b9e.pdf").read_bytes()[:2000])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    _pages_pdf(folder / "huge-page.pdf", 1, size=(14400, 14400), draw=lambda c: c.rect(100, 100, 14000, 14000, fill=1))
    _pages_pdf(folder / "blank.pdf", 300)
    write_pdf(folder / "locked.pdf", [["Exempt report"]], encrypt="secret")
    (folder / "html-really.pdf").write_text("<html><body><p>Moved</p></body></html>")
    shutil.copy(CORPUS / "003_01c4fb0a19c26b9e.pdf", folder / "pdf-really.docx")
    for n in range(5):
        (folder / f"empty-{n}.txt").write_bytes(b"")
    shutil.copy(CORPUS / "000_79c56972b0298532.pdf", folder / "good2.pdf")
    return folder


def test_hostile_files_each_end_as_a_row_with_a_reason(tmp_path):
    folder = hostile_folder(tmp_path / "hostile")
    db = tmp_path / "h.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert result.returncode == 1  # some files failed, and the run went on to the end
    assert "Traceback" not in result.stderr
    found = {r["filename"]: r for r in rows(db, "select filename, status, error, sha256 from documents")}
    assert sorted(found) == sorted(os.listdir(folder))  # every input path has its row
    status = {name: (r["status"], r["error"] or "") for name, r in found.items()}

    assert status["good.pdf"] == ("ok", "")
    assert status["good2.pdf"][0] == "duplicate" and str(folder / "good.pdf") in status["good2.pdf"][1]
    assert status["token.txt"][0] == "ok"
    assert status["bomb.docx"][0] == "error" and "zip bomb" in status["bomb.docx"][1]
    assert status["pipe.txt"] == ("error", "not a regular file (a named pipe): not read")
    assert status["zero.txt"] == ("error", "not a regular file (a character device): not read")
    assert status["truncated.pdf"][0] == "error" and "corrupt" in status["truncated.pdf"][1]
    assert status["corrupt.pdf"][0] == "error" and "corrupt" in status["corrupt.pdf"][1]
    assert status["locked.pdf"][0] == "error" and "encrypted" in status["locked.pdf"][1]
    assert "not a PDF" in status["html-really.pdf"][1]
    assert "not a Word document" in status["pdf-really.docx"][1]
    for n in range(5):
        assert status[f"empty-{n}.txt"] == ("error", "empty file")
    for name in ("huge-page.pdf", "blank.pdf"):
        assert status[name][0] == "no_text"
    if shutil.which("tesseract"):
        assert "install tesseract" not in status["blank.pdf"][1]
        assert "OCR found no text" in status["blank.pdf"][1] and "300 blank pages" in status["blank.pdf"][1]
        assert "too large to OCR" in status["huge-page.pdf"][1]
    else:
        assert "install tesseract" in status["blank.pdf"][1]


def test_a_paper_over_the_time_budget_is_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "slow"
    folder.mkdir()
    # a million lines take far longer than 3 s to read and cut into blocks; a long paper's extraction no
    # longer runs past the budget: only its first words are read (reading_window.py)
    (folder / "long.txt").write_text("Councillor Jane Smith asked the Board about the figure\n" * 1_000_000)
    (folder / "short.txt").write_text("Minutes of the Board\n\nThe Board agreed the plan.\n")
    db = tmp_path / "t.db"
    result = run_cli("ingest", folder, "--db", db, "--max-seconds", "3")
    assert "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status["long.txt"][0] == "error" and "over the time budget" in status["long.txt"][1]
    assert status["short.txt"] == ("ok", None)


def test_a_paper_over_the_memory_ceiling_is_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "big.txt").write_bytes(b"a b c\n" * (24 << 20))  # 144 MB of short lines
    (folder / "short.txt").write_text("Minutes of the Board\n\nThe Board agreed the plan.\n")
    db = tmp_path / "m.db"
    result = run_cli("ingest", folder, "--db", db, "--max-memory", "256")
    assert "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status["big.txt"][0] == "error" and "memory ceiling of 256 MB" in status["big.txt"][1]
    assert status["short.txt"] == ("ok", None)


def test_a_worker_that_dies_costs_only_its_paper(tmp_path):
    """With two workers, the paper whose worker is killed gets its row, and every other paper is read."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(4):
        (folder / f"paper-{n}.txt").write_text(f"Minutes of the Board\n\nItem {n}: the Board agreed the plan.\n")
    db = tmp_path / "w.db"
    result = run_cli("ingest", folder, "--db", db, "--workers", "2", env={"MINUTEBOOK_KILL_AT": "read:paper-2.txt"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status.pop("paper-2.txt") == ("error", "the parser process died (SIGKILL) while reading this file")
    assert status == {f"paper-{n}.txt": ("ok", None) for n in (0, 1, 3)}


def test_a_worker_that_dies_once_costs_nothing(tmp_path):
    """A crash that a fresh process does not meet again (the process's, not the paper's: CI once
    lost a good paper to one) is read again, said on stderr, and the paper is ingested."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(3):
        (folder / f"paper-{n}.txt").write_text(f"Minutes of the Board\n\nItem {n}: the Board agreed the plan.\n")
    db = tmp_path / "w.db"
    result = run_cli("ingest", folder, "--db", db, env={"MINUTEBOOK_KILL_AT": "read:paper-1.txt",
                                                        "MINUTEBOOK_KILL_ONCE": str(tmp_path / "killed")})
    assert result.returncode == 0, result.stderr
    assert "died (SIGKILL)" in result.stderr and "paper-1.txt); reading it again in a fresh process" in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status == {f"paper-{n}.txt": ("ok", None) for n in range(3)}
    assert rows(db, "select count(*) n from decisions")[0]["n"] >= 3


def test_a_paper_that_breaks_after_it_was_fine_keeps_its_content_on_every_run(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    shutil.copy(CORPUS / "000_79c56972b0298532.pdf", folder / "pack.pdf")
    db = tmp_path / "b.db"
    run_cli("ingest", folder, "--db", db, "--no-extract", check=True)
    good = rows(db, "select sha256, pages from documents")[0]
    (folder / "pack.pdf").write_bytes(b"%PDF-1.4 broken")
    for _ in range(2):  # the second failing run must not forget what the first kept
        run_cli("ingest", folder, "--db", db, "--no-extract")
        doc = rows(db, "select sha256, pages, status, error from documents")[0]
        assert (doc["sha256"], doc["pages"]) == (good["sha256"], good["pages"])
        assert doc["status"] == "error" and "previously ingested version is kept" in doc["error"]
        assert rows(db, "select count(*) n from pages")[0]["n"] == good["pages"]



def test_a_link_out_of_the_folder_is_recorded_and_not_read(tmp_path):
    """Whoever can drop a file into the papers folder could publish any file the ingest can read
    through a link (minutes.txt -> /etc/passwd); a link within the folder, and a file named on
    the command line, are read as before."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "private.txt").write_text("Minutes of the Board\n\nThe Board noted the Quenvardel password list.\n")
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.txt").write_text("Minutes of the Board\n\nThe Board agreed the plan for the new pier.\n")
    os.symlink(outside / "private.txt", folder / "linked minutes.txt")
    os.symlink("/etc/hostname" if os.path.exists("/etc/hostname") else "/etc/passwd", folder / "server.txt")
    (folder / "sub").mkdir()
    os.symlink(folder / "minutes.txt", folder / "sub" / "same minutes.txt")  # inside: an ordinary duplicate
    db = tmp_path / "l.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"] or "") for r in rows(db, "select filename, status, error from documents")}
    for name in ("linked minutes.txt", "server.txt"):
        assert status[name][0] == "error" and "a link to a file outside the folder" in status[name][1], status
    assert status["minutes.txt"] == ("ok", "") and status["same minutes.txt"][0] == "duplicate"
    assert not rows(db, "select * from pages where text like '%Quenvardel%'")
    public_files = tmp_path / "l.public-files"
    assert not [p for p in public_files.iterdir() if "Quenvardel" in p.read_text(errors="replace")]
    run_cli("ingest", folder / "linked minutes.txt", "--db", db, *LIMITS)  # named: the user's own choice
    assert rows(db, "select status from documents where filename = 'linked minutes.txt'")[0]["status"] == "ok"


def test_html_nested_without_end_is_read(tmp_path):
    """20,000 nested elements and as many stray end tags: the reader's recursion overflowed
    Python's stack ('could not be parsed: RecursionError') and every stray end tag walked the
    whole chain; deeper than a real page ever nests, elements are read as siblings."""
    folder = tmp_path / "deep"
    folder.mkdir()
    n = 20000
    (folder / "deep.html").write_text(
        "<html><body><h1>Minutes of the meeting of the Pier Board held on 1 May 2024</h1>" + "<div>" * n
        + "<p>The Board agreed the pier repainting plan.</p>" + "</span>" * n + "</div>" * n
        + "<p>The meeting closed at 8pm.</p></body></html>")
    db = tmp_path / "d.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    doc = rows(db, "select status, error from documents")[0]
    assert (doc["status"], doc["error"]) == ("ok", None)
    text = rows(db, "select text from pages")[0]["text"]
    assert "agreed the pier repainting plan" in text and "meeting closed at 8pm" in text


def _entity_bomb_docx(path):
    """A Word document whose text is a billion laughs: ten entities, each ten of the one before."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{W}"><w:body>'
           "<w:p><w:r><w:t>Minutes &lol9;</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", xml)
    return path


def test_a_word_document_of_entities_is_refused_before_it_expands(tmp_path):
    folder = tmp_path / "laughs"
    folder.mkdir()
    _entity_bomb_docx(folder / "laughs.docx")
    with zipfile.ZipFile(folder / "unclosed.docx", "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body><w:p>')
    db = tmp_path / "x.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status["laughs.docx"][0] == "error" and "declares XML entities" in status["laughs.docx"][1]
    assert status["unclosed.docx"][0] == "error" and "not well-formed XML" in status["unclosed.docx"][1]


def test_a_file_that_vanishes_mid_run_is_recorded_and_the_rest_is_kept(tmp_path):
    """The folder is listed first; a paper deleted before it is read gets its row and reason,
    and the papers already in the archive and the others of the run are kept."""
    from minutebook.ingest.pipeline import ingest, iter_files

    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"Minutes of the Board\n\nItem {name}: the Board agreed the plan.\n")
    db = tmp_path / "v.db"
    ingest([str(folder)], str(db), extract=False)
    (folder / "d.txt").write_text("Minutes of the Board\n\nItem d: the Board agreed the pier plan.\n")
    (folder / "a.txt").write_text("Minutes of the Board\n\nItem a: the Board agreed another plan.\n")
    files = list(iter_files([str(folder)]))
    (folder / "a.txt").unlink()  # changed, then gone before it is read
    (folder / "d.txt").unlink()  # new, then gone
    summary = ingest([str(folder)], str(db), extract=False, files=files)
    assert summary.failed == 2
    status = {r["filename"]: (r["status"], r["error"] or "") for r in rows(db, "select filename, status, error from documents")}
    assert status["d.txt"][0] == "error" and "No such file" in status["d.txt"][1], status
    assert status["a.txt"][0] == "error" and "No such file" in status["a.txt"][1], status
    assert status["b.txt"] == status["c.txt"] == ("ok", "")
    texts = [r["text"] for r in rows(db, "select text from pages order by document_id")]
    assert any("Item a: the Board agreed the plan" in t for t in texts)  # what a.txt held is kept


def _hand_pdf(path, objects: list[bytes], xref_right: bool = True):
    """A PDF written object by object, so that its page tree and cross-reference table can lie."""
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % (o if xref_right else o * 7 + 13) for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref if xref_right else xref + 999)
    path.write_bytes(out)


def _page_tree_pdf(path, kids: bytes, extra: list[bytes] = (), xref_right: bool = True, count: int = 3):
    text = b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting of the Quay Board held on 2 June 2024) Tj 0 -20 Td " \
           b"(The Board agreed the quay plan.) Tj ET"
    _hand_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                     b"/Resources << /Font << /F1 5 0 R >> >> >>",
                     b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
                     b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", *extra], xref_right)


def test_odd_names_and_page_trees_each_end_as_a_row_with_a_reason(tmp_path):
    """A file name that is not UTF-8 stopped the whole run with a traceback (its row could not be
    written); a PDF whose page tree leads back to itself said only 'PdfiumError'; a newline in a
    file name printed a line of its own, and a right-to-left mark showed a name backwards."""
    folder = tmp_path / "odd"
    folder.mkdir()
    minutes = "Minutes of the meeting of the Quay Board held on {} June 2024\n\n1. Quay\n\nThe Board agreed the quay plan.\n"
    (folder / "ok.txt").write_text(minutes.format(3))
    with open(os.fsencode(folder) + b"/bad \xff\xfe name.txt", "w") as f:
        f.write(minutes.format(4))
    (folder / "empty\nminutes.txt: ok.txt").write_bytes(b"")
    (folder / "\u202etxt.exe\u202c minutes.txt").write_text(minutes.format(5))
    (folder / "\u202eempty.txt").write_bytes(b"")
    _page_tree_pdf(folder / "looping tree.pdf", b"2 0 R 3 0 R 2 0 R")
    _page_tree_pdf(folder / "two trees.pdf", b"6 0 R 3 0 R", [b"<< /Type /Pages /Kids [2 0 R] /Count 9 /Parent 2 0 R >>"])
    _page_tree_pdf(folder / "broken xref.pdf", b"3 0 R", xref_right=False, count=1)
    _page_tree_pdf(folder / "overcounted.pdf", b"3 0 R", count=3)
    _page_tree_pdf(folder / "a million pages.pdf", b"3 0 R", count=1_000_000)
    db = tmp_path / "o.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    status = {r["filename"]: (r["status"], r["error"] or "") for r in rows(db, "select filename, status, error from documents")}
    assert status["bad \\xff\\xfe name.txt"][0] == "error" and "not valid UTF-8" in status["bad \\xff\\xfe name.txt"][1]
    # the pages that load are read, and the paper says which did not; none loading is an error
    for name in ("looping tree.pdf", "overcounted.pdf"):
        assert status[name] == ("ok", "read, but 2 of its 3 pages cannot be loaded (its page tree is broken or leads "
                                      "back to itself): pages 2, 3"), status[name]
    # 700 bytes whose page tree claims a million pages: each was tried (45-80 s, 800 MB) and stored empty
    assert status["a million pages.pdf"] == ("ok", "read, but 999999 of its 1000000 pages cannot be loaded (its page "
                                                   "tree is broken or leads back to itself): pages 2, 3, 4, 5, 6, 7, 8, "
                                                   "9, 10, 11 …"), status["a million pages.pdf"]
    assert rows(db, "select pages from documents where filename = 'a million pages.pdf'") == [{"pages": 1}]
    assert status["two trees.pdf"][0] == "error" and "none of its 3 pages can be loaded" in status["two trees.pdf"][1]
    assert status["broken xref.pdf"] == ("ok", "")  # rebuilt by the reader, and read
    assert len(rows(db, "select * from pages where text like '%2 June 2024%agreed the quay plan%'")) == 4
    assert status["ok.txt"] == status["\u202etxt.exe\u202c minutes.txt"] == ("ok", "")
    assert status["empty\nminutes.txt: ok.txt"] == ("error", "empty file")
    said = result.stdout + result.stderr
    assert "bad \\xff\\xfe name.txt: error: the file name is not valid UTF-8" in said
    assert "empty\\nminutes.txt: ok.txt: error: empty file" in said  # one line, the newline shown as \n
    assert "\u202e" not in said and "?empty.txt: error: empty file" in said
    texts = " ".join(r["text"] for r in rows(db, "select text from pages"))
    assert "agreed the quay plan" in texts
    from minutebook.titles import paper_title
    assert paper_title(None, "\u202etxt.exe\u202c minutes.txt") == "txt.exe minutes"  # as the site shows it


def test_a_passage_too_long_to_parse_costs_only_its_own_facts(tmp_path):
    """A line of 1.1 million characters (a paper saved without line breaks, or a hostile one) is
    past spaCy's limit: spaCy refused it, and every fact of the paper was lost with a message
    about 'the parser and NER models'. Then that passage alone was left out, and the row said so;
    now a block longer than any paragraph is cut into paragraphs as it is read (reading_window.py),
    so nothing is left out and every fact on either side of it is read."""
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long line.txt").write_text(
        "Minutes of the meeting of the Quay Board held on 2 June 2024\n\n1. Quay\n\nThe Board agreed the quay plan.\n\n"
        + "A" * 1_100_000 + "\n\n2. Dock\n\nThe Board agreed the dock plan.\n")
    db = tmp_path / "p.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    doc = rows(db, "select status, error from documents")[0]
    assert doc == {"status": "ok", "error": None}, doc
    assert {r["text"] for r in rows(db, "select text from decisions")} == {"The Board agreed the quay plan.",
                                                                           "The Board agreed the dock plan."}


def test_a_page_that_inflates_past_the_ceiling_names_the_ceiling(tmp_path):
    """430 kB whose one page's content inflates to 200 MB: under a 256 MB ceiling the PDF library
    stops the process (SIGABRT) as it runs out of memory, between two samples of the worker's
    memory, and the row said only 'died (SIGABRT)'. It says why it may have, and which limit to raise."""
    import zlib

    folder = tmp_path / "inflating"
    folder.mkdir()
    text = b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting of the Quay Board held on 2 June 2024) Tj ET\n"
    packed = zlib.compress(text + (b"% " + b"x" * 1000 + b"\n") * (200 << 10), 9)
    _hand_pdf(folder / "inflating.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    (folder / "short.txt").write_text("Minutes of the Board\n\nThe Board agreed the plan.\n")
    db = tmp_path / "i.db"
    result = run_cli("ingest", folder, "--db", db, "--max-memory", "256")
    assert "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status["short.txt"] == ("ok", None)
    assert status["inflating.pdf"][0] == "error" and "memory ceiling of 256 MB" in status["inflating.pdf"][1], status


def test_a_link_to_a_folder_is_recorded_and_not_followed(tmp_path):
    """A link back up ('loop -> .', 'sub/up -> ..') or to another folder was skipped with no word
    (os.walk does not follow links): its papers were missing unsaid. Each now has its row and
    reason, no paper is read twice, and the run ends."""
    folder = tmp_path / "papers"
    (folder / "sub").mkdir(parents=True)
    (folder / "minutes.txt").write_text("Minutes of the Board\n\nThe Board agreed the plan for the new pier.\n")
    (folder / "sub" / "agenda.txt").write_text("Minutes of the Quay Board\n\nThe Board agreed the quay plan.\n")
    os.symlink(".", folder / "loop")
    os.symlink("..", folder / "sub" / "up")
    os.symlink(folder / "sub", folder / "also sub")
    db = tmp_path / "f.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    status = {os.path.relpath(r["path"], folder): (r["status"], r["error"] or "")
              for r in rows(db, "select path, status, error from documents")}
    assert status.pop("minutes.txt") == status.pop(os.path.join("sub", "agenda.txt")) == ("ok", "")
    assert sorted(status) == ["also sub", "loop", os.path.join("sub", "up")]
    for name, (state, reason) in status.items():
        assert state == "error" and reason.startswith("a link to a folder: not followed"), (name, reason)


def test_a_page_of_a_million_lines_is_read_without_looking_for_tables(tmp_path):
    """30 kB whose one page draws a million lines: looking for ruled tables made an edge of each,
    and the paper went over the memory ceiling (or the time budget) where its text is one line.
    A page with more objects than any table page has is read without looking for tables."""
    import zlib

    folder = tmp_path / "drawn"
    folder.mkdir()
    text = b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting of the Quay Board held on 2 June 2024) Tj ET\n"
    packed = zlib.compress(text + b"0 0 m 1 1 l S\n" * 1_000_000, 9)
    _hand_pdf(folder / "drawn.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    db = tmp_path / "d.db"
    result = run_cli("ingest", folder, "--db", db, "--max-memory", "512", "--max-seconds", "60")
    assert "Traceback" not in result.stderr
    doc = rows(db, "select status, error from documents")[0]
    assert doc == {"status": "ok", "error": None}, doc
    assert "Quay Board held on 2 June 2024" in rows(db, "select text from pages")[0]["text"]


def test_a_word_document_declaring_entities_anywhere_is_refused(tmp_path):
    """Only the first 4 kB of the text, read as UTF-8, were looked at for a DTD: a 5 kB comment
    before it let 5 kB expand to 2 MB of one entity (and a billion laughs reach expat's own
    guard, whose message named no bomb), and so did the part written as UTF-16; an external
    entity was refused only by chance ('undefined entity')."""
    folder = tmp_path / "late"
    folder.mkdir()
    pad = "<!--" + "x" * 5000 + "-->"
    minutes = "<w:p><w:r><w:t>Minutes of the meeting of the Pier Board held on 5 April 2024</w:t></w:r></w:p>"

    def word(name, xml: bytes):
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", xml)

    def document(dtd, body):
        return f'<?xml version="1.0"?>{pad}<!DOCTYPE w:document [{dtd}]><w:document xmlns:w="{W}"><w:body>{minutes}{body}</w:body></w:document>'

    word("modest.docx", document('<!ENTITY a "' + "A" * 1000 + '">', "<w:p><w:r><w:t>" + "&a;" * 2000 + "</w:t></w:r></w:p>").encode())
    word("outside.docx", document('<!ENTITY x SYSTEM "file:///etc/passwd">', "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>").encode())
    wide = document('<!ENTITY a "' + "A" * 1000 + '">', "<w:p><w:r><w:t>&a;&a;</w:t></w:r></w:p>")
    word("wide.docx", wide.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"))
    word("plain.docx", f'<w:document xmlns:w="{W}"><w:body>{minutes}<w:p><w:r><w:t>The Board noted &lt;!ENTITY&gt; and '
                       f'&lt;!DOCTYPE&gt;.</w:t></w:r></w:p></w:body></w:document>'.encode())
    db = tmp_path / "x.db"
    result = run_cli("ingest", folder, "--db", db, *LIMITS)
    assert "Traceback" not in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    for name in ("modest.docx", "outside.docx", "wide.docx"):
        assert status[name] == ("error", "not a Word document: its text declares XML entities (an entity bomb?): not read"), name
    assert status["plain.docx"] == ("ok", None)  # escaped in its text, as Word writes it: read
    assert not rows(db, "select 1 from pages where text like '%AAAA%' or text like '%root:%'")


def test_a_hidden_folder_is_counted_not_left_out_unsaid(tmp_path):
    """A folder named like .git or __MACOSX was not walked, and nothing said so: its papers were
    missing from the archive with no row, no line and no count. It is still not walked (an
    editor's or an unzipper's own files), but the run's summary counts it and -v names it; named
    on the command line, it is read."""
    folder = tmp_path / "papers"
    (folder / "__2023 minutes").mkdir(parents=True)
    (folder / ".archive").mkdir()
    minutes = "Minutes of the meeting of the Pier Board held on {} May 2024\n\n1. Pier\n\nThe Board agreed plan {}.\n"
    (folder / "ok.txt").write_text(minutes.format(3, "one"))
    (folder / "__2023 minutes" / "may.txt").write_text(minutes.format(4, "two"))
    (folder / ".archive" / "june.txt").write_text(minutes.format(5, "three"))
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    db = tmp_path / "h.db"
    result = run_cli("ingest", folder, "--db", db, "-v")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert [r["filename"] for r in rows(db, "select filename from documents")] == ["ok.txt"]
    said = result.stdout + result.stderr
    assert "1 hidden or system file left out, 2 hidden or system folders left out (name one to ingest it)" in said
    assert f"{folder / '__2023 minutes'}: hidden folder" in said and f"{folder / '.archive'}: hidden folder" in said
    again = run_cli("ingest", folder, "--db", db)  # unchanged: nothing removed, still counted
    assert "2 hidden or system folders left out" in again.stdout + again.stderr
    run_cli("ingest", folder / "__2023 minutes", "--db", db, check=True)
    assert sorted(r["filename"] for r in rows(db, "select filename from documents")) == ["may.txt", "ok.txt"]
