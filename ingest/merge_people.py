"""Cross-document work: one `people` row per real person across the archive.

Runs after documents are written, over the `people` table only, so re-ingesting one file never
needs the archive in memory. Which names are one person is decided by extract/resolve.py."""

from __future__ import annotations

from collections import defaultdict

from ..extract.resolve import UnionFind, merge_pairs
from .schema import refresh_denormalised


def resolve_archive(db) -> int:
    """Merge people rows that are one person; returns how many rows were merged away."""
    people = [(r[0], r[1]) for r in db.execute("select id, name from people")]
    u = UnionFind()
    for a, b in merge_pairs(people):
        u.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for pid, _ in people:
        groups[u.find(pid)].append(pid)
    names = dict(people)
    merged = 0
    with db.atomic():
        for members in groups.values():
            if len(members) < 2:
                continue
            keep = _canonical(db, members, names)
            others = [m for m in members if m != keep]
            marks = ",".join("?" * len(others))
            for table in ("attendance", "mentions", "roles"):
                db.execute(f"update [{table}] set person_id = ? where person_id in ({marks})", [keep, *others])
            db.execute(f"update action_owners set person_id = ? where person_id in ({marks})", [keep, *others])
            db.execute(f"update or ignore person_aliases set person_id = ? where person_id in ({marks})", [keep, *others])
            db.execute(f"delete from person_aliases where person_id in ({marks})", others)
            db.execute(f"delete from people where id in ({marks})", others)
            canonical = names[keep]
            # attendance keeps the name as its paper gives it ("Mr D Murphy" in a list of initials),
            # linked to the one person; owners take the canonical name, so one owner's actions
            # read as one across years
            db.execute("update action_owners set name = ? where person_id = ?", [canonical, keep])
            merged += len(others)
        refresh_denormalised(db)
    return merged


def _canonical(db, members: list[int], names: dict[int, str]) -> int:
    """The row to keep: a full name (not initials, not a bare surname), preferring names from
    official lists (membership, attendance) and then the most used spelling."""
    def score(pid):
        parts = names[pid].split()
        full = len(parts) >= 2 and len(parts[0].rstrip(".")) > 1
        listed = db.execute("select count(*) from roles where person_id = ?", [pid]).fetchone()[0]
        seen = db.execute("select count(*) from mentions where person_id = ?", [pid]).fetchone()[0]
        # then the fullest spelling, then the alphabet: never the order papers happened to be
        # written in, so --workers and --cluster runs (papers in any order) name people alike
        return (full, listed > 0, seen, len(names[pid]), names[pid], -pid)
    return max(members, key=score)
