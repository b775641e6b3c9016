"""Cross-document work: one `people` row per real person across the archive.

Runs after documents are written. Which names are one person is decided by extract/resolve.py,
over spellings: each way a name is written, in the authority of the papers that write it
(ingest/authority.py). The grouping is computed afresh from the rows the papers wrote every
time, so a person an earlier version merged wrongly ("Mr Hills" of one council with "Roxanne
Hills" of another) is split again: an archive upgraded in place ends up as a new one would.
A person keeps the id most of their rows already had, so links to /person/ID stay put."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract.names import name_key, split_title, title_sex
from ..extract.resolve import Spelling, UnionFind, _is_full, _parts, group_spellings
from .authority import group_keys
from .schema import refresh_denormalised

NAMED = ("attendance", "mentions")  # rows that keep the name as their paper wrote it
SHARED_PEOPLE = 3  # people a paper must share with an authority's papers to be counted as its
SHARED_SHARE = 0.25


def resolve_archive(db) -> int:
    """Regroup people rows; returns how many person rows were merged away (net)."""
    before = db.execute("select count(*) from people").fetchone()[0]
    with db.atomic():
        _drop_firms(db)
        authorities = document_authorities(db)
        db.conn.create_function("title_sex", 1, title_sex, deterministic=True)
        rows = _named_rows(db)
        spellings, spelling_of = _spellings(rows, authorities, dict(db.execute("select id, name from people").fetchall()),
                                            _meetings(db))
        u = UnionFind()
        for a, b in group_spellings(list(spellings.values())):
            u.union(a, b)
        groups: dict[int, list[int]] = defaultdict(list)
        for sid in spellings:
            groups[u.find(sid)].append(sid)
        new_pid = _assign_ids(db, rows, spelling_of, groups, spellings)
        _apply(db, rows, spelling_of, new_pid, authorities)
        refresh_denormalised(db)
    return before - db.execute("select count(*) from people").fetchone()[0]


def document_authorities(db) -> dict[int, str | None]:
    """Each paper's authority key; a paper that names none, or only by its committee's own name,
    takes the authority whose papers name the same people (Kent's Corporate Parenting Panel
    shares its members with Kent County Council's minutes), and is recorded as found so."""
    unify_authorities(db)
    docs = {r[0]: (r[1], r[2]) for r in db.execute(
        "select id, authority_key, authority_found_by from documents where status = 'ok'")}
    # surnames, not full names: a paper that calls members "Cllr Ghani" shares them with one that
    # lists "Syed Ghani"
    people_of: dict[int, set[str]] = defaultdict(set)
    for doc_id, name in db.execute("select document_id, name from attendance union select document_id, name from mentions"):
        _, surname = _parts(name or "")
        if surname:
            people_of[doc_id].add(surname)
    strong = {d: key for d, (key, how) in docs.items() if key and how not in WEAK_FOUND}
    members: dict[str, set] = defaultdict(set)
    for d, (key, how) in docs.items():
        if key and how != "shared people":
            members[key] |= people_of.get(d, set())
    result: dict[int, str | None] = {}
    for d, (key, how) in docs.items():
        result[d] = key
        if d in strong:
            continue
        mine = people_of.get(d, set())
        if not mine:
            continue
        # against every other authority, and again against the one adopted last time (the next merge
        # must find the same)
        shared = sorted(((len(mine & m), k) for k, m in members.items() if k != key or how == "shared people"),
                        reverse=True)
        if shared and shared[0][0] >= SHARED_PEOPLE and shared[0][0] >= SHARED_SHARE * len(mine):
            result[d] = shared[0][1]
            name = db.execute("select authority from documents where authority_key = ? and authority_found_by "
                              "not in ('body name', 'shared people') group by authority "
                              "order by min(authority_found_by = 'mail domain'), count(*) desc, authority limit 1",
                              [shared[0][1]]).fetchone()
            db.execute("update documents set authority = ?, authority_key = ?, authority_found_by = 'shared people' "
                       "where id = ?", [name[0] if name else shared[0][1], shared[0][1], d])
    db.execute("update meetings set authority = (select authority from documents d where d.id = meetings.document_id)")
    return result


WEAK_FOUND = ("body name", "shared people")


def unify_authorities(db) -> None:
    """One key for every spelling of one organisation across the archive ("NoT LPC", "North of
    Tyne LPC", "North of Tyne Local Pharmaceutical Committee"; ingest/authority.py group_keys): the
    papers of each spelling take the key and name of the spelling most papers use."""
    rows = db.execute("select id, authority, authority_key, authority_found_by from documents "
                      "where status = 'ok' and authority_key is not null and authority_found_by is not 'shared people'"
                      ).fetchall()
    if not rows:
        return
    names: dict[str, Counter] = defaultdict(Counter)
    documents: Counter = Counter()
    key_of = {}
    for doc_id, name, key, how in rows:
        names[key][name] += 1
        documents[key] += how not in WEAK_FOUND
        key_of[doc_id] = key
    people: dict[str, set[str]] = defaultdict(set)
    for doc_id, name in db.execute("select document_id, name from attendance union select document_id, name from mentions"):
        if doc_id in key_of:
            given, surname = _parts(name or "")
            if given:
                people[key_of[doc_id]].add(name_key(name))
    canonical = group_keys(names, people, documents)
    for key, target in canonical.items():
        if key != target:
            db.execute("update documents set authority_key = ?, authority = ? where authority_key = ?",
                       [target, names[target].most_common(1)[0][0], key])


def _drop_firms(db) -> None:
    """A name some paper shows to be a firm ('The Auditors Grant Thornton'; extract/personhood.py)
    is no person where another paper names it in prose without a title ('the papers had been posted
    to Grant Thornton') or a list gives it as an affiliation: those rows go."""
    firms = {name_key(n) for (n,) in db.execute("select name from organisations where acronym is null")}
    if not firms:
        return
    names = [n for (n,) in db.execute("select distinct name from mentions where kind = 'mention' and person_id is not null")
             if name_key(n) in firms]
    for name in names:
        db.execute("delete from mentions where kind = 'mention' and name = ?", [name])
    # and a list's affiliation read as one of those present ('Invited | Luke Morris (Larking Gowen)')
    listed = [n for (n,) in db.execute("select distinct name from attendance where person_id is not null")
              if name_key(n) in firms]
    for name in listed:
        db.execute("delete from attendance where name = ?", [name])
        db.execute("delete from mentions where kind = 'attendance' and name = ?", [name])


def _named_rows(db) -> list[tuple]:
    """(table, person_id, name, document_id, sex) for every row of people's facts, with the sex
    its title gives ('Ms J Meade' and 'Mr J Meade' of one list are two); rows that keep no
    name of their own (roles, owners) carry None and follow the named rows of their paper."""
    rows = []
    for table in NAMED:
        rows += [(table, *r) for r in db.execute(f"select distinct person_id, name, document_id, title_sex(title) "
                                                  f"from [{table}] where person_id is not null")]
    rows += [("roles", *r) for r in db.execute(
        "select distinct person_id, null, document_id, null from roles where person_id is not null")]
    rows += [("action_owners", *r) for r in db.execute(
        """select distinct o.person_id, null, a.document_id, null from action_owners o join actions a on a.id = o.action_id
           where o.person_id is not null""")]
    return rows


def _meetings(db) -> dict[tuple, tuple[set, set]]:
    """(person_id, name, document_id, sex) -> the meetings its rows were present at and away from."""
    result: dict[tuple, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for pid, name, doc, sex, meeting, status in db.execute(
            "select person_id, name, document_id, title_sex(title), meeting_id, status from attendance "
            "where person_id is not null and meeting_id is not null"):
        result[(pid, name, doc, sex)][status in ("apologies", "absent")].add(meeting)
    return result


def _spellings(rows, authorities, names: dict[int, str], meetings: dict[tuple, tuple[set, set]]):
    """One spelling per full name, authority and title's sex, per short form, paper and sex."""
    # a row without a name of its own (an owner, a role) follows its person's named rows wherever
    # they are; taking the person's present name instead made the grouping depend on the last
    # merge's result: Northwold's owner rows of 'Martin Storey' joined the paper's 'M Storey' to
    # him, the next merge found no such name there and split them again
    named = {pid for table, pid, name, doc, sex in rows if name}
    found: dict[tuple, list] = {}
    for table, pid, name, doc, sex in rows:
        if not name:
            if pid in named:
                continue
            name = names.get(pid)  # a person known only as an owner or a post holder
            if name is None:
                continue
        authority = authorities.get(doc)
        given, surname = _parts(name)
        if not surname:
            continue
        node = (name_key(name), authority, -1, sex or "") if _is_full(given) else (name_key(name), authority, doc, sex or "")
        found.setdefault(node, []).append((pid, name, doc, sex))
    # ids in the order of what the spellings are, not of the rows' person ids: the grouping breaks
    # its ties by id, and must find the same whatever ids the last merge left
    spellings: dict[int, Spelling] = {}
    spelling_of: dict[tuple, int] = {}
    for sid, node in enumerate(sorted(found, key=lambda n: (n[0], n[1] or "", n[2], n[3])), 1):
        written = found[node]
        present = {m for w in written for m in meetings.get(w, ((), ()))[0]}
        away = {m for w in written for m in meetings.get(w, ((), ()))[1]}
        # the greatest of a key's spellings ('André', 'Andre'): whatever order papers came in
        spellings[sid] = Spelling(sid, max(name for _, name, _, _ in written), node[1],
                                  frozenset(doc for _, _, doc, _ in written), node[3] or None,
                                  frozenset(present), frozenset(away))
        for key in written:
            spelling_of[key] = sid
    return spellings, spelling_of


def _assign_ids(db, rows, spelling_of, groups, spellings) -> dict[int, int]:
    """Group root -> person id: the id most of the group's rows had, each id to one group. The
    rows of public papers vote first: the public copy numbers people by these ids, so a
    restricted paper naming the same people must not move who holds which id there."""
    votes: dict[int, Counter] = defaultdict(Counter)
    public_votes: dict[int, Counter] = defaultdict(Counter)
    restricted = {doc for (doc,) in db.execute("select id from documents where restricted = 1")}
    root_of = {sid: root for root, members in groups.items() for sid in members}
    for (pid, name, doc, sex), sid in spelling_of.items():
        votes[root_of[sid]][pid] += 1
        public_votes[root_of[sid]][pid] += doc not in restricted
    taken: set[int] = set()
    result: dict[int, int] = {}
    for root in sorted(groups, key=lambda r: (-sum(public_votes[r].values()), -sum(votes[r].values()), r)):
        ranked = sorted(votes[root], key=lambda pid: (-public_votes[root][pid], -votes[root][pid], pid))
        best = next((pid for pid in ranked if pid not in taken), None)
        name = _canonical([spellings[s].name for s in groups[root]], votes[root])
        if best is None:
            best = db["people"].insert({"name": name, "key": name_key(name)}).last_pk
        else:
            db.execute("update people set name = ?, key = ? where id = ? and (name is not ? or key is not ?)",
                       [name, name_key(name), best, name, name_key(name)])
        taken.add(best)
        result[root] = best
    return {sid: result[root_of[sid]] for sid in root_of}


def _canonical(names: list[str], votes: Counter) -> str:
    """A full name (not initials, not a bare surname), then the fullest spelling, then the
    alphabet: never the order papers happened to be written in."""
    # 'Buckley Stevens' where another paper prints 'Buckley-Stevens': the hyphen was lost, the
    # words are a surname, not a given name and a surname
    hyphenated = {name_key(n) for n in names if "-" in n}
    names = [n for n in names if "-" in n or name_key(n) not in hyphenated] or names

    def score(name):
        given, _ = _parts(name)
        return (_is_full(given), len(name.split()), len(name), name)
    return max(names, key=score)


def _apply(db, rows, spelling_of, new_pid, authorities) -> None:
    """Point every row at its person; rows without a name of their own follow the named rows of
    the same person in the same paper, then in the same authority."""
    by_doc: dict[tuple, Counter] = defaultdict(Counter)
    by_authority: dict[tuple, Counter] = defaultdict(Counter)
    by_person: dict[int, Counter] = defaultdict(Counter)
    for (pid, name, doc, sex), sid in spelling_of.items():
        target = new_pid[sid]
        by_doc[(pid, doc)][target] += 1
        by_authority[(pid, authorities.get(doc))][target] += 1
        by_person[pid][target] += 1

    def follow(pid, doc):
        for counter in (by_doc.get((pid, doc)), by_authority.get((pid, authorities.get(doc))), by_person.get(pid)):
            if counter:
                return min(counter.items(), key=lambda x: (-x[1], x[0]))[0]
        return pid

    db.execute("drop table if exists temp.person_moves")
    db.execute("create temp table person_moves (tbl text, old int, name text, doc int, sex text, new int)")
    moves = []
    for table, pid, name, doc, sex in rows:
        sid = spelling_of.get((pid, name, doc, sex)) if name else None
        target = new_pid[sid] if sid is not None else follow(pid, doc)
        if target != pid:
            moves.append((table, pid, name, doc, sex, target))
    db.conn.executemany("insert into person_moves values (?, ?, ?, ?, ?, ?)", moves)
    db.execute("create index if not exists temp.person_moves_key on person_moves (tbl, old, doc)")
    for table in NAMED:
        match = (f"m.tbl = '{table}' and m.old = [{table}].person_id and m.doc = [{table}].document_id "
                 f"and m.name is [{table}].name and m.sex is title_sex([{table}].title)")
        db.execute(f"""update [{table}] set person_id = (select new from person_moves m where {match})
                       where exists (select 1 from person_moves m where {match})""")
    db.execute("""update roles set person_id = (select new from person_moves m where m.tbl = 'roles'
                    and m.old = roles.person_id and m.doc = roles.document_id)
                  where exists (select 1 from person_moves m where m.tbl = 'roles' and m.old = roles.person_id
                    and m.doc = roles.document_id)""")
    db.execute("""update action_owners set person_id = (select m.new from person_moves m join actions a on a.id = action_owners.action_id
                    where m.tbl = 'action_owners' and m.old = action_owners.person_id and m.doc = a.document_id)
                  where exists (select 1 from person_moves m join actions a on a.id = action_owners.action_id
                    where m.tbl = 'action_owners' and m.old = action_owners.person_id and m.doc = a.document_id)""")
    _move_aliases(db, by_person, new_pid, spelling_of)
    # owners take the canonical name, so one owner's actions read as one across years;
    # attendance keeps the name as its paper gives it
    db.execute("""update action_owners set name = (select name from people p where p.id = action_owners.person_id)
                  where person_id is not null and name is not (select name from people p where p.id = action_owners.person_id)""")
    drop_unnamed_people(db)


def drop_unnamed_people(db) -> None:
    """People no row names any more: after the merge, and after the linking of actions (a paper
    removed or changed can leave a person named only by an action the linking then drops)."""
    db.execute("""delete from people where id not in (select person_id from attendance where person_id is not null
                  union select person_id from mentions where person_id is not null
                  union select person_id from roles where person_id is not null
                  union select person_id from action_owners where person_id is not null)""")
    db.execute("delete from person_aliases where person_id not in (select id from people)")


def _move_aliases(db, by_person, new_pid, spelling_of) -> None:
    """Each spelling goes with the people it names now: to every person whose rows write it,
    else to the person most of its old person's rows went to."""
    writers: dict[tuple[int, str], set[int]] = defaultdict(set)
    papers: dict[int, set[int]] = defaultdict(set)
    sexes: dict[int, set[str]] = defaultdict(set)  # what the titles of each person's rows say
    for (pid, name, doc, sex), sid in spelling_of.items():
        writers[(pid, name_key(name))].add(new_pid[sid])
        papers[new_pid[sid]].add(doc)
        if sex:
            sexes[new_pid[sid]].add(sex)
    aliases = db.execute("select person_id, alias from person_aliases").fetchall()
    rows = set()
    for pid, alias in aliases:
        targets = writers.get((pid, name_key(alias)))
        if not targets and by_person.get(pid):
            targets = {min(by_person[pid].items(), key=lambda x: (-x[1], x[0]))[0]}
        # 'Mr J Meade' goes to the J Meade whose rows say Mr, not to the one whose rows say Ms
        sex = title_sex(split_title(alias)[0])
        if sex and targets and len(targets) > 1:
            targets = {t for t in targets if not sexes[t] - {sex}} or targets
        for target in targets or {pid}:
            rows.add((target, alias))
    rows = _printed_by_each(db, rows, papers)
    if rows != set(aliases):
        db.execute("delete from person_aliases")
        db.conn.executemany("insert or ignore into person_aliases (person_id, alias) values (?, ?)", sorted(rows))


def _printed_by_each(db, rows: set[tuple[int, str]], papers) -> set[tuple[int, str]]:
    """A form two people share a name in ('Paul Carter' of Kent and of Stoke Ferry) goes to those
    whose papers print it: 'Sir Paul Carter' is Kent's, 'Inspector Paul Carter' the inspector's.
    Only titled forms: a title is what tells two of one name apart, and a bare form a paper prints
    otherwise ('A. Prescott') stays. A form neither prints whole stays with both."""
    holders: dict[str, set[int]] = defaultdict(set)
    for pid, alias in rows:
        holders[name_key(alias)].add(pid)
    result = set()
    for pid, alias in rows:
        if len(holders[name_key(alias)]) > 1 and split_title(alias)[0] and not _prints(db, alias, papers.get(pid, ())):
            if any(_prints(db, alias, papers.get(other, ())) for other in holders[name_key(alias)] if other != pid):
                continue
        result.add((pid, alias))
    return result


def _prints(db, alias: str, docs) -> bool:
    docs = sorted(docs)
    return bool(docs) and db.execute(f"select 1 from passages where document_id in ({','.join('?' * len(docs))}) "
                                     "and instr(text, ?) limit 1", [*docs, alias]).fetchone() is not None
