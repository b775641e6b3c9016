"""The database contract (shared/SCHEMA.md) as migrations.

Each migration upgrades a database by one version; `PRAGMA user_version` records where a
database is, so an existing archive is upgraded in place rather than rebuilt. Never edit a
released migration: add a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: `serve` reads SCHEMA_VERSION, and sqlite-utils imports numpy
    import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["documents"].create(
        {"id": int, "path": str, "filename": str, "sha256": str, "format": str, "kind": str, "title": str,
         "pages": int, "status": str, "error": str, "restricted": int, "size": int, "ingested_at": str},
        pk="id",
    )
    db["documents"].create_index(["path"], unique=True)
    db["documents"].create_index(["sha256"])
    db["pages"].create(
        {"id": int, "document_id": int, "page": int, "text": str, "restricted": int, "blank": int},
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["pages"].create_index(["document_id", "page"], unique=True)
    db["meetings"].create(
        {"id": int, "body": str, "body_key": str, "date": str, "start_time": str, "venue": str,
         "next_meeting": str, "document_id": int, "page": int},
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["meetings"].create_index(["body_key", "date"], unique=True)
    db["meetings"].create_index(["date"])
    db["meeting_documents"].create(
        {"meeting_id": int, "document_id": int, "page": int, "role": str},
        pk=("meeting_id", "document_id", "role"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
    )
    db["agenda_items"].create(
        {"id": int, "meeting_id": int, "number": str, "title": str, "presenter": str, "pages": str,
         "restricted": int, "document_id": int, "page": int},
        pk="id", foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
    )
    db["passages"].create(
        {"id": int, "document_id": int, "page": int, "meeting_id": int, "agenda_item_id": int,
         "heading": str, "text": str, "kind": str, "restricted": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("meeting_id", "meetings", "id"),
                      ("agenda_item_id", "agenda_items", "id")],
    )
    for table in ("agenda_items", "passages", "meeting_documents"):
        db[table].create_index(["document_id"])
    db["passages"].create_index(["meeting_id"])
    db["pages"].enable_fts(["text"], fts_version="FTS5", tokenize="porter", create_triggers=True)
    db["passages"].enable_fts(["heading", "text"], fts_version="FTS5", tokenize="porter", create_triggers=True)


def _v2(db: sqlite_utils.Database) -> None:
    """Extracted facts: people, attendance, actions with history and owners, decisions,
    statistics, acronyms, organisations; every row with its document and page."""
    db["people"].create({"id": int, "name": str, "key": str}, pk="id")
    db["people"].create_index(["key"])
    db["person_aliases"].create({"person_id": int, "alias": str}, pk=("person_id", "alias"),
                                foreign_keys=[("person_id", "people", "id")])
    db["person_aliases"].create_index(["alias"])
    db["roles"].create(
        {"id": int, "person_id": int, "title": str, "organisation": str, "body": str, "meeting_id": int,
         "document_id": int, "page": int},
        pk="id", foreign_keys=[("person_id", "people", "id"), ("document_id", "documents", "id")],
    )
    db["attendance"].create(
        {"id": int, "meeting_id": int, "person_id": int, "name": str, "status": str, "role": str,
         "document_id": int, "page": int},
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id"), ("person_id", "people", "id"), ("document_id", "documents", "id")],
    )
    db["mentions"].create(
        {"id": int, "person_id": int, "name": str, "document_id": int, "page": int, "passage_id": int, "text": str,
         "kind": str},
        pk="id",
        foreign_keys=[("person_id", "people", "id"), ("document_id", "documents", "id"), ("passage_id", "passages", "id")],
    )
    db["actions"].create(
        {"id": int, "meeting_id": int, "agenda_item_id": int, "document_id": int, "page": int, "passage_id": int,
         "ref": str, "text": str, "description": str, "due_text": str, "due_date": str, "due_precision": str, "status": str,
         "status_text": str, "first_seen": str, "last_seen": str, "restricted": int, "rule": str, "key": str},
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id"), ("agenda_item_id", "agenda_items", "id"),
                      ("document_id", "documents", "id")],
    )
    db["action_history"].create(
        {"id": int, "action_id": int, "document_id": int, "page": int, "meeting_id": int, "status": str,
         "status_text": str, "text": str, "seen_on": str},
        pk="id",
        foreign_keys=[("action_id", "actions", "id"), ("document_id", "documents", "id"), ("meeting_id", "meetings", "id")],
    )
    db["action_owners"].create(
        {"action_id": int, "person_id": int, "name": str, "kind": str},
        foreign_keys=[("action_id", "actions", "id"), ("person_id", "people", "id")],
    )
    db["decisions"].create(
        {"id": int, "meeting_id": int, "agenda_item_id": int, "document_id": int, "page": int, "passage_id": int,
         "text": str, "kind": str, "mover": str, "seconder": str, "votes_for": int, "votes_against": int,
         "votes_abstain": int, "restricted": int, "rule": str},
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id"), ("agenda_item_id", "agenda_items", "id"),
                      ("document_id", "documents", "id")],
    )
    db["statistics"].create(
        {"id": int, "document_id": int, "page": int, "passage_id": int, "meeting_id": int, "value": float,
         "unit": str, "measure": str, "period": str, "text": str, "sentence": str, "restricted": int},
        pk="id", foreign_keys=[("document_id", "documents", "id"), ("passage_id", "passages", "id")],
    )
    db["organisations"].create({"id": int, "name": str, "acronym": str}, pk="id")
    db["organisations"].create_index(["name"], unique=True)
    db["acronyms"].create(
        {"acronym": str, "expansion": str, "document_id": int, "page": int},
        pk=("acronym", "expansion", "document_id"), foreign_keys=[("document_id", "documents", "id")],
    )
    for table in ("roles", "attendance", "mentions", "actions", "action_history", "decisions", "statistics"):
        db[table].create_index(["document_id"])
    for table in ("attendance", "mentions", "roles", "action_owners"):
        db[table].create_index(["person_id"])
    db["action_owners"].create_index(["action_id"])
    db["action_history"].create_index(["action_id"])
    db["actions"].create_index(["key"])
    db["actions"].create_index(["status", "due_date"])
    db["decisions"].create_index(["meeting_id"])
    db["attendance"].create_index(["meeting_id"])
    db["decisions"].enable_fts(["text"], fts_version="FTS5", tokenize="porter", create_triggers=True)
    db["actions"].enable_fts(["text", "description"], fts_version="FTS5", tokenize="porter", create_triggers=True)
    db.execute("""
        create view overdue_actions as
        select a.id as action_id, a.description, a.due_date, a.due_text, a.status_text,
          cast(julianday('now') - julianday(a.due_date) as integer) as days_overdue,
          (select group_concat(o.name, '; ') from action_owners o where o.action_id = a.id) as owners,
          m.body, m.date as meeting_date, a.first_seen, a.last_seen, d.filename, a.document_id, a.page,
          '/-/source/' || a.document_id || '#page=' || a.page as source
        from actions a
        left join meetings m on m.id = a.meeting_id
        left join documents d on d.id = a.document_id
        where a.status = 'open' and a.due_date is not null and a.due_date < date('now')
        order by days_overdue desc""")
    db.execute("""
        create view open_actions_by_owner as
        select coalesce(o.name, '(no owner named)') as owner, o.person_id,
          count(*) as open_actions,
          sum(case when a.due_date < date('now') then 1 else 0 end) as overdue,
          min(a.due_date) as earliest_due, min(a.first_seen) as oldest_since
        from actions a left join action_owners o on o.action_id = a.id
        where a.status = 'open'
        group by coalesce(o.name, '(no owner named)'), o.person_id
        order by overdue desc, open_actions desc""")


def _v3(db: sqlite_utils.Database) -> None:
    """Denormalised columns for faceting and sorting in Datasette (body, meeting date, year,
    owners), kept up to date by `refresh_denormalised` after every ingest."""
    for table in ("actions", "decisions", "statistics"):
        db[table].add_column("body", str)
        db[table].add_column("meeting_date", str)
        db[table].add_column("year", int)
    db["actions"].add_column("owners", str)
    db["meetings"].add_column("year", int)
    db["decisions"].create_index(["meeting_date"])
    db["actions"].create_index(["owners"])
    refresh_denormalised(db)


def refresh_denormalised(db: sqlite_utils.Database) -> None:
    """Only the rows whose values change are written: an update fires the table's full-text
    triggers (its text taken out of the index and put back) even when nothing changes, and an
    ingest refreshes twice (after the people merge and after the linking), every row each time."""
    year = "cast(substr(date, 1, 4) as integer)"
    db.execute(f"update meetings set year = {year} where year is not {year}")
    for table in ("actions", "decisions", "statistics"):
        values = {"body": "body", "meeting_date": "date", "year": year}
        found = {c: f"(select {v} from meetings m where m.id = [{table}].meeting_id)" for c, v in values.items()}
        db.execute(f"update [{table}] set {', '.join(f'{c} = {v}' for c, v in found.items())} "
                   f"where {' or '.join(f'{c} is not {v}' for c, v in found.items())}")
    owners = "(select group_concat(name, '; ') from action_owners o where o.action_id = actions.id)"
    db.execute(f"update actions set owners = {owners} where owners is not {owners}")


def _add_columns(db: sqlite_utils.Database, table: str, columns: dict) -> None:
    """Add what is missing only: _v4 collects statements from several changes of one session."""
    existing = set(db[table].columns_dict)
    for name, kind in columns.items():
        if name not in existing:
            db[table].add_column(name, kind)


def _v4(db: sqlite_utils.Database) -> None:
    """This session's additions; each statement is safe on a database that already has it."""
    # size + mtime let an unchanged file be skipped without reading its bytes
    if "mtime_ns" not in db["documents"].columns_dict:
        db["documents"].add_column("mtime_ns", int)
    # cross-paper work still to do, noted in the transaction of the paper that needs it and
    # cleared in the transaction of the work: a run killed in between is finished by the next
    if "pending_work" not in db.table_names():
        db["pending_work"].create({"task": str, "since": str}, pk="task")
    # whose decision: the meeting's own, one reported from elsewhere or earlier, or one proposed
    for column, kind in (("source", str), ("score", float), ("signals", str)):
        if column not in db["decisions"].columns_dict:
            db["decisions"].add_column(column, kind)
    db["decisions"].create_index(["source"], if_not_exists=True)
    # the overdue page asks each action's body for its latest meeting; without this, a scan of
    # every meeting per action (2.5 s for 5,000 overdue actions at 10,000 meetings)
    db["meetings"].create_index(["body", "date"], if_not_exists=True)
    # actions followed across a body's papers: each sighting keeps what its paper says (wording,
    # owners, reference, item, status in its own words); an action records the paper that closed
    # it; the overdue view tells 'reported still open' from 'no later paper mentions it'
    _add_columns(db, "action_history", {
        "kind": str, "description": str, "owners": str, "ref": str, "due_text": str, "due_date": str,
        "due_precision": str, "agenda_item_id": int, "passage_id": int, "item_title": str, "rule": str,
        "restricted": int, "state": str, "score": float})
    _add_columns(db, "actions", {
        "completed_in": str, "completed_document_id": int, "completed_page": int, "state": str, "sightings": int,
        "last_seen_document_id": int, "last_seen_page": int, "origin": str})
    db.execute("update action_history set kind = 'extracted' where kind is null")
    db["action_history"].create_index(["meeting_id"], if_not_exists=True)
    db["actions"].create_index(["origin"], if_not_exists=True)
    db.execute("drop view if exists overdue_actions")
    db.execute("""
        create view overdue_actions as
        select a.id as action_id, a.description, a.due_date, a.due_text, a.status_text,
          cast(julianday('now') - julianday(a.due_date) as integer) as days_overdue,
          (select group_concat(o.name, '; ') from action_owners o where o.action_id = a.id) as owners,
          m.body, m.date as meeting_date, a.first_seen, a.last_seen,
          case
            when not exists (select 1 from action_history h where h.action_id = a.id and h.seen_on > a.first_seen)
              then 'no later paper mentions it'
            when (select h.state from action_history h where h.action_id = a.id and h.seen_on > a.first_seen
                  order by h.seen_on desc, h.kind = 'extracted' desc, h.id desc limit 1)
                 in ('ongoing', 'carried_forward', 'deferred', 'not_done', 'on_agenda', 'open') then 'reported still open'
            else 'mentioned again, no status given' end as follow_up,
          a.sightings, d.filename, a.document_id, a.page,
          '/-/source/' || a.document_id || '#page=' || a.page as source,
          '/action/' || a.id as trail
        from actions a
        left join meetings m on m.id = a.meeting_id
        left join documents d on d.id = a.document_id
        where a.status = 'open' and a.due_date is not null and a.due_date < date('now')
        order by days_overdue desc""")
    # how each paper's meeting was found (title line, held on, label, front sheet, file name...),
    # and why a minutes or agenda paper has none
    if "found_by" not in db["meeting_documents"].columns_dict:
        db["meeting_documents"].add_column("found_by", str)
    if "no_meeting_reason" not in db["documents"].columns_dict:
        db["documents"].add_column("no_meeting_reason", str)


