"""SQLite pragmas of a database file (data_version, schema_version), each read on a read-only
connection kept for it.

data_version changes when another connection commits to the file (as the publish of an ingest
does), so it tells whether what was read from the file still holds. Both of the site's caches
(kept search rankings and replayed pages) ask it on every request: one connection per file,
opened once, makes that a cheap pragma."""

from __future__ import annotations

import os
import sqlite3
import threading


class PragmaReader:
    """One pragma of database files (`data_version`, `schema_version`), each file read on a
    read-only connection kept for it: asked on every request, it costs a pragma, not an open."""

    def __init__(self, pragma: str = "data_version"):
        self._sql = f"pragma {pragma}"
        self._conns: dict[str, sqlite3.Connection] = {}
        self._lock = threading.Lock()  # the connections are shared by the threads that serve requests

    def of(self, path: str) -> int | None:
        """The file's value (None when it cannot be read: nothing should then be kept)."""
        with self._lock:
            try:
                conn = self._conns.get(path)
                if conn is None:
                    conn = self._conns[path] = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                               check_same_thread=False)
                return conn.execute(self._sql).fetchone()[0]
            except sqlite3.Error:
                self._conns.pop(path, None)
                return None


    def close(self) -> None:
        """Close the kept connections (the next ask opens its file again): a process that serves
        one site after another, as the tests do, would otherwise hold every file it ever read."""
        with self._lock:
            for conn in self._conns.values():
                conn.close()
            self._conns.clear()


def files_state(path: str) -> list[tuple | None]:
    """A database file's and its write-ahead log's (inode, size, modification time), None for
    one that is missing: what a copy rebuilt or a commit changes, read without opening them."""
    states = []
    for name in (path, path + "-wal"):
        try:
            s = os.stat(name)
            states.append((s.st_ino, s.st_size, s.st_mtime_ns))
        except OSError:
            states.append(None)
    return states
