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


def worked_out(db, keys: list, work: Callable, processes: int,
               weight: Callable[[object], float] | None = None) -> Iterator[tuple]:
    """(key, work(db, key)) for each key in order: here when `processes` <= 1 or a single key,
    else in that many forked processes (results sent back pickled). `weight(key)` guesses a
    key's work: the heaviest are handed out first, so that no large body is worked out alone
    while the other processes sit idle at the end (one library board was 0.39 s of the bench's
    0.73 s and, second last by name, ran alone); the keys still come back in their order."""
    if processes <= 1 or len(keys) < 2:
        for key in keys:
            yield key, work(db, key)
        return
    path = db.execute("pragma database_list").fetchone()[2]
    order = _heaviest_first(keys, weight, processes) if weight else list(range(len(keys)))
    context = multiprocessing.get_context("fork")  # the children have every module loaded already
    with heap_frozen():  # a pool forks all its processes as it is made
        pool = context.Pool(min(processes, len(keys)), initializer=_start, initargs=(path, work))
    with pool:
        yield from in_order(keys, pool.imap_unordered(_work_at, [(i, keys[i]) for i in order]))


def _heaviest_first(keys: list, weight: Callable[[object], float], processes: int) -> list[int]:
    """The indexes of the `processes` heaviest keys, then the rest in order: the rest come back
    while the heavy ones are worked out, and are written meanwhile (all of them heaviest first
    would hold every write back until the lightest, handed out last, came back)."""
    heavy = sorted(range(len(keys)), key=lambda i: -weight(keys[i]))[:processes]
    return heavy + [i for i in range(len(keys)) if i not in heavy]


def in_order(keys: list, answers: Iterator[tuple[int, object]]) -> Iterator[tuple]:
    """(key, answer) in the keys' order from (index, answer) pairs in any order, each given as
    soon as every key before it has been."""
    held: dict[int, object] = {}
    next_index = 0
    for index, answer in answers:
        held[index] = answer
        while next_index in held:
            yield keys[next_index], held.pop(next_index)
            next_index += 1


def _start(path: str, work: Callable) -> None:
    from .workers import die_with_parent

    global _job
    die_with_parent()
    _job = (sqlite3.connect(read_only(path), uri=True), work)


def _work_at(indexed: tuple[int, object]) -> tuple[int, object]:
    conn, work = _job
    index, key = indexed
    return index, work(conn, key)
