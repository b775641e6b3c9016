"""A failed file that has not changed since it failed is neither read nor recorded again: a
re-ingest of an unchanged folder then changes nothing, so the public copy and its files are
left as they are (their search caches kept). The run still counts and names the failure, and
a touched or replaced failed file is tried again."""

import os

import sqlite_utils

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path

from .conftest import run_cli

MINUTES = """# Minutes of the meeting of the Harbour Safety Board held on 12 March 2024

Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle

## 1. Tide tables

The Board agreed the tide tables for the summer season.
"""
# a PDF header and then bytes no reader can make a document of
BROKEN = b"%PDF-1.4\n" + bytes(range(256)) * 8


def _folder(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "minutes.md").write_text(MINUTES)
    (papers / "broken.pdf").write_bytes(BROKEN)
    (papers / "empty.txt").write_bytes(b"")
    return papers


def _ingest(papers, db):
    return run_cli("ingest", papers, "--db", db, "--no-extract")


def _rows(db):
    return {os.path.basename(r["path"]): r for r in sqlite_utils.Database(db).query(
        "select path, status, error, sha256, ingested_at from documents")}


def _stamp(path):
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns, st.st_size


def _public_stamps(db):
    folder = files_dir(str(db))
    return {"copy": _stamp(public_path(str(db))),
            **{name: _stamp(os.path.join(folder, name)) for name in os.listdir(folder)}}


def test_unchanged_failed_files_are_not_read_again_and_the_public_copy_is_left_alone(tmp_path):
    papers, db = _folder(tmp_path), tmp_path / "a.db"
    first = _ingest(papers, db)
    assert first.returncode == 1, first.stderr
    before, public_before = _rows(db), _public_stamps(db)
    assert before["broken.pdf"]["status"] == "error" and before["empty.txt"]["error"] == "empty file"
    # other bytes of the same size, at the same modification time: only reading it would notice
    broken = papers / "broken.pdf"
    st = broken.stat()
    broken.write_bytes(b"%PDF-1.4\n" + bytes(reversed(range(256))) * 8)
    os.utime(broken, ns=(st.st_atime_ns, st.st_mtime_ns))

    again = _ingest(papers, db)

    assert again.returncode == 1  # still a run with failures
    assert f"{broken}: unchanged, failed before: {before['broken.pdf']['error']}" in again.stderr
    assert f"{papers / 'empty.txt'}: unchanged, failed before: empty file" in again.stderr
    assert "1 skipped, 2 failed (2 unchanged, failed before)" in again.stderr
    assert _rows(db) == before  # not recorded again: same hash, same time of ingest
    assert _public_stamps(db) == public_before
    listed = run_cli("coverage", "--db", db, check=True).stdout
    assert "failures: 2" in listed and "broken.pdf" in listed and "empty.txt" in listed


def test_a_touched_or_replaced_failed_file_is_tried_again(tmp_path):
    papers, db = _folder(tmp_path), tmp_path / "a.db"
    _ingest(papers, db)
    before = _rows(db)
    os.utime(papers / "broken.pdf", ns=(10**18, 10**18))  # touched, bytes unchanged: how a user retries
    (papers / "empty.txt").write_text(MINUTES.replace("12 March", "9 April"))

    again = _ingest(papers, db)

    after = _rows(db)
    assert after["empty.txt"]["status"] == "ok"
    assert after["broken.pdf"]["status"] == "error"
    assert f"{papers / 'broken.pdf'}: error: {before['broken.pdf']['error']}" in again.stderr  # read again
    assert "unchanged, failed before" not in again.stderr
    assert "1 ok, 1 skipped, 1 failed" in again.stderr
    # and once recorded with its new time, it is not read again
    assert "1 failed (1 unchanged, failed before)" in _ingest(papers, db).stderr
