"""Parse papers in worker processes, each paper held to the wall-clock budget and memory
ceiling of `Limits`. A worker over its budget is killed with everything it started (its own
process group: tesseract too); a worker that dies costs only the paper it held, which is
recorded with the reason. Workers die with this process, however it ends."""

from __future__ import annotations

import ctypes
import dataclasses
import multiprocessing
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Callable

from . import limits as limits_module
from .fork_heap import heap_frozen
from .limits import Limits, data_bytes

PR_SET_PDEATHSIG = 1
# Papers are sent ahead (one a worker) while more than this many a worker are left to hand out.
# A worker that sends a paper's record would otherwise wait for this process to answer with the
# next paper, which it does only between writing records (a paper's transaction, its public PDF,
# a WAL checkpoint's disk syncs): that wait left a core idle. The last papers are not sent ahead,
# so no worker holds two while another has none.
AHEAD_WHILE = 2

# This process's ends of its workers' pipes. A forked worker inherits every one of them, its
# own included, and must close them: a worker holding its own pipe's other end never reads EOF,
# so when this process is killed it would wait on that pipe for ever (seen in CI: an orphaned
# worker asleep in a socket read, holding the test's stdout open).
_parent_ends: set = set()


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask Linux to kill this process when its parent dies (kill -9 included); elsewhere a no-op."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _serve(conn, parent: int, limits: Limits, options: dict) -> None:
    from .ocr import ocr_settings
    from .pipeline import parse_file
    from .progress import listen

    for end in list(_parent_ends):
        end.close()
    _parent_ends.clear()
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    die_with_parent()
    if os.getppid() != parent:  # the parent was killed between the fork and the line above
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    limits_module.apply(limits)
    listen(lambda doing: conn.send(("progress", doing)))  # the parent's progress bar names the page being read
    with ocr_settings(on_page=lambda *page: conn.send(("ocr_page", page))):
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return
            if task is None:
                return
            conn.send(("done", parse_file(*task, **options)))


class _Worker:
    def __init__(self, context, limits: Limits, options: dict):
        # the child starts with this process's heap, which counts against its ceiling too: a
        # paper's allowance is on top of it (CI lost good papers to workers forked from pytest,
        # whose heap had grown past the 1 GB ceiling before the paper was opened)
        self.limits = limits = dataclasses.replace(limits, inherited_bytes=max(limits.inherited_bytes, data_bytes()))
        self.conn, child = context.Pipe()
        _parent_ends.add(self.conn)
        self.process = context.Process(target=_serve, args=(child, os.getpid(), limits, options), daemon=True)
        with heap_frozen():
            self.process.start()
        child.close()
        try:
            os.setpgid(self.process.pid, self.process.pid)  # also here: no race with a kill right after start
        except OSError:
            pass
        self.task: tuple[str, str] | None = None  # the paper it is reading
        self.ahead: deque[tuple[str, str]] = deque()  # papers sent ahead, read after it in this order
        self.started = self.deadline = 0.0
        self.peak = 0

    def give(self, task: tuple[str, str]) -> None:
        """A paper to read now, or, while it reads one, next (sent ahead: it starts on it as soon as
        it has sent its record, without waiting for this process to answer)."""
        if self.task is None:
            self._begin(task)
        else:
            self.ahead.append(task)
        self.conn.send(task)

    def _begin(self, task: tuple[str, str]) -> None:
        self.task, self.started, self.peak = task, time.monotonic(), 0
        self.deadline = self.started + self.limits.seconds

    def done(self) -> None:
        """Its paper's record came: it is reading the paper sent ahead, if any (its budget runs from now)."""
        if self.ahead:
            self._begin(self.ahead.popleft())
        else:
            self.task = None

    def unread(self) -> list[tuple[str, str]]:
        """The papers sent ahead that it never started, to be handed to another worker."""
        papers, self.ahead = list(self.ahead), deque()
        return papers

    def page_read(self) -> None:
        """A scan gets time for its pages: each page OCRed renews the budget, up to its cap."""
        cap = self.started + self.limits.seconds * self.limits.ocr_factor
        self.deadline = min(cap, max(self.deadline, time.monotonic() + self.limits.seconds))

    def sample_memory(self) -> None:
        try:
            with open(f"/proc/{self.process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmData:"):
                        self.peak = max(self.peak, int(line.split()[1]) << 10)
        except (OSError, ValueError):
            pass

    def kill(self) -> None:
        for kill in (lambda: os.killpg(self.process.pid, signal.SIGKILL), self.process.kill):
            try:
                kill()
            except (OSError, ProcessLookupError):
                pass
        self.process.join(5)
        self._close()

    def _close(self) -> None:
        _parent_ends.discard(self.conn)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        else:
            self._close()


