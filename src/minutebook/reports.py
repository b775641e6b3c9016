"""Command-line reports: plain functions that return rows, so the CLI only formats them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the site's plugins import this module, and sqlite-utils is slow to import
    import sqlite_utils


# What later papers said about an action up to a date: the auditor tells an action reported
# still open from one that no later paper mentions at all.
STILL_OPEN_STATES = "'ongoing', 'carried_forward', 'deferred', 'not_done', 'on_agenda', 'open'"
LATER = "from action_history h where h.action_id = a.id and h.seen_on > a.first_seen and h.seen_on <= :as_of"
FOLLOW_UP_SQL = f"""case
          when not exists (select 1 {LATER}) then 'no later paper mentions it'
          when (select h.state {LATER} order by h.seen_on desc, h.kind = 'extracted' desc, h.id desc limit 1)
               in ({STILL_OPEN_STATES}) then 'reported still open'
          else 'mentioned again, no status given' end"""
# Open on a date: raised by then, and open once the papers up to then are read (each sighting
# records the action's status after its meeting; a database linked before that knew only today's)
STATUS_AS_OF_SQL = """coalesce((select h.action_status from action_history h where h.action_id = a.id
          and h.seen_on <= :as_of and h.action_status is not null order by h.seen_on desc limit 1),
          case when a.completed_in is null or a.completed_in > :as_of then 'open' else 'completed' end)"""
OPEN_AS_OF_SQL = f"(a.first_seen is null or a.first_seen <= :as_of) and {STATUS_AS_OF_SQL} = 'open'"


def actions(db: sqlite_utils.Database, overdue: bool = False, owner: str | None = None, as_of: str | None = None,
            status: str | None = "open") -> list[dict]:
    """Actions with owners and due dates; `overdue` judges status as of `as_of` (an action
    closed after that date was still open then)."""
    as_of = as_of or dt.date.today().isoformat()
    where, params = [], {"as_of": as_of}
    if overdue:
        where.append(f"{OPEN_AS_OF_SQL} and a.due_date is not null and a.due_date < :as_of")
    elif status:
        where.append("a.status = :status")
        params["status"] = status
    if owner:
        where.append("a.id in (select o.action_id from action_owners o left join person_aliases pa on pa.person_id = o.person_id "
                     "where o.name like :owner or pa.alias like :owner)")
        params["owner"] = f"%{owner}%"
    sql = f"""
        select a.id, a.description, a.owners, a.due_date, a.status,
          case when {OPEN_AS_OF_SQL} and a.due_date < :as_of
               then cast(julianday(:as_of) - julianday(a.due_date) as integer) end as days_overdue,
          (select max(h.seen_on) from action_history h where h.action_id = a.id and h.seen_on <= :as_of) as last_seen,
          {FOLLOW_UP_SQL} as follow_up,
          a.body, a.meeting_date, d.filename, a.page
        from actions a left join documents d on d.id = a.document_id
        {"where " + " and ".join(where) if where else ""}
        order by days_overdue desc nulls last, a.due_date, a.id"""
    return list(db.query(sql, params))


def action_history(db: sqlite_utils.Database, action_id: int) -> tuple[dict | None, list[dict]]:
    """One action and every sighting of it, oldest first, each with its paper and page."""
    from .titles import paper_title

    # the papers it was last seen in and closed by are named with their page: a bare date
    # did not say which of the meeting's papers to open
    action = next(iter(db.query("""
        select a.id, a.description, a.owners, a.status, a.state, a.status_text, a.due_date, a.body, a.first_seen,
          a.last_seen, a.completed_in, ls.title as ls_title, ls.filename as ls_filename, a.last_seen_page,
          c.title as c_title, c.filename as c_filename, a.completed_page
        from actions a left join documents ls on ls.id = a.last_seen_document_id
          left join documents c on c.id = a.completed_document_id
        where a.id = ?""", [action_id])), None)
    if action is None:
        return None, []
    for prefix, key, page in (("ls", "last_seen_paper", "last_seen_page"), ("c", "completed_paper", "completed_page")):
        title, filename = action.pop(f"{prefix}_title"), action.pop(f"{prefix}_filename")
        action[key] = paper_title(title, filename) if (title or filename) else None
        action.setdefault(page, None)
    trail = list(db.query("""
        select h.seen_on, h.kind, h.status, h.state, h.status_text as says, d.filename, h.page,
          '/-/source/' || h.document_id || '#page=' || h.page as source, h.text
        from action_history h left join documents d on d.id = h.document_id
        where h.action_id = ? order by h.seen_on, h.kind != 'extracted', h.id""", [action_id]))
    return action, trail


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict]:
    """Passages best first, as the site's search page ranks them: phrases, OR, NOT and word*
    work, what FTS5 cannot parse is searched as plain words, and a word the papers print
    hyphenated or an acronym they define is found as the site finds it."""
    from .fulltext import with_acronyms
    from .titles import paper_title

    fts = with_acronyms(db.conn, query)
    if not fts:
        return []
    sql = """
        select d.title, d.filename, p.page, p.heading, snippet(passages_fts, 1, '[', ']', '…', 24) as snippet
        from passages_fts join passages p on p.id = passages_fts.rowid join documents d on d.id = p.document_id
        where passages_fts match :q
        order by rank limit :limit"""
    rows = []
    for r in db.query(sql, {"q": fts, "limit": limit}):
        rows.append({"paper": paper_title(r.pop("title"), r["filename"]), **r})
    return rows


def people(db: sqlite_utils.Database, name: str | None = None) -> list[dict]:
    sql = """
        select p.id, p.name,
          (select group_concat(alias, '; ') from person_aliases a where a.person_id = p.id and a.alias != p.name) as also_written,
          (select count(*) from attendance a where a.person_id = p.id and a.status in ('present', 'in_attendance')) as attended,
          (select count(*) from attendance a where a.person_id = p.id and a.status in ('apologies', 'absent')) as apologies,
          (select count(distinct o.action_id) from action_owners o join actions ac on ac.id = o.action_id
             where o.person_id = p.id and ac.status = 'open') as open_actions,
          (select group_concat(distinct title) from roles r where r.person_id = p.id and title is not null) as roles
        from people p
        where :name = '' or p.name like :like or p.id in (select person_id from person_aliases where alias like :like)
        order by attended desc, p.name"""
    return list(db.query(sql, {"name": name or "", "like": f"%{name or ''}%"}))


def person_detail(db: sqlite_utils.Database, person_id: int) -> dict:
    q = lambda sql: list(db.query(sql, {"id": person_id}))
    return {
        "roles": q("select title, organisation, body from roles where person_id = :id"),
        "attendance": q("select m.date, m.body, a.status, a.role from attendance a join meetings m on m.id = a.meeting_id "
                        "where a.person_id = :id order by m.date desc"),
        "actions": q("select ac.description, ac.status, ac.due_date from action_owners o join actions ac on ac.id = o.action_id "
                     "where o.person_id = :id order by ac.status desc, ac.due_date"),
    }
