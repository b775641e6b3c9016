"""Score a database against gold files (shared/gold/FORMAT.md): precision, recall and F1 per
facet, and every miss, so each extraction change can be measured before and after."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from .names import edit_distance, name_key


def norm_text(text: str) -> str:
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def same_name(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    limit = 1 if min(len(ka), len(kb)) < 8 else 2
    return edit_distance(ka, kb, limit) <= limit


@dataclass
class Score:
    """tp/fn count gold items found or missed (recall); precision counts extracted items,
    right (ptp) or wrong (fp). Where one extracted item can hold several gold items (a RESOLVED
    block with numbered parts) or the gold lists a subset, ptp differs from tp."""
    tp: float = 0
    fp: float = 0
    fn: float = 0
    misses: list[str] = field(default_factory=list)
    ptp: float | None = None  # extracted items judged right; None: the same as tp

    @property
    def right(self) -> float:
        return self.tp if self.ptp is None else self.ptp

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.fp) if self.right + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        if self.ptp is not None or other.ptp is not None:
            self.ptp = self.right + other.right
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses


def _match_names(gold: list[str], found: list[str], label: str) -> Score:
    s = Score()
    left = list(found)
    for g in gold:
        hit = next((f for f in left if same_name(g, f)), None)
        if hit is None:
            s.fn += 1
            s.misses.append(f"{label}: missed {g!r}")
        else:
            s.tp += 1
            left.remove(hit)
    s.fp += len(left)
    s.misses += [f"{label}: extra {f!r}" for f in left]
    return s


class Scorer:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def document_id(self, gold_name: str) -> int | None:
        stem = Path(gold_name).stem if gold_name.lower().endswith((".pdf", ".html", ".htm", ".txt", ".md", ".docx")) else gold_name
        for row in self.db.query("select id, filename from documents"):
            if Path(row["filename"]).stem == stem or row["filename"] == gold_name:
                return row["id"]
        return None

    def q(self, sql, params=()):
        return list(self.db.query(sql, params))

    def meetings(self, doc_id, gold) -> Score:
        found = self.q("select m.body, m.date, m.next_meeting from meeting_documents md join meetings m on m.id = md.meeting_id "
                       "where md.document_id = ?", [doc_id])
        s = Score()
        left = list(found)
        for g in gold.get("meetings", []):
            hit = next((f for f in left if f["date"].startswith(g["date"]) and _body_matches(g["body"], f["body"])), None)
            if hit:
                s.tp += 1
                left.remove(hit)
            else:
                s.fn += 1
                s.misses.append(f"meeting: missed {g['body']} {g['date']}")
        s.fp += len(left)
        s.misses += [f"meeting: extra {f['body']} {f['date']}" for f in left]
        return s

    def next_meeting(self, doc_id, gold) -> Score:
        s = Score()
        expected = gold.get("next_meeting")
        found = {r["next_meeting"] for r in self.q(
            "select m.next_meeting from meeting_documents md join meetings m on m.id = md.meeting_id "
            "where md.document_id = ? and m.next_meeting is not null", [doc_id])}
        if expected:
            if any(f.startswith(expected) for f in found):
                s.tp += 1
            else:
                s.fn += 1
                s.misses.append(f"next meeting: missed {expected} (found {sorted(found)})")
        wrong = [f for f in found if not (expected and f.startswith(expected))]
        if wrong and "next_meeting" in gold:  # only gold that states the next meeting can judge one
            s.fp += 1
            s.misses.append(f"next meeting: extra {sorted(wrong)}")
        return s

    def agenda_items(self, doc_id, gold) -> Score:
        s = Score()
        if "agenda_items" not in gold:
            return s
        found = self.q("select number, title, presenter, restricted from agenda_items where document_id = ?", [doc_id])
        matched = set()
        for g in gold["agenda_items"]:
            hit = next((f for f in found if _same_title(g["title"], f["title"])), None)
            matched |= {i for i, f in enumerate(found) if _same_title(g["title"], f["title"])}
            ok = hit is not None and (not g.get("presenter") or same_name(g["presenter"], hit["presenter"] or "")) and (
                bool(g.get("restricted")) == bool(hit["restricted"]))
            if ok:
                s.tp += 1
            else:
                s.fn += 1
                s.misses.append(f"agenda item: {g.get('number')} {g['title']!r} ({'wrong details' if hit else 'missed'})")
        extra = [f for i, f in enumerate(found) if i not in matched]
        s.fp += len(extra)
        s.misses += [f"agenda item: extra {f['number']} {f['title']!r}" for f in extra]
        return s

    def attendance(self, doc_id, gold) -> Score:
        att = gold.get("attendance") or {}
        optional = att.get("optional", [])
        found = self.q("select name, status from attendance where document_id = ?", [doc_id])
        if gold.get("attendance_meeting"):
            found = self.q("select a.name, a.status from attendance a join meetings m on m.id = a.meeting_id "
                           "where a.document_id = ? and m.date = ?", [doc_id, gold["attendance_meeting"]])
        found = [f for f in found if not any(same_name(o, f["name"]) for o in optional)]
        s = Score()
        groups = {"present": ["present"], "in_attendance": ["in_attendance"], "apologies": ["apologies", "absent"]}
        for status, stored in groups.items():
            s.add(_match_names(att.get(status, []), [f["name"] for f in found if f["status"] in stored], f"attendance {status}"))
        return s

    def actions(self, doc_id, gold):
        found = self.q(
            # the status and due date this paper gives (its sighting), not the action's after later papers
            "select distinct a.id, h.text as sighting, a.text, a.description, "
            "case when h.kind is null then a.due_date else h.due_date end as due_date, "
            "case when h.kind is null then a.due_precision else h.due_precision end as due_precision, h.status "
            # a sentence that only mentions an earlier action, or an 'all actions closed' line, is not one of the paper's actions
            "from action_history h join actions a on a.id = h.action_id where h.document_id = ? "
            "and coalesce(h.state, '') != 'mentioned' and coalesce(h.kind, '') != 'blanket' order by h.id", [doc_id])
        by_id = {}
        for f in found:
            entry = by_id.setdefault(f["id"], dict(f, texts=[]))
            entry["texts"] += [f["sighting"] or "", f["text"] or "", f["description"] or ""]
        extracted = list(by_id.values())
        actions, owners, due, status = Score(), Score(), Score(), Score()
        unmatched = list(extracted)
        for g in gold.get("actions", []):
            key = norm_text(g["key"])
            hit = next((e for e in unmatched if any(key in norm_text(t) for t in e["texts"])), None)
            if hit is None:
                actions.fn += 1
                actions.misses.append(f"action: missed {g['key']!r} (owners {g['owners']})")
                continue
            unmatched.remove(hit)
            actions.tp += 1
            names = [r["name"] for r in self.q("select name from action_owners where action_id = ?", [hit["id"]])]
            owners.add(_match_names(g["owners"], names, f"owner of {g['key']!r}"))
            if _due_ok(g.get("due"), hit["due_date"], hit["due_precision"]):
                due.tp += 1
            else:
                due.fn += 1
                due.fp += 1 if hit["due_date"] else 0  # a wrong date stated is worse than none
                due.misses.append(f"due of {g['key']!r}: expected {g.get('due')}, found {hit['due_date']}")
            if g.get("status", "open") == hit["status"]:
                status.tp += 1
            else:
                status.fn += 1
                status.fp += 1
                status.misses.append(f"status of {g['key']!r}: expected {g.get('status')}, found {hit['status']}")
        actions.fp += len(unmatched)
        actions.misses += [f"action: extra {e['description']!r}" for e in unmatched]
        return actions, owners, due, status

    def decisions(self, doc_id, gold) -> Score:
        """Only the meeting's own decisions are scored: rows the extractor marks as reported
        (a report's account, another body's decision) or proposed are kept apart."""
        own = " and coalesce(source, 'meeting') = 'meeting'" if "source" in self.db["decisions"].columns_dict else ""
        texts = [norm_text(r["text"]) for r in self.q(
            f"select text from decisions where document_id = ?{own} order by id", [doc_id])]
        phrases = [norm_text(p) for p in gold.get("decisions", [])]
        s = _recall(gold.get("decisions", []), lambda phrase: any(norm_text(phrase) in t for t in texts),
                    lambda phrase: f"decision: missed {phrase!r}", 0)
        # precision per extracted decision: right when it can be paired with a gold phrase of its own, each gold phrase
        # paired once (a RESOLVED block may hold several phrases; a repeat counts against). Paired by the most pairs, so
        # that a phrase the gold lists twice is two decisions of the same words ('The Board agreed unanimously to accept
        # this proposal', twice in one paper, beside '... accept this proposal and are delighted')
        holds = [[i for i, p in enumerate(phrases) if p in t] for t in texts]
        owner: dict[int, int] = {}

        def pair(k: int, tried: set[int]) -> bool:
            for i in holds[k]:
                if i not in tried:
                    tried.add(i)
                    if i not in owner or pair(owner[i], tried):
                        owner[i] = k
                        return True
            return False

        paired = {k for k in range(len(texts)) if holds[k] and pair(k, set())}
        s.ptp, s.fp = len(paired), 0
        for k, t in enumerate(texts):
            if k not in paired:
                s.fp += 1
                s.misses.append(f"decision: extra {t[:160]!r}" + (" (repeat)" if holds[k] else ""))
        return s

    def statistics(self, doc_id, gold) -> Score:
        """Recall over the gold figures. The gold lists a subset of each paper's figures, so
        precision here is a lower bound: an extracted figure that matches no gold figure may
        still be a good one (the report says so; audit a sample for the real figure)."""
        found = self.q("select value, unit, text from statistics where document_id = ?", [doc_id])
        gold_stats = gold.get("statistics", [])
        same = lambda f, g: f["unit"] == g["unit"] and abs((f["value"] or 0) - g["value"]) <= max(0.01, abs(g["value"]) * 1e-6)
        s = _recall(gold_stats, lambda g: any(same(f, g) for f in found),
                    lambda g: f"statistic: missed {g['value']} {g['unit']}", 0)
        s.ptp = sum(1 for f in found if any(same(f, g) for g in gold_stats))
        s.fp = len(found) - s.ptp
        return s

    def people(self, doc_id, gold) -> Score:
        names = self.q("""
            select distinct p.name, pa.alias from people p join person_aliases pa on pa.person_id = p.id
            where p.id in (select person_id from mentions where document_id = :d
                           union select person_id from attendance where document_id = :d
                           union select person_id from roles where document_id = :d
                           union select o.person_id from action_owners o join action_history h on h.action_id = o.action_id
                                 where h.document_id = :d)""", {"d": doc_id})
        candidates = {r["name"] for r in names} | {r["alias"] for r in names}
        s = Score()
        for g in gold.get("people", []):
            if any(same_name(g, c) for c in candidates):
                s.tp += 1
            else:
                s.fn += 1
                s.misses.append(f"person: missed {g!r}")
        # precision: each person extracted is right when the gold names them anywhere (people,
        # attendance, owners, presenters). Long papers' gold lists a subset: a lower bound.
        named = _gold_names(gold)
        aliases_of: dict[str, set[str]] = defaultdict(set)
        for r in names:
            aliases_of[r["name"]] |= {r["name"], r["alias"]}
        s.ptp, s.fp = 0, 0
        for person, forms in sorted(aliases_of.items()):
            if any(same_name(g, f) for g in named for f in forms):
                s.ptp += 1
            else:
                s.fp += 1
                s.misses.append(f"person: extra {person!r}")
        return s

    def aliases(self, groups: list[list[str]]) -> Score:
        s = Score()
        ids_by_group = []
        for group in groups:
            ids = set()
            for alias in group:
                ids |= {r[0] for r in self.db.execute(
                    "select person_id from person_aliases where replace(alias, '’', '''') = replace(?, '’', '''')", [alias])}
            ids_by_group.append(ids)
            if len(ids) == 1:
                s.tp += 1
            elif not ids:
                s.fn += 1
                s.misses.append(f"alias group {group[0]!r}: no spelling found")
            else:
                s.fn += 1
                s.misses.append(f"alias group {group[0]!r}: split over {len(ids)} people")
        for i in range(len(ids_by_group)):
            for j in range(i + 1, len(ids_by_group)):
                if ids_by_group[i] & ids_by_group[j]:
                    s.fp += 1
                    s.misses.append(f"false merge: {groups[i][0]!r} with {groups[j][0]!r}")
        return s


def _recall(gold_items, found, describe, extracted: int) -> Score:
    """Recall-style facets: each gold item found or missed; the rest of what was extracted
    counts against precision."""
    s = Score()
    for item in gold_items:
        if found(item):
            s.tp += 1
        else:
            s.fn += 1
            s.misses.append(describe(item))
    s.fp = max(0, extracted - s.tp)
    return s


def _same_title(gold: str, found: str) -> bool:
    return norm_text(gold) in norm_text(found) or norm_text(found) in norm_text(gold) and len(found) > 5


def _gold_names(gold: dict) -> list[str]:
    att = gold.get("attendance") or {}
    names = list(gold.get("people", []))
    for status in ("present", "in_attendance", "apologies", "optional"):
        names += att.get(status, [])
    for action in gold.get("actions", []):
        names += action.get("owners", [])
    names += [i["presenter"] for i in gold.get("agenda_items", []) if i.get("presenter")]
    return names


def _body_matches(gold: str, found: str) -> bool:
    g, f = set(norm_text(gold).replace("#", " ").split()) - {"the", "of"}, set(norm_text(found).split()) - {"the", "of"}
    return bool(g) and len(g & f) / len(g) >= 0.6


def _due_ok(gold: str | None, found: str | None, precision: str | None) -> bool:
    if not gold:
        return not found
    if not found:
        return False
    return found == gold or (len(gold) == 7 and found.startswith(gold)) or (
        len(gold) == 10 and precision == "month" and found[:7] == gold[:7] and False)


FACETS = ["meetings", "next_meeting", "agenda_items", "attendance", "actions", "owners", "due", "status",
          "decisions", "statistics", "people", "aliases"]
TARGETS = {"actions": ("F1", 0.90), "owners": ("F1", 0.90), "due": ("R", 0.90), "status": ("R", 0.95),
           "attendance": ("F1", 0.95), "decisions": ("R", 0.90), "statistics": ("R", 0.90), "people": ("R", 0.95),
           "aliases": ("R", 1.0)}


def gold_files(gold_dir: Path) -> list[Path]:
    """Per-document gold files: the aliases file and series summaries (SERIES_*.json) are scored apart."""
    return sorted(p for p in gold_dir.rglob("*.json")
                  if p.name != "people_aliases.json" and not p.name.startswith("SERIES_"))


def evaluate(db_path: str, gold_dir: str) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    db = sqlite_utils.Database(db_path)
    scorer = Scorer(db)
    totals = {f: Score() for f in FACETS}
    per_doc: dict[str, dict[str, Score]] = defaultdict(dict)
    root = Path(gold_dir)
    for path in gold_files(root):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = scorer.document_id(gold["document"])
        name = str(path.relative_to(root))
        if doc_id is None:
            per_doc[name]["missing"] = Score(misses=[f"document {gold['document']!r} is not in the database"])
            continue
        scores = {
            "meetings": scorer.meetings(doc_id, gold), "next_meeting": scorer.next_meeting(doc_id, gold),
            "agenda_items": scorer.agenda_items(doc_id, gold), "attendance": scorer.attendance(doc_id, gold),
            "decisions": scorer.decisions(doc_id, gold), "statistics": scorer.statistics(doc_id, gold),
            "people": scorer.people(doc_id, gold),
        }
        scores["actions"], scores["owners"], scores["due"], scores["status"] = scorer.actions(doc_id, gold)
        for facet, score in scores.items():
            totals[facet].add(score)
            per_doc[name][facet] = score
    for aliases_file in root.rglob("people_aliases.json"):
        groups = json.loads(aliases_file.read_text(encoding="utf-8"))["groups"]
        score = scorer.aliases(groups)
        totals["aliases"].add(score)
        per_doc[str(aliases_file.relative_to(root))]["aliases"] = score
    return totals, per_doc


# Facets whose gold lists a subset of what a paper holds: an extracted item the gold does not
# name is not necessarily wrong, so their precision is a lower bound, printed with ">=".
LOWER_BOUND = {
    "statistics": "the gold lists a subset of each paper's figures; audit a sample for the real precision",
    "people": "the gold lists a subset of the people of long papers",
    "agenda_items": "some papers' gold lists only the substantive items",
}


def _p(facet: str, s: Score) -> str:
    return (">=" if facet in LOWER_BOUND else "  ") + f"{s.precision:.2f}"


SERIES_DIR = "series"  # gold of a series of one body's papers; the rest is the development gold


def development_totals(per_doc: dict[str, dict[str, Score]]) -> tuple[dict[str, Score], int] | None:
    """The facet totals over the gold files outside series/ (the development gold that issue
    targets are set on) and how many files that is; None when no gold file is under series/,
    as the totals are then the same."""
    outside = {doc: scores for doc, scores in per_doc.items() if Path(doc).parts[0] != SERIES_DIR}
    if len(outside) == len(per_doc):
        return None
    totals = {f: Score() for f in FACETS}
    for scores in outside.values():
        for facet, score in scores.items():
            if facet in totals:
                totals[facet].add(score)
    return totals, sum(1 for doc in outside if Path(doc).name != "people_aliases.json")


def _totals_table(totals: dict[str, Score]) -> list[str]:
    lines = [f"{'facet':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}  target"]
    for facet in FACETS:
        s = totals[facet]
        target = TARGETS.get(facet)
        mark = ""
        if target:
            value = {"F1": s.f1, "R": s.recall, "P": s.precision}[target[0]]
            mark = f"{target[0]} >= {target[1]:.2f} {'ok' if value >= target[1] else 'BELOW'}"
        lines.append(f"{facet:<14}{_p(facet, s):>7}{s.recall:7.2f}{s.f1:7.2f}{s.tp:6.0f}{s.fp:6.0f}{s.fn:6.0f}  {mark}")
    return lines


def report(totals: dict[str, Score], per_doc: dict[str, dict[str, Score]], show_misses: bool = True,
           per_document: bool = True) -> str:
    lines = _totals_table(totals)
    lines += [f"  >= {facet} precision is a lower bound: {why}" for facet, why in LOWER_BOUND.items()]
    development = development_totals(per_doc)
    if development:
        dev_totals, files = development
        lines += ["", f"development gold: the {files} gold files outside {SERIES_DIR}/"] + _totals_table(dev_totals)
    if per_document:
        lines += ["", per_document_table(per_doc)]
    if show_misses:
        for doc, scores in per_doc.items():
            misses = [m for s in scores.values() for m in s.misses]
            if misses:
                lines.append(f"\n{doc}")
                lines += [f"  {m}" for m in misses]
    return "\n".join(lines)


def per_document_table(per_doc: dict[str, dict[str, Score]], facets: list[str] | None = None) -> str:
    """One row per document with P, R and F1 in percent per facet: blank where neither gold nor
    extraction has anything, '-' for a precision with nothing extracted."""
    facets = facets or [f for f in FACETS if f != "aliases"]
    width = min(max([len(d) for d in per_doc] + [8]), 44)
    lines = [f"{'per document (P R F1, percent)':<{width}}" + "".join(f" {f[:12]:>12}" for f in facets)]
    for doc, scores in per_doc.items():
        if "missing" in scores:
            lines.append(f"{doc[:width]:<{width}} not in the database")
            continue
        cells = []
        for f in facets:
            s = scores.get(f)
            if s is None or not (s.tp + s.fp + s.fn + s.right):
                cells.append(" " * 13)
                continue
            p = f"{100 * s.precision:3.0f}" if s.right + s.fp else "  -"
            cells.append(f" {p} {100 * s.recall:3.0f} {100 * s.f1:3.0f}".rjust(13))
        if any(c.strip() for c in cells):
            lines.append(f"{doc[:width]:<{width}}" + "".join(cells))
    return "\n".join(lines)


def as_json(totals: dict[str, Score], per_doc: dict[str, dict[str, Score]]) -> dict:
    """Totals per facet at the top level (as before), the per-document scores under 'documents'
    and which precisions are lower bounds under 'notes'."""
    def one(s: Score) -> dict:
        return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                "precision_tp": s.right}
    out = {f: one(s) | ({"precision_is_lower_bound": True} if f in LOWER_BOUND else {}) for f, s in totals.items()}
    development = development_totals(per_doc)
    if development:
        out["development"] = {f: one(s) for f, s in development[0].items()} | {"files": development[1]}
    out["documents"] = {doc: {f: one(s) for f, s in scores.items() if f != "missing"} | (
        {"missing": True} if "missing" in scores else {}) for doc, scores in per_doc.items()}
    out["notes"] = {f"{f} precision": why for f, why in LOWER_BOUND.items()}
    return out
