"""A coverage check without gold: over a folder of papers nobody has annotated, how many of each
kind got a dated meeting, attendance and actions, which people look like non-people, and every
failure with its reason. It measures how far the rules generalise to bodies never seen."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import sqlite_utils

# words that are never part of a person's name in committee papers: roles, bodies, the nouns of
# agenda headings ("March Payments", "Parade Presentation"), vote and list labels
NEVER_IN_NAMES = set("""
payments payment presentation policies policy restoration memorial items item update updates report reports
clerk chair chairman chairwoman vice treasurer secretary officer manager director member members councillor
council committee board panel group forum team teams trust partnership authority service services
abstain abstained abstention against carried agreed resolved noted
also at and the of in on to by from with present apologies minutes agenda meeting meetings
planning finance budget accounts project projects business
academy college university police nhs limited ltd plc inc llc
""".split())
# words that are surnames or first names as often as not (Chris Ward, April Jones, Ian Hall):
# suspect only when every word of the name is one of these or of the words above
SOMETIMES_IN_NAMES = set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
close road street lane avenue drive way park hall centre center house school church farm cottage court
gardens green square place area ward county district parish borough city town village east west north south
""".split())


def looks_like_non_person(name: str) -> str | None:
    """Why a stored person name looks like something else, or None when it could be a person.

    Deliberately not extract/personhood.py: that filter already ran at extraction, so asking it
    again would always answer "none"; this second, independent word list measures what slips by."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", name)
    if not words:
        return "no letters"
    if re.search(r"\d", name):
        return "contains digits"
    bad = [w for w in words if w.lower() in NEVER_IN_NAMES]
    if bad:
        return f"word {bad[0]!r} is not part of a name"
    if all(w.lower() in SOMETIMES_IN_NAMES for w in words):
        return "only place, date or heading words"
    if len(words) > 5:
        return "too many words"
    if len(words) == 1 and len(words[0]) <= 2:
        return "too short"
    if name.isupper() and len(name) > 4 and " " not in name:
        return "an acronym"
    return None


@dataclass
class KindCoverage:
    kind: str
    papers: int = 0
    dated_meeting: int = 0
    attendance: int = 0
    actions: int = 0

    def share(self, n: int) -> str:
        return f"{n / self.papers:.0%}" if self.papers else "-"


@dataclass
class Coverage:
    kinds: dict[str, KindCoverage] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)  # file, kind, reason
    people: int = 0
    non_people: list[tuple[str, str]] = field(default_factory=list)  # name, why
    found_by: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "kinds": {k: vars(v) for k, v in self.kinds.items()},
            "failures": self.failures,
            "people": self.people,
            "non_people": [{"name": n, "why": w} for n, w in self.non_people],
            "found_by": self.found_by,
        }


def _has_column(db: sqlite_utils.Database, table: str, column: str) -> bool:
    return table in db.table_names() and column in db[table].columns_dict


def measure(db: sqlite_utils.Database, under: str | None = None) -> Coverage:
    """Coverage of the documents in `db` (only those whose path is under `under`, if given)."""
    prefix = os.path.abspath(under).rstrip(os.sep) + os.sep if under else ""
    reason_col = "d.no_meeting_reason" if _has_column(db, "documents", "no_meeting_reason") else "null"
    found_by_col = "md.found_by" if _has_column(db, "meeting_documents", "found_by") else "null"
    rows = db.query(f"""
        select d.id, d.path, d.filename, coalesce(d.kind, 'unknown') as kind, d.status, d.error,
          {reason_col} as reason,
          (select min(m.date) from meeting_documents md join meetings m on m.id = md.meeting_id
             where md.document_id = d.id and m.date is not null) as meeting_date,
          (select {found_by_col} from meeting_documents md where md.document_id = d.id
             order by md.page limit 1) as found_by,
          exists(select 1 from attendance a where a.document_id = d.id) as has_attendance,
          exists(select 1 from actions a where a.document_id = d.id) as has_actions
        from documents d where d.path like :prefix || '%' order by d.path""", {"prefix": prefix})
    cov = Coverage()
    ids = []
    for r in rows:
        ids.append(r["id"])
        kind = r["kind"] if r["status"] == "ok" else r["status"]
        k = cov.kinds.setdefault(kind, KindCoverage(kind))
        k.papers += 1
        k.dated_meeting += bool(r["meeting_date"])
        k.attendance += bool(r["has_attendance"])
        k.actions += bool(r["has_actions"])
        if r["found_by"]:
            cov.found_by[r["found_by"]] = cov.found_by.get(r["found_by"], 0) + 1
        if r["status"] != "ok":
            cov.failures.append({"file": r["filename"], "kind": kind, "reason": f"{r['status']}: {r['error']}"})
        elif not r["meeting_date"] and kind in ("minutes", "agenda", "agenda_pack"):
            cov.failures.append({"file": r["filename"], "kind": kind,
                                 "reason": f"no dated meeting: {r['reason'] or 'no reason recorded'}"})
        elif r["error"]:
            cov.failures.append({"file": r["filename"], "kind": kind, "reason": r["error"]})
    if ids and "mentions" in db.table_names():
        names = [row[0] for row in db.execute(
            f"select distinct p.name from people p join mentions m on m.person_id = p.id "
            f"where m.document_id in ({','.join('?' * len(ids))}) order by p.name", ids).fetchall()]
        cov.people = len(names)
        cov.non_people = [(n, why) for n in names if (why := looks_like_non_person(n))]
    return cov


def report(cov: Coverage) -> str:
    lines = [f"{'kind':<14}{'papers':>7}{'dated meeting':>15}{'attendance':>12}{'actions':>9}"]
    order = sorted(cov.kinds.values(), key=lambda k: (-k.papers, k.kind))
    for k in order:
        lines.append(f"{k.kind:<14}{k.papers:>7}{k.share(k.dated_meeting):>15}{k.share(k.attendance):>12}"
                     f"{k.share(k.actions):>9}")
    total = KindCoverage("all", *(sum(getattr(k, a) for k in order) for a in ("papers", "dated_meeting", "attendance", "actions")))
    lines.append(f"{'all':<14}{total.papers:>7}{total.share(total.dated_meeting):>15}{total.share(total.attendance):>12}"
                 f"{total.share(total.actions):>9}")
    if cov.found_by:
        lines.append("")
        lines.append("meeting found by: " + ", ".join(f"{k} {v}" for k, v in sorted(cov.found_by.items(), key=lambda x: -x[1])))
    lines.append("")
    share = f" ({len(cov.non_people) / cov.people:.0%})" if cov.people else ""
    lines.append(f"people that look like non-people: {len(cov.non_people)} of {cov.people}{share}")
    for name, why in cov.non_people:
        lines.append(f"  {name}: {why}")
    lines.append("")
    lines.append(f"failures: {len(cov.failures)}")
    for f in cov.failures:
        lines.append(f"  {f['file']} [{f['kind']}]: {f['reason']}")
    return "\n".join(lines)
