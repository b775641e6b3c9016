"""One database per body: `minutebook ingest PATHS --db-dir DIR`.

A single SQLite file has a single writer, and however many machines parse papers, one process
commits them. Splitting the archive by body gives each body its own file (its own writer,
its own public copy, its own size), which `minutebook serve --db-dir DIR` serves together.

How a paper finds its database:
- a paper already in one of the folder's databases is checked (unchanged, changed, broken)
  against that database, as a plain ingest would;
- a paper read now goes to the database of its body: the body of the first meeting the
  meeting finder stored for it (the paper's own meeting), named by `body_key`, so spellings of
  one body that the finder treats as one meeting series share a file
  (`souldern-parish-council.db`);
- a paper with no meeting, and every paper that could not be read at all, goes to
  `_no-body.db` (a name no body's slug can take);
- a changed paper whose body changed moves: it leaves its old database in the same run.

A paper is committed in one transaction in its database, so a run killed half-way is finished
by the next; people are merged and actions linked within each database (across bodies they
are not: each body's people are its own). One ingest at a time per folder (a lock file in it),
and each database is also locked as a plain ingest locks it. The OCR cache is one for the
folder (`DIR/.ocr-cache`), as the papers of one scan do not know their body before reading.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from typing import Callable, Iterable

from .body_files import PUBLIC_SUFFIX, SUFFIX, archives_in
from .limits import Limits
from .gone_files import empty_folders, folders_of, gone_papers, remove_paper
from .pipeline import (Outcome, Summary, _triage, finish_cross_paper, iter_files, listed, parse_all, publish_archive,
                       write_record)
from .store import ingest_lock, known_files, open_db
from .structure import body_key

NO_BODY = "_no-body"
LOCK = ".ingest.lock"


def database_name(body: str | None) -> str:
    """The file name (without .db) of a body's database: its key in lower-case words joined by
    hyphens, at most 80 characters; NO_BODY when there is no body to name."""
    slug = re.sub(r"[^a-z0-9]+", "-", body_key(body or "")).strip("-")[:80].strip("-")
    return slug or NO_BODY


def body_of(rec: dict) -> str | None:
    """The body a parsed paper belongs to: its own (first stored) meeting's."""
    meetings = rec.get("meetings") or []
    return meetings[0]["body"] if meetings and rec.get("status") == "ok" else None


class _Databases:
    """The folder's databases, opened (and locked against a plain ingest) when first needed."""

    def __init__(self, folder: str, stack: contextlib.ExitStack, on_wait):
        self.folder, self.stack, self.on_wait = folder, stack, on_wait
        self.open: dict[str, object] = {}
        self.changed: set[str] = set()

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name + SUFFIX)

    def get(self, path: str):
        if path not in self.open:
            self.stack.enter_context(ingest_lock(path, self.on_wait))
            db = open_db(path)
            self.stack.callback(db.close)
            self.open[path] = db
        return self.open[path]


def ingest_per_body(paths: Iterable[str], db_dir: str, workers: int = 1, ocr: bool | None = None,
                    extract: bool = True, pipeline: str | None = None,
                    on_outcome: Callable[[Outcome], None] | None = None, files: list[str] | None = None,
                    on_ocr_page=None, cluster: str | None = None, limits: Limits | None = None,
                    on_wait: Callable[[], None] | None = None) -> Summary:
    """Ingest the files under `paths` into one database per body in `db_dir` (made if missing).
    The options are those of `pipeline.ingest`."""
    from .ocr import ocr_settings

    started = time.perf_counter()
    os.makedirs(db_dir, exist_ok=True)
    files = files if files is not None else list(iter_files(paths))
    cores = os.cpu_count() or 1
    summary = Summary()
    with contextlib.ExitStack() as stack:
        stack.enter_context(ingest_lock(os.path.join(db_dir, LOCK), on_wait))
        stack.enter_context(ocr_settings(cache_path=os.path.join(db_dir, ".ocr-cache"), on_page=on_ocr_page,
                                         workers=max(1, cores // max(1, workers))))
        dbs = _Databases(db_dir, stack, on_wait)
        _run(dbs, files, summary, workers, ocr, extract, pipeline, on_outcome, limits or Limits(), cluster,
             folders_of(paths))
    for path in sorted(dbs.changed):  # each body's public copy, once, after its database is closed
        if path == dbs.path(NO_BODY) and _empty(path):
            continue
        publish_archive(path, changed=True)
    _remove_if_empty(dbs.path(NO_BODY))  # opened to check new papers; nothing failed into it
    summary.seconds = time.perf_counter() - started
    return summary


def _run(dbs: _Databases, files: list[str], summary: Summary, workers, ocr, extract, pipeline, on_outcome,
         limits: Limits, cluster, folders: list[str]) -> None:
    def done(outcome: Outcome):
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    where: dict[str, str] = {}  # path -> the database that holds it
    for path in archives_in(dbs.folder):
        for known in known_files(dbs.get(path)):
            where.setdefault(known, path)
    unsorted = dbs.path(NO_BODY)
    groups: dict[str, list[str]] = {}
    for path in files:  # new papers are checked (empty, duplicate, unreadable) where failures go
        groups.setdefault(where.get(path, unsorted), []).append(path)
    todo: list[tuple[str, str]] = []
    stats: dict = {}
    for db_path, group in groups.items():
        outcomes = len(summary.outcomes)
        found, found_stats = _triage(dbs.get(db_path), group, done)
        todo += found
        stats.update(found_stats)
        if any(o.status not in ("skipped", "hidden", "hidden folder", "failed_before") for o in summary.outcomes[outcomes:]):
            dbs.changed.add(db_path)
    for path in gone_papers(list(where), folders, listed(files)):
        if remove_paper(dbs.get(where[path]), path):
            dbs.changed.add(where.pop(path))
            done(Outcome(path, "removed"))
    summary.kept = empty_folders(list(where), folders, listed(files))

    def store(rec: dict):
        rec["size"], rec["mtime_ns"] = stats.get(rec["path"], (rec.get("size"), None))
        before = where.get(rec["path"])
        body = body_of(rec)
        target = dbs.path(database_name(body)) if body else (before or unsorted)
        if before and before != target:
            remove_paper(dbs.get(before), rec["path"])  # a paper now of another body leaves this database
            dbs.changed.add(before)
        write_record(dbs.get(target), rec)
        where[rec["path"]] = target
        dbs.changed.add(target)
        done(Outcome(rec["path"], rec["status"], len(rec.get("pages") or []), rec.get("error")))

    parse_all(todo, store, workers, ocr, extract, pipeline, limits, cluster)
    for path, db in list(dbs.open.items()):
        if finish_cross_paper(db, extract):
            summary.merged = True
            dbs.changed.add(path)


def _empty(path: str) -> bool:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return db.execute("select count(*) from documents").fetchone()[0] == 0
    except sqlite3.Error:
        return False
    finally:
        db.close()


def _remove_if_empty(path: str) -> None:
    if os.path.exists(path) and _empty(path) and not os.path.exists(path[: -len(SUFFIX)] + PUBLIC_SUFFIX):
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path + suffix)
