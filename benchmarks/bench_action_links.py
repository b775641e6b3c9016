"""What relinking a body's actions costs as its archive grows. Linking is a function of all of a
body's papers (the weight of a word is how rare it is across them), so a new paper relinks its
whole body; this prints what that costs for bodies of 12 to 96 meetings of generated minutes
(ten actions a meeting, matters arising on the last meeting's), against the time the paper
itself takes to ingest.

    python benchmarks/bench_action_links.py [--meetings 12 24 48 96] [--dir /tmp/bench-links]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from minutebook.ingest.pipeline import ingest  # noqa: E402
from minutebook.ingest.store_action_links import link_body  # noqa: E402

PEOPLE = [("Sarah Jones", "SJ"), ("Mark Evans", "ME"), ("Ruth Patel", "RP"), ("Tom Baker", "TB"), ("Ann Lee", "AL")]
VERBS = ["obtain quotes for", "write to the council about", "arrange", "order", "contact the borough about",
         "draft a plan for", "book", "investigate"]
THINGS = ["the garden benches", "the broken gate", "the summer fair", "new planters", "the noticeboard",
          "the car park lighting", "the newsletter", "the reading garden", "the church hall", "the website",
          "the bus shelter", "the defibrillator", "the litter bins", "the footpath", "the village sign"]
NEWS = ["has been completed", "is still in progress", "was carried forward", "had been ordered", "was deferred"]


def paper(n: int, day: dt.date, rng: random.Random, previous: list[tuple[str, str]]) -> tuple[str, list]:
    present = ", ".join(f"{name} ({initials})" for name, initials in PEOPLE)
    lines = [f"Minutes of the Oakbridge Friends Group meeting held on {day:%d %B %Y}", "", f"Present: {present}", "",
             "1. Minutes of the previous meeting", "", "The minutes were agreed as a true record.", "",
             "2. Matters arising", ""]
    for i, (thing, _) in enumerate(previous[:6], 1):
        lines += [f"2.{i} The work on {thing} {rng.choice(NEWS)}.", ""]
    actions = []
    for i in range(10):
        name, initials = rng.choice(PEOPLE)
        thing = f"{rng.choice(THINGS)} ({n}-{i})" if rng.random() < 0.3 else rng.choice(THINGS)
        lines += [f"{i + 3}. Item {i + 3}", "", f"{i + 3}.1 {name.split()[0]} will {rng.choice(VERBS)} {thing}.", "",
                  f"ACTION: {initials}", ""]
        actions.append((thing, initials))
    return "\n".join(lines), actions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, nargs="+", default=[12, 24, 48, 96])
    parser.add_argument("--dir", default="/tmp/bench-links")
    args = parser.parse_args()
    print(f"{'meetings':>8} {'actions':>8} {'sightings':>9} {'relink s':>9} {'ingest last paper s':>20}")
    for count in args.meetings:
        root = Path(args.dir) / str(count)
        shutil.rmtree(root, ignore_errors=True)
        (root / "papers").mkdir(parents=True)
        rng, previous, day = random.Random(count), [], dt.date(2015, 1, 6)
        for n in range(count):
            text, previous = paper(n, day, rng, previous)
            (root / "papers" / f"oakbridge-{day.isoformat()}.txt").write_text(text, encoding="utf-8")
            day += dt.timedelta(days=28)
        papers = sorted((root / "papers").glob("*.txt"))
        db_path = root / "links.db"
        ingest([str(p) for p in papers[:-1]], str(db_path))
        start = time.perf_counter()
        ingest([str(papers[-1])], str(db_path))  # the newest paper: the common case
        last_paper = time.perf_counter() - start
        db = sqlite_utils.Database(db_path)
        key = db.execute("select body_key from meetings group by body_key order by count(*) desc limit 1").fetchone()[0]
        start = time.perf_counter()
        link_body(db, key)
        relink = time.perf_counter() - start
        actions = db.execute("select count(*) from actions").fetchone()[0]
        sightings = db.execute("select count(*) from action_history").fetchone()[0]
        print(f"{count:>8} {actions:>8} {sightings:>9} {relink:>9.2f} {last_paper:>20.2f}")


if __name__ == "__main__":
    main()