def _v5(db: sqlite_utils.Database) -> None:
    # an extracted sighting keeps the status its own paper gave (paper_status), apart from the
    # status linking gives it (status): 'Trustees agreed to purchase 2 headsets' is open as its
    # paper's own action but completes an earlier one, and relinking must start again from
    # what the paper said, or ingest order would change the result
    # action_status: the action's status once its papers up to this sighting's meeting are read,
    # so the overdue page and charts as of a past date say what was open then
    _add_columns(db, "action_history", {"paper_status": str, "paper_status_text": str, "action_status": str})
    db.execute("""update action_history set paper_status = status, paper_status_text = status_text
                  where kind = 'extracted' and paper_status is null""")
    if "pending_work" in db.table_names() and "meetings" in db.table_names():
        # every body's actions are linked again by the next ingest, which fills action_status
        db.execute("""insert or ignore into pending_work (task, since)
                      select distinct 'link actions of ' || body_key, datetime('now') from meetings
                      where body_key is not null""")


def _v6(db: sqlite_utils.Database) -> None:
    """This session's additions; each statement is safe on a database that already has it."""
    # the authority a paper speaks for (the council or organisation its body belongs to), how it
    # was found, and the same on each meeting: people are told apart by it (ingest/authority.py)
    _add_columns(db, "documents", {"authority": str, "authority_key": str, "authority_found_by": str})
    _add_columns(db, "meetings", {"authority": str})
    db["documents"].create_index(["authority_key"], if_not_exists=True)
    from .authority import fill_authorities

    fill_authorities(db)
    # an action's status and last sighting as of a date (reports.STATUS_AS_OF_SQL, the overdue
    # page's four queries, once per action each) read from the index alone, newest first, with
    # no sort: at 16,000 actions the page's SQL 150 -> 95 ms
    if "action_history" in db.table_names():
        db["action_history"].create_index(["action_id", "seen_on", "action_status"], if_not_exists=True)


