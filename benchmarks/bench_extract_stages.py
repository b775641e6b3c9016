"""Fact extraction by stage: each extractor's CPU added up over every paper (not a test: figures inform).

    python benchmarks/bench_extract_stages.py [FOLDER ...]

Reads and structures every paper of the folders first (default: the bundled corpus and ../shared/real, series
and wild; scans from the session baselines' OCR caches when present, as benchmarks/facts_identity.py does), then
runs `extract_document` over all of them with each stage that extract/run.py calls timed in CPU (spaCy's pipe
being one stage), and prints the stages by cost, the whole, and words per CPU second. Run it with each tree's
environment (PYTHONPATH), taking turns, to compare two trees stage by stage.
"""

from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from facts_identity import ROOT, SHARED, papers

STAGES = {
    "people_facts": ("membership", "contacts_and_presenters", "listed_people", "prose_people"),
    "attendance_facts": ("attendance", "attendance_in_head_lines", "presenters_in_attendance", "resolve_attendance"),
    "people_columns": ("column_people",), "action_facts": ("actions",), "decision_facts": ("decisions",),
    "statistic_facts": ("statistics",), "acronym_facts": ("acronyms",),
}


def read_all(folders: list[Path]) -> list:
    from minutebook.ingest.pipeline import find_structure, read_document

    parsed = []
    for _, path in papers(folders):
        try:
            doc = read_document(path)
            parsed.append((doc, find_structure(doc)))
        except Exception:  # noqa: BLE001 - unreadable here: the same for every tree
            pass
    return parsed


def main() -> None:
    from minutebook.extract import run
    from minutebook.extract.nlp import load_pipeline

    folders = [Path(f) for f in sys.argv[1:]] or [ROOT / "corpus"] + [SHARED / d for d in ("real", "series", "wild")]
    parsed = read_all([f for f in folders if f.is_dir()])
    spent: dict[str, float] = defaultdict(float)

    def timed(name, f):
        def stage(*args, **kwargs):
            started = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started
        return stage

    for module_name, names in STAGES.items():
        module = getattr(run, module_name)
        for name in names:
            setattr(module, name, timed(name, getattr(module, name)))
    for name in ("keep_people", "initials_defined", "PaperWords"):
        setattr(run, name, timed(name, getattr(run, name)))
    nlp = load_pipeline(None)
    plain_pipe = nlp.pipe
    nlp.pipe = lambda *a, **k: iter(timed("spaCy (tokenizer, sentences, person matcher)",
                                          lambda: list(plain_pipe(*a, **k)))())
    words = sum(len(p.text.split()) for _, s in parsed for p in s.passages)
    started = time.process_time()
    for doc, structure in parsed:
        run.extract_document(doc, structure)
    cpu = time.process_time() - started
    nlp.pipe = plain_pipe
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:46s} {seconds:6.2f} s")
    print(f"whole extraction: {cpu:.2f} s of CPU for {len(parsed)} papers, {words} words: {words / cpu:.0f} words/s; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
