"""Score a database against series gold (shared/gold/FORMAT.md, "Series"): the auditor's view of
a run of one body's minutes, one entry per distinct action.

Each gold action is paired with at most one `actions` row (its key in the row's wording or in
one of its sightings; a row first seen at the meeting that raised it preferred), then judged:
found, held in one row (the row's sightings cover every meeting that mentions it), final
status, owners; and the list of open actions as of the last meeting, precision and recall.

The gold covers the actions raised in its own documents: an action raised in an earlier paper of
the body that is not among them (ingested beside the series) is outside what the gold judges,
though later papers of the series report on it, so it counts as an extra only when it was raised
in the series."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from .evaluate import Score, norm_text, same_name


@dataclass
class SeriesScore:
    name: str
    gold: int = 0
    found: int = 0
    one_row: int = 0
    status: int = 0
    owners: int = 0
    open_list: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)

    def rate(self, n: int) -> float:
        return n / self.gold if self.gold else 1.0

    def figures(self) -> dict[str, float]:
        return {"found": self.rate(self.found), "one_row": self.rate(self.one_row), "status": self.rate(self.status),
                "owners": self.rate(self.owners), "open_p": self.open_list.precision, "open_r": self.open_list.recall,
                "open_f1": self.open_list.f1}


TARGETS = {"found": 0.9, "one_row": 0.9, "status": 0.9, "owners": 0.9, "open_f1": 0.85}


def series_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.rglob("SERIES_*.json"))


def _series_rows(db, filenames: list[str]) -> list[dict]:
    """Every action row with a sighting in one of the series' papers, with all it holds."""
    stems = {Path(f).stem for f in filenames}
    docs = [r["id"] for r in db.query("select id, filename from documents") if Path(r["filename"]).stem in stems]
    if not docs:
        return []
    marks = ",".join("?" * len(docs))
    rows = {}
    for r in db.query(f"""select a.id, a.text, a.description, a.status, a.first_seen, a.document_id in ({marks}) as raised_here
                          from actions a
                          where a.id in (select action_id from action_history where document_id in ({marks}))""", docs + docs):
        rows[r["id"]] = dict(r, texts=[norm_text(r["text"]), norm_text(r["description"])], seen=set(), owners=[])
    for h in db.query(f"select action_id, text, seen_on from action_history where action_id in "
                      f"({','.join('?' * len(rows))})", list(rows)):
        rows[h["action_id"]]["texts"].append(norm_text(h["text"]))
        if h["seen_on"]:
            rows[h["action_id"]]["seen"].add(h["seen_on"])
    for o in db.query(f"select action_id, name from action_owners where action_id in ({','.join('?' * len(rows))})",
                      list(rows)):
        rows[o["action_id"]]["owners"].append(o["name"])
    return list(rows.values())


def _pair(gold_actions: list[dict], rows: list[dict]) -> dict[int, dict]:
    """Gold action index -> row: each row serves one gold action; where a key fits several rows
    (the same wording raised at several meetings), the row first seen when it was raised."""
    taken: set[int] = set()
    pairs = {}
    for i, g in enumerate(gold_actions):
        key = norm_text(g["key"])
        fitting = [r for r in rows if r["id"] not in taken and any(key in t for t in r["texts"])]
        if not fitting:
            continue
        best = min(fitting, key=lambda r: (r["first_seen"] != g.get("raised"), g.get("raised") not in r["seen"], r["id"]))
        taken.add(best["id"])
        pairs[i] = best
    return pairs


def _owners_right(gold: list[str], found: list[str]) -> bool:
    left = list(found)
    for g in gold:
        hit = next((f for f in left if same_name(g, f) or norm_text(g) == norm_text(f)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def score_series(db: sqlite_utils.Database, gold: dict, name: str) -> SeriesScore:
    s = SeriesScore(name=name, gold=len(gold["actions"]))
    rows = _series_rows(db, gold["documents"])
    pairs = _pair(gold["actions"], rows)
    open_rows = {r["id"] for r in rows if r["status"] == "open" and r["raised_here"]}
    for i, g in enumerate(gold["actions"]):
        label = f"{g['key']!r} (raised {g.get('raised')})"
        row = pairs.get(i)
        if row is None:
            s.misses.append(f"action: missed {label}")
            if g["final_status"] == "open":
                s.open_list.fn += 1
            continue
        s.found += 1
        missing = sorted(set(g.get("seen_in") or []) - row["seen"])
        if missing:
            s.misses.append(f"split: {label} row {row['id']} has no sighting on {', '.join(missing)}")
        else:
            s.one_row += 1
        if row["status"] == g["final_status"]:
            s.status += 1
        else:
            s.misses.append(f"status: {label} expected {g['final_status']}, row {row['id']} is {row['status']}")
        if _owners_right(g.get("owners") or [], row["owners"]):
            s.owners += 1
        else:
            s.misses.append(f"owners: {label} expected {g.get('owners')}, row {row['id']} has {row['owners']}")
        if g["final_status"] == "open":
            if row["status"] == "open":
                s.open_list.tp += 1
            else:
                s.open_list.fn += 1
    paired_open = {r["id"] for i, r in pairs.items() if gold["actions"][i]["final_status"] == "open"}
    extra = sorted(open_rows - paired_open)
    s.open_list.fp += len(extra)
    descriptions = {r["id"]: r["description"] for r in rows}
    s.misses += [f"open list: extra row {rid} {(descriptions[rid] or '')[:80]!r}" for rid in extra]
    return s


def evaluate_series(db_path: str, gold_dir: str) -> list[SeriesScore]:
    db = sqlite_utils.Database(db_path)
    scores = []
    for path in series_files(Path(gold_dir)):
        gold = json.loads(path.read_text(encoding="utf-8"))
        scores.append(score_series(db, gold, gold.get("series") or path.stem))
    return scores


def report_series(scores: list[SeriesScore], show_misses: bool = True) -> str:
    if not scores:
        return ""
    head = f"{'series':<14}{'actions':>8}{'found':>7}{'1 row':>7}{'status':>7}{'owners':>7}{'open P':>8}{'open R':>8}{'open F1':>8}"
    lines = ["", head]
    for s in scores:
        f = s.figures()
        below = [k for k, target in TARGETS.items() if f[k] < target]
        lines.append(f"{s.name:<14}{s.gold:>8}{f['found']:7.2f}{f['one_row']:7.2f}{f['status']:7.2f}{f['owners']:7.2f}"
                     f"{f['open_p']:8.2f}{f['open_r']:8.2f}{f['open_f1']:8.2f}  "
                     + ("targets ok" if not below else "BELOW: " + ", ".join(below)))
    lines.append("targets: found, 1 row, status, owners >= 0.90; open-actions F1 >= 0.85")
    if show_misses:
        for s in scores:
            if s.misses:
                lines.append(f"\nseries {s.name}")
                lines += [f"  {m}" for m in s.misses]
    return "\n".join(lines)
