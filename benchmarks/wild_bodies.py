"""How often the body of a wild paper's meeting is the body the paper belongs to, per source.

../shared/wild/SOURCES.md names each wild file's body (its "body" column, written by the person who
collected the files). This script only MEASURES against it: nothing in the project reads it. For every
paper of a built archive of the wild corpus that has a meeting, the meeting's body is compared with
that column:

- exact: the same words once case, accents, punctuation, 'and'/'&', possessives and a bracketed note
  ('Ayton Community Council (Scottish Borders)') are set aside;
- same name: the same set of words once the meeting's qualifiers are set aside too (annual, AGM,
  extraordinary, meeting, Ltd: 'Suffolk's Libraries IPS Ltd' is 'Suffolk Libraries IPS AGM');
- wrong: anything else, listed with both names ('Cabinet' for 'Kent County Council - Cabinet',
  'Committee' for 'North of Tyne Local Pharmaceutical Committee').

SOURCES.md's names are descriptions as much as names ('Beverly Hills commission', 'Duarte (CA) -
agenda'), so a few papers are wrong here by the column's wording: the per-file listing shows which.

    python benchmarks/wild_bodies.py --db /work/base9/wild.db [--before OTHER_WILD_DB]

Without ../shared/wild/SOURCES.md it says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "wild" / "SOURCES.md"
QUALIFIERS = {"annual", "agm", "extraordinary", "special", "general", "meeting", "meetings", "ltd", "limited",
              "closed", "minutes", "agenda"}


def source_bodies(path: Path) -> dict[str, str]:
    """File name -> the body SOURCES.md gives it."""
    bodies = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 7 and cells[1].isdigit():
            bodies[cells[2].strip("`")] = cells[6]
    return bodies


def words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", (name or "").replace("’", "'")).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\([^)]*\)", " ", text).replace("&", " and ")
    text = re.sub(r"'s\b", "", text)
    return [w for w in re.findall(r"[a-z0-9#]+", text) if w not in {"the", "and", "of"}]


def verdict(ours: str | None, theirs: str) -> str:
    if not ours:
        return "no meeting"
    a, b = words(ours), words(theirs)
    if a == b:
        return "exact"
    if set(a) - QUALIFIERS == set(b) - QUALIFIERS:
        return "same name"
    return "wrong"


def meeting_bodies(db_path: str) -> dict[str, str | None]:
    """File name -> the body of the paper's first meeting (None: the paper has none)."""
    db = sqlite3.connect(db_path)
    found: dict[str, str | None] = {}
    rows = db.execute("select d.filename, m.body from documents d left join meeting_documents md on md.document_id = d.id "
                      "left join meetings m on m.id = md.meeting_id order by d.filename, md.rowid")
    for filename, body in rows:
        found.setdefault(filename, body)
    return found


def tally(db_path: str, truth: dict[str, str]) -> tuple[dict, dict]:
    ours = meeting_bodies(db_path)
    per_source: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_file = {}
    for filename, body in sorted(truth.items()):
        tag = filename.split("_", 1)[0]
        v = verdict(ours.get(filename), body)
        per_source[tag][v] += 1
        per_file[filename] = (v, ours.get(filename), body)
    return per_source, per_file


def share(counts: dict[str, int]) -> str:
    met = sum(n for v, n in counts.items() if v != "no meeting")
    right = counts.get("exact", 0) + counts.get("same name", 0)
    return f"{right}/{met}" + (f" ({100 * right / met:.0f}%)" if met else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="an archive built from ../shared/wild")
    parser.add_argument("--before", help="another such archive, to print its figures beside")
    args = parser.parse_args()
    if not SOURCES.exists():
        print(f"skipped: {SOURCES} is absent (the wild corpus lives beside the repository)")
        return 0
    truth = source_bodies(SOURCES)
    after, files = tally(args.db, truth)
    before, old_files = tally(args.before, truth) if args.before else ({}, {})
    print("bodies right (exact or same name) of the papers with a meeting, per source")
    print(f"{'source':8} {'before':>14} {'after':>14}  no meeting")
    total_before, total_after = defaultdict(int), defaultdict(int)
    for tag in sorted(after):
        for v, n in after[tag].items():
            total_after[v] += n
        for v, n in before.get(tag, {}).items():
            total_before[v] += n
        print(f"{tag:8} {share(before[tag]) if tag in before else '':>14} {share(after[tag]):>14}  "
              f"{after[tag].get('no meeting', 0)}")
    print(f"{'all':8} {share(total_before) if before else '':>14} {share(total_after):>14}  "
          f"{total_after.get('no meeting', 0)}")
    print("\nwrong (ours | SOURCES.md)" + (" — and what changed" if before else ""))
    for filename, (v, ours, theirs) in files.items():
        old = old_files.get(filename)
        if v == "wrong" or (old and old[1] != ours):
            was = f"   was: {old[1]} [{old[0]}]" if old and old[1] != ours else ""
            print(f"  {v:10} {filename}: {ours} | {theirs}{was}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
