"""Per-document evaluation of the sentence model on sources it never saw, through `minutebook
ingest` and `minutebook eval`, rules only against rules + model.

    python training/train_sentences.py --lobo --save-folds /tmp/folds   # one model per held-out source
    python training/evaluate_lobo.py /tmp/folds [--ocr-cache ARCHIVE.db.ocr-cache]

For each source with gold, its gold papers are ingested twice into fresh databases, once with
MINUTEBOOK_SENTENCE_MODEL=off and once with the model trained without that source, and both are
scored against ../shared/gold. Prints actions and owners P/R/F1 per document, per source and in
total, for both."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sentence_data import body_of, paper_files  # noqa: E402
from train_sentences import ROOT, default_labels, find_shared, gold_by_stem  # noqa: E402

FACETS = ("actions", "owners", "decisions")


def run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutebook", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=3600)


def scores_for(files: list[str], setting: str, gold_dirs: list[Path], tmp: Path, ocr_cache: str | None,
               add_at: float | None = None) -> dict:
    db = tmp / f"{abs(hash((setting, tuple(files), add_at)))}.db"
    if ocr_cache:
        shutil.copy(ocr_cache, f"{db}.ocr-cache")
    env = {"MINUTEBOOK_SENTENCE_MODEL": setting}
    if add_at is not None:
        env["MINUTEBOOK_SENTENCE_ADD_AT"] = str(add_at)
    done = run(["ingest", *files, "--db", str(db), "--max-seconds", "900"], env)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr[-2000:]}")
    documents = {}
    for gold_dir in gold_dirs:  # ../shared/gold and the development labels: the papers of this db only
        out = run(["eval", str(gold_dir), "--db", str(db), "--json"], env)
        documents |= {d: s for d, s in json.loads(out.stdout)["documents"].items() if not s.get("missing")}
    return documents


def prf(tp: int, fp: int, fn: int, ptp: int) -> tuple[float, float, float]:
    p = ptp / (ptp + fp) if ptp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(s: dict | None) -> str:
    if not s:
        return "   -    -    -"
    p, r, f = prf(s["tp"], s["fp"], s["fn"], s.get("precision_tp", s["tp"]))
    return f"{100 * p:4.0f} {100 * r:4.0f} {100 * f:4.0f}"


def add(total: dict, s: dict | None) -> None:
    for k in ("tp", "fp", "fn"):
        total[k] = total.get(k, 0) + (s or {}).get(k, 0)
    total["precision_tp"] = total.get("precision_tp", 0) + (s or {}).get("precision_tp", (s or {}).get("tp", 0))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folds", help="folder of models, one per held-out source (train_sentences.py --save-folds)")
    ap.add_argument("--shared")
    ap.add_argument("--labels", nargs="*", help="folders of development labels also used as gold "
                    "(default: ../labels*/dev beside the repository)")
    ap.add_argument("--ocr-cache")
    ap.add_argument("--add-at", type=float, help="the model's bar (default: sentence_actions.ADD_AT)")
    ap.add_argument("--sources", nargs="*", help="only these held-out sources (default: every fold)")
    args = ap.parse_args(argv)
    shared = Path(args.shared) if args.shared else find_shared()
    if shared is None:
        raise SystemExit("no ../shared: the held-out evaluation needs its gold")
    labels = default_labels() if args.labels is None else args.labels
    gold = gold_by_stem(shared, labels)
    gold_dirs = [shared / "gold", *map(Path, labels)]
    # paper_files leaves the held-out bodies' papers out (sentence_data.HELD_OUT_PREFIXES)
    files = [f for f in paper_files([str(ROOT / "corpus")] + [str(shared / s) for s in ("real", "series", "wild")])
             if Path(f).stem in gold]
    totals = {s: {f: {} for f in FACETS} for s in ("off", "on")}
    print(f"{'document':46} {'facet':9} {'rules P R F1':>15} {'+model P R F1':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        for fold in sorted(Path(args.folds).iterdir()):
            mine = [f for f in files if body_of(f) == fold.name]
            if not mine or (args.sources and fold.name not in args.sources):
                continue
            off = scores_for(mine, "off", gold_dirs, Path(tmp), args.ocr_cache)
            on = scores_for(mine, str(fold), gold_dirs, Path(tmp), args.ocr_cache, args.add_at)
            body = {s: {f: {} for f in FACETS} for s in ("off", "on")}
            for doc in sorted(off):
                for facet in FACETS:
                    a, b = off[doc].get(facet), on.get(doc, {}).get(facet)
                    if not any((x or {}).get(k) for x in (a, b) for k in ("tp", "fp", "fn")):
                        continue  # nothing to score in this paper for this facet
                    add(body["off"][facet], a)
                    add(body["on"][facet], b)
                    add(totals["off"][facet], a)
                    add(totals["on"][facet], b)
                    mark = "" if fmt(a) == fmt(b) else "  <- changed"
                    print(f"{doc[:46]:46} {facet:9} {fmt(a):>15} {fmt(b):>15}{mark}")
            for facet in FACETS:
                print(f"{'source ' + fold.name:46} {facet:9} {fmt(body['off'][facet]):>15} {fmt(body['on'][facet]):>15}")
            print(flush=True)
    for facet in FACETS:
        print(f"{'ALL held-out sources':46} {facet:9} {fmt(totals['off'][facet]):>15} {fmt(totals['on'][facet]):>15}")


if __name__ == "__main__":
    main()
