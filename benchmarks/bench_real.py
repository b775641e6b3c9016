"""Speed on real papers, printed as figures in one run (not a test: timings flake, figures inform).

    python benchmarks/bench_real.py [--skip-serve] [--passages 1000000] [--seconds 20]

The archive is every born-digital PDF in ../shared/real and ../shared/wild (a PDF with a text
layer that is language on every page); without them, the bundled corpus. Figures, all from the same run so that
ratios hold on a busy machine:

1. the limit: pypdfium2 extracting the text of the same pages (no layout, no NLP), pages/s;
2. minutebook end to end (read, tables, structure, extract, write) with 1 and 2 worker
   processes and on a local Dask cluster, pages/s and the ratio to the limit;
3. time per page of each stage (read, tables, OCR, structure, extract, write), in one process;
4. unchanged re-ingest, per paper;
5. memory over the 1-worker run (resident, sampled as papers go in) and the workers' peak;
6. OCR of the scans among the shared papers on 1 core and on every core (the speed-up);
7. serving a generated archive of --passages passages: start time (port answering, first
   answer, first search), and with locust (8 users) requests/s, p50 and p95 for search, the
   overdue page and a person page, each hot (40 common words repeated: the answer cache) and
   cold (every query string new: every answer computed), a search also new (two of the words in
   an order no request repeats: nothing kept of an earlier search serves it), with the server's CPU and the load
   generator's CPU per request (they share the cores) and the rate the machine's cores could
   give at that CPU, for `serve --workers 1` and `2`; beside them, the limit measured in the
   same run: the search's own SQL alone on a plain connection, searches per CPU second.

Needs the bench extra for 7 (pip install "minutebook[bench]": locust) and the cluster extra for
the Dask figure; each part says so and is skipped when its tool is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pypdfium2 as pdfium

from minutebook.ingest import ocr as ocr_module
from minutebook.ingest.text_layer import not_language
from minutebook.ingest.pipeline import ingest
from minutebook.serve import corpus_dir

from bench_ingest import rss_mb  # resident memory now, measured as the ingest benchmark does
from stage_clocks import stage_clock, writer_clock  # time per stage, in this process
from compare_archives import compare  # two archives, table by table

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"




def born_digital(path: Path) -> bool:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return False
    try:
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        # a text layer that is not language (a font without a Unicode map) is OCRed: that paper is a scan here
        return len(pdf) > 0 and all(text.strip() and not not_language(text) for text in texts)
    finally:
        pdf.close()


def scans() -> list[Path]:
    found = []
    for folder in (SHARED / "real", SHARED / "wild"):
        for path in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
            try:
                pdf = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError:
                continue
            if not any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf))):
                found.append(path)
            pdf.close()
    return found


def make_archive(folder: Path) -> tuple[list[Path], str]:
    sources = [p for d in (SHARED / "real", SHARED / "wild") if d.is_dir() for p in sorted(d.glob("*.pdf"))]
    chosen = [p for p in sources if born_digital(p)]
    where = "../shared/real + ../shared/wild born-digital PDFs"
    if not chosen:
        chosen = sorted(corpus_dir().glob("*.pdf"))
        where = "the bundled corpus (../shared is not here)"
    files = []
    for n, path in enumerate(chosen):
        target = folder / f"{n:03d}-{path.name}"
        shutil.copy(path, target)
        files.append(target)
    return files, where


LIMIT_PER_CPU: list[float] = []  # pages per CPU second of each limit() run: the limit on a shared machine


def limit(files: list[Path]) -> tuple[int, float]:
    pages, started, cpu = 0, time.perf_counter(), time.process_time()
    for path in files:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            pdf[i].get_textpage().get_text_range()
            pages += 1
        pdf.close()
    LIMIT_PER_CPU.append(pages / max(time.process_time() - cpu, 1e-9))
    return pages, time.perf_counter() - started


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parse_in_process(files: list[Path]) -> tuple[int, int]:
    """Every paper parsed here, as a worker would, for the stage clock; pages parsed and the
    words of the passages extraction read."""
    from minutebook.ingest.pipeline import parse_file

    pages = words = 0
    for path in files:
        rec = parse_file(str(path), "-", None, True, None)
        pages += len(rec.get("pages") or [])
        words += sum(len(p["text"].split()) for p in rec.get("passages") or []) if "facts" in rec else 0
    return pages, words


def end_to_end(folder: Path, db: Path, workers: int = 1, cluster: str | None = None, samples=None):
    """One ingest, with the CPU time of the writer (this process, by stage) and of the worker
    processes it waited for, on the summary."""
    seen = []
    clock = writer_clock()
    cpu, children = time.process_time(), cpu_of_children()
    started = time.perf_counter()

    def sample(outcome):
        if not seen:
            first.append(time.perf_counter() - started)
        seen.append(outcome)
        last[:] = [time.perf_counter() - started]
        if samples is not None and len(seen) % max(1, n // 8) == 0:
            samples.append((len(seen), rss_mb()))

    first: list[float] = []
    last: list[float] = []
    n = len(list(folder.iterdir()))
    try:
        summary = ingest([str(folder)], str(db), workers=workers, cluster=cluster, on_outcome=sample)
        summary.wall = time.perf_counter() - started
    finally:
        clock.restore()
    summary.first_paper = first[0] if first else float("nan")  # start-up: pools, clusters, spaCy
    summary.last_paper = last[0] if last else float("nan")  # then only the work across papers is left
    summary.writer_wall = clock.seconds
    summary.writer_cpu, summary.workers_cpu = time.process_time() - cpu, cpu_of_children() - children
    summary.writer_stages = clock.cpu
    return summary


def cpu_line(run, label: str) -> str:
    """CPU per page of the writer (by stage) and of the workers: what a busy machine does not inflate."""
    pages = max(1, run.pages)
    stages = ", ".join(f"{k} {1000 * v / pages:.1f}" for k, v in run.writer_stages.items())
    other = run.writer_cpu - sum(run.writer_stages.values())
    return (f"  CPU per page, {label}: workers {1000 * run.workers_cpu / pages:.1f} ms; writer "
            f"{1000 * run.writer_cpu / pages:.1f} ms ({stages}, the rest {1000 * other / pages:.1f}); "
            f"CPU-bound ceiling on 2 idle cores {_ceiling(run):.0f} pages/s; pages per CPU second "
            f"{run.pages / max(1e-9, run.writer_cpu + run.workers_cpu):.1f}, ratio to the limit's "
            f"{run.pages / max(1e-9, run.writer_cpu + run.workers_cpu) / max(LIMIT_PER_CPU):.3f}")


def wall_line(run, label: str) -> str:
    """Where the run's wall clock went: until the first paper is stored, the parse (both cores busy), and the
    serial tail after the last paper (one core idle for most of it), by the writer's stage."""
    tail = run.wall - run.last_paper
    stages = ("merge people", "link actions", "publish")
    named = ", ".join(f"{k} {run.writer_wall.get(k, 0):.2f}" for k in stages)
    other = tail - sum(run.writer_wall.get(k, 0) for k in stages)
    unused = 2 * run.wall - run.writer_cpu - run.workers_cpu
    return (f"  wall clock, {label}: first paper stored {run.first_paper:.2f} s, last {run.last_paper:.2f} s; "
            f"tail after it {tail:.2f} s ({named}, the rest {other:.2f}) of {run.wall:.2f} s; "
            f"CPU the run left unused on 2 cores {unused:.2f} s (others' load included)")


