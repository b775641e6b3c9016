"""What a row says when reading a paper raised something no reader turned into a ReadError.

A bare 'SystemError: ...' or 'ImportError: .../_imaging...so: failed to map segment from shared
object' told a user nothing: the first is a C library failing inside (often for want of memory),
the second the memory ceiling met while a library loaded. Each reason here says what happened in
words, and which limit to raise where a limit is the likely cause; an error of minutebook's own
says so and where, so it can be reported, since the file is then not at fault.
"""

from __future__ import annotations

import errno
import traceback
import zlib

from .limits import Limits

# what the C library and the loader say when an allocation or a mapping fails under RLIMIT_DATA
_NO_MEMORY = ("cannot allocate memory", "failed to map segment", "out of memory", "memory allocation failed",
              "std::bad_alloc", "mmap failed")


def _said(e: BaseException) -> str:
    text = str(e).strip()
    return text[:300] if text else "no message"


def no_memory(e: BaseException) -> bool:
    """The exception is the memory ceiling, whatever its class says."""
    if isinstance(e, MemoryError):
        return True
    if isinstance(e, OSError) and e.errno == errno.ENOMEM:
        return True
    said = str(e).lower()
    return any(words in said for words in _NO_MEMORY)


def _where(e: BaseException) -> str:
    """The innermost frame of our own code the exception passed through: 'read_html.py line 88'."""
    frames = traceback.extract_tb(e.__traceback__)
    own = [f for f in frames if "/minutebook/" in f.filename or "/ingest/" in f.filename or "/extract/" in f.filename]
    frame = (own or frames or [None])[-1]
    if frame is None:
        return "an unknown place"
    return f"{frame.filename.rsplit('/', 1)[-1]} line {frame.lineno}"


def failure_reason(e: BaseException, limits: Limits) -> str:
    """Why the paper could not be read, for its row and the command line."""
    if no_memory(e):
        return limits.over_memory()
    if isinstance(e, RecursionError):
        return "nested too deeply to read: its structure goes deeper than the reader follows"
    if isinstance(e, UnicodeError):
        return f"some of its text is in an encoding that could not be read ({_said(e)})"
    if isinstance(e, (zlib.error, EOFError)):
        return f"compressed data inside it is corrupt or cut short ({_said(e)})"
    if isinstance(e, OSError):
        return f"the file could not be read from disk: {e.strerror or _said(e)}"
    if isinstance(e, SystemError):
        return (f"a library reading it failed inside ({_said(e)}), as it can when it runs short of memory: it may need "
                f"more than the memory ceiling of {limits.memory_mb} MB for one paper (--max-memory), or hold "
                f"something the library cannot handle")
    return (f"minutebook failed on something in it that it does not handle ({type(e).__name__}: {_said(e)}, at "
            f"{_where(e)}); the file may be fine: please report it with the file")


def cluster_reason(e: BaseException) -> str:
    """Why the cluster handed back no record for a paper."""
    if type(e).__name__ == "KilledWorker":  # Dask gives up on a task whose workers died each time it ran
        return ("the cluster could not parse this file: each Dask worker given it died while reading it (it may need "
                "more memory than the workers have)")
    return f"the cluster could not parse this file: the link to the worker reading it failed ({type(e).__name__}: {_said(e)})"
