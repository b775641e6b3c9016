"""Which spellings of names across the archive can only be one person (pure name matching; the
database work that merges the rows is ingest/merge_people.py).

Spellings are merged when they can only be one person:
the same name after titles are dropped; a surname alone ("Councillor Worby") when the archive
has exactly one person of that surname; given names that are short forms or typos of each
other with the same surname (Steve / Steven Calder, Phillipa / Philippa Banister); surnames
one or two letters apart with the same given name (Kevin Makambe / McKambe). Two people who
share only a surname (Steve and Daniel Thompson) stay two."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .given_names import given_name_sex
from .names import edit_distance, name_key
from .nicknames import diminutive

HYPHEN_RE = re.compile(r"(?<=\w)-(?=\w)")


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


# --- spellings within authorities ---------------------------------------------------------------
#
# A spelling is one way a name is written, in one authority (the organisation whose papers use it):
# a full name ("Roxanne Hills") once per authority, a bare surname or initials ("Mr Hills", "A R Hills")
# once per paper, because the paper is where such a form is settled first. A short form joins the one
# full name it can be: in its own paper first, else in its authority; never in another authority's
# papers (a bare "Daniels" at Des Moines is not Stoke Ferry's "Jack Daniels"). A full name is one
# person within an authority; the same full name in two authorities is two people (an archive of
# hundreds of councils holds many John Smiths), except where a paper names no authority: its full
# names join the one authority that knows that name.


@dataclass
class Spelling:
    id: int
    name: str  # as written, titles dropped for matching
    authority: str | None  # None: the paper names none
    documents: frozenset[int]
    sex: str | None = None  # 'f' or 'm' where the paper's title says ('Ms J Meade', 'Mr Meade')
    present: frozenset = frozenset()  # meetings it is listed at as present or in attendance
    away: frozenset = frozenset()  # meetings it sent apologies to or was absent from


class _Apart:
    """What keeps two groups of spellings apart: titles of different sex ('Ms J Meade' and 'Mr J
    Meade' of one list), else a given name's usual sex ('Mrs Lockwood' and Derek Lockwood;
    extract/given_names.py), and being present at a meeting the other sent apologies to (Kent's
    'Mr Meade' of the apologies is not the Ms J Meade of its list of those present)."""

    NONE = (frozenset(),) * 4

    def __init__(self, parsed, u: UnionFind):
        self.u = u
        # per group: the sexes titles give, those given names usually have, meetings present, away
        self.info: dict[int, tuple[frozenset, frozenset, frozenset, frozenset]] = {}
        for s, given, _ in parsed:
            weak = given_name_sex(given[0]) if given else None
            self.info[s.id] = (frozenset({s.sex} - {None}), frozenset({weak} - {None}), s.present, s.away)

    def of(self, sid: int):
        return self.info.get(self.u.find(sid), self.NONE)

    def sexes(self, sid: int) -> frozenset:
        """What the titles of a group say, else what its given names usually are."""
        strong, weak, _, _ = self.of(sid)
        return strong or weak

    def may_be(self, a: int, b: int) -> bool:
        """Nothing strong keeps them apart: the choice among several candidates (a given name's
        usual sex never makes one of several 'the only one': 'Mrs J. Davies' among Jill, Jim and
        Joseph Davies stays unresolved)."""
        (sa, _, pa, wa), (sb, _, pb, wb) = self.of(a), self.of(b)
        return len(sa | sb) < 2 and not (pa & wb) and not (pb & wa)

    def fits(self, a: int, b: int) -> bool:
        """Nothing keeps them apart, the weak sign included (checked at the join)."""
        return self.may_be(a, b) and len(self.sexes(a) | self.sexes(b)) < 2

    def joined(self, a_root, b_root, root) -> None:
        a, b = self.info.get(a_root, self.NONE), self.info.get(b_root, self.NONE)
        self.info[root] = tuple(x | y for x, y in zip(a, b))


@lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname); a hyphenated surname is one surname ('P V Barrington-King' is P V of
    Barrington-King, and a bare 'Barrington-King' no given name 'Barrington' of a surname 'King')."""
    parts = name_key(HYPHEN_RE.sub("", name)).split()
    return (tuple(parts[:-1]), parts[-1]) if parts else ((), "")


def _is_full(given: list[str]) -> bool:
    return bool(given) and len(given[0]) > 1


def group_spellings(spellings: list[Spelling]) -> list[tuple[int, int]]:
    """Pairs of spelling ids that are one person."""
    u = UnionFind()
    pairs: list[tuple[int, int]] = []
    parsed = [(s, *_parts(s.name)) for s in spellings]
    apart = _Apart(parsed, u)

    def join(a: int, b: int) -> None:
        ra, rb = u.find(a), u.find(b)
        if ra != rb and not apart.fits(a, b):
            return
        pairs.append((a, b))
        u.union(a, b)
        apart.joined(ra, rb, u.find(a))

    by_surname: dict[str, list] = defaultdict(list)
    for entry in parsed:
        if entry[2]:
            by_surname[entry[2]].append(entry)
    # full names within an authority: short forms and typos of one given name (compared within one
    # authority and surname only: an archive of hundreds of councils has thousands of Smiths)
    for group in by_surname.values():
        by_authority: dict[str | None, list] = defaultdict(list)
        for e in group:
            if _is_full(e[1]):
                by_authority[e[0].authority].append(e)
        for full in by_authority.values():
            for i in range(len(full)):
                for j in range(i + 1, len(full)):
                    if _given_compatible(full[i][1], full[j][1]):
                        join(full[i][0].id, full[j][0].id)
            _join_diminutives(full, u, join)
    # surnames a letter or two apart with the same given name, in one authority
    same_given: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for e in parsed:
        if e[1] and len(e[1][0]) >= 3 and len(e[2]) >= 5:
            same_given[(e[0].authority, e[1][0], e[2][0])][e[2]].append(e)
    for bucket in same_given.values():
        surnames = sorted(bucket)
        for i, s in enumerate(surnames):
            for t in surnames[i + 1:]:
                if abs(len(s) - len(t)) <= 2 and edit_distance(s, t, 2) <= 2:
                    for a in bucket[s]:
                        for b in bucket[t]:
                            join(a[0].id, b[0].id)
    _join_neighbours(parsed, join)
    _join_hyphen_lost(parsed, join)
    # a full name in a paper that names no authority: the one authority that knows it, or none
    for group in by_surname.values():
        known: dict[str, set[str]] = defaultdict(set)
        for e in group:
            if _is_full(e[1]) and e[0].authority is not None:
                known[name_key(e[0].name)].add(e[0].authority)
        for e in group:
            if _is_full(e[1]) and e[0].authority is None:
                key = name_key(e[0].name)
                if len(known.get(key, ())) == 1:
                    for f in group:
                        if f[0].authority is not None and _is_full(f[1]) and name_key(f[0].name) == key:
                            join(e[0].id, f[0].id)
    # short forms: the one person they can be, nearest first
    for group in by_surname.values():
        by_authority: dict[str | None, list] = defaultdict(list)
        for e in group:
            by_authority[e[0].authority].append(e)
        short = [e for e in group if not _is_full(e[1])]
        # initials first, then bare surnames; each kind's forms left unresolved across papers are joined
        # before the next kind looks for its person (Kent's 'Mr J Wright', present in three papers, is one
        # person before a 'Mr Wright' of the apologies to a meeting he is present at is set beside him)
        for forms in ([e for e in short if e[1]], [e for e in short if not e[1]]):
            _join_short_forms(forms, group, by_authority, u, apart, join)
    _join_possessives(by_surname, u, join)
    return pairs


def _join_short_forms(short, group, by_authority, u, apart, join) -> None:
    """Short forms of one surname: the one person each can be, nearest first."""
    for e in sorted(short, key=lambda e: (-len(e[1]), e[0].id)):  # fuller initials first
        targets = [f for f in by_authority[e[0].authority] if f is not e and f[1]
                   and (_is_full(f[1]) or not e[1]) and _given_compatible(e[1], f[1]) and apart.may_be(e[0].id, f[0].id)]
        here = [f for f in targets if f[0].documents & e[0].documents]
        for scope in (here, targets):
            if not scope:
                continue
            if len({u.find(f[0].id) for f in scope}) == 1 or len({name_key(f[0].name) for f in scope}) == 1:
                for f in scope:
                    join(e[0].id, f[0].id)
            break
    # the same short form left unresolved in several papers of one authority is one person, unless
    # it was left so because several people of the authority fit it: Manordeilo's 'Mrs J. Davies'
    # the clerk (Jane) of 2015 and 'Cllr. J. Davies' of 2017 are two of its Jane, Jill, Jim and Joseph
    full_roots = {u.find(f[0].id) for f in group if _is_full(f[1])}
    unresolved: dict[tuple, list[int]] = defaultdict(list)
    for e in short:
        if u.find(e[0].id) not in full_roots and not any(
                _is_full(f[1]) and _given_compatible(e[1], f[1]) and apart.may_be(e[0].id, f[0].id)
                for f in by_authority[e[0].authority]):
            unresolved[(name_key(e[0].name), e[0].authority)].append(e[0].id)
    for ids in unresolved.values():
        # of one sex where titles say ('Mrs C Hardy' of 2009 and 'C Hardy' of 2015); where the
        # titles give both ('Mr D Summers', 'Mrs D Summers'), each with its own, and no guess
        by_sex: dict[str | None, list[int]] = defaultdict(list)
        for sid in ids:
            by_sex[next(iter(apart.of(sid)[0]), None) if len(apart.of(sid)[0]) == 1 else None].append(sid)
        sexes = sorted(by_sex.keys() - {None})
        for same in [ids] if len(sexes) <= 1 else [by_sex[sex] for sex in sexes]:
            for other in same[1:]:
                join(same[0], other)


def _join_possessives(by_surname, u, join) -> None:
    """A bare surname that is another's possessive with its apostrophe lost ('funded by Cllr
    Storeys delegated fund' of Northwold's 'Cllr Storey'): the one person of that surname in its
    authority, when no one there is named with the longer surname and a given name."""
    for surname, group in by_surname.items():
        if len(surname) < 4 or not surname.endswith("s") or surname[:-1] not in by_surname:
            continue
        for e in group:
            if e[1] or any(f[1] and f[0].authority == e[0].authority for f in group):
                continue
            owners = [f for f in by_surname[surname[:-1]] if f[0].authority == e[0].authority]
            if owners and len({u.find(f[0].id) for f in owners}) == 1:
                join(e[0].id, owners[0][0].id)


def _join_diminutives(full, u, join) -> None:
    """Full names of one surname and authority whose given names are a nickname and its name
    ('Dave Cooper' and 'David Cooper', 'Jo' and 'Joanne Carpenter'; extract/nicknames.py): one
    person when each fits no other person of the authority (beside a 'Daniela O'Neill', 'Danny
    O'Neill' is not surely Daniel's)."""
    def fits(a, b):
        return _given_compatible(a[1], b[1]) or diminutive(a[1][0], b[1][0])

    for i in range(len(full)):
        for j in range(i + 1, len(full)):
            a, b = full[i], full[j]
            if u.find(a[0].id) == u.find(b[0].id) or not diminutive(a[1][0], b[1][0]):
                continue
            pair = {u.find(a[0].id), u.find(b[0].id)}
            if all(u.find(f[0].id) in pair for f in full if fits(a, f) or fits(b, f)):
                join(a[0].id, b[0].id)


NEIGHBOURS_SHARED = 2  # full names two authorities' papers must share to be neighbours
NEIGHBOURS_SHARE = 0.1  # and that share of the smaller one's full names


def neighbours(parsed) -> set[tuple[str, str]]:
    """Authorities whose papers name the same people: parish councils of one district share the
    county and district councillors who report to each (Stoke Ferry, Wereham, Wretton, Boughton
    all hear 'Martin Storey' and 'Colin Sampson'), and a council that changed its name ('Northwold',
    'Northwold and Whittington') keeps its members. Two or more names in common (full, or initials
    and surname as the papers print members: 'C Pointeer'), and a tenth of the smaller one's or two
    of different surnames, one of them in full, is a neighbourhood; one name in common ('Paul Carter' at Kent and at Stoke Ferry) is a coincidence."""
    names_of: dict[str, set[str]] = defaultdict(set)
    for s, given, _ in parsed:
        if given and s.authority is not None:
            names_of[s.authority].add(name_key(s.name))
    authorities_of: dict[str, set[str]] = defaultdict(set)
    for authority, names in names_of.items():
        for key in names:
            authorities_of[key].add(authority)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, authorities in authorities_of.items():
        if len(authorities) > 1:
            ordered = sorted(authorities)
            for i in range(len(ordered)):
                for j in range(i + 1, len(ordered)):
                    shared[(ordered[i], ordered[j])].append(key)
    return {pair for pair, keys in shared.items() if len(keys) >= NEIGHBOURS_SHARED and (
        len(keys) >= NEIGHBOURS_SHARE * min(len(names_of[pair[0]]), len(names_of[pair[1]])) or _two_people(keys))}


def _two_people(keys: list[str]) -> bool:
    """Names that are surely two people, one of them named in full: a parish whose papers print
    'Andy Wallace' (of the county's Highways) and 'M Storey' (its county councillor), as a
    neighbouring parish does, is that parish's neighbour, however many other people either names
    (a tenth of Northwold's 52 names is more than the two the county's officers make)."""
    return len({k.split()[-1] for k in keys}) >= 2 and any(len(k.split()[0]) > 1 for k in keys)


def _join_neighbours(parsed, join) -> None:
    """One name (full, or initials and surname) in neighbouring authorities is one person."""
    near = neighbours(parsed)
    if not near:
        return
    by_key: dict[str, list] = defaultdict(list)
    for s, given, _ in parsed:
        if given and s.authority is not None:
            by_key[name_key(s.name)].append(s)
    for spellings in by_key.values():
        for i in range(len(spellings)):
            for j in range(i + 1, len(spellings)):
                a, b = sorted((spellings[i].authority, spellings[j].authority))
                if (a, b) in near:
                    join(spellings[i].id, spellings[j].id)
    # a short form of the given name in one and the name in the other ('MP Chris Fraser' at West
    # Dereham, 'Christopher Fraser MP' at Stoke Ferry), when each is the only one of that surname
    # named in full in its authority
    full: dict[tuple[str, str], list] = defaultdict(list)
    for s, given, surname in parsed:
        if _is_full(given) and s.authority is not None:
            full[(s.authority, surname)].append((s, given))
    for (authority, surname), entries in full.items():
        if len({name_key(s.name) for s, _ in entries}) != 1:
            continue
        s, given = entries[0]
        for other in {a for pair in near if authority in pair for a in pair if a != authority}:
            theirs = full.get((other, surname), [])
            if len({name_key(t.name) for t, _ in theirs}) == 1 and name_key(theirs[0][0].name) != name_key(s.name) and (
                    diminutive(given[0], theirs[0][1][0]) or _given_compatible(list(given), list(theirs[0][1]))):
                join(s.id, theirs[0][0].id)


def _join_hyphen_lost(parsed, join) -> None:
    """A hyphenated surname one paper prints whole ('Cllr Nicholas-Letch') and another paper of the
    authority reads as a given name and a surname ('Nicholas Letch'): one person, when only one
    such name fits."""
    split: dict[tuple, list] = defaultdict(list)
    for s, given, surname in parsed:
        if len(given) == 1 and _is_full(given):
            split[(s.authority, given[0] + surname)].append(s)
    for s, given, surname in parsed:
        if given or "-" not in s.name:
            continue
        fits = split.get((s.authority, surname), [])
        if fits and len({name_key(f.name) for f in fits}) == 1:
            for f in fits:
                join(s.id, f.id)