def _v7(db: sqlite_utils.Database) -> None:
    """This session's additions; each statement is safe on a database that already has it."""
    # the details each paper gives its meeting: the public copy gives a meeting only what its
    # public papers say (a venue or next meeting known from a restricted paper stays out)
    if "meeting_documents" in db.table_names():
        _add_columns(db, "meeting_documents", {"start_time": str, "venue": str, "next_meeting": str})


def _v8(db: sqlite_utils.Database) -> None:
    """This session's additions; each statement is safe on a database that already has it."""
    # the title a paper gives a person where it names them ('Ms J Meade', 'Mr Meade'): names are
    # stored without titles, and the sex a title gives keeps two people of one name apart when
    # people are merged (ingest/merge_people.py)
    for table in ("attendance", "mentions"):
        if table in db.table_names():
            _add_columns(db, table, {"title": str})


def _v9(db: sqlite_utils.Database) -> None:
    """This session's additions; each statement is safe on a database that already has it."""
    # how a due date was found: 'printed' (a whole date, its year written) or 'resolved' (worked out from the
    # meeting's own date: '27/5', 'Friday 19th October', 'by the next meeting', 'by the end of the financial year'),
    # so an auditor can tell a date the paper gives from one read from its words; an older row has none
    for table in ("actions", "action_history"):
        if table in db.table_names():
            _add_columns(db, table, {"due_kind": str})


MIGRATIONS = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """A database written by a newer minutebook: never downgraded or guessed at."""


def version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version it started at."""
    start = version(db)
    if start > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"database schema version {start} is newer than this minutebook ({SCHEMA_VERSION}): upgrade minutebook"
        )
    for n in range(start, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[n](db)
            db.execute(f"PRAGMA user_version = {n + 1}")
    return start
