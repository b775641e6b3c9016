"""Which spellings of names across the archive can only be one person (pure name matching; the
database work that merges the rows is ingest/merge_people.py).

Spellings are merged when they can only be one person:
the same name after titles are dropped; a surname alone ("Councillor Worby") when the archive
has exactly one person of that surname; given names that are short forms or typos of each
other with the same surname (Steve / Steven Calder, Phillipa / Philippa Banister); surnames
one or two letters apart with the same given name (Kevin Makambe / McKambe). Two people who
share only a surname (Steve and Daniel Thompson) stay two."""

from __future__ import annotations

from collections import defaultdict

from .names import edit_distance, name_key


class UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        while self.parent.get(x, x) != x:
            self.parent[x] = self.parent.get(self.parent[x], self.parent[x])
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _given_compatible(a: list[str], b: list[str]) -> bool:
    """Given-name parts of two spellings that can be one person."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:  # an initial
        return x[0] == y[0]
    if x.startswith(y) or y.startswith(x):  # Steve / Steven, Mel / Melissa
        return min(len(x), len(y)) >= 3
    return min(len(x), len(y)) >= 5 and edit_distance(x, y, 2) <= 2 and x[0] == y[0] or (
        min(len(x), len(y)) >= 6 and edit_distance(x, y, 1) <= 1)  # Loannis / Ioannis


def merge_pairs(people: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Pairs of person ids that are one person, from their names alone."""
    parsed = []
    for pid, name in people:
        parts = name_key(name).split()
        if parts:
            parsed.append((pid, parts[:-1], parts[-1]))
    by_surname: dict[str, list] = defaultdict(list)
    for entry in parsed:
        by_surname[entry[2]].append(entry)
    pairs = []
    for surname, group in by_surname.items():
        full = [e for e in group if e[1]]
        bare = [e for e in group if not e[1]]
        for i in range(len(full)):
            for j in range(i + 1, len(full)):
                if _given_compatible(full[i][1], full[j][1]) and not (len(full[i][1][0]) == 1 or len(full[j][1][0]) == 1):
                    pairs.append((full[i][0], full[j][0]))
        # an initial ("A Ghosh") or a bare surname ("Worby") joins the only full name it can be
        for e in bare + [f for f in full if len(f[1][0]) == 1]:
            fitting = {f[0] for f in full if f[0] != e[0] and len(f[1][0]) > 1 and _given_compatible(e[1], f[1])}
            distinct = {name_key(" ".join(f[1] + [f[2]])) for f in full if f[0] in fitting}
            if fitting and len(_clusters(fitting, pairs)) == 1 or len(distinct) == 1:
                pairs += [(e[0], f) for f in fitting]
        for i in range(len(bare)):
            for j in range(i + 1, len(bare)):
                pairs.append((bare[i][0], bare[j][0]))
    # surnames a letter or two apart with the same given name
    surnames = sorted(by_surname)
    for i, s in enumerate(surnames):
        for t in surnames[i + 1:]:
            if len(s) < 5 or len(t) < 5 or s[0] != t[0] or abs(len(s) - len(t)) > 2 or edit_distance(s, t, 2) > 2:
                continue
            for a in by_surname[s]:
                for b in by_surname[t]:
                    if a[1] and b[1] and a[1][0] == b[1][0] and len(a[1][0]) >= 3:
                        pairs.append((a[0], b[0]))
    return pairs


def _clusters(ids: set[int], pairs: list[tuple[int, int]]) -> set[int]:
    u = UnionFind()
    for a, b in pairs:
        if a in ids and b in ids:
            u.union(a, b)
    return {u.find(i) for i in ids}
