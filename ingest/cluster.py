"""Parse papers on a Dask `distributed` cluster; this process stays the single writer.

Each paper's bytes go to a worker with the task (workers need no shared filesystem); the worker
reads, structures and extracts it and returns the same plain record `parse_file` returns in a
local run; records come back in whatever order they finish and each is committed in its own
transaction, so a run killed half-way resumes where it stopped (committed papers are skipped
as unchanged). A bounded window of papers in flight keeps the writer's memory flat.

Needs the optional extra: pip install "minutebook[cluster]".
"""

from __future__ import annotations

import logging
import os
import tempfile
from typing import Callable

from .read import format_of

LOCAL = "local"


class ClusterUnavailable(RuntimeError):
    """The scheduler cannot be reached (or Dask is not installed): nothing was parsed."""


def parse_on_cluster(address: str, todo: list[tuple[str, str]], ocr, extract: bool, pipeline: str | None,
                     store: Callable[[dict], None], window: int | None = None) -> None:
    """Parse every (path, sha256) in `todo` on the cluster at `address` (tcp://HOST:8786, or
    "local" for a cluster of this machine's cores) and hand each record to `store`."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise ClusterUnavailable('--cluster needs Dask distributed: pip install "minutebook[cluster]"') from e

    cluster = None
    if address == LOCAL:
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
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
            future = client.submit(parse_bytes, path, data, sha, ocr, extract, pipeline, pure=False,
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
                rec = {"path": path, "sha256": sha, "format": format_of(path) or "unknown", "status": "error",
                       "error": f"the cluster could not parse this file: {type(e).__name__}: {e}"}
            future.release()
            store(rec)
            if queue:
                submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def parse_bytes(path: str, data: bytes, sha256: str, ocr, extract: bool, pipeline: str | None) -> dict:
    """Runs on a worker: the paper's bytes under its own file name in a private folder (the
    readers go by the suffix), parsed as a local run would, the record naming the original path."""
    from .ocr import ocr_settings
    from .pipeline import parse_file

    with tempfile.TemporaryDirectory(prefix="minutebook-") as tmp:
        local = os.path.join(tmp, os.path.basename(path))
        with open(local, "wb") as f:
            f.write(data)
        with ocr_settings(workers=1, cache_path=None, on_page=None):  # papers are the parallelism here
            rec = parse_file(local, sha256, ocr, extract, pipeline)
    rec["path"] = path
    rec["size"] = len(data)
    return rec
