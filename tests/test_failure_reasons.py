"""Every failure row says, in words, why a paper could not be read: a reason made of a bare
exception class ('SystemError: ...', 'ImportError: ..._imaging.so: failed to map segment from
shared object', the memory ceiling met while a library loaded) told a user nothing. Exceptions
here are raised by the real operations that raise them."""

from __future__ import annotations

import ctypes
import errno
import zlib

import pytest

from minutebook.ingest.failure_reasons import cluster_reason, failure_reason, no_memory
from minutebook.ingest.limits import Limits

LIMITS = Limits(memory_mb=256)


def _raised(action) -> BaseException:
    try:
        action()
    except BaseException as e:  # noqa: B036 (the exception itself is what is tested)
        return e
    raise AssertionError("nothing was raised")


def _deep(n=0):
    return _deep(n + 1)


def test_a_library_that_cannot_map_memory_is_the_memory_ceiling():
    """What a worker said when a textless PDF page drawing a million lines had taken its memory
    and OCR then loaded PIL (seen at --max-memory 512); and an allocation refused by the kernel."""
    loading = ImportError("/work/venv/lib/python3.11/site-packages/PIL/_imaging.cpython-311-x86_64-linux-gnu.so: "
                          "failed to map segment from shared object")
    refused = OSError(errno.ENOMEM, "Cannot allocate memory")
    for error in (loading, refused, _raised(lambda: bytearray(1 << 62))):
        assert no_memory(error), error
        assert failure_reason(error, LIMITS) == "over the memory ceiling of 256 MB for one paper (--max-memory)"
    assert not no_memory(ImportError("No module named 'docx2python'"))


@pytest.mark.parametrize("action, words", [
    (_deep, "nested too deeply to read"),
    (lambda: b"Minutes \xff".decode("utf-8"), "in an encoding that could not be read (\'utf-8\' codec"),
    (lambda: zlib.decompress(b"not deflate data"), "compressed data inside it is corrupt or cut short"),
    (lambda: open("/nonexistent/minutes.pdf"), "the file could not be read from disk: No such file or directory"),
    (lambda: ctypes.pythonapi.PyErr_BadInternalCall(), "a library reading it failed inside"),
    (lambda: {}["page"], "minutebook failed on something in it that it does not handle (KeyError: 'page', at "),
])
def test_each_failure_is_said_in_words(action, words):
    reason = failure_reason(_raised(action), LIMITS)
    assert words in reason, reason
    assert not reason.startswith(("SystemError", "KeyError", "RecursionError", "could not be parsed"))


def test_a_systemerror_names_the_ceiling_to_raise():
    reason = failure_reason(_raised(lambda: ctypes.pythonapi.PyErr_BadInternalCall()), LIMITS)
    assert "memory ceiling of 256 MB" in reason and "--max-memory" in reason


def test_an_error_of_our_own_says_where():
    reason = failure_reason(_raised(lambda: [][1]), LIMITS)
    assert "(IndexError: list index out of range, at test_failure_reasons.py line" in reason
    assert "please report it" in reason


def test_the_cluster_says_why_it_handed_back_nothing():
    class KilledWorker(Exception):  # distributed's class, by name: the test needs no cluster
        pass

    assert "each Dask worker given it died" in cluster_reason(KilledWorker("minutebook-parse-ab", "tcp://w"))
    assert "the link to the worker reading it failed (OSError: " in cluster_reason(OSError("stream closed"))


def test_a_text_paper_saved_as_utf16_is_read_not_refused_as_binary(tmp_path):
    import sqlite_utils

    from .conftest import run_cli

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.txt").write_bytes("Minutes of the Quay Board held on 2 June 2024\n\nThe Board agreed the pier plan.\n"
                                         .encode("utf-16"))
    (folder / "broken.txt").write_bytes(b"\xff\xfeM\x00i\x00n\x00\x00\xd8")  # a lone surrogate: not UTF-16
    db = tmp_path / "u.db"
    run_cli("ingest", folder, "--db", db)
    rows = {r["filename"]: r for r in sqlite_utils.Database(db).query("select filename, status, error from documents")}
    assert rows["minutes.txt"]["status"] == "ok", rows
    assert "agreed the pier plan" in next(sqlite_utils.Database(db).query("select text from pages"))["text"]
    assert rows["broken.txt"]["error"] == "text marked as UTF-16 (it starts with that byte-order mark) that is not UTF-16"
