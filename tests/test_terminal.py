"""What a user sees in the terminal: help on -h, a port taken said before "Serving", no
tracebacks for ordinary requests, and an ingest bar that names the paper it is on."""

import os
import pty
import re
import select
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import sqlite_utils

from .conftest import run_cli
from .pdfs import write_image_only_pdf, write_pdf


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("args", [["-h"], ["serve", "-h"], ["ingest", "-h"], ["serve", "--help"]])
def test_dash_h_is_help(args):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: ") and "minutebook" in result.stdout.splitlines()[0]
    if "serve" in args:
        assert "--host" in result.stdout and "-h, --help" in result.stdout


def test_serve_says_the_port_is_taken_before_serving(corpus_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--db", corpus_db, "--port", port)
    assert result.returncode != 0
    assert f"port {port}" in result.stderr and "--port" in result.stderr
    assert "Serving" not in result.stderr and "Traceback" not in result.stderr


def test_ordinary_requests_leave_no_tracebacks_in_the_terminal(corpus_db, tmp_path):
    port = free_port()
    log = open(tmp_path / "stderr.txt", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db", str(corpus_db), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)  # Datasette's tracebacks went to stdout
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2)
                break
            except OSError:
                assert proc.poll() is None and time.time() < deadline, "serve did not start"
                time.sleep(0.3)
        statuses = {}
        for path in ("/", "/favicon.ico", "/person/999999", "/meeting/999999", "/no-such-page", "/minutebook/no_such_table",
                     "/search?q=%22unbalanced", "/search?q=CCTV&from=yesterday", "/overdue?as_of=garbage",
                     "/minutebook/search_decisions?q=%28", "/minutebook/passages", "/minutebook/decisions",
                     "/-/source/999999", "/minutebook/decisions/999999", "/corpus/no_such_table", "/corpus/decisions/999999"):
            try:
                statuses[path] = urllib.request.urlopen(base + path, timeout=30).status
            except urllib.error.HTTPError as e:
                statuses[path] = e.code
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    log.seek(0)
    printed = log.read()
    assert statuses["/"] == 200 and statuses["/person/999999"] == 404
    assert all(status < 500 for status in statuses.values()), statuses
    assert "Traceback" not in printed and "─" not in printed, printed[:2000]
    assert printed.startswith("Serving") and len(printed.splitlines()) <= 3, printed[:2000]


def run_in_a_terminal(args, timeout=300, stream="stderr"):
    """Run minutebook with its stderr (or stdout) on a pseudo-terminal, as in a user's shell, and
    return everything it wrote there."""
    main, secondary = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: secondary}
    proc = subprocess.Popen([sys.executable, "-m", "minutebook", *map(str, args)], **streams,
                            stdin=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "120"})
    os.close(secondary)
    chunks, deadline = [], time.time() + timeout
    # poll, not select: late in a full run the pty's descriptor can be past select's 1024 limit
    watch = select.poll()
    watch.register(main, select.POLLIN)
    while time.time() < deadline:
        ready = watch.poll(500)
        if ready:
            try:
                data = os.read(main, 65536)
            except OSError:  # the other end closed: the program finished
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(main)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def screen_lines(output):
    """The lines as the terminal finally shows them: each \\r returns to the line's start and
    ESC[2K wipes it, so what is left of a line is the text after its last \\r."""
    return [line.replace("\x1b[2K", "").split("\r")[-1] for line in output.replace("\r\n", "\n").split("\n")]