def _ceiling(run) -> float:
    """Pages/s if every CPU second were spread over two idle cores (no load from others)."""
    return run.pages / max(1e-9, (run.writer_cpu + run.workers_cpu) / 2)


def bench_ocr(tmp: Path) -> None:
    found = scans()
    if not found or not ocr_module.ocr_available():
        print("OCR: skipped (no scans in ../shared, or no tesseract)")
        return
    count = {p: len(pdfium.PdfDocument(str(p))) for p in found}
    path = min((p for p in found if count[p] >= 4), key=count.get, default=max(found, key=count.get))
    pages = len(pdfium.PdfDocument(str(path)))
    times: dict[int, float] = {}
    for _ in range(2):  # alternated and the best of each kept: the machine is shared
        for workers in (1, os.cpu_count() or 1):
            with ocr_module.ocr_settings(workers=workers, cache_path=None, on_page=None):
                started = time.perf_counter()
                ocr_module.ocr_pdf(str(path))
                times[workers] = min(times.get(workers, float("inf")), time.perf_counter() - started)
    one, every = times[1], times[os.cpu_count() or 1]
    print(f"OCR of {path.name} ({pages} pages): 1 process {one / pages:.2f} s/page, "
          f"{os.cpu_count()} processes {every / pages:.2f} s/page: {one / every:.2f}x")
    cache = tmp / "ocr.cache"
    with ocr_module.ocr_settings(workers=0, cache_path=str(cache), on_page=None):
        ocr_module.ocr_pdf(str(path))
        started = time.perf_counter()
        ocr_module.ocr_pdf(str(path))
        print(f"  the same scan again, from the OCR cache: {1000 * (time.perf_counter() - started):.0f} ms")


