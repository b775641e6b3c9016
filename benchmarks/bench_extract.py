"""Fact extraction alone, on one core, in words per second: this tree beside an older revision,
alternated in one run so that the comparison holds on a busy machine (not a test: figures inform).

    python benchmarks/bench_extract.py [REV] [--rounds 3] [--every-file]

The papers are bench_real's archive (the born-digital PDFs of ../shared/real and ../shared/wild;
the bundled corpus without them); --every-file takes every paper of those folders instead (HTML,
DOCX, Markdown and scans with their OCR cache too), for the identity check over more kinds of paper.
Each side runs in a fresh process: it reads and structures every paper first (not timed), then
times `extract_document` over all of them with CPU time, and prints words/s (words of the papers'
passages per CPU second), ms per page, and a digest of every fact extracted. A speed change that
alters any fact shows as a different digest, and the first paper that differs is named.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_before_after import build
from bench_real import SHARED, make_archive

ONE_RUN = r"""
import hashlib, json, os, sys, time
from minutebook.ingest.pipeline import find_structure, read_document
from minutebook.extract.nlp import load_pipeline
from minutebook.extract.run import extract_document
files = json.loads(sys.argv[1])
parsed = []
for path in files:
    try:
        doc = read_document(path, ocr=False)
        parsed.append((path, doc, find_structure(doc)))
    except Exception as e:
        pass  # unreadable here: the same on both sides
load_pipeline(None)
words = sum(len(p.text.split()) for _, _, s in parsed for p in s.passages)
pages = sum(len(d.pages) for _, d, _ in parsed)
digests = {}
started = time.process_time()
for path, doc, structure in parsed:
    facts = extract_document(doc, structure)
    digests[os.path.basename(path)] = hashlib.sha256(json.dumps(facts, sort_keys=True, default=repr).encode()).hexdigest()
cpu = time.process_time() - started
print(json.dumps({"papers": len(parsed), "words": words, "pages": pages, "cpu": cpu, "digests": digests,
                  "load": os.getloadavg()[0]}))
"""


def papers(every_file: bool, tmp: Path) -> tuple[list[str], str]:
    if every_file and SHARED.is_dir():
        chosen = [str(p) for d in (SHARED / "real", SHARED / "wild") if d.is_dir() for p in sorted(d.iterdir())
                  if p.is_file()]
        return chosen, "every paper of ../shared/real + ../shared/wild"
    folder = tmp / "papers"
    folder.mkdir()
    files, where = make_archive(folder)
    return [str(f) for f in files], where


def one(files: list[str], site: Path | None, cwd: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(site) if site else ""}
    out = subprocess.run([sys.executable, "-c", ONE_RUN, json.dumps(files)], env=env, cwd=cwd, capture_output=True,
                         text=True)
    if out.returncode:
        raise SystemExit(f"extraction failed ({'before' if site else 'after'}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev", nargs="?", help="the 'before' git revision, or a folder an older tree is installed in "
                                               "(none: this tree alone)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every-file", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        files, where = papers(args.every_file, tmp)
        print(f"papers: {len(files)} from {where}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
              f"at the start", flush=True)
        sides = [("after", None)]
        if args.rev:
            # a revision, or a folder where an older tree is installed already (pip install --target)
            site = Path(args.rev) if Path(args.rev).is_dir() else build(args.rev, tmp)
            sides = [("before", site), ("after", None)]
        best: dict[str, dict] = {}
        for n in range(args.rounds):
            for label, site in sides:
                r = one(files, site, tmp)
                print(f"  round {n + 1} {label:6s}: {r['words'] / r['cpu']:8.0f} words/s, "
                      f"{1000 * r['cpu'] / r['pages']:5.1f} ms a page (CPU {r['cpu']:.2f} s for {r['words']} words, "
                      f"{r['pages']} pages, {r['papers']} papers), load {r['load']:.1f}", flush=True)
                if label not in best or r["cpu"] < best[label]["cpu"]:
                    best[label] = r
        for label, r in best.items():
            print(f"best {label}: {r['words'] / r['cpu']:.0f} words/s on one core, {1000 * r['cpu'] / r['pages']:.1f} ms a page")
        if "before" in best:
            a, b = best["before"], best["after"]
            print(f"after / before: {a['cpu'] / b['cpu']:.2f}x")
            differ = sorted(k for k in a["digests"].keys() | b["digests"].keys()
                            if a["digests"].get(k) != b["digests"].get(k))
            print("facts identical in every paper: yes" if not differ else
                  f"facts DIFFER in {len(differ)} papers, first: {', '.join(differ[:5])}")


if __name__ == "__main__":
    main()
