"""Speed and memory of ingest, printed as figures (not a test: timings flake, figures inform).

    python benchmarks/bench_ingest.py [--copies 30] [--workers 1]

1. parse: read + structure every corpus file, pages/s on one core;
2. extract: the default spaCy pipeline over the corpus text, words/s on one core;
3. end to end: `ingest` of a generated archive (copies of the corpus made distinct), pages/s,
   with the process's resident memory sampled as documents go in: it should stay flat.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from minutebook.ingest.pipeline import ingest, iter_files
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure
from minutebook.serve import corpus_dir


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def bench_parse(files: list[str], rounds: int = 3) -> None:
    pages, started = 0, time.perf_counter()
    for _ in range(rounds):
        for path in files:
            doc = read_document(path)
            find_structure(doc)
            pages += len(doc.pages)
    seconds = time.perf_counter() - started
    print(f"parse (read + structure), one core: {pages} pages in {seconds:.2f}s = {pages / seconds:.0f} pages/s")


def bench_extract(files: list[str], rounds: int = 3) -> None:
    try:
        from minutebook.extract.run import extract_document
    except ImportError:
        print("extract: not available")
        return
    from minutebook.extract.nlp import load_pipeline

    docs = [read_document(p) for p in files]
    structures = [find_structure(d) for d in docs]
    extract_document(docs[0], structures[0])  # load the pipeline outside the timing
    words = sum(len(d.text.split()) for d in docs) * rounds
    nlp = load_pipeline()
    texts = [p.text for s in structures for p in s.passages]
    started = time.perf_counter()
    for _ in range(rounds):
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
    seconds = time.perf_counter() - started
    print(f"spaCy default pipeline (tokenizer, minutes_sentencizer, person_matcher), one core: "
          f"{words / seconds:,.0f} words/s")
    started = time.perf_counter()
    for _ in range(rounds):
        for doc, structure in zip(docs, structures):
            extract_document(doc, structure)
    seconds = time.perf_counter() - started
    print(f"all extraction (pipeline + every extractor), one core: {words} words in {seconds:.2f}s = "
          f"{words / seconds:,.0f} words/s")


def make_archive(folder: Path, copies: int) -> int:
    n = 0
    for c in range(copies):
        for path in corpus_dir().iterdir():
            if path.suffix not in (".pdf", ".html"):
                continue
            target = folder / f"{c:04d}-{path.name}"
            shutil.copy(path, target)
            with open(target, "ab") as f:  # distinct bytes, so nothing is skipped as a duplicate
                f.write(f"\n<!-- copy {c} -->\n".encode() if path.suffix == ".html" else f"\n% copy {c}\n".encode())
            n += 1
    return n


def bench_end_to_end(copies: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        n = make_archive(folder, copies)
        db = Path(tmp) / "bench.db"
        samples: list[tuple[int, float]] = []

        def sample(outcome):
            done = len(samples_seen) + 1
            samples_seen.append(outcome)
            if done in checkpoints:
                samples.append((done, rss_mb()))

        samples_seen: list = []
        checkpoints = {max(1, n // 10), n // 4, n // 2, (3 * n) // 4, n}
        summary = ingest([str(folder)], str(db), workers=workers, on_outcome=sample)
        print(f"end to end ({workers} worker{'s' if workers > 1 else ''}), {n} documents: {summary.line()}")
        print("  memory (resident, main process) as documents go in: "
              + ", ".join(f"{k} docs {mb:.0f} MB" for k, mb in samples))
        print(f"  database size: {os.path.getsize(db) / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=30, help="copies of the corpus in the generated archive")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    files = list(iter_files([str(corpus_dir())]))
    print(f"corpus: {len(files)} files in {corpus_dir()}")
    bench_parse(files)
    bench_extract(files)
    bench_end_to_end(args.copies, args.workers)


if __name__ == "__main__":
    main()
