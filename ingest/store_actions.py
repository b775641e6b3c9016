"""Actions across papers: the same action seen again (an outstanding-actions list, a
matters-arising note, an action log) updates one `actions` row and adds a sighting to
`action_history`, so an auditor sees one row per real action with its whole story."""

from __future__ import annotations

import re

STOP = set("""a an the to and of for in on at by with from about be is are was were will would should
this that these those it its as or into any all their them they he she his her our we us""".split())


def action_key(description: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9']+", description.lower().replace("’", "'")) if w not in STOP]
    return " ".join(words[:14])


def _stem(word: str) -> str:
    word = word.replace("'", "")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


GENERIC = {"next", "meeting", "report", "back", "update", "council", "committee", "board", "clerk", "chair", "member",
           "members", "action", "item", "agenda", "asked", "agreed", "would", "also", "made", "take", "place"}


def _content(key: str, owner_words: set[str]) -> set[str]:
    """The words of an action that say what is to be done: no owners, no reference numbers,
    none of the words every action of a meeting shares."""
    return {_stem(w) for w in key.split() if not w.isdigit() and w not in owner_words and w not in GENERIC}


def similar(a: str, b: str, owner_words: set[str] = frozenset()) -> bool:
    """One action written twice: nearly the same words, or (with the same owners) the shorter
    wording's task words mostly inside the longer one ('05-07 FSC to consider financial
    governance' and 'FSC to consider financial governance including payment limits')."""
    sa, sb = set(a.split()), set(b.split())
    if sa and sb and len(sa & sb) / len(sa | sb) >= 0.75:
        return True
    ca, cb = _content(a, owner_words), _content(b, owner_words)
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if not owner_words or len(short) < 2:
        return False
    overlap = len(short & long_) / len(short)
    return overlap == 1.0 or (len(short) >= 3 and overlap >= 0.6)


def _find_existing(db, key: str, owners: set[str]) -> int | None:
    owner_words = {w for name in owners for w in re.findall(r"[a-z0-9']+", name.lower())}
    rows = db.execute("select id, key from actions where key = ?", [key]).fetchall()
    exact = bool(rows)
    if not rows:
        candidates = db.execute(
            "select a.id, a.key from actions a join action_owners o on o.action_id = a.id where lower(o.name) in "
            f"({','.join('?' * len(owners))}) group by a.id limit 500", sorted(owners)).fetchall() if owners else []
        first = key.split()[0] if key else ""
        candidates += db.execute("select id, key from actions where key like ? limit 200", [first + "%"]).fetchall()
        rows = []
        for action_id, other in candidates:
            theirs = {r[0].lower() for r in db.execute("select name from action_owners where action_id = ?", [action_id])}
            same_owners = bool(owners) and theirs == owners
            if similar(other, key, owner_words if same_owners else set()):
                rows.append((action_id, other))
    for action_id, _ in rows:
        theirs = {r[0].lower() for r in db.execute("select name from action_owners where action_id = ?", [action_id])}
        if not owners or not theirs or owners & theirs or exact:
            return action_id
    return None


def _meeting_date(db, meeting_id) -> str | None:
    if meeting_id is None:
        return None
    row = db.execute("select date from meetings where id = ?", [meeting_id]).fetchone()
    return row[0] if row else None


def write_actions(db, doc_id, actions, meeting_ids, item_ids, passage_ids, person_id) -> None:
    def ref(ids, index):
        return ids[index] if index is not None and index < len(ids) else None

    for a in actions:
        meeting_id = ref(meeting_ids, a.get("meeting"))
        seen_on = _meeting_date(db, meeting_id)
        owners = [(o["name"], o.get("kind", "person")) for o in a.get("owners", [])]
        owner_names = {n.lower() for n, _ in owners}
        key = action_key(a["description"])
        existing = _find_existing(db, key, owner_names)
        if existing is None:
            action_id = db["actions"].insert({
                "meeting_id": meeting_id, "agenda_item_id": ref(item_ids, a.get("item")), "document_id": doc_id,
                "page": a["page"], "passage_id": ref(passage_ids, a.get("passage")), "ref": a.get("ref"),
                "text": a["text"], "description": a["description"], "due_text": a.get("due_text"),
                "due_date": a.get("due_date"), "due_precision": a.get("due_precision"), "status": a["status"],
                "status_text": a.get("status_text"), "first_seen": seen_on, "last_seen": seen_on,
                "restricted": int(bool(a.get("restricted"))), "rule": a.get("rule"), "key": key,
            }).last_pk
            for name, kind in owners:
                pid = person_id(db, name) if kind == "person" else None
                db["action_owners"].insert({"action_id": action_id, "person_id": pid,
                                            "name": _canonical(db, pid) or name, "kind": kind})
        else:
            action_id = existing
            current = db.execute("select last_seen, status, due_date from actions where id = ?", [action_id]).fetchone()
            updates = {}
            if seen_on and (current[0] is None or seen_on >= current[0]):
                updates.update(last_seen=seen_on)
            # the later sighting's status wins; a completion is never undone by an older copy
            if a["status"] == "completed" or (current[0] is None or (seen_on or "") >= (current[0] or "")):
                if not (current[1] == "completed" and a["status"] == "open" and (seen_on or "") <= (current[0] or "")):
                    updates.update(status=a["status"], status_text=a.get("status_text") or current[1])
            if not current[2] and a.get("due_date"):
                updates.update(due_date=a["due_date"], due_text=a.get("due_text"), due_precision=a.get("due_precision"))
            if updates:
                db["actions"].update(action_id, updates)
        db["action_history"].insert({
            "action_id": action_id, "document_id": doc_id, "page": a["page"], "meeting_id": meeting_id,
            "status": a["status"], "status_text": a.get("status_text"), "text": a["text"], "seen_on": seen_on,
        })


def _canonical(db, pid):
    if pid is None:
        return None
    row = db.execute("select name from people where id = ?", [pid]).fetchone()
    return row[0] if row else None


def delete_actions(db, doc_id) -> None:
    """Remove a document's sightings; an action nobody else saw goes, others are recomputed."""
    touched = [r[0] for r in db.execute("select distinct action_id from action_history where document_id = ?", [doc_id])]
    db.execute("delete from action_history where document_id = ?", [doc_id])
    for action_id in touched:
        rows = db.execute(
            "select document_id, page, meeting_id, status, status_text, seen_on from action_history "
            "where action_id = ? order by coalesce(seen_on, ''), id", [action_id]).fetchall()
        if not rows:
            db.execute("delete from action_owners where action_id = ?", [action_id])
            db.execute("delete from actions where id = ?", [action_id])
            continue
        first, last = rows[0], rows[-1]
        db["actions"].update(action_id, {
            "document_id": first[0], "page": first[1], "meeting_id": first[2], "status": last[3],
            "status_text": last[4], "first_seen": first[5], "last_seen": last[5],
        })