def parse_in_workers(todo: list[tuple[str, str]], workers: int, limits: Limits, options: dict,
                     store: Callable[[dict], None], failure: Callable[[str, str, str], dict],
                     on_start: Callable[[], None] | None = None, keep: list[_Worker] | None = None,
                     retry_crashed: bool = True) -> None:
    """Parse every (path, sha256) in `todo` and hand each record to `store` in this process;
    a paper whose worker runs over the budget or dies is handed over as `failure(path, sha, reason)`.

    `keep`: idle workers of an earlier call (made with the same limits and options) to use
    first, and where the idle ones are left at the end, alive, for the next call; a worker
    killed or dead leaves it. A worker kept from paper to paper keeps spaCy's vocabulary as it
    grew and pays for its fork once (a fresh one per paper cost a third more CPU).

    `retry_crashed`: a paper whose worker died of a signal is read once more in a fresh worker
    before it is recorded as failed."""
    context = multiprocessing.get_context("fork")  # workers inherit loaded modules and registered components
    queue = deque(todo)
    crashed_once: set[tuple[str, str]] = set()
    pool: list[_Worker] = keep if keep is not None else []
    for w in [w for w in pool if not w.process.is_alive()]:  # a kept worker that died while idle
        w.kill()
        pool.remove(w)

    def hand_out() -> None:
        while queue:
            w = next((w for w in pool if w.task is None), None)
            if w is None and len(pool) < workers:
                w = _Worker(context, limits, options)
                pool.append(w)
            if w is None and len(queue) > AHEAD_WHILE * workers:
                # every worker busy: one paper sent ahead to a worker holding none, so that it goes
                # on reading while this process writes another's record (the last papers are
                # not sent ahead: they go to whichever worker is free first, none left holding two)
                w = next((w for w in pool if not w.ahead), None)
            if w is None:
                return
            w.give(queue.popleft())
            if on_start:
                on_start()

    def put_back(w: _Worker) -> None:
        for task in reversed(w.unread()):
            queue.appendleft(task)

    try:
        while queue or pool:
            hand_out()
            busy = [w for w in pool if w.task]
            if not busy:
                break
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=0.25)
            for w in busy:
                finished = _messages(w)
                if finished is not None:
                    w.done()  # the worker reads the next paper while this one is written
                    hand_out()
                    store(finished)
                    continue
                w.sample_memory()
                # asked once: a worker dying between two asks was recorded as failed without its second try
                alive = w.process.is_alive()
                if retry_crashed and not alive and _crashed(w) and w.task not in crashed_once:
                    # A crash can be the process's, not the paper's (CI once lost a good paper to
                    # one): a fresh worker reads it again; a paper that crashes twice is recorded.
                    crashed_once.add(w.task)
                    put_back(w)
                    queue.appendleft(w.task)
                    _say_again(w)
                    w.kill()
                    pool.remove(w)
                    continue
                if not alive:
                    reason = _death(w, w.limits)
                elif time.monotonic() > w.deadline:
                    reason = limits.over_time(time.monotonic() - w.started)
                else:
                    continue
                path, sha = w.task
                put_back(w)  # the papers sent ahead were never started: another worker reads them
                w.kill()
                pool.remove(w)
                store(failure(path, sha, reason))
    finally:
        for w in list(pool):
            if w.task is None and keep is not None and w.process.is_alive():
                continue  # kept, idle, for the next call
            w.stop() if w.task is None else w.kill()
            pool.remove(w)


def _messages(w: _Worker) -> dict | None:
    """Pass on the worker's progress messages; its record when the paper is done."""
    from .ocr import current_settings
    from .progress import report_raw

    try:
        while w.conn.poll():
            kind, payload = w.conn.recv()
            if kind == "done":
                return payload
            if kind == "progress":
                report_raw(payload)
            else:
                w.page_read()
                if current_settings().on_page:
                    current_settings().on_page(*payload)
    except Exception:  # EOF, or a message cut short by the worker's death: judged by the caller
        pass
    return None


def _crashed(w: _Worker) -> bool:
    """Died of a signal while under its memory ceiling: not a verdict on the paper yet."""
    code = w.process.exitcode
    return code is not None and code < 0 and w.peak < 0.9 * w.limits.memory_bytes + w.limits.inherited_bytes


def _say_again(w: _Worker) -> None:
    import sys

    print(f"minutebook: {_death(w, None)} ({w.task[0]}); reading it again in a fresh process",
          file=sys.stderr, flush=True)


def _death(w: _Worker, limits: Limits | None) -> str:
    code = w.process.exitcode
    if limits is not None and w.peak >= 0.9 * limits.memory_bytes + limits.inherited_bytes:
        return limits.over_memory()
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if code == -signal.SIGABRT and limits is not None:
            # pdfium aborts when an allocation fails: a 430 kB PDF whose page inflates to 200 MB
            # did so at a 256 MB ceiling between two samples of the worker's memory, and its row
            # named neither memory nor the ceiling
            return (f"the parser process stopped itself ({name}) while reading this file, as the PDF library does "
                    f"when it cannot get memory: it may need more than the memory ceiling of {limits.memory_mb} MB "
                    f"for one paper (--max-memory)")
        return f"the parser process died ({name}) while reading this file"
    return f"the parser process exited (code {code}) while reading this file"
