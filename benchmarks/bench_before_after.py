"""End-to-end ingest of real papers with an older revision and with this tree, alternated in one
run, so that a before/after comparison holds on a busy machine (not a test: figures inform).

    python benchmarks/bench_before_after.py REV [--rounds 1] [--workers 1,2]

The archive is bench_real's: every born-digital PDF of ../shared/real and ../shared/wild (the
bundled corpus without them). REV is built once into a temporary folder (pip install --no-deps
--target) and put first on PYTHONPATH, so it runs with this environment's libraries. Each ingest
runs in a fresh process into a fresh database; printed per ingest: pages/s (wall), CPU per page
of the writer and of the workers (the figure to trust when other jobs share the cores), and the
load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_real import make_archive

ROOT = Path(__file__).resolve().parent.parent

ONE_INGEST = """
import json, os, sys, time
from minutebook.ingest.pipeline import ingest
folder, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
started, before = time.perf_counter(), os.times()
summary = ingest([folder], db, workers=workers)
after = os.times()
print(json.dumps({"pages": summary.pages, "wall": time.perf_counter() - started,
                  "writer": after.user + after.system - before.user - before.system,
                  "workers": after.children_user + after.children_system - before.children_user - before.children_system,
                  "load": os.getloadavg()[0]}))
"""


def build(rev: str, tmp: Path) -> Path:
    tree, site = tmp / f"tree-{rev}", tmp / f"site-{rev}"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(tree)],
                   check=True, capture_output=True)
    return site


def one(folder: Path, db: Path, workers: int, site: Path | None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(site) if site else ""}
    # run outside the source tree, so that `site` (or the installed minutebook) is what imports
    out = subprocess.run([sys.executable, "-c", ONE_INGEST, str(folder), str(db), str(workers)], env=env,
                         cwd=db.parent, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"ingest failed ({'before' if site else 'after'}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev", help="the 'before' git revision")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        folder = tmp / "papers"
        folder.mkdir()
        files, where = make_archive(folder)
        print(f"archive: {len(files)} PDFs from {where}; before = {args.rev}, after = this tree; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start", flush=True)
        site = build(args.rev, tmp)
        for n in range(args.rounds):
            for workers in (int(w) for w in args.workers.split(",")):
                for label, where_from in (("before", site), ("after", None)):
                    r = one(folder, tmp / f"{label}-{workers}-{n}.db", workers, where_from)
                    cpu = r["writer"] + r["workers"]
                    print(f"round {n + 1} {label:6} {workers} worker(s): {r['pages'] / r['wall']:.1f} pages/s "
                          f"({r['pages']} pages in {r['wall']:.0f} s); CPU {1000 * cpu / r['pages']:.1f} ms a page "
                          f"(writer {1000 * r['writer'] / r['pages']:.1f}, workers {1000 * r['workers'] / r['pages']:.1f}); "
                          f"load average {r['load']:.1f}", flush=True)


if __name__ == "__main__":
    main()