# ---- serving -------------------------------------------------------------------------------

def grow_archive(source_db: Path, target: Path, passages: int) -> None:
    """A copy of a real archive whose passages are repeated, reshuffled, up to `passages` rows,
    with the full-text index rebuilt once at the end (as a big ingest leaves it)."""
    shutil.copy(source_db, target)
    db = sqlite3.connect(target)
    texts = [r for r in db.execute("select document_id, page, meeting_id, agenda_item_id, heading, text, kind, "
                                   "restricted from passages")]
    have = len(texts)
    if not texts:
        raise SystemExit("the source archive has no passages")
    for name, in db.execute("select name from sqlite_master where type = 'trigger' and tbl_name = 'passages'"):
        db.execute(f"drop trigger [{name}]")
    rng = random.Random(7)
    batch = []
    for n in range(max(0, passages - have)):
        row = list(texts[n % have])
        words = row[5].split()
        rng.shuffle(words)
        row[5] = " ".join(words)
        batch.append(row)
        if len(batch) == 50_000:
            db.executemany("insert into passages (document_id, page, meeting_id, agenda_item_id, heading, text, kind, "
                           "restricted) values (?, ?, ?, ?, ?, ?, ?, ?)", batch)
            batch = []
    if batch:
        db.executemany("insert into passages (document_id, page, meeting_id, agenda_item_id, heading, text, kind, "
                       "restricted) values (?, ?, ?, ?, ?, ?, ?, ?)", batch)
    db.execute("insert into passages_fts(passages_fts) values ('rebuild')")
    db.commit()
    db.close()
    from minutebook.ingest.store import open_db

    open_db(str(target)).close()  # the triggers back, by the same migrations an ingest runs


def publish(target: Path) -> float:
    """The public copy, made as the end of an ingest makes it."""
    from minutebook.ingest.pipeline import publish_archive

    started = time.perf_counter()
    publish_archive(str(target))
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                r.read()
                return time.perf_counter() - started
        except Exception:
            time.sleep(0.02)
    raise SystemExit(f"the server did not answer {url} within {timeout:.0f} s")


def wait_for_port(port: int, timeout: float) -> None:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.02)
    raise SystemExit(f"nothing listened on port {port} within {timeout:.0f} s")


LOCUSTFILE = '''
import os, random
from locust import FastHttpUser, task, constant
WORDS = os.environ["BENCH_WORDS"].split(",")
PATH = os.environ["BENCH_PATH"]
MODE = os.environ.get("BENCH_MODE", "hot")
# "new": two of the words, in an order no other request of the run asks (the users share it):
# a search never made before, so nothing the site kept of an earlier search serves it
PAIRS = [f"{a}+{b}" for a in WORDS for b in WORDS if a != b]
random.shuffle(PAIRS)
NEXT = iter(PAIRS)

class Reader(FastHttpUser):
    wait_time = constant(0)

    @task
    def hit(self):
        words = next(NEXT, None) if MODE == "new" else None
        path = PATH.replace("{word}", words or random.choice(WORDS))
        if MODE != "hot":  # a query string never asked before: the site's answer cache cannot help
            path += ("&" if "?" in path else "?") + "_cold=" + str(random.getrandbits(48))
        self.client.get(path, name=PATH)
'''


