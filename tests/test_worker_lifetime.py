"""A parser worker never outlives the run that started it. Killed with SIGKILL, the run cannot
tell its workers to stop; each worker must notice on its own, by Linux's parent-death signal or,
where that came too late (the run killed between the fork and the worker asking for it), by
reading the end of its pipe. CI once hung on a worker that could not: it held its own pipe's
other end, inherited by the fork, so the pipe never closed."""

import multiprocessing
import os

import pytest

from minutebook.ingest.limits import Limits
from minutebook.ingest.workers import _Worker

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked (Linux)")


def _exits_within(worker: _Worker, seconds: float) -> bool:
    worker.process.join(seconds)
    return not worker.process.is_alive()


def test_a_worker_whose_run_is_gone_exits_even_beside_later_workers():
    context = multiprocessing.get_context("fork")
    limits = Limits()
    first, second = _Worker(context, limits, {}), _Worker(context, limits, {})
    try:
        # What the kernel does to the run's pipe ends when the run is killed: they close. The
        # second worker, forked after the first, must not hold the first one's pipe open either.
        first._close()
        assert _exits_within(first, 10), "a worker kept waiting on a pipe whose other end was closed"
        assert first.process.exitcode == 0
        assert second.process.is_alive()
        second._close()
        assert _exits_within(second, 10)
    finally:
        for w in (first, second):
            if w.process.is_alive():
                w.kill()


def test_a_worker_told_to_stop_stops():
    from minutebook.ingest import ocr, pipeline, progress  # noqa: F401 - loaded before the fork, as a run does

    worker = _Worker(multiprocessing.get_context("fork"), Limits(), {})
    worker.stop()
    assert not worker.process.is_alive() and worker.process.exitcode == 0  # it left by itself, not killed


def test_a_big_parent_leaves_its_workers_a_papers_allowance(tmp_path):
    """A worker starts with its parent's heap. Forked from a process that holds more than the
    paper's ceiling (a notebook, or pytest late in a long run, as CI found), it failed every
    paper before reading it: the ceiling now counts what the worker inherits."""
    import subprocess
    import sys

    from .conftest import CORPUS

    paper = sorted(CORPUS.glob("*.pdf"))[0]
    db = tmp_path / "big.db"
    script = (
        "import sqlite3, sys\n"
        "ballast = [bytearray(1 << 20) for _ in range(1200)]  # 1.2 GB, past the 1 GB ceiling\n"
        "from minutebook.ingest.pipeline import ingest\n"
        "ingest([sys.argv[1]], sys.argv[2])\n"
        "print(sqlite3.connect(sys.argv[2]).execute('select status, error from documents').fetchall())\n")
    result = subprocess.run([sys.executable, "-c", script, str(paper), str(db)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('ok', None)]"
