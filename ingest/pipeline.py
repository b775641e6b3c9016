"""One ingest run: find files, skip what is unchanged, parse the rest (in parallel processes
when asked), and write each document in its own transaction."""

from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .document import ReadError
from .progress import report
from .read import format_of, read_document
from .restriction import restricted_pages, wholly_restricted
from .store import document_with_hash, known_files, open_db, record_failure, remember_stat, write_document
from .structure import find_structure


@dataclass
class Outcome:
    path: str
    status: str  # ok / no_text / error / skipped / duplicate
    pages: int = 0
    error: str | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status in ("ok",))

    @property
    def failed(self) -> int:
        return self.count("error", "no_text")

    def line(self) -> str:
        parts = [f"{self.count('ok')} ok", f"{self.count('skipped')} skipped", f"{self.failed} failed"]
        if self.count("duplicate"):
            parts.append(f"{self.count('duplicate')} duplicates")
        rate = f", {self.pages / self.seconds:.0f} pages/s" if self.seconds > 0 and self.pages else ""
        return f"documents: {', '.join(parts)}; {self.pages} pages in {self.seconds:.1f}s{rate}"


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Supported files under the given paths, in a stable order; a named file is always tried."""
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for name in sorted(files):
                    if not name.startswith(".") and format_of(name):
                        yield os.path.abspath(os.path.join(root, name))
        else:
            yield os.path.abspath(path)


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_file(path: str, sha256: str, ocr: bool | None = None, extract: bool = True, pipeline: str | None = None) -> dict:
    """Everything per-document, as plain picklable data: runs in a worker process."""
    rec = {"path": path, "sha256": sha256, "format": format_of(path) or "unknown", "size": _size(path)}
    try:
        if not os.path.exists(path):
            raise ReadError("file not found")
        report(path)
        doc = read_document(path, ocr=ocr)
        structure = find_structure(doc)
        rec.update(document_record(doc, structure))
        rec["status"] = "ok"
        if extract:
            from ..extract.run import extract_document

            try:
                rec["facts"] = extract_document(doc, structure, pipeline=pipeline)
            except Exception as e:  # keep the text, pages and structure; say what was not extracted
                rec["error"] = f"read, but fact extraction failed: {type(e).__name__}: {e}"
    except ReadError as e:
        rec.update(status=e.status, error=e.reason)
    except Exception as e:  # a bug or a library failure on one file must not stop the run
        rec.update(status="error", error=f"could not be parsed: {type(e).__name__}: {e}")
    return rec


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def document_record(doc, structure) -> dict:
    restricted_items = any(i.restricted for i in structure.items)
    withheld = restricted_pages(doc, structure)
    return {
        "title": doc.title or next((b.text for b in doc.blocks if b.kind == "heading"), "")[:200],
        "kind": structure.kind,
        "restricted": wholly_restricted(doc, structure, withheld),
        "has_restricted_items": restricted_items,
        "pages": [{"page": p.number, "text": p.text, "restricted": p.number in withheld, "blank": p.blank}
                  for p in doc.pages],
        "meetings": [
            {"body": m.body, "date": m.date, "page": m.page, "start_time": m.start_time, "venue": m.venue,
             "role": m.role, "next_meeting": m.next_meeting}
            for m in structure.stored_meetings
        ],
        "items": [
            {"meeting": structure.real_meeting(i.meeting), "number": i.number, "title": i.title, "page": i.page,
             "presenter": i.presenter, "pages": i.pages, "restricted": i.restricted}
            for i in structure.items
        ],
        "passages": [
            {"page": p.page, "text": p.text, "heading": p.heading, "meeting": structure.real_meeting(p.meeting),
             "item": p.item, "kind": p.kind, "restricted": p.restricted}
            for p in structure.passages
        ],
    }


def ingest(
    paths: Iterable[str],
    db_path: str,
    workers: int = 1,
    ocr: bool | None = None,
    extract: bool = True,
    pipeline: str | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    files: list[str] | None = None,
    on_ocr_page: Callable[[str, int, int, int], None] | None = None,
    cluster: str | None = None,
) -> Summary:
    """Ingest the files under `paths` into the database at `db_path`.

    `on_outcome` hears of each file as it is stored; `on_ocr_page(path, page, done, total)` of
    each scanned page as OCR finishes it (when parsing in this process, workers=1). `cluster`
    ("tcp://HOST:8786" or "local") parses on Dask workers instead of local processes."""
    from .ocr import cache_path_for, ocr_settings

    cores = os.cpu_count() or 1
    # OCR processes share the cores with the parse workers; the cache sits beside the archive
    with ocr_settings(cache_path=cache_path_for(db_path), on_page=on_ocr_page if workers <= 1 else None,
                      workers=max(1, cores // max(1, workers))):
        return _ingest(paths, db_path, workers, ocr, extract, pipeline, on_outcome, files, cluster)


def _ingest(paths, db_path, workers, ocr, extract, pipeline, on_outcome, files, cluster=None) -> Summary:
    started = time.perf_counter()
    db = open_db(db_path)
    summary = Summary()
    files = files if files is not None else list(iter_files(paths))

    def done(outcome: Outcome):
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    todo: list[tuple[str, str]] = []
    stats: dict[str, tuple[int, int]] = {}
    seen_hashes: dict[str, str] = {}
    known = known_files(db)
    for path in files:
        old = known.get(path)
        try:
            st = os.stat(path)
            stat = (st.st_size, st.st_mtime_ns)
            if old and _unchanged_stat(old, stat):
                done(Outcome(path, "skipped"))  # same size and time: not even opened
                continue
            sha = sha256_of(path)
        except OSError as e:
            rec = {"path": path, "sha256": None, "format": format_of(path) or "unknown", "status": "error",
                   "error": f"cannot open: {e.strerror or e}"}
            record_failure(db, rec)
            done(Outcome(path, "error", error=rec["error"]))
            continue
        if old and old["sha256"] == sha and old["status"] in ("ok", "no_text"):
            remember_stat(db, old["id"], *stat)
            done(Outcome(path, "skipped"))
            continue
        twin = seen_hashes.get(sha) or (None if old else (document_with_hash(db, sha) or {}).get("path"))
        if twin and twin != path and os.path.exists(twin):
            done(Outcome(path, "duplicate", error=f"same content as {twin}"))
            continue
        seen_hashes[sha] = path
        stats[path] = stat
        todo.append((path, sha))

    def store(rec: dict):
        # the stat taken before hashing: a file changed while it was read is hashed again next time
        rec["size"], rec["mtime_ns"] = stats.get(rec["path"], (rec.get("size"), None))
        if rec["status"] == "ok":
            write_document(db, rec)
        else:
            record_failure(db, rec)
        done(Outcome(rec["path"], rec["status"], len(rec.get("pages") or []), rec.get("error")))

    if cluster and todo:
        from .cluster import parse_on_cluster

        parse_on_cluster(cluster, todo, ocr, extract, pipeline, store)
    elif workers <= 1:
        for path, sha in todo:
            store(parse_file(path, sha, ocr, extract, pipeline))
    else:
        _parallel(todo, workers, ocr, extract, pipeline, store)
    if extract and summary.count("ok"):
        from .merge_people import resolve_archive

        resolve_archive(db)  # cross-document work: one person across papers, one action across meetings
    db.close()
    publish_archive(db_path, changed=bool(summary.count("ok", "error", "no_text")))
    summary.seconds = time.perf_counter() - started
    return summary


def _unchanged_stat(old: dict, stat: tuple[int, int]) -> bool:
    return old["status"] in ("ok", "no_text") and old["mtime_ns"] is not None and (old["size"], old["mtime_ns"]) == stat


def publish_archive(db_path: str, changed: bool = True) -> None:
    """The public copy and public files, brought up to date once per ingest, so that serving
    never has to build them."""
    from .public_files import publish_files
    from .publish import is_current, publish

    if changed or not is_current(db_path):
        publish(db_path)
        publish_files(db_path)


def _parallel(todo, workers, ocr, extract, pipeline, store) -> None:
    """Parse in worker processes, write in this one; a bounded window keeps memory flat."""
    queue = list(reversed(todo))
    while queue:
        try:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                running = {}
                while queue or running:
                    while queue and len(running) < workers * 2:
                        path, sha = queue.pop()
                        running[pool.submit(parse_file, path, sha, ocr, extract, pipeline)] = (path, sha)
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        path, sha = running.pop(future)
                        store(future.result())
        except BrokenProcessPool:
            # a worker died (a crash inside a PDF library); record the files in flight and go on
            for path, sha in running.values():
                store({"path": path, "sha256": sha, "format": format_of(path), "status": "error",
                       "error": "the parser process crashed on this file"})
