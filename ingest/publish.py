"""The public copy of an archive: `archive.public.db` beside `archive.db`, holding only what an
anonymous visitor may see, brought up to date at the end of every ingest (never at serve
start).

Datasette's table permissions cannot stop arbitrary SQL, so what is restricted is never
written into this file at all: each table's public rows are selected from the archive by the
rule in `restriction.py` (a restricted paper, item, passage or fact, and whatever is known only
from them), and the copy is brought to exactly those rows by difference. Pages and passages,
the big tables, are compared per changed document; the rest row by row. `secure_delete` zeroes
what is removed, so no old restricted text survives in free pages. Server paths are not copied.
A table with no public rule here stays empty in the copy: new tables are private until someone
decides what of them is public.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
import urllib.parse

from . import public_ids, recent_index, stem_counts

STATE_TABLE = "_public_copy"  # the archive state the copy was made from

PUBLIC_DOCS = "select id from src.documents where coalesce(restricted, 0) = 0"
# a row's passage is public: one lookup by key per row, not a set of a million ids
PUBLIC_PASSAGE = "exists (select 1 from src.passages p where p.id = {t}.passage_id and coalesce(p.restricted, 0) = 0)"
PUBLIC_ACTIONS = f"select id from src.actions where coalesce(restricted, 0) = 0 and document_id in ({PUBLIC_DOCS})"
RESTRICTED_PAGE = "exists (select 1 from src.pages rp where rp.document_id = {t}.document_id and rp.page = {t}.page " \
                  "and rp.restricted = 1)"

# table → the condition its public rows meet (on src.<table> aliased as the table's name)
ROW_RULES = {
    "agenda_items": f"coalesce(restricted, 0) = 0 and document_id in ({PUBLIC_DOCS})",
    "meeting_documents": f"document_id in ({PUBLIC_DOCS})",
    "meetings": f"id in (select meeting_id from src.meeting_documents where document_id in ({PUBLIC_DOCS}))",
    "decisions": f"coalesce(restricted, 0) = 0 and document_id in ({PUBLIC_DOCS}) "
                 f"and (passage_id is null or {PUBLIC_PASSAGE.format(t='decisions')})",
    "statistics": f"coalesce(restricted, 0) = 0 and document_id in ({PUBLIC_DOCS}) "
                  f"and (passage_id is null or {PUBLIC_PASSAGE.format(t='statistics')})",
    "actions": f"id in ({PUBLIC_ACTIONS})",
    "action_history": f"action_id in ({PUBLIC_ACTIONS}) and document_id in ({PUBLIC_DOCS}) "
                      f"and coalesce(restricted, 0) = 0 and not {RESTRICTED_PAGE.format(t='action_history')}",
    "action_owners": f"action_id in ({PUBLIC_ACTIONS}) and {{public_owner}}",
    "roles": f"document_id in ({PUBLIC_DOCS}) and not " + RESTRICTED_PAGE.format(t="roles"),
    # on a restricted page ('Apologies for this item: ...' under an exempt item) a row is public
    # only when a public passage of that page names the person
    "attendance": f"document_id in ({PUBLIC_DOCS}) and (not {RESTRICTED_PAGE.format(t='attendance')} or exists ("
                  f"select 1 from src.passages p where p.document_id = attendance.document_id "
                  f"and p.page = attendance.page and coalesce(p.restricted, 0) = 0 and instr(p.text, attendance.name)))",
    "mentions": f"document_id in ({PUBLIC_DOCS}) and ({PUBLIC_PASSAGE.format(t='mentions')} "
                f"or passage_id is null and not {RESTRICTED_PAGE.format(t='mentions')})",
    "acronyms": f"document_id in ({PUBLIC_DOCS}) and (not {RESTRICTED_PAGE.format(t='acronyms')} or exists ("
                f"select 1 from src.passages p where p.document_id = acronyms.document_id and p.page = acronyms.page "
                f"and coalesce(p.restricted, 0) = 0 and instr(p.text, acronyms.expansion)))",
}
# the order matters: people, their aliases and organisations are judged by the public rows
ROW_TABLES = ["documents", "meeting_documents", "meetings", "agenda_items", "decisions", "statistics", "actions",
              "action_history", "action_owners", "roles", "attendance", "mentions", "acronyms"]
# An index of the copy alone: what a search's body and date filters read of each matching
# passage (its meeting, or its paper's). A filtered search may walk a great many matches, and a
# lookup here reads a few bytes where the table's row holds the passage's text (a body filter at
# 1M passages: 134 -> 39 ms). fulltext.py names it (INDEXED BY: SQLite looks rows up by rowid).
FILTER_INDEX = "passages_filters"
PER_DOCUMENT = ("pages", "passages")  # big: compared only for documents that changed
PATH_RE = re.compile(r"(?<![\w.~])(?:[A-Za-z]:)?[\\/](?:[^\s\\/'\"]+[\\/])+(?=[^\s\\/'\"])")


def public_path(db_path: str) -> str:
    """`archive.db` → `archive.public.db`, beside it."""
    root, ext = os.path.splitext(os.path.abspath(db_path))
    return f"{root}.public{ext or '.db'}"


def read_only(path: str) -> str:
    """A URI opening `path` read-only, whatever characters its name holds."""
    return "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"


def without_paths(text: str | None) -> str | None:
    """Error messages name files by their path on the server: keep only the file name."""
    return PATH_RE.sub("", text) if text else text


FRESH = ".fresh"  # beside the copy's name: a first ingest's copy, made empty while its papers are read


def prepare_copy(db_path: str) -> None:
    """When the archive has no public copy yet, make an empty one (its tables, by the same
    migrations) under another name while the ingest's papers are read: the copy's dozen
    migrations and the disk syncs of its first journal leave the ingest's serial end, where
    every core but one waits (0.04 s of CPU, 0.1-0.17 s of wall at load 14). The ingest's
    publish takes it up (`take_prepared`); nothing serves it, and a run killed before then
    leaves it to be made again."""
    out_path = public_path(db_path)
    side = out_path + FRESH
    if os.path.exists(out_path):
        return
    _remove(side)
    try:
        conn = sqlite3.connect(side, isolation_level=None)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA journal_mode = wal")
            _migrate(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        _remove(side)  # the publish makes the copy itself, as it always could


def take_prepared(db_path: str) -> None:
    """The copy `prepare_copy` made becomes the archive's copy, when there is still none and it
    was closed whole (its journal checkpointed into it and gone); otherwise it is dropped."""
    out_path = public_path(db_path)
    side = out_path + FRESH
    if not os.path.exists(side):
        return
    if not os.path.exists(out_path) and not any(os.path.exists(side + end) for end in _JOURNALS):
        os.replace(side, out_path)
    else:
        _remove(side)


_JOURNALS = ("-journal", "-wal", "-shm")  # left only by a connection that did not close (a killed run)


def _remove(path: str) -> None:
    for end in ("", *_JOURNALS):
        try:
            os.remove(path + end)
        except FileNotFoundError:
            pass


def publish(db_path: str, out_path: str | None = None) -> str:
    """Bring the public copy of `db_path` up to date; returns its path."""
    out_path = out_path or public_path(db_path)
    conn = sqlite3.connect(out_path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")  # a running public site keeps reading while this writes
        _migrate(conn)
        conn.create_function("without_paths", 1, without_paths, deterministic=True)
        conn.execute("ATTACH DATABASE ? AS src", [os.path.abspath(db_path)])
        conn.execute("BEGIN IMMEDIATE")
        try:
            touched = _sync(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE src")
        for table in _fts_tables(conn):
            # deleted rows leave tokens in old FTS segments until they are merged; and a search
            # that looks up its shown rows costs a seek per segment (ten segments made a computed
            # search page 14 ms slower at 1M passages), so the copy is served as one
            if table in touched or _segments(conn, table) > 1:
                conn.execute(f"INSERT INTO [{table}_fts]([{table}_fts]) VALUES ('optimize')")
        recent_index.refresh(conn, STATE_TABLE)
        stem_counts.refresh(conn, STATE_TABLE)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return out_path


def _migrate(conn) -> None:
    # imported here: `serve` reads this module for the copy's name, and sqlite-utils (which
    # imports numpy) would be a quarter of its start
    import sqlite_utils

    from .schema import migrate

    # a new copy is made by a dozen migrations, each committed on its own: in WAL mode NORMAL
    # syncs at checkpoints, not at each of those commits (an fsync each, 8 ms here, in the
    # ingest's serial end); each migration is still all or nothing, and the publish's own commit
    # syncs the WAL, these frames included, as before
    was = conn.execute("PRAGMA synchronous").fetchone()[0]
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        migrate(sqlite_utils.Database(conn))
    finally:
        conn.execute(f"PRAGMA synchronous = {int(was)}")


def _sync(conn) -> set[str]:
    """Make every table of the copy hold exactly its public rows; returns the tables from
    which now-restricted rows were removed (their full-text indexes hold them until merged)."""
    touched: set[str] = set()
    writes: list[int] = []  # rows the copy gained or lost
    tables = set(_tables(conn, "main")) & set(_tables(conn, "src"))
    token = public_ids.prepare(conn)
    # a copy numbered by another numbering (or by the archive's own ids, before public ids) is made again whole
    whole = _stored(conn, "ids") != token
    numbered = dict.fromkeys(["documents", *PER_DOCUMENT, *ROW_TABLES, "people", "organisations"])
    public_ids.forget_removed(conn, [t for t in numbered if t in tables and "id" in _columns(conn, t)])
    # every table's public rows, with the archive's ids, are numbered before any is written: rows name each other
    for table in ROW_TABLES:
        if table in tables:
            conn.execute(f"DROP TABLE IF EXISTS temp.[raw_{table}]")
            conn.execute(f"CREATE TEMP TABLE [raw_{table}] AS {_public_select(conn, table)}")
            if "id" in _columns(conn, table):
                public_ids.assign(conn, table, f"select id from temp.[raw_{table}]")
    if "people" in tables:
        named = [f"select person_id from temp.[raw_{t}]" for t in ROW_TABLES
                 if t in tables and "person_id" in _columns(conn, t)]
        public_ids.assign(conn, "people", " union ".join(named) or "select null")
    changed = _changed_documents(conn, whole)
    for table in PER_DOCUMENT:
        if table in tables and changed and _sync_documents_rows(conn, table, changed, writes):
            touched.add(table)
    for table in ROW_TABLES:
        if table in tables:
            select = public_ids.mapped_select(table, _columns(conn, table), f"select * from temp.[raw_{table}]")
            if _sync_rows(conn, table, select, writes):
                touched.add(table)
            conn.execute(f"DROP TABLE temp.[raw_{table}]")
    if "people" in tables:
        touched |= _sync_people(conn, writes)
    if "organisations" in tables and _sync_rows(conn, "organisations", _organisations_select(conn), writes):
        touched.add("organisations")
    if "passages" in tables:
        conn.execute(f"CREATE INDEX IF NOT EXISTS {FILTER_INDEX} ON passages(id, meeting_id, document_id)")
    conn.execute(f"CREATE TABLE IF NOT EXISTS [{STATE_TABLE}] (key TEXT PRIMARY KEY, value TEXT)")
    # The copy says only which version of its own rows it holds (a random value, new whenever they
    # change: what the search's caches and ranking index are kept by), never a digest of the
    # archive, whose count of documents, ids and latest ingest time are few enough to guess from
    # it: and so a copy that an ingest of restricted papers alone left as it was stays, byte for byte.
    if writes or whole or _stored(conn, "source") is None:
        conn.execute(f"INSERT OR REPLACE INTO [{STATE_TABLE}] VALUES ('source', ?)", [secrets.token_hex(16)])
    if whole:
        conn.execute(f"INSERT OR REPLACE INTO [{STATE_TABLE}] VALUES ('ids', ?)", [token])
    if public_ids.stored(conn, "published") != source_state(conn, "src"):  # the archive's state: kept in the archive
        public_ids.record(conn, "published", source_state(conn, "src"))
    return touched


def _stored(conn, key: str) -> str | None:
    try:
        row = conn.execute(f"select value from main.[{STATE_TABLE}] where key = ?", [key]).fetchone()
    except sqlite3.OperationalError:  # a copy made for the first time
        return None
    return row[0] if row else None


def _tables(conn, schema: str) -> list[str]:
    return [r[0] for r in conn.execute(f"select name from {schema}.sqlite_master where type = 'table'")]


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute("select * from pragma_table_info(?, 'main')", [table])]


def _fts_tables(conn) -> list[str]:
    """The tables of the copy that have a full-text index `<table>_fts`."""
    return [r[0] for r in conn.execute("""select t.name from main.sqlite_master t join main.sqlite_master f
                                          on f.name = t.name || '_fts' and f.sql like '%using fts5%'
                                          where t.type = 'table'""")]


def _segments(conn, table: str) -> int:
    """How many b-tree segments the table's FTS5 index is in (its %_idx table lists them)."""
    return conn.execute(f"select count(distinct segid) from main.[{table}_fts_idx]").fetchone()[0]


