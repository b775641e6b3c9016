"""Unchanged re-ingest: size and modification time are checked before any byte is read."""

import os
import shutil

import sqlite_utils

from .conftest import CORPUS
from minutebook.ingest.pipeline import ingest


def _folder(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("000_79c56972b0298532.pdf", "003_01c4fb0a19c26b9e.pdf"):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _statuses(summary):
    return sorted((os.path.basename(o.path), o.status) for o in summary.outcomes)


def test_same_size_and_time_is_skipped_without_reading(tmp_path):
    folder, db = _folder(tmp_path), str(tmp_path / "a.db")
    ingest([str(folder)], db, extract=False)
    target = folder / "000_79c56972b0298532.pdf"
    st = target.stat()
    # different bytes, same size, same modification time: only a hash would notice, and the
    # skip check must not hash
    data = bytearray(target.read_bytes())
    data[-2:] = b"%%" if data[-2:] != b"%%" else b"  "
    target.write_bytes(bytes(data))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    summary = ingest([str(folder)], db, extract=False)
    assert [s for _, s in _statuses(summary)] == ["skipped", "skipped"]


def test_touched_file_is_hashed_once_then_skipped_by_its_new_time(tmp_path):
    folder, db = _folder(tmp_path), str(tmp_path / "a.db")
    ingest([str(folder)], db, extract=False)
    target = folder / "003_01c4fb0a19c26b9e.pdf"
    os.utime(target, ns=(10**18, 10**18))
    summary = ingest([str(folder)], db, extract=False)
    assert [s for _, s in _statuses(summary)] == ["skipped", "skipped"]
    stored = sqlite_utils.Database(db).execute(
        "select mtime_ns, size from documents where filename = ?", [target.name]).fetchone()
    assert stored == (10**18, target.stat().st_size)


def test_changed_file_with_the_same_size_is_read_again(tmp_path):
    folder, db = _folder(tmp_path), str(tmp_path / "a.db")
    ingest([str(folder)], db, extract=False)
    target = folder / "000_79c56972b0298532.pdf"
    data = bytearray(target.read_bytes())
    data[-2:] = b"%%" if data[-2:] != b"%%" else b"  "
    target.write_bytes(bytes(data))
    os.utime(target, ns=(10**18, 10**18))
    summary = ingest([str(folder)], db, extract=False)
    assert _statuses(summary) == [("000_79c56972b0298532.pdf", "ok"), ("003_01c4fb0a19c26b9e.pdf", "skipped")]


def test_database_from_before_mtimes_hashes_then_remembers(tmp_path):
    folder, db = _folder(tmp_path), str(tmp_path / "a.db")
    ingest([str(folder)], db, extract=False)
    sqlite_utils.Database(db).execute("update documents set mtime_ns = null")
    summary = ingest([str(folder)], db, extract=False)
    assert [s for _, s in _statuses(summary)] == ["skipped", "skipped"]
    assert sqlite_utils.Database(db).execute("select count(*) from documents where mtime_ns is null").fetchone()[0] == 0
