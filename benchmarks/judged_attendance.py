"""Score "attendance exactly right" on judged samples of wild minutes.

The judges of earlier sessions drew 30 minutes each (random.Random(seed).sample of the ids of
documents of kind 'minutes', ordered by id) and wrote down which papers' attendance was wrong and
how. This script turns that into a repeatable measure: the expected list of a paper is the
judged-right list of a reference archive (``--base``) unless ``--expected`` (a JSON file kept
outside the repository) gives the whole list, or additions to the reference list (``"_base":
true``). A paper is exactly right when every expected name is stored with an accepted status and
nothing else is stored.

    python benchmarks/judged_attendance.py --db /tmp/x-wild.db --base /work/base7/wild.db \\
        --expected /tmp/attend10/corrections.json --seeds 91 131 --skip govan_

Names are compared loosely, as a reader would: titles dropped, a surname alone or initials
match the full name of the same surname ("Mr T Bond" is "T Bond").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3

TITLES = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "sir", "prof", "county", "borough",
          "district", "cc", "bc"}


def _tokens(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s.]+", name.lower()) if w]
    return [w for w in words if w not in TITLES]


def same_person(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    ga, gb = ta[:-1], tb[:-1]
    if not ga or not gb:
        return True
    return ga[0][0] == gb[0][0]


def stored(db: sqlite3.Connection, filename: str) -> list[tuple[str, str]]:
    return sorted(set(db.execute(
        "SELECT a.name, a.status FROM attendance a JOIN documents d ON d.id = a.document_id "
        "WHERE d.filename = ?", (filename,)).fetchall()))


def expected_for(filename: str, base: sqlite3.Connection, corrections: dict) -> dict[str, list[str]]:
    entry = corrections.get(filename)
    if entry is None or entry.get("_base"):
        exp = {}
        for name, status in stored(base, filename):
            exp.setdefault(name, []).append(status)
        for name, statuses in (entry or {}).items():
            if name.startswith("_"):
                continue
            for known in [k for k in exp if same_person(k, name)]:
                del exp[known]
            exp[name] = statuses
        return exp
    return {k: v for k, v in entry.items() if not k.startswith("_")}


def score(filename: str, got: list[tuple[str, str]], exp: dict[str, list[str]]) -> list[str]:
    errors = []
    matched = set()
    exact = {n.lower() for n in exp}
    for name, statuses in exp.items():
        # A stored name spelt as another expected name is that one's ("Meade" and "J Meade").
        hits = [(n, s) for n, s in got if n.lower() == name.lower()] or [
            (n, s) for n, s in got if same_person(n, name) and n.lower() not in exact]
        matched.update(hits)
        good = [h for h in hits if h[1] in statuses]
        if not good and "-" not in statuses:
            errors.append(f"missed {name} ({'/'.join(statuses)})" + (
                f", stored as {', '.join(s for _, s in hits)}" if hits else ""))
        for n, s in hits:
            if s not in statuses:
                if good:
                    errors.append(f"also stored {n} as {s}")
                elif "-" in statuses:
                    errors.append(f"{n} stored as {s}")
    for n, s in got:
        if (n, s) not in matched:
            errors.append(f"extra {n} ({s})")
    return errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--base", required=True, help="reference archive the samples were drawn from")
    ap.add_argument("--expected", required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[91, 131])
    ap.add_argument("--skip", nargs="*", default=[], help="filename prefixes left out (held-out bodies)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    base = sqlite3.connect(args.base)
    db = sqlite3.connect(args.db)
    corrections = json.load(open(args.expected))
    ids = base.execute("SELECT id, filename FROM documents WHERE kind = 'minutes' ORDER BY id").fetchall()
    names = dict(ids)
    for seed in args.seeds:
        sample = [names[i] for i in random.Random(seed).sample([i for i, _ in ids], 30)]
        sample = [f for f in sample if not any(f.startswith(p) for p in args.skip)]
        right = 0
        for filename in sorted(sample):
            errors = score(filename, stored(db, filename), expected_for(filename, base, corrections))
            right += not errors
            if errors or args.verbose:
                print(f"  [{seed}] {filename}: " + ("; ".join(errors) if errors else "right"))
        print(f"seed {seed}: attendance exactly right on {right} / {len(sample)}")


if __name__ == "__main__":
    main()
