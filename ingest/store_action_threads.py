"""The linked actions written to the archive: one `actions` row per thread (its id kept while its
first sighting is unchanged), its owners, and the follow-up sightings in `action_history`
(store_action_links works out the threads)."""

from __future__ import annotations

import hashlib
import json
import re

from ..extract.names import name_key
from .action_threads import Sighting, Thread
from .store_facts import NOT_HELD, meetings_held
from .store_initials import BodyInitials, body_initials
from .store_post_holders import PostHolders, post_holders


def _origin(body_key: str | None, s: Sighting) -> str:
    raw = f"{body_key}|{s.date}|{s.row.get('path')}|{s.page}|{' '.join((s.row.get('description') or s.text).split())}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


FOLLOW_UP_COLUMNS = ("action_id", "document_id", "page", "meeting_id", "status", "status_text", "text", "seen_on", "kind",
                     "passage_id", "item_title", "restricted", "state", "score", "action_status")


def write_threads(db, body_key: str | None, threads: list[Thread], meeting_ids: list[int] = ()) -> None:
    from .store_facts import _insert

    # the follow-ups the last linking wrote: a sighting found again is kept as it is (its row
    # and id), so re-ingesting one paper rewrites only the sightings whose links it changed
    held: dict[tuple, list[int]] = {}
    for start in range(0, len(meeting_ids), 500):
        chunk = list(meeting_ids[start:start + 500])
        for row in db.execute(f"select id, {', '.join(FOLLOW_UP_COLUMNS)} from action_history where kind != 'extracted' "
                              f"and meeting_id in ({','.join('?' * len(chunk))}) order by id", chunk):
            held.setdefault(tuple(row[1:]), []).append(row[0])

    # an action keeps its id while its first sighting is the same, even when that paper was
    # re-ingested (its sightings were replaced) in this run
    origins = []
    for t in threads:
        origin = _origin(body_key, t.first)
        while origin in origins:  # the same words twice on one page of one paper: two actions
            origin = hashlib.sha1(origin.encode()).hexdigest()[:16]
        origins.append(origin)
    existing = {}
    for start in range(0, len(origins), 500):
        chunk = origins[start:start + 500]
        existing.update(db.execute(f"select origin, id from actions where origin in ({','.join('?' * len(chunk))})",
                                   chunk).fetchall())
    # the actions the last linking of these meetings wrote (of a body, or of the bodies linked with it:
    # link_groups), less those first seen in another group's meeting: a group unmade by a paper's going
    # leaves the council's actions the annual meeting reported on to the council's own linking
    if body_key is None:
        previous = {r[0] for r in db.execute(
            "select distinct action_id from action_history where action_id is not null and meeting_id is null")}
    else:
        previous = set()
        ids = list(meeting_ids)
        own = set(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            previous |= {r[0] for r in db.execute(
                f"""select distinct h.action_id, a.meeting_id from action_history h left join actions a on a.id = h.action_id
                    where h.action_id is not null and h.meeting_id in ({','.join('?' * len(chunk))})""", chunk)
                if r[1] is None or r[1] in own}
    kept = set()
    memory = short_names([s for t in threads for s in t.sightings])
    holders = post_holders(db, list(meeting_ids))
    initials = body_initials(db, list(meeting_ids))
    # the meeting's body, date and year, as schema.refresh_denormalised sets them after the
    # linking: written with the row, the refresh has no action left to rewrite (a rewrite takes
    # its text out of the full-text index and puts it back)
    meetings = meetings_held(db, list(meeting_ids))  # not `held`: that name keeps the last linking's follow-ups
    for t, origin in zip(threads, origins):
        fields = _action_fields(t)
        fields.update(meetings.get(t.first.meeting_id, NOT_HELD))
        fields["origin"] = origin
        _rename_owner_mentions(db, t, memory)
        owners = _owner_rows(db, t, memory, holders, initials)
        # the owners column is set with the row: a second UPDATE would index the action's text
        # again (the FTS triggers fire on any update), for every action of every body linked
        fields["owners"] = "; ".join(o["name"] for o in owners if o["name"] is not None) or None
        action_id = existing.get(origin)
        kept.add(action_id)
        # plain statements: sqlite-utils' insert() and update() re-read the table's shape at each
        # call, which was half of writing the links (in the ingest's serial end, after parsing)
        if action_id is None:
            action_id = _insert(db, "actions", fields)
        else:
            db.execute(f"update actions set {', '.join(f'[{c}] = ?' for c in fields)} where id = ?",
                       [*fields.values(), action_id])
        db.execute("delete from action_owners where action_id = ?", [action_id])
        for owner in owners:
            _insert(db, "action_owners", {"action_id": action_id, **owner})
        as_of = t.status_by_date()
        for s in t.sightings:
            if s.kind == "extracted":
                db.execute("update action_history set action_id = ?, status = ?, status_text = ?, state = ?, score = ?, "
                           "action_status = ? where id = ?",
                           [action_id, s.status, s.status_text, s.state, s.score, as_of.get(s.date), s.id])
            else:
                row = {
                    "action_id": action_id, "document_id": s.document_id, "page": s.page, "meeting_id": s.meeting_id,
                    "status": s.status, "status_text": s.status_text, "text": s.text, "seen_on": s.date or None,
                    "kind": s.kind, "passage_id": s.passage_id, "item_title": s.row.get("item_title"),
                    "restricted": int(bool(s.row.get("restricted"))), "state": s.state, "score": s.score,
                    "action_status": as_of.get(s.date)}
                same = held.get(tuple(row[c] for c in FOLLOW_UP_COLUMNS))
                if same:
                    same.pop(0)
                else:
                    _insert(db, "action_history", row)
    gone = [i for ids in held.values() for i in ids]
    for start in range(0, len(gone), 500):
        chunk = gone[start:start + 500]
        db.execute(f"delete from action_history where id in ({','.join('?' * len(chunk))})", chunk)
    for action_id in previous - kept:
        db.execute("delete from action_owners where action_id = ?", [action_id])
        db.execute("delete from actions where id = ?", [action_id])


def short_names(sightings: list[Sighting]) -> dict[str, str]:
    """A body's short forms of its people, learnt across its papers: 'Ali will monitor ...'
    marked 'ACTION: AHop' (Alison Hopkins) teaches that 'ACTION: Ali' is Alison Hopkins too. A
    short form seen for two people is left alone."""
    seen: dict[str, set[str]] = {}
    for s in sightings:
        people = [o["name"] for o in json.loads(s.row.get("owners") or "[]") if o.get("kind") == "person"]
        if len(people) != 1 or len(people[0].split()) < 2:
            continue
        given = people[0].split()[0]
        for word in re.findall(r"\b[A-Z][a-z]{2,}\b", s.row.get("description") or ""):
            if word != given and given.startswith(word):
                seen.setdefault(word, set()).add(people[0])
    return {word: next(iter(names)) for word, names in seen.items() if len(names) == 1}


def _rename_owner_mentions(db, t: Thread, memory: dict[str, str]) -> None:
    """A short form the body's papers teach renames its paper's mention of the owner too, so the
    person's rows agree with the action's: 'Ali' of fohcl's 'Agreed that Ali should bring the costs
    ... ACTION: Trustees' is Alison Hopkins, not a person 'Ali' of her own. (The people merge ran
    before the linking: the mention is pointed at her here, and the next merge groups it by its name.)"""
    from .store_facts import person_id

    for s, o in _named_owners(t):
        if o["name"] in memory:
            name = memory[o["name"]]
            pid = _named_in(db, name, s.document_id) or person_id(db, name)
            db.execute("update mentions set name = ?, person_id = ? where document_id = ? and kind = 'owner' "
                       "and name = ?", [name, pid, s.document_id, o["name"]])


def _owner_rows(db, t: Thread, memory: dict[str, str], holders: PostHolders, initials: BodyInitials) -> list[dict]:
    """The action's owners as action_owners rows (without the action's id): a person by the
    archive's name for them."""
    from .store_facts import person_id

    rows = []
    for name, kind, document_id in _owners(t, memory, holders, initials):
        pid = (_named_in(db, name, document_id) or person_id(db, name)) if kind == "person" else None
        canonical = db.execute("select name from people where id = ?", [pid]).fetchone() if pid else None
        rows.append({"person_id": pid, "name": canonical[0] if canonical else name, "kind": kind})
    return rows


def _named_owners(t: Thread):
    """(sighting, owner as its paper named it) for each paper that set the action or handed it on
    (a report of it names no owners)."""
    for s in t.sightings:
        if s.kind == "extracted" and not s.report:
            for o in json.loads(s.row.get("owners") or "[]"):
                yield s, o


def _named_in(db, name: str, document_id: int) -> int | None:
    """The person the owner's own paper names so: a name two people of the archive share ('Gillett'
    of Northwold's 2013 minutes, and Cllr G Gillett present in 2018's) is the one its paper meant,
    not whichever the alias table lists first."""
    row = db.execute("select person_id from mentions where document_id = ? and name = ? and person_id is not null "
                     "group by person_id order by count(*) desc, person_id limit 1", [document_id, name]).fetchone()
    return row[0] if row else None


def _owners(t: Thread, memory: dict[str, str], holders: PostHolders | None = None,
            initials: BodyInitials | None = None) -> list[tuple[str, str, int]]:
    """The owners named when the action was set, then anyone a later paper hands it to, each with
    the paper that names them; a post is the person the body's papers name for it nearest the
    sighting's meeting, and so are initials the paper left unresolved."""
    out, seen = [], set()
    for s, o in _named_owners(t):
        if o["name"] in memory:
            o = {"name": memory[o["name"]], "kind": "person"}
        elif holders is not None and o.get("kind") in ("role", "group"):
            holder = holders.holder(o["name"], s.date) or (
                initials.person(o["name"], s.date) if initials is not None else None)
            if holder:
                o = {"name": holder, "kind": "person"}
        key = name_key(o["name"]) or o["name"].lower()
        if key not in seen:
            seen.add(key)
            out.append((o["name"], o.get("kind", "person"), s.document_id))
    return out


def _action_fields(t: Thread) -> dict:
    first = t.first
    row = first.row
    status, state, by = t.reading()
    dated = [s for s in t.sightings if s.kind == "extracted" and s.row.get("due_date")]
    due = dated[-1].row if dated else row  # the latest due date a paper states
    last = max(t.sightings, key=lambda s: (s.date or "", s.kind == "extracted"))
    seen = sorted({s.date for s in t.sightings if s.date})
    completed = by if status == "completed" else None
    return {
        "meeting_id": first.meeting_id, "agenda_item_id": row.get("agenda_item_id"), "document_id": first.document_id,
        "page": first.page, "passage_id": first.passage_id, "ref": row.get("ref"), "text": first.text,
        "description": row.get("description") or first.text, "due_text": due.get("due_text"), "due_date": due.get("due_date"),
        "due_precision": due.get("due_precision"), "due_kind": due.get("due_kind"), "status": status, "status_text": by.status_text, "state": state,
        "first_seen": seen[0] if seen else None, "last_seen": seen[-1] if seen else None,
        "last_seen_document_id": last.document_id, "last_seen_page": last.page,
        "completed_in": completed.date if completed else None,
        "completed_document_id": completed.document_id if completed else None,
        "completed_page": completed.page if completed else None,
        "restricted": int(bool(row.get("restricted"))), "rule": row.get("rule"),
        "key": " ".join((row.get("description") or first.text).lower().split()[:14]),
        "sightings": len(t.sightings),
    }


def drop_orphans(db) -> None:
    """Actions whose every sighting went with a replaced or deleted paper."""
    orphans = [r[0] for r in db.execute("select id from actions where id not in "
                                        "(select action_id from action_history where action_id is not null)")]
    for action_id in orphans:
        db.execute("delete from action_owners where action_id = ?", [action_id])
        db.execute("delete from actions where id = ?", [action_id])
