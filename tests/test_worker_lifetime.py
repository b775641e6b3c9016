"""A parser worker never outlives the run that started it. Killed with SIGKILL, the run cannot
tell its workers to stop; each worker must notice on its own, by Linux's parent-death signal or,
where that came too late (the run killed between the fork and the worker asking for it), by
reading the end of its pipe. CI once hung on a worker that could not: it held its own pipe's
other end, inherited by the fork, so the pipe never closed."""

import multiprocessing
import os
import time

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
    worker = _Worker(multiprocessing.get_context("fork"), Limits(), {})
    start = time.monotonic()
    worker.stop()
    assert not worker.process.is_alive() and worker.process.exitcode == 0
    assert time.monotonic() - start < 2.5
