"""What `minutebook serve` loads to start: only Datasette and the site, never the ingest's
readers and NLP, nor pint's unit tables until something uses a unit. Behaviour, not timing:
the modules a real `serve` process imports, read from Python's own import log."""

import os
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest

from minutebook.ingest.publish import public_path

# what serving never needs: the readers, NLP, and what sqlite-utils and pint pull in
NOT_FOR_SERVING = ("spacy", "pdfplumber", "pypdfium2", "pytesseract", "sqlite_utils", "numpy", "dask",
                   "datasette.vendored.pint.", "rich.console", "rich.syntax")


def imported_by_serve(db):
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "minutebook", "serve", "--db", str(db),
                             "--get", "/search?q=CCTV"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "<mark>" in result.stdout  # it really served a search with hits
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def test_serve_imports_no_reader_nlp_or_unit_tables(corpus_db):
    modules = imported_by_serve(corpus_db)
    assert "datasette.app" in modules and "minutebook.fulltext" in modules
    heavy = sorted(m for m in modules if any(m == h.rstrip(".") or m.startswith(h.rstrip(".") + ".")
                                             for h in NOT_FOR_SERVING))
    assert heavy == []


def test_units_still_work_when_something_uses_them(corpus_db):
    """Datasette's unit registry is built the first time it is used, and is then pint's own."""
    code = f"""
from minutebook.serve import make_datasette
make_datasette({str(public_path(str(corpus_db)))!r})
from datasette.views.base import ureg
print(type(ureg).__name__, ureg("1.5 km").to("m").magnitude, type(ureg._registry()).__name__)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    deferred, metres, real = result.stdout.split()
    assert deferred == "_DeferredUnitRegistry" and float(metres) == 1500.0 and real == "UnitRegistry"


def test_httpx_command_line_still_works_when_something_calls_it():
    """httpx's own command-line tool is left unimported by serve, and imported if called."""
    code = """
import sys
from minutebook.serve import skip_httpx_cli
skip_httpx_cli()
import httpx
assert "rich.console" not in sys.modules
try:
    httpx.main(["--help"])
except SystemExit:
    pass
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Usage" in result.stdout and "URL" in result.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served_by_two_workers(corpus_db):
    port = free_port()
    env = {**os.environ, "MINUTEBOOK_PASSWORD": "correct horse"}
    server = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db", str(corpus_db), "--full",
                               "--workers", "2", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(base + "/-/versions.json", timeout=5)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    pytest.fail(server.stderr.read())
                time.sleep(0.1)
        yield base, server
    finally:
        server.terminate()
        server.wait(timeout=60)


def test_two_worker_processes_share_one_login(served_by_two_workers):
    """A login made by one worker holds in the other: every request with its cookie, on a new
    connection each (so the kernel hands them to either worker), is let in."""
    base, server = served_by_two_workers
    workers = [p for p in open(f"/proc/{server.pid}/task/{server.pid}/children").read().split()]
    assert len(workers) >= 2  # uvicorn's two worker processes (and nothing else listens)
    with httpx.Client(base_url=base) as client:
        form = client.get("/-/login")
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        login = client.post("/-/login", data={"username": "admin", "password": "correct horse", "csrftoken": token})
        assert login.status_code in (200, 302) and "ds_actor" in client.cookies
        actor = client.cookies["ds_actor"]
    statuses = [httpx.get(base + "/search?q=CCTV", cookies={"ds_actor": actor}, timeout=60) for _ in range(20)]
    assert all(r.status_code == 200 and "<mark>" in r.text for r in statuses)
    assert httpx.get(base + "/search?q=CCTV", timeout=60).status_code == 403  # and anonymous visitors are not


def test_serve_answers_with_one_process_per_core_by_default_each_on_the_public_copy(corpus_db):
    """Without --workers, `serve` starts one worker per core (at most 8); every one of them
    serves the public copy, never the archive itself (20 fresh connections, spread over them)."""
    from minutebook.serve import default_workers

    cores = len(os.sched_getaffinity(0))
    assert default_workers() == min(cores, 8)
    if cores < 2:
        pytest.skip("one core: the default is one process, as before")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db", str(corpus_db), "--port",
                               str(port)], stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(base + "/-/versions.json", timeout=5)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    pytest.fail(server.stderr.read())
                time.sleep(0.1)
        children = open(f"/proc/{server.pid}/task/{server.pid}/children").read().split()
        # uvicorn's workers; multiprocessing also starts its resource tracker, which serves nothing
        workers = [p for p in children if b"resource_tracker" not in open(f"/proc/{p}/cmdline", "rb").read()]
        assert len(workers) == min(cores, 8)
        for _ in range(20):
            served = httpx.get(base + "/-/databases.json", timeout=60).json()
            assert [d["path"] for d in served] == [os.path.basename(public_path(str(corpus_db)))]
    finally:
        server.terminate()
        server.wait(timeout=60)


def _workers_of(server):
    return [int(p) for p in open(f"/proc/{server.pid}/task/{server.pid}/children").read().split()]


def test_a_worker_that_dies_is_replaced_and_stopping_serve_stops_every_worker(served_by_two_workers):
    """The workers are forks of `serve`: one killed is replaced, and SIGTERM to `serve` ends
    them all (none left holding the port)."""
    import signal

    base, server = served_by_two_workers
    first = _workers_of(server)
    assert len(first) == 2
    os.kill(first[0], signal.SIGKILL)
    for _ in range(600):
        now = _workers_of(server)
        if len(now) == 2 and first[0] not in now:
            break
        time.sleep(0.1)
    assert len(now) == 2 and first[0] not in now and first[1] in now
    assert all(httpx.get(base + "/-/versions.json", timeout=60).status_code in (200, 403) for _ in range(10))
    server.terminate()
    assert server.wait(timeout=60) == 0
    for pid in now:
        assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]
