"""A table of the public copy: each stem of the passages' full-text index that at least
MIN_PASSAGES passages hold, and how many hold it.

The search page's "Did you mean ...?" (minutebook/spelling.py) compares a misspelt word with
these stems. Read from the index itself (fts5vocab), they cost a walk of every word's list of
passages: half a second of CPU at 1M passages, paid by each server process at its first
misspelt search after every change of the copy, with that search waiting. Written here, once
per publish that changes the passages, they are read in milliseconds.
"""

from __future__ import annotations

STEMS_TABLE = "passages_stems"
MIN_PASSAGES = 3  # a stem held by fewer passages is no better spelt than a word typed
STATE_KEY = "passages_stems_state"


def refresh(conn, state_table: str) -> None:
    """Make the table hold the copy's stems, unless it holds them already (the copy's passages
    and its source unchanged since it was written)."""
    if not conn.execute("select 1 from main.sqlite_master where name = 'passages_fts'").fetchone():
        return
    total, newest, sum_ids = conn.execute("select count(*), max(id), total(id) from main.passages").fetchone()
    source = conn.execute(f"select value from main.[{state_table}] where key = 'source'").fetchone()
    # the copy's source too: a paper read again may keep its passages' ids and change their text
    state = f"{MIN_PASSAGES}|{total}|{newest}|{sum_ids}|{source[0] if source else ''}"
    kept = conn.execute(f"select value from main.[{state_table}] where key = ?", [STATE_KEY]).fetchone()
    if kept and kept[0] == state and _exists(conn):
        return
    conn.execute("BEGIN IMMEDIATE")  # readers see the old stems or the new ones, never none
    try:
        conn.execute(f"DROP TABLE IF EXISTS main.[{STEMS_TABLE}]")
        conn.execute(f"CREATE TABLE main.[{STEMS_TABLE}] (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID")
        conn.execute("CREATE VIRTUAL TABLE temp.mb_stems USING fts5vocab(main, 'passages_fts', 'row')")
        conn.execute(f"INSERT INTO main.[{STEMS_TABLE}] SELECT term, doc FROM temp.mb_stems WHERE doc >= ?",
                     [MIN_PASSAGES])
        conn.execute("DROP TABLE temp.mb_stems")
        conn.execute(f"INSERT OR REPLACE INTO main.[{state_table}] VALUES (?, ?)", [STATE_KEY, state])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _exists(conn) -> bool:
    return conn.execute("select 1 from main.sqlite_master where name = ?", [STEMS_TABLE]).fetchone() is not None
