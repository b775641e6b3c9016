"""Writing one document's extracted facts. People are resolved to `people` rows here by
alias; merging one person's spellings across documents happens in ingest.merge_people."""

from __future__ import annotations

from sqlite_utils.db import jsonify_if_needed

from ..extract.names import clean_name, name_key, split_title

FACT_TABLES = ("mentions", "attendance", "roles", "statistics", "decisions", "acronyms")
# values sqlite-utils stores as they are: most of a fact row's, which need not go through its chain of type tests
PLAIN = (str, int, float, type(None))


def person_id(db, name: str) -> int:
    """The person an alias already names, or a new person."""
    alias = " ".join(name.split())
    row = db.execute("select person_id from person_aliases where alias = ? limit 1", [alias]).fetchone()
    if row:
        return row[0]
    key = name_key(alias)
    row = db.execute("select id, name from people where key = ? limit 1", [key]).fetchone()
    if row:
        pid = row[0]
        if clean_name(alias) > row[1]:
            # spellings of one key ('Andre', 'André') name the person alike whatever order the
            # papers are written in (--workers, --cluster): the greatest spelling, not the first
            db.execute("update people set name = ? where id = ?", [clean_name(alias), pid])
    else:
        pid = _insert(db, "people", {"name": clean_name(alias), "key": key})
    db.execute("insert or ignore into person_aliases (person_id, alias) values (?, ?)", [pid, alias])
    return pid


def _insert(db, table: str, row: dict) -> int:
    """A plain INSERT into a table the migrations made, returning the row's id: sqlite-utils'
    insert() re-reads the table's shape on every call, and a paper has thousands of mentions
    and figures. Values are stored as sqlite-utils would store them (a list or dict as JSON)."""
    columns = ", ".join(f"[{c}]" for c in row)
    values = [v if type(v) in PLAIN else jsonify_if_needed(v) for v in row.values()]
    return db.conn.execute(f"insert into [{table}] ({columns}) values ({', '.join('?' * len(row))})", values).lastrowid


def write_facts(db, doc_id, facts, meeting_ids, item_ids, passage_ids) -> None:
    def ref(ids, index):
        return ids[index] if index is not None and index < len(ids) else None

    for a in facts.get("attendance", []):
        _insert(db, "attendance", {
            "meeting_id": ref(meeting_ids, a["meeting"]), "person_id": person_id(db, a["name"]),
            "name": clean_name(a["name"]), "status": a["status"], "role": a.get("role"),
            "document_id": doc_id, "page": a["page"], "title": a.get("title"),
        })
    for r in facts.get("roles", []):
        _insert(db, "roles", {
            "person_id": person_id(db, r["name"]), "title": r.get("title"), "organisation": r.get("organisation"),
            "body": r.get("body"), "meeting_id": ref(meeting_ids, r.get("meeting")), "document_id": doc_id,
            "page": r["page"],
        })
    for m in facts.get("mentions", []):
        pid = person_id(db, m["name"])
        alias = " ".join((m.get("alias") or "").split())
        if alias and alias != m["name"]:  # "Councillor Ghani" is a spelling of Syed Ghani too
            db.execute("insert or ignore into person_aliases (person_id, alias) values (?, ?)", [pid, alias])
        _insert(db, "mentions", {
            "person_id": pid, "name": clean_name(m["name"]), "document_id": doc_id,
            "page": m["page"], "passage_id": ref(passage_ids, m.get("passage")), "text": m.get("text"),
            "kind": m.get("kind"), "title": split_title(alias)[0] if alias else None,
        })
    held = meetings_held(db, meeting_ids)
    for d in facts.get("decisions", []):
        _insert(db, "decisions", {
            **held.get(ref(meeting_ids, d.get("meeting")), NOT_HELD),
            "meeting_id": ref(meeting_ids, d.get("meeting")), "agenda_item_id": ref(item_ids, d.get("item")),
            "document_id": doc_id, "page": d["page"], "passage_id": ref(passage_ids, d.get("passage")),
            "text": d["text"], "kind": d["kind"], "mover": d.get("mover"), "seconder": d.get("seconder"),
            "votes_for": d.get("votes_for"), "votes_against": d.get("votes_against"),
            "votes_abstain": d.get("votes_abstain"), "restricted": int(bool(d.get("restricted"))), "rule": d.get("rule"),
            "source": d.get("source", "meeting"), "score": d.get("score"), "signals": d.get("signals"),
        })
    for s in facts.get("statistics", []):
        _insert(db, "statistics", {
            **held.get(ref(meeting_ids, s.get("meeting")), NOT_HELD),
            "document_id": doc_id, "page": s["page"], "passage_id": ref(passage_ids, s.get("passage")),
            "meeting_id": ref(meeting_ids, s.get("meeting")), "value": s["value"], "unit": s["unit"],
            "measure": s.get("measure"), "period": s.get("period"), "text": s.get("text"), "sentence": s.get("sentence"),
            "restricted": int(bool(s.get("restricted"))),
        })
    for a in facts.get("acronyms", []):
        db.execute("insert or ignore into acronyms (acronym, expansion, document_id, page) values (?, ?, ?, ?)",
                   [a["acronym"], a["expansion"], doc_id, a["page"]])
    for o in facts.get("organisations", []):
        existing = db.execute("select id, acronym from organisations where name = ?", [o["name"]]).fetchone()
        if not existing:
            db["organisations"].insert({"name": o["name"], "acronym": o.get("acronym")})
        elif not existing[1] and o.get("acronym"):
            db["organisations"].update(existing[0], {"acronym": o["acronym"]})
    from .store_actions import write_actions

    write_actions(db, doc_id, facts.get("actions", []), meeting_ids, item_ids, passage_ids, person_id)


NOT_HELD = {"body": None, "meeting_date": None, "year": None}


def meetings_held(db, meeting_ids: list[int]) -> dict[int, dict]:
    """The body, date and year of each meeting, written with each decision, figure and action as
    `schema.refresh_denormalised` would set them: the refresh after the people merge then
    rewrites only the rows whose meeting it renamed, where it rewrote every row (a decision's
    rewrite takes its text out of the full-text index and puts it back), in the ingest's serial end."""
    ids = sorted({m for m in meeting_ids if m is not None})
    held = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        held.update((r[0], {"body": r[1], "meeting_date": r[2], "year": r[3]}) for r in db.execute(
            f"select id, body, date, cast(substr(date, 1, 4) as integer) from meetings "
            f"where id in ({', '.join('?' * len(chunk))})", chunk))
    return held


def delete_facts(db, doc_id) -> None:
    from .store_actions import delete_actions

    delete_actions(db, doc_id)
    for table in FACT_TABLES:
        db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
