"""Bodies' action links worked out on several cores. Linking is most of what an ingest does
after its last paper is parsed, on one core while the others wait; a body's linking reads only
that body's papers (store_action_links.body_links), so forked processes can work bodies out
apart, each on its own read-only connection, while this process writes each body's result, in
the bodies' order, as one process would have."""

from __future__ import annotations

import multiprocessing
import sqlite3
from typing import Callable, Iterator

from .fork_heap import heap_frozen
from .publish import read_only

_job: tuple | None = None  # (connection, how a body is worked out) in a forked process


def worked_out(db, keys: list, work: Callable, processes: int) -> Iterator[tuple]:
    """(key, work(db, key)) for each key in order: here when `processes` <= 1 or a single key,
    else in that many forked processes (results sent back pickled)."""
    if processes <= 1 or len(keys) < 2:
        for key in keys:
            yield key, work(db, key)
        return
    path = db.execute("pragma database_list").fetchone()[2]
    context = multiprocessing.get_context("fork")  # the children have every module loaded already
    with heap_frozen():  # a pool forks all its processes as it is made
        pool = context.Pool(min(processes, len(keys)), initializer=_start, initargs=(path, work))
    with pool:
        yield from zip(keys, pool.imap(_work, keys))


def _start(path: str, work: Callable) -> None:
    from .workers import die_with_parent

    global _job
    die_with_parent()
    _job = (sqlite3.connect(read_only(path), uri=True), work)


def _work(key):
    conn, work = _job
    return work(conn, key)