def load(base: str, path: str, words: list[str], seconds: int, tmp: Path, users: int = 8, mode: str = "hot") -> dict:
    locustfile = tmp / "locustfile.py"
    locustfile.write_text(LOCUSTFILE)
    prefix = tmp / f"locust-{abs(hash(path))}"
    env = {**os.environ, "BENCH_WORDS": ",".join(words), "BENCH_PATH": path, "BENCH_MODE": mode}
    # the load generator shares the machine's cores with the server: its CPU is stated beside the server's
    spent = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "locust", "-f", str(locustfile), "--headless", "-u", str(users),
                    "-r", str(users), "-t", f"{seconds}s", "-H", base, "--csv", str(prefix), "--only-summary"],
                   env=env, capture_output=True, text=True, timeout=seconds + 120)
    now = resource.getrusage(resource.RUSAGE_CHILDREN)  # only waited-for children count: locust, not the server
    generator = (now.ru_utime - spent.ru_utime) + (now.ru_stime - spent.ru_stime)
    import csv

    with open(f"{prefix}_stats.csv") as f:
        row = next((r for r in csv.DictReader(f) if r["Name"] == path), None)
    if row is None:  # not one request answered in the time given
        return {"rps": 0.0, "p50": float("nan"), "p95": float("nan"), "failures": 0, "requests": 0, "generator": generator}
    return {"rps": float(row["Requests/s"]), "p50": float(row["50%"]), "p95": float(row["95%"]),
            "failures": int(row["Failure Count"]), "requests": int(row["Request Count"]), "generator": generator}


