"""Audit the precision of statistics and people where there is no gold: a seeded random sample
of N statistics and N people from an archive, each printed with the sentence or passage it came
from and its file and page, so a person can judge each in a few seconds.

    python benchmarks/audit_sample.py ARCHIVE.db [--n 100] [--seed 1] [--judgements FILE.json]

The same seed on the same archive gives the same sample; audit a second seed to check that a
fix did not fit the first sample. Judgements are kept in a JSON file
({"statistics": {key: class}, "people": {key: class}}); items already judged print their
class, and the counts by class are printed at the end, so a re-audit after a change only needs
the new items judged. Classes used so far: for statistics "ok", "list/item number", "page",
"year", "date", "duration", "age", "reference", "unclear"; for people "ok", "non-person",
"unclear"."""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path


def _file(path: str | None) -> str:
    return Path(path or "?").name


def _marked(sentence: str, text: str, measure: str | None = None, nth: int = 1) -> str:
    """The sentence with the figure between [[ ]], cut to a readable window around it. Where the same
    figure stands more than once, the one followed by what it measures is marked: judging the first '4'
    of a row when the stored one is '4 Focus Groups' further on judges the wrong figure; the second of two
    stored alike is the second in the sentence."""
    sentence = " ".join((sentence or "").split())
    # the figure standing alone ('5 pp'), not the same digits inside a longer number or a hash
    found = list(re.finditer(r"(?<![\w.,£$€])" + re.escape(text) + r"(?![\w]|[.,]\d)", sentence)) if text else []
    first_word = (measure or "").split()[0] if (measure or "").split() else ""
    m = next((f for f in found if first_word and first_word in sentence[f.end():f.end() + 40]), found[0] if found else None)
    if nth > 1 and len(found) >= nth:
        m = found[nth - 1]
    at = m.start() if m else (sentence.find(text) if text else -1)
    if at < 0:
        return sentence[:300]
    start = max(0, at - 160)
    return ("…" if start else "") + sentence[start:at] + "[[" + text + "]]" + sentence[at + len(text):at + len(text) + 140]


def stat_key(row) -> str:
    """File, page, figure and the sentence's start; the second and later of figures alike in one sentence
    ('DD 1,744.00 EHV HAP 1,744.00') get '#2', '#3', so no two statistics share a key."""
    key = f"{_file(row['path'])}|p{row['page']}|{row['text']}|{' '.join((row['sentence'] or '').split())[:80]}"
    return key + (f"#{row['nth']}" if row.get("nth", 1) > 1 else "")


def sample_statistics(db, n: int, rng: random.Random) -> list[dict]:
    ids = [r[0] for r in db.execute("select id from statistics order by id")]
    chosen = sorted(rng.sample(ids, min(n, len(ids))))
    rows = []
    for i in chosen:
        r = db.execute("""select s.id, s.value, s.unit, s.text, s.sentence, s.page, s.measure, d.path,
                          (select count(*) from statistics o where o.document_id = s.document_id and o.page is s.page
                           and o.text is s.text and o.sentence is s.sentence and o.id <= s.id) as nth
                          from statistics s join documents d on d.id = s.document_id where s.id = ?""", [i]).fetchone()
        rows.append(dict(r))
    return rows


def sample_people(db, n: int, rng: random.Random) -> list[dict]:
    """People who have at least one sighting (mention, attendance, role), each with the first."""
    ids = [r[0] for r in db.execute("""select id from people where id in (
        select person_id from mentions union select person_id from attendance union select person_id from roles)
        order by id""")]
    chosen = sorted(rng.sample(ids, min(n, len(ids))))
    rows = []
    for i in chosen:
        name = db.execute("select name from people where id = ?", [i]).fetchone()[0]
        seen = db.execute("""select m.kind as how, m.text as context, m.page, d.path from mentions m
                             join documents d on d.id = m.document_id where m.person_id = ? order by m.id limit 1""", [i]).fetchone()
        if seen is None:
            seen = db.execute("""select 'attendance: ' || a.status as how, a.name || coalesce(' (' || a.role || ')', '') as context,
                                 a.page, d.path from attendance a join documents d on d.id = a.document_id
                                 where a.person_id = ? order by a.id limit 1""", [i]).fetchone()
        if seen is None:
            seen = db.execute("""select 'role' as how, coalesce(r.title, '') || ' ' || coalesce(r.organisation, '') as context,
                                 r.page, d.path from roles r join documents d on d.id = r.document_id
                                 where r.person_id = ? order by r.id limit 1""", [i]).fetchone()
        sightings = db.execute("""select (select count(*) from mentions where person_id = :i)
                                  + (select count(*) from attendance where person_id = :i)""", {"i": i}).fetchone()[0]
        rows.append({"id": i, "name": name, "sightings": sightings, **(dict(seen) if seen else {})})
    return rows


def person_key(row) -> str:
    return " ".join(row["name"].split())


def _show_statistic(k: int, verdict: str | None, r, key: str) -> None:
    print(f"S{k:03d} [{verdict or '?'}] {r['value']:g} {r['unit']}  ({_file(r['path'])} p{r['page']})")
    print(f"      {_marked(r['sentence'], r['text'], r['measure'], r.get('nth', 1))}")
    print(f"      key: {key}")


def _show_person(k: int, verdict: str | None, r, key: str) -> None:
    context = re.sub(r"\s+", " ", r.get("context") or "")[:220]
    print(f"P{k:03d} [{verdict or '?'}] {r['name']!r}  ×{r['sightings']}  {r.get('how')}  "
          f"({_file(r.get('path'))} p{r.get('page')})")
    print(f"      {context}")


def _judge(rows, facet: str, key_of, judged: dict, only_unjudged: bool, show) -> None:
    """Print each sampled row with the class already given to it, then the count per class."""
    classes, unjudged = Counter(), 0
    for k, r in enumerate(rows, 1):
        key = key_of(r)
        verdict = judged.get(facet, {}).get(key)
        classes[verdict or "?"] += 1
        unjudged += verdict is None
        if not (only_unjudged and verdict):
            show(k, verdict, r, key)
    print(f"{facet} by class:", dict(classes.most_common()), f"(unjudged {unjudged})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--judgements", help="JSON file of classes already given, by key")
    ap.add_argument("--only", choices=["statistics", "people"])
    ap.add_argument("--unjudged", action="store_true", help="print only the items not judged yet (the counts cover all)")
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        print(f"{args.db}: no such archive", file=sys.stderr)
        return 2
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    judged = json.loads(Path(args.judgements).read_text()) if args.judgements and Path(args.judgements).exists() else {}

    if args.only in (None, "statistics"):
        print(f"== statistics: {args.n} sampled with seed {args.seed} "
              f"of {db.execute('select count(*) from statistics').fetchone()[0]}")
        rows = sample_statistics(db, args.n, random.Random(args.seed))
        _judge(rows, "statistics", stat_key, judged, args.unjudged, _show_statistic)

    if args.only in (None, "people"):
        print(f"\n== people: {args.n} sampled with seed {args.seed} "
              f"of {db.execute('select count(*) from people').fetchone()[0]}")
        # its own stream: sampling statistics never shifts the people
        rows = sample_people(db, args.n, random.Random(args.seed + 100000))
        _judge(rows, "people", person_key, judged, args.unjudged, _show_person)
    return 0


if __name__ == "__main__":
    sys.exit(main())
