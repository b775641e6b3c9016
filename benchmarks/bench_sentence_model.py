"""Extraction speed with and without the trained sentence classifier, words/s on one core.

    python benchmarks/bench_sentence_model.py [--rounds 3]  (rounds: off and on alternate, the best of each is printed)

Reads real born-digital papers from ../shared/real (the bundled corpus when it is absent) once,
then times extract_document over them with the model off and on, in the same run, and prints
both figures and the classifier alone (its share of the cost)."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from minutebook.extract import sentence_model
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure
from minutebook.serve import corpus_dir

SHARED = Path(__file__).resolve().parents[2] / "shared" / "real"


def paper_sets() -> dict[str, list[str]]:
    sets = {"bundled corpus": sorted(str(p) for p in corpus_dir().iterdir() if p.suffix in (".pdf", ".html"))}
    if SHARED.is_dir():
        sets["../shared/real"] = sorted(str(p) for p in SHARED.iterdir() if p.suffix.lower() in (".pdf", ".html"))
    return sets


def timed_extraction(loaded, rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for doc, structure in loaded:
            extract_document(doc, structure)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    for name, paths in paper_sets().items():
        print(f"== {name}")
        measure(paths, args.rounds)


def measure(paths: list[str], rounds: int) -> None:
    loaded = []
    for path in paths:
        try:
            doc = read_document(path, ocr=False)
        except Exception:
            continue
        loaded.append((doc, find_structure(doc)))
    words = sum(len(d.text.split()) for d, _ in loaded) * rounds
    print(f"{len(loaded)} papers, {words // rounds:,} words, one core")
    # off and on alternate, best round of each: on a shared machine the load changes between runs
    best = {"off": float("inf"), "on": float("inf")}
    for setting in best:
        os.environ[sentence_model.ENV] = setting
        extract_document(*loaded[0])  # load pipelines outside the timing
    for _ in range(rounds):
        for setting in best:
            os.environ[sentence_model.ENV] = setting
            best[setting] = min(best[setting], timed_extraction(loaded, 1))
    words //= rounds
    figures = {setting: words / seconds for setting, seconds in best.items()}
    for setting, rate in figures.items():
        print(f"all extraction, sentence model {setting:3}: {rate:,.0f} words/s (best of {rounds})")
    os.environ[sentence_model.ENV] = "on"
    texts = [p.text for _, s in loaded for p in s.passages]
    started = time.perf_counter()
    sentence_model.score(texts)
    seconds = time.perf_counter() - started
    print(f"the classifier alone over every passage: {words / seconds:,.0f} words/s")
    print(f"cost of the model: {100 * (1 - figures['on'] / figures['off']):.1f}% of extraction speed")


if __name__ == "__main__":
    main()
