"""A second, small full-text index of the public copy: the newest passages only, for ranking.

The search page ranks the newest 1,000 matches of a common word with bm25 (fulltext.py). FTS5's
bm25 first counts every row of the index that holds each query word, once per query: at 1M
passages that count was half of ranking a common word. Over an index of the newest RECENT
passages the count is a tenth as long, and the newest 1,000 matches of any word common enough
to cost anything lie among them (a word whose 1,000th newest match is older is ranked over the
whole index, and is rare enough for that to be cheap). Its bm25 weighs words by how common they
are among the newest passages rather than among all of them.

Contentless (it stores no text, only what bm25 reads), built from the copy's own public rows,
made again whenever the copy's passages change, and only for archives big enough to gain.
"""

from __future__ import annotations

import re

RECENT_FTS = "passages_recent_fts"
RECENT = 100_000  # passages in the ranking index
FROM_KEY = "passages_recent_from"  # in the copy's state table: the oldest passage it holds
_TOKENIZE = re.compile(r"""tokenize\s*=\s*(?:'((?:[^']|'')*)'|"([^"]*)")""", re.IGNORECASE)


def refresh(conn, state_table: str, recent: int = RECENT) -> None:
    """Make the ranking index hold the newest `recent` passages of the copy (none for an archive
    of fewer than twice as many, where it would save little), unless it holds them already."""
    if not conn.execute("select 1 from main.sqlite_master where name = 'passages_fts'").fetchone():
        return
    total, newest, sum_ids = conn.execute("select count(*), max(id), total(id) from main.passages").fetchone()
    # the archive's state too: a paper read again may keep its passages' ids and change their text
    state = f"{recent}|{total}|{newest}|{sum_ids}|{_stored(conn, state_table, 'source')}"
    if _stored(conn, state_table, "passages_recent_state") == state:
        return
    conn.execute("BEGIN IMMEDIATE")  # readers see the old index or the new one, never neither
    try:
        _rebuild(conn, state_table, recent, total, state)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _rebuild(conn, state_table: str, recent: int, total: int, state: str) -> None:
    conn.execute(f"DROP TABLE IF EXISTS main.[{RECENT_FTS}]")
    conn.execute(f"DELETE FROM main.[{state_table}] WHERE key IN (?, 'passages_recent_state')", [FROM_KEY])
    if total >= 2 * recent:
        oldest = conn.execute("select id from main.passages order by id desc limit 1 offset ?", [recent - 1]).fetchone()[0]
        sql = conn.execute("select sql from main.sqlite_master where name = 'passages_fts'").fetchone()[0]
        m = _TOKENIZE.search(sql)
        tokenize = (m.group(1) or "").replace("''", "'") if m and m.group(1) is not None else (m.group(2) if m else "")
        quoted = "'" + tokenize.replace("'", "''") + "'" if tokenize else "'unicode61'"
        conn.execute(f"CREATE VIRTUAL TABLE main.[{RECENT_FTS}] USING fts5(heading, text, tokenize={quoted}, content='')")
        conn.execute(f"INSERT INTO main.[{RECENT_FTS}] (rowid, heading, text) "
                     "SELECT id, heading, text FROM main.passages WHERE id >= ?", [oldest])
        conn.execute(f"INSERT INTO main.[{RECENT_FTS}]([{RECENT_FTS}]) VALUES ('optimize')")
        conn.execute(f"INSERT INTO main.[{state_table}] VALUES (?, ?)", [FROM_KEY, str(oldest)])
    conn.execute(f"INSERT OR REPLACE INTO main.[{state_table}] VALUES ('passages_recent_state', ?)", [state])


def _stored(conn, state_table: str, key: str) -> str | None:
    row = conn.execute(f"select value from main.[{state_table}] where key = ?", [key]).fetchone()
    return row[0] if row else None
