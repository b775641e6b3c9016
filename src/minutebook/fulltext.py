"""Full-text search over passages, decisions and actions, for the site's search page and the
canned queries: a user's words become a valid FTS5 query, hits are ranked with bm25 and carry a
highlighted snippet, the meeting, the paper's title and the page to open."""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass, field

KINDS = ("passages", "decisions", "actions")
# Private-use characters mark the highlighted words, so the snippet can be HTML-escaped first
# and the marks turned into <mark> afterwards (paper text may hold "<" and "&").
OPEN, CLOSE = "\ue000", "\ue001"
_TERM = re.compile(r'"[^"]*"|[^\s"]+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _valid(query: str) -> bool:
    """FTS5 parses a query only when it runs one, so try it on an empty table in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("create virtual table t using fts5(heading, text, description)")
        conn.execute("select * from t where t match ?", [query]).fetchall()
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def fts_query(text: str | None) -> str:
    """The user's query as FTS5 syntax: kept as typed when it is valid (phrases in quotes,
    OR, NOT, NEAR, prefix*), otherwise every word quoted, so that no input is an error."""
    text = _CONTROL.sub(" ", text or "").strip()  # a NUL ends SQLite's copy of the query mid-string
    if not text:
        return ""
    if _valid(text):
        return text
    text = text if text.count('"') % 2 == 0 else text.replace('"', " ")
    terms = []
    for term in _TERM.findall(text):
        inner = term.strip('"').replace('"', " ").strip()
        if inner:
            terms.append('"' + inner + '"')
    return " ".join(terms)


def with_acronyms(conn: sqlite3.Connection, text: str) -> str:
    """An FTS5 query that also finds the expansion of an acronym the papers define ("VAWG")."""
    query = fts_query(text)
    if not query:
        return ""
    row = conn.execute("select expansion from acronyms where acronym = ? limit 1", [text.strip()]).fetchone() \
        if _has_table(conn, "acronyms") else None
    if row and row[0]:
        return f'({query}) OR "{row[0].replace(chr(34), " ")}"'
    return query


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where name = ?", [name]).fetchone() is not None


def highlight_html(snippet: str | None) -> str:
    return html.escape(snippet or "").replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


# One SELECT per kind, all with the same columns, so they can be ranked together.
_SELECTS = {
    "passages": f"""
        select 'passage' as kind, p.id, p.document_id, p.page, m.id as meeting_id,
          coalesce(m.date, '') as date, coalesce(m.body, '') as body, p.heading as heading,
          snippet(passages_fts, -1, '{OPEN}', '{CLOSE}', ' … ', 28) as snippet,
          null as owners, null as due_date, null as status, bm25(passages_fts) as score
        from passages_fts join passages p on p.id = passages_fts.rowid
          -- a passage outside any minuted meeting (a report) is dated by the meeting its paper is for
          left join meetings m on m.id = coalesce(p.meeting_id, (select md.meeting_id from meeting_documents md
                                                                  where md.document_id = p.document_id limit 1))
        where passages_fts match :fts""",
    "decisions": f"""
        select 'decision' as kind, d.id, d.document_id, d.page, d.meeting_id,
          coalesce(d.meeting_date, '') as date, coalesce(d.body, '') as body, d.kind as heading,
          snippet(decisions_fts, -1, '{OPEN}', '{CLOSE}', ' … ', 40) as snippet,
          null as owners, null as due_date, null as status, bm25(decisions_fts) as score
        from decisions_fts join decisions d on d.id = decisions_fts.rowid
        where decisions_fts match :fts""",
    "actions": f"""
        select 'action' as kind, a.id, a.document_id, a.page, a.meeting_id,
          coalesce(a.meeting_date, '') as date, coalesce(a.body, '') as body, a.ref as heading,
          snippet(actions_fts, -1, '{OPEN}', '{CLOSE}', ' … ', 40) as snippet,
          a.owners, a.due_date, a.status, bm25(actions_fts) as score
        from actions_fts join actions a on a.id = actions_fts.rowid
        where actions_fts match :fts""",
}


@dataclass
class Search:
    q: str = ""
    kind: str = ""  # one of KINDS, or "" for all three
    body: str = ""
    date_from: str = ""
    date_to: str = ""
    page: int = 1
    per_page: int = 20
    hits: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    query: str = ""  # the FTS5 query actually run

    @property
    def total(self) -> int:
        return sum(self.counts.get(k, 0) for k in (self.kinds))

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,) if self.kind in KINDS else KINDS

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _filtered(kind: str, search: Search) -> str:
    sql = _SELECTS[kind]
    if search.body:
        sql += " and body = :body" if kind != "passages" else " and m.body = :body"
    date = "m.date" if kind == "passages" else "meeting_date"
    if search.date_from:
        sql += f" and {date} >= :date_from"
    if search.date_to:
        sql += f" and {date} <= :date_to"
    return sql


def run(conn: sqlite3.Connection, search: Search) -> Search:
    """Fill `search.hits` (one page, best first) and `search.counts` (hits per kind)."""
    search.query = with_acronyms(conn, search.q)
    if not search.query:
        return search
    params = {"fts": search.query, "body": search.body, "date_from": search.date_from, "date_to": search.date_to}
    present = [k for k in KINDS if _has_table(conn, f"{k}_fts")]
    for kind in present:
        search.counts[kind] = conn.execute(f"select count(*) from ({_filtered(kind, search)})", params).fetchone()[0]
    chosen = [k for k in search.kinds if k in present]
    if not chosen:
        return search
    union = " union all ".join(_filtered(k, search) for k in chosen)
    sql = f"""
        select h.*, doc.title, doc.filename, doc.format, doc.kind as paper_kind
        from ({union}) h join documents doc on doc.id = h.document_id
        order by h.score, h.date desc, h.id
        limit :limit offset :offset"""
    cursor = conn.execute(sql, {**params, "limit": search.per_page, "offset": (search.page - 1) * search.per_page})
    names = [c[0] for c in cursor.description]
    search.hits = [dict(zip(names, row)) for row in cursor.fetchall()]
    for hit in search.hits:
        hit["snippet_html"] = highlight_html(hit["snippet"])
    return search
