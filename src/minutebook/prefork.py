"""`serve --workers N`: N server processes forked from one that has built the site.

uvicorn's own workers are started afresh (spawned): each imports Datasette and builds the site
again, all at once on the same cores, so two workers took twice one's start (13.8 s against
4.7 s on this project's busy machine). Here the parent imports everything, builds the site and
binds the port once; each worker is a fork of it, ready at once, sharing the imported code
with the parent (copy on write) and the listening socket (the kernel hands each connection to
one of them). The parent opens no database before it forks: each worker opens its own
connections on its first request, and keeps its own answer cache.

A worker that dies is replaced; SIGTERM or SIGINT to the parent stops every worker gracefully.
"""

from __future__ import annotations

import os
import signal
import sys
import time

QUICK_DEATH = 2.0  # a worker dead this soon after its start is failing, not crashed once: stop


def serve_forked(ds, workers: int, host: str, port: int) -> int:
    """Answer with `workers` forks of this process serving `ds` (started already); returns the
    exit status when they have all stopped."""
    import uvicorn

    app = ds.app()
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
    sock = config.bind_socket()
    children: dict[int, float] = {}
    stopping = False

    def start_worker() -> None:
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on")).run(sockets=[sock])
            except BaseException:  # noqa: BLE001 - a worker never returns into the parent's code
                status = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        children[pid] = time.monotonic()

    def stop(signum, frame) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for _ in range(workers):
        start_worker()
    status = 0
    while children:
        try:
            pid, how = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        started = children.pop(pid, None)
        if started is None:  # another child of serve (a background upgrade), not a worker
            continue
        if not stopping:
            if os.WIFEXITED(how) and os.WEXITSTATUS(how) and time.monotonic() - started < QUICK_DEATH:
                # it failed on its own as it started (not killed): another would fail the same way
                print("a server process failed as it started: stopping", file=sys.stderr, flush=True)
                stop(signal.SIGTERM, None)
                status = 1
            else:
                start_worker()
    sock.close()
    return status