def test_ingest_bar_names_the_paper_and_verbose_lines_stand_alone(corpus_copy, tmp_path):
    code, output = run_in_a_terminal(["ingest", corpus_copy, "--db", tmp_path / "a.db", "-v"])
    assert code == 0, output
    names = [p.name for p in corpus_copy.iterdir() if p.is_file()]
    bar_states = [s for s in re.split(r"[\r\n]", output) if "Ingesting" in s]
    assert any(name in state for state in bar_states for name in names), bar_states
    reports = [line for line in screen_lines(output) if re.search(r": (ok|skipped|duplicate|error|no_text)\b", line)]
    assert len(reports) >= len(names) - 1
    for line in reports:
        assert line.startswith(str(corpus_copy)) and "Ingesting" not in line, repr(line)


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed: no OCR progress to show")
def test_ingest_bar_names_the_page_being_ocred(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    write_image_only_pdf(folder / "scanned minutes.pdf")
    write_pdf(folder / "agenda.pdf", [["Agenda", "1. Apologies"]])
    code, output = run_in_a_terminal(["ingest", folder, "--db", tmp_path / "a.db", "--no-extract"])
    assert "scanned minutes.pdf: OCR page 1 of 1" in output, output


def test_a_papers_escape_sequences_never_reach_the_terminal(tmp_path):
    """Paper text and file names are printed: an escape sequence in a hostile paper (or its
    name) could retitle, clear or rewrite the reader's terminal. Control characters show as '?'."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.txt").write_text(
        "Minutes of the Board\n\nThe Board agreed the pier plan \x1b]0;PWNED\x07 and \x1b[2J cleared.\n\n"
        "ACTION: Peter Brindle to paint the pier \x1b[31mred\x1b[0m by 30 April 2024.\n")
    (folder / "evil\x1b]0;TITLE\x07name.txt").write_text("Minutes of the Board\n\nThe Board agreed the harbour plan.\n")
    (folder / "broken\x1b[2J.pdf").write_bytes(b"%PDF-1.4 broken")
    db = tmp_path / "e.db"
    outputs = [run_cli("ingest", folder, "--db", db, "-v"), run_cli("search", "pier", "--db", db),
               run_cli("actions", "--all", "--db", db), run_cli("people", "Brindle", "--db", db)]
    action_id = sqlite_utils.Database(db).execute("select min(id) from actions").fetchone()[0]
    outputs.append(run_cli("actions", "--history", action_id, "--db", db))
    outputs.append(run_cli("coverage", "--db", db))  # its failures name the papers
    for result in outputs:
        assert "\x1b" not in result.stdout + result.stderr, result.args
    assert "evil?]0;TITLE?name.txt" in outputs[0].stderr and "broken?[2J.pdf" in outputs[0].stderr
    assert "pier" in outputs[1].stdout and "Peter Brindle" in outputs[2].stdout
    assert "broken?[2J.pdf" in outputs[-1].stdout
    _, page = run_in_a_terminal(["serve", "--db", db, "--get", "/e/passages"], stream="stdout")  # a page quoting it
    assert "\x1b" not in page and "pier plan ?]0;PWNED?" in page


def test_a_visitors_sql_never_writes_escape_sequences_to_the_servers_terminal(tmp_path):
    """SQLite's error quotes what a visitor typed, and Datasette wrote it to the terminal serving
    the site as it is: 'no such table: \\x1b[2J' cleared it. The line is still written, shown; a
    function refusing a visitor's arguments printed a traceback."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.txt").write_text("Minutes of the Board\n\nThe Board agreed the pier plan.\n")
    db = tmp_path / "s.db"
    run_cli("ingest", folder, "--db", db, check=True)
    for sql in ('select * from "\x1b[2J"', "select x\x1b]0;PWNED\x07", 'select "\x1b[31m" from nowhere',
                "select printf('%.*c', 999999999, 'x')"):
        result = run_cli("serve", "--db", db, "--get", "/s.json?sql=" + urllib.parse.quote(sql))
        assert result.returncode == 1 and "\x1b" not in result.stdout + result.stderr, (sql, result.stderr)
        assert "ERROR: sql = " in result.stderr  # the operator still sees the failed query
        assert "Traceback" not in result.stderr  # a function refusing a visitor's arguments is no crash


def test_serve_get_of_a_source_pdf_writes_its_bytes_to_a_file_and_names_it_on_a_terminal(tmp_path):
    """`serve --get` of a paper's source file: a PDF is not text (it stopped with a
    UnicodeDecodeError traceback); into a file it goes byte for byte, on a terminal it is named."""
    from minutebook.ingest.public_files import files_dir, read_manifest
    from minutebook.ingest.publish import public_path

    folder = tmp_path / "papers"
    folder.mkdir()
    write_pdf(folder / "board.pdf", [["Minutes of the meeting of the Harbour Board held on 12 March 2024",
                                      "1. BERTHING", "The Board agreed the berthing plan."]])
    db = tmp_path / "a.db"
    run_cli("ingest", folder, "--db", db, check=True)
    doc = sqlite_utils.Database(public_path(str(db))).execute("select id from documents").fetchone()[0]
    path = f"/-/source/{doc}/board.pdf"
    result = subprocess.run([sys.executable, "-m", "minutebook", "serve", "--db", db, "--get", path],
                            capture_output=True, timeout=300)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    served = open(os.path.join(files_dir(str(db)), read_manifest(files_dir(str(db)))[str(doc)]["file"]), "rb").read()
    assert result.stdout == served and served.startswith(b"%PDF")
    code, shown = run_in_a_terminal(["serve", "--db", db, "--get", path], stream="stdout")
    assert code == 0 and "bytes of application/pdf: not shown on a terminal" in shown and "%PDF" not in shown
