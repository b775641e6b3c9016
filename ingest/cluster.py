"""Parse papers on a Dask `distributed` cluster; this process stays the single writer.

Each paper's bytes go to a worker with the task (workers need no shared filesystem), with the
OCR text the writer's cache already holds for that content. On the worker the paper is parsed
in a child process, forked once and kept from paper to paper (a child forked for each paper
cost a third more CPU: the fork, and spaCy's vocabulary built again for every paper), and held
to the same limits as a local run (`workers.py`:
wall-clock budget renewed by each page OCRed, memory ceiling, the child's whole process group
killed when over): a paper that hangs or eats memory comes back as a failure naming the reason,
never as a stuck task or a dead worker. The record returns with the pages the worker OCRed,
which the writer adds to its cache, so an unchanged scan is never OCRed twice, whichever
machine read it.

Records come back in whatever order they finish and each is committed in its own transaction,
so a run killed half-way resumes where it stopped (committed papers are skipped as unchanged).
A bounded window of papers in flight keeps the writer's memory flat.

Needs the optional extra: pip install "minutebook[cluster]".
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sqlite3
import tempfile
import threading
from typing import Callable

from .failure_reasons import cluster_reason
from .limits import Limits
from .read import format_of

LOCAL = "local"


class ClusterUnavailable(RuntimeError):
    """The scheduler cannot be reached (or Dask is not installed): nothing was parsed."""


def parse_on_cluster(address: str, todo: list[tuple[str, str]], ocr, extract: bool, pipeline: str | None,
                     store: Callable[[dict], None], limits: Limits | None = None, window: int | None = None) -> None:
    """Parse every (path, sha256) in `todo` on the cluster at `address` (tcp://HOST:8786, or
    "local" for a cluster of this machine's cores) and hand each record to `store`."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise ClusterUnavailable('--cluster needs Dask distributed: pip install "minutebook[cluster]"') from e
    from .ocr import cached_pages, current_settings, store_pages

    limits = limits or Limits()
    cache = current_settings().cache_path  # the writer's cache, beside its database
    cluster = None
    if address == LOCAL:
        # the scheduler serves HTTP (health, metrics) even without a dashboard, on port 8787 unless
        # told otherwise: with that port taken (another cluster, a notebook) it warned "Port 8787
        # is already in use. Perhaps you already have a cluster running?" into the user's output
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR,
                               scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
        client = Client(cluster)
    else:
        # distributed logs each failed connection attempt with a traceback; the error below says it once
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as e:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {e}") from e
        finally:
            logging.getLogger("distributed").setLevel(logging.WARNING)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or workers * 2
        queue = list(reversed(todo))
        running: dict = {}
        pending = as_completed()

        def submit_next():
            path, sha = queue.pop()
            with open(path, "rb") as f:
                data = f.read()
            future = client.submit(parse_bytes, path, data, sha, ocr, extract, pipeline, limits,
                                   cached_pages(cache, sha), pure=False,
                                   key=f"minutebook-parse-{sha[:16]}-{len(queue)}")
            running[future.key] = (path, sha)
            pending.add(future)

        while queue and len(running) < window:
            submit_next()
        for future in pending:
            path, sha = running.pop(future.key)
            try:
                rec = future.result()
            except Exception as e:  # a worker died on it again and again (KilledWorker), or the link broke
                rec = failure(path, sha, cluster_reason(e))
            future.release()
            store_pages(cache, rec.pop("ocr_pages", None) or [])  # kept even when the paper failed later on
            store(rec)
            if queue:
                submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def failure(path: str, sha256: str, reason: str) -> dict:
    return {"path": path, "sha256": sha256, "format": format_of(path) or "unknown", "status": "error",
            "error": reason}


# The OCR settings are a process-wide value that the forked child inherits: a worker running
# several tasks at once (--nthreads > 1) sets them and forks for one paper at a time.
_fork_lock = threading.Lock()


def parse_bytes(path: str, data: bytes, sha256: str, ocr, extract: bool, pipeline: str | None,
                limits: Limits | None = None, ocr_cached: list | tuple = ()) -> dict:
    """Runs on a worker: the paper's bytes under its own file name in a private folder (the
    readers go by the suffix), parsed in a child held to `limits` as a local run would, the
    record naming the original path and carrying the pages OCRed here (`ocr_pages`)."""
    from .ocr import ocr_settings
    from .pipeline import _warm_up
    from .workers import parse_in_workers

    _warm_up(extract, pipeline)  # once per worker process: every forked child inherits spaCy loaded
    limits = limits or Limits()  # the child's ceiling counts this worker's heap (workers._Worker)
    options = {"ocr": ocr, "extract": extract, "pipeline": pipeline}
    cache = _worker_cache()
    with tempfile.TemporaryDirectory(prefix="minutebook-") as tmp:
        local = os.path.join(tmp, os.path.basename(path) or "paper")
        with open(local, "wb") as f:
            f.write(data)
        _seed_cache(cache, ocr_cached)
        records: list[dict] = []
        with _kept_child(limits, options) as kept, _until_forked(ocr_settings, cache) as forked:
            # papers are the parallelism here: one tesseract at a time within a paper
            # no second fork for a crashed paper: this task may fork only while it holds the lock
            # (a crash is recorded, and the next ingest reads the paper again)
            parse_in_workers([(local, sha256)], 1, limits, options, records.append,
                             lambda _path, sha, reason: failure(path, sha, reason), on_start=forked, keep=kept,
                             retry_crashed=False)
        rec = records[0] if records else failure(path, sha256, "the parser process gave no record")
        rec["ocr_pages"] = _new_pages(cache, ocr_cached, sha256)
    if rec.get("error"):  # the private folder is no business of the writer's
        rec["error"] = rec["error"].replace(local, path).replace(tmp, os.path.dirname(path))
    rec["path"] = path
    rec["size"] = len(data)
    return rec


# A Dask worker's parser children, kept idle between its tasks (a list of at most one child per
# task running at once), by the limits and options they were forked with.
_idle_children: dict[str, list[list]] = {}
_children_lock = threading.Lock()
_cache_dir: str | None = None


@contextlib.contextmanager
def _kept_child(limits: Limits, options: dict):
    """A list holding an idle child kept from an earlier task of this worker (or nothing: one is
    forked), given back when the task is done. Each task running at once has its own."""
    key = repr((dataclasses.replace(limits, inherited_bytes=0), sorted(options.items())))
    with _children_lock:
        idle = _idle_children.setdefault(key, [])
        kept = idle.pop() if idle else []
    try:
        yield kept
    finally:
        with _children_lock:
            _idle_children[key].append(kept)


def stop_kept_children() -> None:
    """Stop this process's idle parser children (they would die with it anyway)."""
    with _children_lock:
        for lists in _idle_children.values():
            for kept in lists:
                for child in kept:
                    child.stop()
                kept.clear()


def _worker_cache() -> str:
    """This worker's private OCR cache (children are kept from task to task, and keep the cache
    path they were forked with): pages the writer sends are added, pages OCRed here go back."""
    global _cache_dir
    with _children_lock:
        if _cache_dir is None:
            _cache_dir = tempfile.mkdtemp(prefix="minutebook-ocr-")
    return os.path.join(_cache_dir, "ocr-cache")


@contextlib.contextmanager
def _until_forked(ocr_settings, cache: str):
    """Until this paper's child is forked (the block calls the value it is given then), with the
    lock held: the OCR settings the child inherits, and leave for this worker to fork at all."""
    stack = contextlib.ExitStack()
    _fork_lock.acquire()
    stack.callback(_fork_lock.release)
    stack.enter_context(ocr_settings(workers=1, cache_path=cache, on_page=None))
    stack.enter_context(_may_fork())
    try:
        yield stack.close
    finally:
        stack.close()  # a no-op when the child was forked


@contextlib.contextmanager
def _may_fork():
    """Dask starts its workers as daemonic processes, which multiprocessing forbids to have
    children (it could not wait for them when the daemon ends). The child here needs no waiting
    for: it dies with the worker (PR_SET_PDEATHSIG, workers.die_with_parent) and is joined or
    killed before the task returns."""
    import multiprocessing

    config = multiprocessing.current_process()._config
    daemon = config.get("daemon")
    config["daemon"] = False
    try:
        yield
    finally:
        if daemon is not None:
            config["daemon"] = daemon


def _seed_cache(cache: str, rows) -> None:
    from .ocr import store_pages

    store_pages(cache, [tuple(r) for r in rows])


def _new_pages(cache: str, sent, sha256: str) -> list[tuple[str, int, str]]:
    """The pages of this content OCRed on this worker: in its private cache and not among those sent."""
    if not os.path.exists(cache):
        return []
    known = {(key, page) for key, page, _ in sent}
    db = sqlite3.connect(cache, timeout=30)
    try:  # (the key starts with the content hash, as ocr.cached_pages reads it)
        rows = db.execute("select file_key, page, text from ocr_pages where file_key >= ? and file_key < ?",
                          [f"{sha256}:", f"{sha256};"]).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        db.close()
    return [r for r in rows if (r[0], r[1]) not in known]
