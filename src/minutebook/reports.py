"""Command-line reports: plain functions that return rows, so the CLI only formats them."""

from __future__ import annotations

import datetime as dt

import sqlite_utils


def actions(db: sqlite_utils.Database, overdue: bool = False, owner: str | None = None, as_of: str | None = None,
            status: str | None = "open") -> list[dict]:
    as_of = as_of or dt.date.today().isoformat()
    where, params = [], {"as_of": as_of}
    if status:
        where.append("a.status = :status")
        params["status"] = status
    if overdue:
        where.append("a.status = 'open' and a.due_date is not null and a.due_date < :as_of")
    if owner:
        where.append("a.id in (select o.action_id from action_owners o left join person_aliases pa on pa.person_id = o.person_id "
                     "where o.name like :owner or pa.alias like :owner)")
        params["owner"] = f"%{owner}%"
    sql = f"""
        select a.id, a.description, a.owners, a.due_date, a.status,
          case when a.status = 'open' and a.due_date < :as_of
               then cast(julianday(:as_of) - julianday(a.due_date) as integer) end as days_overdue,
          a.body, a.meeting_date, d.filename, a.page
        from actions a left join documents d on d.id = a.document_id
        {"where " + " and ".join(where) if where else ""}
        order by days_overdue desc nulls last, a.due_date, a.id"""
    return list(db.query(sql, params))


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict]:
    """Passages best first, as the site's search page ranks them: phrases, OR, NOT and word*
    work, and what FTS5 cannot parse is searched as plain words."""
    from .fulltext import fts_query
    from .titles import paper_title

    fts = fts_query(query)
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
