"""Operational failures: kill -9 at every stage of a run (parse, write, after the last paper is
committed and before the people merge) is finished by the next run; two ingests on one
database; OCR children gone after a kill; one clear line, no traceback, for a full disk, a
file that is not a database and a newer schema version."""

from __future__ import annotations

import fcntl
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
import sqlite_utils

from .conftest import run_cli

COUNTS = ("documents", "pages", "passages", "meetings", "people", "person_aliases", "attendance", "actions",
          "decisions")


def counts(db) -> dict:
    database = sqlite_utils.Database(db)
    return {t: database.execute(f"select count(*) from [{t}]").fetchone()[0] for t in COUNTS}


def pending(db) -> list:
    return sqlite_utils.Database(db).execute("select task from pending_work").fetchall()


def _ingest(folder, db, output=subprocess.PIPE, **env):
    return subprocess.Popen([sys.executable, "-m", "minutebook", "ingest", str(folder), "--db", str(db)],
                            stdout=output, stderr=output, text=True, env={**os.environ, **env})


def _killed_run(folder, db, mark, **env):
    """A run that will be SIGKILLed. Its output goes nowhere, so a worker that outlived it
    cannot hold this test's pipe open: the test waits on the process and then, if a worker
    is still there, fails saying so (and kills it) rather than hanging."""
    return _ingest(folder, db, output=subprocess.DEVNULL, MINUTEBOOK_TEST_MARK=mark, **env)


@pytest.fixture
def reaped():
    """Marks whose processes are killed after the test, whatever it found."""
    marks = []
    yield marks
    for mark in marks:
        for pid in marked(mark):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def marked(mark: str) -> list[int]:
    """Processes (ours and their children, tesseract included) carrying this run's mark."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if f"MINUTEBOOK_TEST_MARK={mark}".encode() in f.read():
                    found.append(int(pid))
        except OSError:
            pass
    return found


def wait_until(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("stage", ["parse", "write", "merge"])
def test_kill_at_every_stage_is_finished_by_the_next_run(stage, corpus_copy, corpus_db, tmp_path, reaped):
    db = tmp_path / f"{stage}.db"
    mark = uuid.uuid4().hex
    reaped.append(mark)
    killed = _killed_run(corpus_copy, db, mark, MINUTEBOOK_KILL_AT=stage)
    killed.wait(timeout=600)
    assert killed.returncode == -signal.SIGKILL
    assert wait_until(lambda: not marked(mark), 10), "worker processes outlived the killed run"
    database = sqlite_utils.Database(db)
    assert database.execute("pragma integrity_check").fetchone()[0] == "ok"
    if stage == "merge":  # every paper committed, the merge noted and not done
        assert counts(db)["documents"] == counts(corpus_db)["documents"]
        assert ("people merge",) in pending(db)
        assert counts(db)["people"] > counts(corpus_db)["people"]
    else:
        assert counts(db)["pages"] == 0  # nothing half-written
    result = run_cli("ingest", corpus_copy, "--db", db, check=True)
    if stage == "merge":
        assert "0 ok, 5 skipped" in result.stderr  # every paper skipped, and still the merge is finished
    assert counts(db) == counts(corpus_db)
    assert pending(db) == []


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")
def test_killed_run_leaves_no_tesseract_and_no_page_images(tmp_path, reaped):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    folder = tmp_path / "scans"
    folder.mkdir()
    c = canvas.Canvas(str(folder / "scan.pdf"), pagesize=A4)
    for n in range(12):
        image = Image.new("L", (1654, 2339), 255)
        draw = ImageDraw.Draw(image)
        for line in range(30):
            draw.text((150, 150 + 70 * line), f"Page {n} line {line}: the Board agreed the plan", fill=0,
                      font=ImageFont.load_default(size=40))
        c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    mark = uuid.uuid4().hex
    reaped.append(mark)
    run = _killed_run(folder, tmp_path / "o.db", mark, TMPDIR=str(tmp))

    def tesseract_running():
        return any(_name(pid) == "tesseract" for pid in marked(mark))

    assert wait_until(tesseract_running, 120), "tesseract never started"
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=60)
    assert wait_until(lambda: not marked(mark), 10), [_name(pid) for pid in marked(mark)]
    assert os.listdir(tmp) == []


def _name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


def test_a_second_ingest_waits_for_the_first(corpus_copy, corpus_db, tmp_path):
    db = tmp_path / "shared.db"
    first = _ingest(corpus_copy, db)

    def held():
        if not db.exists():
            return False
        with open(db, "rb") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(f, fcntl.LOCK_UN)
            return False

    assert wait_until(held, 60)
    second = run_cli("ingest", corpus_copy, "--db", db)
    first.communicate(timeout=600)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert "Another minutebook ingest is writing to" in second.stderr
    assert "locked" not in second.stderr and "Traceback" not in second.stderr
    assert "0 ok, 5 skipped" in second.stderr
    assert counts(db) == counts(corpus_db)


def one_line_error(result, *words):
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_a_newer_schema_is_one_line(corpus_copy, tmp_path):
    db = tmp_path / "new.db"
    sqlite3.connect(db).execute("pragma user_version = 99").connection.close()
    one_line_error(run_cli("ingest", corpus_copy, "--db", db), "schema version 99 is newer", "upgrade minutebook")


def test_a_file_that_is_not_a_database_is_one_line(corpus_copy, tmp_path):
    db = tmp_path / "garbage.db"
    db.write_bytes(b"this is not a database, just some text " * 200)
    one_line_error(run_cli("ingest", corpus_copy, "--db", db), str(db), "not a SQLite database")
    assert db.read_bytes().startswith(b"this is not a database")


def test_a_database_in_a_missing_folder_is_one_line(corpus_copy, tmp_path):
    db = tmp_path / "no" / "such" / "folder" / "a.db"
    one_line_error(run_cli("ingest", corpus_copy, "--db", db), "cannot open", str(db))


def test_a_full_disk_is_one_line_and_keeps_what_was_stored(corpus_copy, tmp_path):
    """The kernel's file-size limit makes writes past 600 KB fail as a full disk would."""
    db = tmp_path / "full.db"

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, 600_000))

    result = subprocess.run([sys.executable, "-m", "minutebook", "ingest", str(corpus_copy), "--db", str(db)],
                            capture_output=True, text=True, preexec_fn=small_disk, timeout=600)
    one_line_error(result, "disk is full", "run the same command again")
    database = sqlite_utils.Database(db)
    assert database.execute("pragma integrity_check").fetchone()[0] == "ok"
    for doc_id, pages in database.execute("select id, pages from documents where status = 'ok'").fetchall():
        assert database.execute("select count(*) from pages where document_id = ?", [doc_id]).fetchone()[0] == pages
    run_cli("ingest", corpus_copy, "--db", db, check=True)  # with room again, the run finishes the job