# Serves an archive with the search page and its site as they were at a git revision (its
# fulltext.py and datasette/ folder), the rest of minutebook as installed: the "before" of a
# before/after comparison made in one run on the same machine.
BEFORE_LAUNCHER = '''
import asyncio, importlib.util, sys
from pathlib import Path
old, db, port = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
spec = importlib.util.spec_from_file_location("minutebook.fulltext", old / "src/minutebook/fulltext.py")
module = importlib.util.module_from_spec(spec)
sys.modules["minutebook.fulltext"] = module
spec.loader.exec_module(module)
import uvicorn
import minutebook.serve as serve
from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
serve.site_dir = lambda: old / "datasette"
ds = serve.make_datasette(public_path(db), public=True, public_files=files_dir(db), name=serve.archive_name(db))
asyncio.run(ds.invoke_startup())
uvicorn.run(ds.app(), host="127.0.0.1", port=port, log_level="warning")
'''


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server and its worker processes (Linux /proc; 0 elsewhere):
    per request, the figure that holds on a machine shared with other work."""
    try:
        children = open(f"/proc/{pid}/task/{pid}/children").read().split()
        total = 0.0
        for p in [pid, *map(int, children)]:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total
    except OSError:
        return 0.0


def _revision_site(rev: str, tmp: Path) -> Path:
    folder = tmp / f"site-{rev}"
    folder.mkdir(exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "datasette", "src/minutebook/fulltext.py"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _server(big: Path, port: int, before: Path | None, workers: int = 1) -> subprocess.Popen:
    if before is None:
        command = [sys.executable, "-m", "minutebook", "serve", "--db", str(big), "--port", str(port)]
        command += ["--workers", str(workers)]
    else:
        command = [sys.executable, "-c", BEFORE_LAUNCHER, str(before), str(big), str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def sql_limit(copy: str, words: list[str], mode: str, seconds: float = 3.0) -> float:
    """The limit beside the served figures: searches a second of one core (CPU time) for the
    search page's own SQL alone (fulltext.run on a plain read-only connection: candidates, bm25
    ranking, snippets of the 20 shown), no HTTP, no Datasette, no page; "cold" the 40 words
    again with the ranking kept, as the site keeps it; "new" two of the words in an order not
    asked before."""
    from minutebook.fulltext import RankingCache, Search, run

    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    cache = RankingCache() if mode == "cold" else None
    version = cache.version(copy) if cache else None
    pairs = [f"{a} {b}" for a in words for b in words if a != b]
    random.Random(11).shuffle(pairs)
    for word in words:  # what the site has kept by the time a "cold" run starts
        run(conn, Search(q=word), cache, copy if cache else None, version)
    done, started = 0, time.process_time()
    while time.process_time() - started < seconds and done < len(pairs):
        q = pairs[done] if mode == "new" else words[done % len(words)]
        run(conn, Search(q=q), cache, copy if cache else None, version)
        done += 1
    conn.close()
    return done / (time.process_time() - started)


def serve_figures(big: Path, tmp: Path, seconds: int, before_rev: str | None = None,
                  workers: tuple[int, ...] = (1,), only_pages: tuple[str, ...] = ()) -> None:
    """Load each page with locust (8 users, no wait) against `minutebook serve` on `big` (its
    public copy made already); with `before_rev`, the same pages first with that revision's search.
    Each page twice: "hot", the same 40 common words over and over (what the site's answer cache
    is for), and "cold", every request a query string never asked before (every answer computed,
    though a search's kept ranking serves the same words asked by another address); a search
    page also "new", every request two of the words in an order not asked before (a search never
    made: nothing kept serves it)."""
    import importlib.util

    from minutebook.ingest.publish import public_path

    if importlib.util.find_spec("locust") is None:  # --serve-archive comes here without bench_serve's check
        print('serving: skipped (pip install "minutebook[bench]" for locust)')
        return
    # what is picked must be in the copy that is served (a restricted person is not)
    db = sqlite3.connect(public_path(str(big)) if os.path.exists(public_path(str(big))) else big)
    # the person named most often: the page with the most to read
    person = db.execute("select person_id, count(*) from mentions where person_id in (select id from people) "
                        "group by 1 order by 2 desc limit 1").fetchone() \
        or db.execute("select id from people order by id limit 1").fetchone()
    body = db.execute("select body from meetings where body is not null group by body order by count(*) desc "
                      "limit 1").fetchone()
    # the 40 commonest stems that a search finds (a stem such as 'propos' may match nothing when searched)
    words = [w for w, in db.execute("select term from passages_fts_vocab where col = 'text' and length(term) > 4 "
                                    "order by cnt desc limit 60")
             if db.execute("select 1 from passages_fts where passages_fts match ? limit 1", [f'"{w}"']).fetchone()
             ][:40] if _has_vocab(db) else ["council", "meeting"]
    db.close()
    copy = public_path(str(big)) if os.path.exists(public_path(str(big))) else str(big)
    for mode in ("cold", "new"):
        rate = sql_limit(copy, words, mode)
        print(f"  limit, {mode}: the search's SQL alone (fulltext.run, plain connection, one process) "
              f"{rate:.0f} searches per CPU second, so {rate * (os.cpu_count() or 1):.0f}/s on {os.cpu_count()} idle cores "
              f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    name = big.stem
    paths = {"table search": f"/{name}/passages.json?_search={{word}}",
             "search page": "/search?q={word}",
             "search in one body": "/search?q={word}&body=" + urllib.parse.quote(body[0] if body else ""),
             "search_decisions": f"/{name}/search_decisions?q={{word}}",
             "overdue page": "/overdue",
             "person page": f"/person/{person[0] if person else 1}"}
    if only_pages:
        paths = {page: path for page, path in paths.items() if page in only_pages}
    # the after runs with each number of `serve --workers` asked for; the before in one process
    runs = [(f"after, {n} process{'es' if n > 1 else ''}" if len(workers) > 1 else "after", None, n) for n in workers]
    if before_rev:
        runs.insert(0, (f"before ({before_rev})", _revision_site(before_rev, tmp), 1))
    for label, site, processes in runs:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        launched = time.perf_counter()
        server = _server(big, port, site, processes)
        try:
            wait_for_port(port, 600)
            port_open = time.perf_counter() - launched
            wait_for(f"{base}/-/versions.json", 600)
            answered = time.perf_counter() - launched
            wait_for(f"{base}/search?q={words[0]}", 600)
            searched = time.perf_counter() - launched
            print(f"  {label}: serve start: port answering after {port_open:.2f} s, first answer after {answered:.2f} s, "
                  f"first search answered after {searched:.2f} s (load average {os.getloadavg()[0]:.1f})", flush=True)
            for page, path in paths.items():
                for mode in ("hot", "cold", "new") if "{word}" in path else ("hot", "cold"):
                    used = server_cpu(server.pid)
                    r = load(base, path, words, seconds, tmp, mode=mode)
                    cpu = (server_cpu(server.pid) - used) * 1000 / max(1, r["requests"])
                    # what the cores could answer at this CPU a request, locust's share (its start included) counted
                    ceiling = (os.cpu_count() or 1) * 1000 / max(1e-9, cpu + r["generator"] * 1000 / max(1, r["requests"]))
                    wait_for(f"{base}/{name}.json?sql=select+1", 600)  # requests left running end first
                    print(f"  {label:>6} {page:17} {mode:4} {r['rps']:6.1f} req/s, p50 {r['p50']:5.0f} ms, "
                          f"p95 {r['p95']:6.0f} ms, server CPU {cpu:5.1f} ms a request (ceiling of {os.cpu_count()} idle cores "
                          f"{ceiling:5.0f}/s), locust {r['generator']:4.1f} s of CPU in all, its start included "
                          f"({r['requests']} requests, {r['failures']} failed; "
                          f"load average {os.getloadavg()[0]:.1f}) {path}", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)


def bench_serve(source_db: Path, tmp: Path, passages: int, seconds: int, before_rev: str | None = None,
                workers: tuple[int, ...] = (1,)) -> None:
    import importlib.util

    if importlib.util.find_spec("locust") is None:  # not imported here: it monkey-patches the process
        print('serving: skipped (pip install "minutebook[bench]" for locust)')
        return
    big = tmp / "archive.db"
    started = time.perf_counter()
    print(f"serving: growing {source_db.name} to {passages:,} passages ...", flush=True)
    grow_archive(source_db, big, passages)
    n = sqlite3.connect(big).execute("select count(*) from passages").fetchone()[0]
    print(f"serving: generated archive of {n:,} passages ({big.stat().st_size / 1e6:.0f} MB) "
          f"in {time.perf_counter() - started:.0f} s")
    print(f"  public copy made at ingest: {publish(big):.0f} s")
    serve_figures(big, tmp, seconds, before_rev, workers)


def _has_vocab(db) -> bool:
    try:
        db.execute("create virtual table if not exists temp.passages_fts_vocab using fts5vocab(main, passages_fts, 'col')")
        db.execute("select 1 from passages_fts_vocab limit 1").fetchall()
        return True
    except sqlite3.Error:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=1_000_000, help="passages in the generated served archive")
    parser.add_argument("--seconds", type=int, default=20, help="seconds of load per served page")
    parser.add_argument("--skip-serve", action="store_true")
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--only-ocr", action="store_true", help="only the OCR figures")
    parser.add_argument("--serve-from", default=None, metavar="DB",
                        help="only the serving figures, growing this ingested archive")
    parser.add_argument("--serve-archive", default=None, metavar="DB",
                        help="only the serving figures, on this archive as it is (its public copy made already), "
                             "e.g. one made by benchmarks/bench_public.py")
    parser.add_argument("--before", default=None, metavar="REV",
                        help="also serve with the search page and site of this git revision, first, for a "
                             "before/after comparison in the same run")
    parser.add_argument("--keep", default=None, help="keep the databases in this folder")
    parser.add_argument("--serve-workers", default="1,2", type=lambda v: tuple(int(n) for n in v.split(",")),
                        help="worker processes of `minutebook serve`, each number in a run of its own (e.g. 1,2)")
    parser.add_argument("--pages", default=(), type=lambda v: tuple(p.strip() for p in v.split(",")),
                        help="only these served pages, e.g. 'search page,overdue page,person page'")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(args.keep or tmpdir)
        tmp.mkdir(exist_ok=True)
        if args.only_ocr:
            return bench_ocr(tmp)
        if args.serve_archive:
            return serve_figures(Path(args.serve_archive), tmp, args.seconds, args.before, args.serve_workers,
                                 args.pages)
        if args.serve_from:
            return bench_serve(Path(args.serve_from), tmp, args.passages, args.seconds, args.before, args.serve_workers)
        folder = tmp / "papers"
        folder.mkdir(exist_ok=True)
        files, where = make_archive(folder)
        pages, seconds = limit(files)
        best_limit = pages / seconds
        print(f"archive: {len(files)} PDFs, {pages} pages, from {where}")
        print(f"limit: pypdfium2 text of every page: {best_limit:.0f} pages/s "
              f"({LIMIT_PER_CPU[-1]:.0f} pages per CPU second)")

        clock = stage_clock()
        samples: list = []
        try:
            stage_pages, stage_words = parse_in_process(files)
            one = end_to_end(folder, tmp / "one.db", samples=samples)
        finally:
            clock.restore()
        rate = one.pages / one.seconds
        print(f"minutebook, 1 worker:  {rate:.1f} pages/s ({one.line()}); ratio to the limit {rate / best_limit:.3f}; "
              f"first paper stored after {one.first_paper:.1f} s (spaCy loaded on the way)")
        # parse stages timed in this process (ingest parses in worker processes); writing in the ingest
        per_page = {k: 1000 * v / max(1, stage_pages) for k, v in clock.seconds.items() if k != "write"}
        per_page["write"] = 1000 * clock.seconds.get("write", 0) / max(1, one.pages)
        tables, ocr_ = per_page.get("tables", 0), per_page.get("OCR", 0)
        read = per_page.get("read (incl. tables, OCR)", 0) - tables - ocr_
        print("  per page: " + ", ".join(f"{k} {v:.1f} ms" for k, v in (
            ("read", read), ("tables", tables), ("OCR", ocr_), ("structure", per_page.get("structure", 0)),
            ("extract", per_page.get("extract", 0)), ("write", per_page.get("write", 0)),
            ("merge people (per paper, in the writer)", 1000 * clock.seconds.get("merge (per paper)", 0) / max(1, one.pages)))))
        cpu = {k: 1000 * v / max(1, stage_pages) for k, v in clock.cpu.items()}
        print("  CPU per page of a worker's stages (one process): " + ", ".join(f"{k} {v:.1f} ms" for k, v in (
            ("read", cpu.get("read (incl. tables, OCR)", 0) - cpu.get("tables", 0) - cpu.get("OCR", 0)),
            ("tables", cpu.get("tables", 0)), ("structure", cpu.get("structure", 0)), ("extract", cpu.get("extract", 0)))))
        print(cpu_line(one, "1 worker"))
        extract_cpu = clock.cpu.get("extract", 0.0)
        print(f"  extraction on one core: {stage_words / max(extract_cpu, 1e-9):,.0f} words/s of CPU time "
              f"({stage_words} words in {extract_cpu:.2f} s; {stage_words / max(clock.seconds.get('extract', 0), 1e-9):,.0f} "
              f"words/s of wall time)")
        print("  memory (resident, main process) as papers go in: "
              + ", ".join(f"{k} papers {mb:.0f} MB" for k, mb in samples))

        started = time.perf_counter()
        again = ingest([str(folder)], str(tmp / "one.db"))
        per_paper = (time.perf_counter() - started) / max(1, len(files))
        print(f"unchanged re-ingest: {1000 * per_paper:.2f} ms a paper ({again.count('skipped')} skipped "
              f"of {len(files)}, resolve and open included)")

        two = end_to_end(folder, tmp / "two.db", workers=2)
        rate2 = two.pages / two.seconds
        print(f"minutebook, 2 workers: {rate2:.1f} pages/s; ratio to the limit {rate2 / best_limit:.3f}; "
              f"{rate2 / rate:.2f}x one worker; first paper stored after {two.first_paper:.1f} s")
        print(cpu_line(two, "2 workers"))
        print(wall_line(two, "2 workers"))
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"  workers' peak resident memory: {children:.0f} MB")
        try:
            import distributed  # noqa: F401

            dask = end_to_end(folder, tmp / "dask.db", cluster="local")
            rate3 = dask.pages / dask.seconds
            print(f"minutebook, Dask local cluster ({os.cpu_count()} workers, cluster start included): "
                  f"{rate3:.1f} pages/s; ratio to the limit {rate3 / best_limit:.3f}; first paper stored after "
                  f"{dask.first_paper:.1f} s (cluster start, each worker loading spaCy)")
            print(f"  CPU of the writer (this process): {1000 * dask.writer_cpu / max(1, dask.pages):.1f} ms a page "
                  f"(the Dask workers' CPU is not counted here)")
            same = _same_archive(tmp / "one.db", tmp / "dask.db")
            print(f"  same documents, meetings and facts as the plain ingest: {same}")
        except ImportError:
            print('Dask: skipped (pip install "minutebook[cluster]")')

        pages2, seconds2 = limit(files)
        print(f"limit again at the end: {pages2 / seconds2:.0f} pages/s")
        if not args.skip_ocr:
            bench_ocr(tmp)
        if not args.skip_serve:
            bench_serve(tmp / "one.db", tmp, args.passages, args.seconds, workers=args.serve_workers)


def _same_archive(a: Path, b: Path) -> str:
    """Every table compared row for row, ids replaced by what they point to (compare_archives.py)."""
    rows = compare(str(a), str(b))
    differ = [f"{table} ({only_a} and {only_b} rows of {rows_a})" for table, rows_a, _, only_a, only_b in rows
              if only_a or only_b]
    total = sum(r[1] for r in rows)
    return (f"yes, every table row for row ({len(rows)} tables, {total} rows)" if not differ
            else "NO, differ in " + ", ".join(differ))


if __name__ == "__main__":
    main()