def source_state(conn, schema: str = "main") -> str:
    """What changes whenever an ingest changes the archive's documents (kept in the archive,
    `_public_state`, never in the copy: it counts restricted papers too)."""
    row = conn.execute(f"select count(*), max(ingested_at), total(id) from {schema}.documents").fetchone()
    return hashlib.sha256("|".join(map(str, row)).encode()).hexdigest()


def is_current(db_path: str, out_path: str | None = None) -> bool:
    """Whether the public copy was made from the archive as it is now."""
    out_path = out_path or public_path(db_path)
    if not os.path.exists(out_path):
        return False
    conn = sqlite3.connect(read_only(out_path), uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS src", [read_only(db_path)])
        token = public_ids.stored(conn, "token")
        return (token is not None and _stored(conn, "ids") == token
                and public_ids.stored(conn, "published") == source_state(conn, "src"))
    except sqlite3.Error:
        return False
    finally:
        conn.close()


# The digest and size of a partly restricted paper are those of the whole file, withheld pages and
# all: anyone holding a guessed copy of the original could confirm it against them.
_PARTLY_RESTRICTED = ("(exists (select 1 from src.pages p where p.document_id = documents.id and p.restricted = 1) "
                      "or exists (select 1 from src.passages p where p.document_id = documents.id and p.restricted = 1))")


def _public_select(conn, table: str) -> str:
    columns = _columns(conn, table)
    src_columns = set(r[1] for r in conn.execute("select * from pragma_table_info(?, 'src')", [table]))
    exprs = []
    for c in columns:
        if c not in src_columns:
            exprs.append(f"null as [{c}]")
        elif table == "documents" and c == "path":
            exprs.append("null as path")  # the server's folders are nobody's business
        elif table == "documents" and c == "error":
            exprs.append("without_paths(error) as error")
        elif table == "documents" and c in ("sha256", "size"):
            exprs.append(f"case when {_PARTLY_RESTRICTED} then null else documents.[{c}] end as [{c}]")
        elif table == "meetings" and c in ("document_id", "page"):
            exprs.append(_meeting_provenance(c))
        elif table in ("actions", "action_history") and c in ("due_date", "due_precision", "due_kind"):
            given = _ACTION_NEWS[c] if table == "actions" else f"[{table}].[{c}]"
            exprs.append(f"{_without_private_meeting(table, c, given)} as [{c}]")
        elif table == "actions" and c in _ACTION_NEWS:
            exprs.append(f"{_ACTION_NEWS[c]} as [{c}]")
        elif table == "action_history" and c == "action_status":
            exprs.append(f"{_PUBLIC_STATUS_AS_OF} as [{c}]")
        elif table == "meetings" and c in _MEETING_DETAILS:
            exprs.append(_meeting_detail(c))
        else:
            exprs.append(f"[{table}].[{c}]")
    where = "coalesce(restricted, 0) = 0" if table == "documents" else ROW_RULES[table].format(public_owner=_PUBLIC_OWNER)
    return f"select {', '.join(exprs)} from src.[{table}] as [{table}] where {where}"


# A public action's news (closed, last seen, what the papers last said, how often) is what its
# public sightings say: a sighting in a restricted item ("the lease negotiation was completed",
# under Part 2) must not close the action or date its last mention in the public copy.
def _public_sighting(h: str, action: str) -> str:
    return (f"{h}.action_id = {action} and {h}.document_id in ({PUBLIC_DOCS}) and coalesce({h}.restricted, 0) = 0 "
            f"and not {RESTRICTED_PAGE.format(t=h)}")


def _private_sighting(h: str, action: str) -> str:
    return (f"{h}.action_id = {action} and not ({h}.document_id in ({PUBLIC_DOCS}) and coalesce({h}.restricted, 0) = 0 "
            f"and not {RESTRICTED_PAGE.format(t=h)})")


_PUBLIC_SIGHTING = _public_sighting("h", "actions.id")
_CLOSED_IN_PRIVATE = ("(actions.completed_document_id is not null and not exists (select 1 from src.action_history h "
                      f"where {_PUBLIC_SIGHTING} and h.document_id = actions.completed_document_id "
                      "and h.page = actions.completed_page))")
_NEWS_IN_PRIVATE = ("(actions.last_seen_document_id is not null and not exists (select 1 from src.action_history h "
                    f"where {_PUBLIC_SIGHTING} and h.document_id = actions.last_seen_document_id "
                    "and h.page = actions.last_seen_page))")
_LATEST_PUBLIC = f"from src.action_history h where {_PUBLIC_SIGHTING} order by h.seen_on desc, h.id desc limit 1"
# what the papers said of the action: a status wording or state only a restricted sighting gave
_WORDING_IN_PRIVATE = ("(actions.status_text is not null and not exists (select 1 from src.action_history h "
                       f"where {_PUBLIC_SIGHTING} and h.status_text = actions.status_text))")
_STATE_IN_PRIVATE = f"not exists (select 1 from src.action_history h where {_PUBLIC_SIGHTING} and h.state = actions.state)"
# a due date or an owner a later paper gave: from the public papers only, when a restricted
# sighting of the action gave either (the archive's own rule, on the public sightings)
_PRIVATE_PAPER_SET = ("exists (select 1 from src.action_history ph where {private} and ph.kind = 'extracted' "
                      "and coalesce(ph.{column}, '[]') not in ('[]', ''))")
_DUE_IN_PRIVATE = _PRIVATE_PAPER_SET.format(private=_private_sighting("ph", "actions.id"), column="due_date")
_LATEST_PUBLIC_DUE = (f"from src.action_history h where {_PUBLIC_SIGHTING} and h.kind = 'extracted' "
                      "order by h.due_date is not null desc, h.seen_on desc, h.id desc limit 1")
# An owner a public paper names: by the name stored (sightings keep their owners as JSON, whose
# escapes spell 'Zoë' as 'Zo\u00eb', so the names are read out of it, not searched in it), by
# an alias of the person, or by the short form the body's papers taught ('Ali' for Alison
# Hopkins, store_action_threads.short_names): a single word, the start of the owner's given name
# and of no other owner of the action, and not itself one of its owners.
_NAMED = "json_extract(o.value, '$.name')"
_NAMES_OWNER = (f"({_NAMED} = action_owners.name "
                f"or exists (select 1 from src.person_aliases a where a.person_id = action_owners.person_id "
                f"and a.alias = {_NAMED}) "
                f"or (length({_NAMED}) >= 3 and instr({_NAMED}, ' ') = 0 "
                f"and substr(action_owners.name, 1, length({_NAMED})) = {_NAMED} "
                f"and substr(action_owners.name, length({_NAMED}) + 1, 1) glob '[a-z]' "
                f"and not exists (select 1 from src.action_owners o2 where o2.action_id = action_owners.action_id "
                f"and o2.rowid != action_owners.rowid and substr(o2.name, 1, length({_NAMED})) = {_NAMED})))")
_PUBLIC_OWNER = ("(not " + _PRIVATE_PAPER_SET.format(private=_private_sighting("ph", "action_owners.action_id"),
                                                     column="owners")
                 + " or exists (select 1 from src.action_history h, json_each(case when json_valid(h.owners) "
                 "then h.owners else '[]' end) o where "
                 + _public_sighting("h", "action_owners.action_id") + f" and h.kind = 'extracted' and {_NAMES_OWNER}))")
_OWNERS_IN_PRIVATE = _PRIVATE_PAPER_SET.format(private=_private_sighting("ph", "actions.id"), column="owners")
_ACTION_NEWS = {
    "status": f"case when {_CLOSED_IN_PRIVATE} then 'open' else actions.status end",
    "state": f"case when {_CLOSED_IN_PRIVATE} or ({_NEWS_IN_PRIVATE} and actions.status != 'completed') "
             f"or {_STATE_IN_PRIVATE} then 'open' else actions.state end",
    "status_text": f"case when {_CLOSED_IN_PRIVATE} or {_NEWS_IN_PRIVATE} or {_WORDING_IN_PRIVATE} then null "
                   "else actions.status_text end",
    **{c: f"case when {_CLOSED_IN_PRIVATE} then null else actions.[{c}] end"
       for c in ("completed_in", "completed_document_id", "completed_page")},
    **{c: f"case when {_NEWS_IN_PRIVATE} then (select h.[{h}] {_LATEST_PUBLIC}) else actions.[{c}] end"
       for c, h in (("last_seen", "seen_on"), ("last_seen_document_id", "document_id"), ("last_seen_page", "page"))},
    "sightings": f"(select count(*) from src.action_history h where {_PUBLIC_SIGHTING})",
    **{c: f"case when {_DUE_IN_PRIVATE} then (select h.[{c}] {_LATEST_PUBLIC_DUE}) else actions.[{c}] end"
       for c in ("due_text", "due_date", "due_precision", "due_kind")},
    "owners": f"""case when {_OWNERS_IN_PRIVATE} then (select group_concat(action_owners.name, '; ')
                  from src.action_owners as action_owners where action_owners.action_id = actions.id
                  and {_PUBLIC_OWNER}) else actions.owners end""",
}
# A sighting's `action_status` is the action's status once the papers up to its meeting are
# read, restricted ones included: after a restricted closure, a public sighting would say
# 'completed'. When a restricted sighting came before, the status is read again from the public
# sightings up to it (the latest that gives news; a restated open action stays closed).
_PUBLIC_STATUS_AS_OF = f"""case when not exists (select 1 from src.action_history ph
        where {_private_sighting("ph", "action_history.action_id")} and ph.seen_on <= action_history.seen_on)
    then action_history.action_status else coalesce((select p.status from src.action_history p
        where {_public_sighting("p", "action_history.action_id")} and p.seen_on <= action_history.seen_on
        and coalesce(p.state, '') != 'mentioned' and not (p.kind = 'extracted' and p.status = 'open'
          and p.state = 'open' and exists (select 1 from src.action_history q
            where {_public_sighting("q", "action_history.action_id")} and q.seen_on < p.seen_on
            and q.status = 'completed'))
        order by p.seen_on desc, p.id desc limit 1), 'open') end"""


# 'By the next meeting' is dated by the body's next meeting in the archive (next_meeting_due.py):
# when that meeting is known only from restricted papers (minutes NOT FOR PUBLICATION), a
# public action's due date would tell that the body met, and when. There the due is what the
# action's own public paper says of its next meeting (after the meeting, within four months),
# or none.
_PUBLIC_MEETINGS = f"select meeting_id from src.meeting_documents where document_id in ({PUBLIC_DOCS})"


def _without_private_meeting(table: str, column: str, given: str) -> str:
    row_due = (_ACTION_NEWS["due_date"] if table == "actions" else f"[{table}].due_date")
    seen = "actions.meeting_date" if table == "actions" else "action_history.seen_on"
    private = (f"([{table}].due_text like '%next%' and {row_due} is not null and exists ("
               f"select 1 from src.meetings pm where pm.body_key = (select om.body_key from src.meetings om "
               f"where om.id = [{table}].meeting_id) and pm.date = substr({row_due}, 1, length(pm.date)) "
               f"and pm.id not in ({_PUBLIC_MEETINGS})) and not exists ("
               f"select 1 from src.meetings qm where qm.body_key = (select om.body_key from src.meetings om "
               f"where om.id = [{table}].meeting_id) and qm.date = substr({row_due}, 1, length(qm.date)) "
               f"and qm.id in ({_PUBLIC_MEETINGS})))")
    stated = (f"(select md.next_meeting from src.meeting_documents md where md.meeting_id = [{table}].meeting_id "
              f"and md.document_id = [{table}].document_id and md.next_meeting > {seen} "
              f"and julianday(md.next_meeting) - julianday({seen}) <= 123)")
    # the stated next meeting stands in: a day, worked out from the paper's words
    said = {"due_precision": "day", "due_kind": "resolved"}.get(column)
    public = stated if column == "due_date" else f"case when {stated} is not null then '{said}' end"
    return f"case when {private} then {public} else {given} end"


# A meeting's details come from the paper that sorts first and are filled from the others: a
# meeting that a restricted paper also records takes them from its public papers alone
# (meeting_documents holds each paper's own, from v7; an older row has none, so shows none).
_MEETING_DETAILS = {"start_time", "venue", "next_meeting", "authority"}


def _meeting_detail(column: str) -> str:
    private = (f"exists (select 1 from src.meeting_documents pmd where pmd.meeting_id = meetings.id "
               f"and pmd.document_id not in ({PUBLIC_DOCS}))")
    if column == "authority":
        pick = ("(select d.authority from src.meeting_documents md join src.documents d on d.id = md.document_id "
                f"where md.meeting_id = meetings.id and md.document_id in ({PUBLIC_DOCS}) {{first}})")
    else:
        pick = (f"(select md.[{column}] from src.meeting_documents md where md.meeting_id = meetings.id "
                f"and md.document_id in ({PUBLIC_DOCS}) and md.[{column}] is not null {{first}})")
    # the paper that gives the meeting its provenance first, then the others by id
    public = (f"coalesce({pick.format(first='and md.document_id = meetings.document_id')}, "
              f"{pick.format(first='order by md.document_id limit 1')})")
    return f"case when {private} then {public} else meetings.[{column}] end as [{column}]"


def _meeting_provenance(column: str) -> str:
    """A meeting first seen in a restricted paper takes its page from a public one."""
    return (f"case when meetings.document_id in ({PUBLIC_DOCS}) then meetings.[{column}] else "
            f"(select md.[{column}] from src.meeting_documents md where md.meeting_id = meetings.id "
            f"and md.document_id in ({PUBLIC_DOCS}) order by md.document_id limit 1) end as [{column}]")


def _key(conn, table: str) -> str:
    return "id" if "id" in _columns(conn, table) else "rowid"


def _sync_rows(conn, table: str, select: str, writes: list[int]) -> bool:
    """Bring main.<table> to exactly the rows of `select`; True when rows were deleted."""
    columns = ", ".join(f"[{c}]" for c in _columns(conn, table))
    key = _key(conn, table)
    conn.execute("DROP TABLE IF EXISTS temp.want")
    conn.execute(f"CREATE TEMP TABLE want AS {select}")
    if key == "rowid":  # no key to compare by: small link tables, replaced when they differ
        differs = conn.execute(f"select exists (select * from temp.want except select {columns} from main.[{table}]) "
                               f"or exists (select {columns} from main.[{table}] except select * from temp.want)").fetchone()[0]
        if differs:
            conn.execute(f"DELETE FROM main.[{table}]")
            conn.execute(f"INSERT INTO main.[{table}] ({columns}) SELECT * FROM temp.want")
            writes.append(1)
        return bool(differs)
    conn.execute("DROP TABLE IF EXISTS temp.stale")
    conn.execute(f"""CREATE TEMP TABLE stale AS
        select [{key}] as k from (select {columns} from main.[{table}] except select * from temp.want)""")
    # rows still in the archive but no longer public: their text must leave the FTS index too
    gone = conn.execute(f"""select exists (select 1 from temp.stale where k in (select [{key}] from src.[{table}])
                            and k not in (select [{key}] from temp.want))""").fetchone()[0]
    deleted = conn.execute(f"DELETE FROM main.[{table}] WHERE [{key}] IN (select k from temp.stale)").rowcount
    added = conn.execute(f"""INSERT INTO main.[{table}] ({columns})
        SELECT * FROM temp.want WHERE [{key}] NOT IN (select [{key}] from main.[{table}])""").rowcount
    if deleted + added:
        writes.append(deleted + added)
    return deleted > 0 and gone


def _changed_documents(conn, whole: bool = False) -> list[int]:
    """Documents (their public ids) whose rows in the copy may differ: new, changed, removed, or
    now restricted; every one when the copy is made again whole."""
    public_now = (f"select public_id from src.[{public_ids.MAP_TABLE}] where tab = 'documents' "
                  f"and archive_id in ({PUBLIC_DOCS})")
    if whole:
        return [r[0] for r in conn.execute(f"{public_now} union select id from main.documents")]
    return [r[0] for r in conn.execute(f"""
        select id from (select {public_ids.public('documents', 'd.id')} as id, ingested_at from src.documents d
                        where d.id in ({PUBLIC_DOCS})
                        except select id, ingested_at from main.documents)
        union select id from main.documents where id not in ({public_now})""")]


def _sync_documents_rows(conn, table: str, documents: list[int], writes: list[int]) -> bool:
    columns = _columns(conn, table)
    names = ", ".join(f"[{c}]" for c in columns)
    conn.execute("DROP TABLE IF EXISTS temp.changed")
    conn.execute("CREATE TEMP TABLE changed (id INTEGER PRIMARY KEY)")  # public ids
    conn.executemany("INSERT INTO temp.changed VALUES (?)", [(d,) for d in documents])
    conn.execute("DROP TABLE IF EXISTS temp.changed_archive")
    conn.execute(f"""CREATE TEMP TABLE changed_archive AS select archive_id as id from src.[{public_ids.MAP_TABLE}]
                     where tab = 'documents' and public_id in (select id from temp.changed)""")
    deleted = conn.execute(f"DELETE FROM main.[{table}] WHERE document_id IN (select id from temp.changed)").rowcount
    if table == "passages":
        where = f"coalesce(restricted, 0) = 0 and document_id in ({PUBLIC_DOCS})"
        exprs = names
    else:  # a page holding restricted passages keeps only its public ones as text
        where = f"document_id in ({PUBLIC_DOCS})"
        exprs = ", ".join(f"[{c}]" if c != "text" else _public_page_text() for c in columns)
    chosen = f"FROM src.[{table}] AS [{table}] WHERE document_id IN (select id from temp.changed_archive) AND {where}"
    rows = f"SELECT {exprs} {chosen}"
    public_ids.assign(conn, table, f"SELECT id {chosen}")
    added = conn.execute(f"INSERT INTO main.[{table}] ({names}) {public_ids.mapped_select(table, columns, rows)}").rowcount
    if deleted + added:
        writes.append(deleted + added)
    return deleted > 0 and _now_restricted(conn, table)


def _now_restricted(conn, table: str) -> bool:
    """Whether a changed paper now holds restricted material (or is restricted whole): what it
    had in the copy may now be restricted, so its words must leave the FTS index too. A paper
    that only changed, or left the archive, had only public words there."""
    return bool(conn.execute(f"""select exists (select 1 from temp.changed_archive c join src.documents d on d.id = c.id
                                   where coalesce(d.restricted, 0) = 1)
                                 or exists (select 1 from src.[{table}] where document_id in (select id from temp.changed_archive)
                                   and restricted = 1)""").fetchone()[0])


def _public_page_text() -> str:
    return """case when coalesce(pages.restricted, 0) = 0 then pages.text else coalesce((
        select group_concat(text, char(10) || char(10)) from (
          select p.text from src.passages p where p.document_id = pages.document_id and p.page = pages.page
          and coalesce(p.restricted, 0) = 0 order by p.id)), '') end as text"""


def _sync_people(conn, writes: list[int]) -> set[str]:
    """A person is public when a public row names them; an alias when a public row spells it."""
    touched = set()
    refs = [t for t in _tables(conn, "main")
            if t not in ("people", "person_aliases") and "person_id" in _columns(conn, t)]
    public_people = " union ".join(f"select person_id from main.[{t}]" for t in refs) or "select null"
    names = " union ".join(f"select person_id, name from main.[{t}]" for t in refs if "name" in _columns(conn, t))
    names = names or "select null, null"
    conn.execute("DROP TABLE IF EXISTS temp.public_names")
    conn.execute(f"CREATE TEMP TABLE public_names AS {names}")
    # each alias looks its person's names up here: without an index, a scan of every public name
    # per alias (1,100 aliases x 6,000 names: a tenth of a fresh copy's time, and growing as the square)
    conn.execute("CREATE INDEX temp.public_names_person ON public_names(person_id, name)")
    alias_rule = f"""person_aliases.person_id in ({public_people}) and (
        exists (select 1 from temp.public_names n where n.person_id = person_aliases.person_id
                and n.name = person_aliases.alias)
        or exists (select 1 from main.mentions m where m.person_id = person_aliases.person_id
                   and instr(m.text, person_aliases.alias))
        or exists (select 1 from main.roles r where r.person_id = person_aliases.person_id)
           and person_aliases.alias = (select name from src.people p where p.id = person_aliases.archive_person))"""
    aliases = (f"select {public_ids.public('people', 'a.person_id')} as person_id, a.person_id as archive_person, "
               "a.alias from src.person_aliases a")
    if "person_aliases" in _tables(conn, "main") and _sync_rows(
            conn, "person_aliases", f"select person_id, alias from ({aliases}) as person_aliases where {alias_rule}",
            writes):
        touched.add("person_aliases")
    # a name spelt only in restricted text gives way to the longest public spelling, and its
    # key (which would spell it too) to nothing
    name_public = """(name in (select alias from main.person_aliases a where a.person_id = people.id)
        or not exists (select 1 from main.person_aliases a where a.person_id = people.id))"""
    replaced = {
        "name": f"""case when {name_public} then name else (select alias from main.person_aliases a
            where a.person_id = people.id order by length(alias) desc limit 1) end as name""",
        "key": f"case when {name_public} then key end as key",
    }
    columns = _columns(conn, "people")
    exprs = ", ".join(replaced.get(c, f"[{c}]") for c in columns)
    people = public_ids.mapped_select("people", columns, f"select {', '.join(f'[{c}]' for c in columns)} from src.people")
    if _sync_rows(conn, "people", f"select {exprs} from ({people}) as people where id in ({public_people})", writes):
        touched.add("people")
    return touched


def _organisations_select(conn) -> str:
    """Organisations carry no provenance: public when their name is in a public passage."""
    columns = ", ".join(f"[{c}]" for c in _columns(conn, "organisations"))
    keep = []
    for oid, name in conn.execute("select id, name from src.organisations").fetchall():
        phrase = '"' + (name or "").replace('"', '""') + '"'
        try:
            if conn.execute("select 1 from main.passages_fts where passages_fts match ? limit 1", [phrase]).fetchone():
                keep.append(int(oid))
        except sqlite3.OperationalError:
            continue
    chosen = f"select {columns} from src.organisations where id in ({','.join(map(str, keep)) or 'null'})"
    public_ids.assign(conn, "organisations", f"select id from ({chosen})")
    return public_ids.mapped_select("organisations", _columns(conn, "organisations"), chosen)
