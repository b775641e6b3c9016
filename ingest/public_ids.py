"""Public ids: the public copy numbers its rows itself, so that its ids tell nothing of the
archive's restricted rows.

With the archive's own ids, a gap in a table's ids (documents 11, 12, 15) said that many
restricted rows stood there, and where. Each row of the copy gets instead the next free public
id of its table when it first becomes public, in the archive's order: a row that was restricted
from the start never takes a number, so the copy's ids are 1, 2, 3 ... over the rows it ever
held. A gap is left only where a row the copy once showed has left it (a paper read again, taken
out, or newly restricted), which the copy's earlier visitors saw anyway. Ids are stable from one
ingest to the next, so a link to /db/actions/42 keeps opening the same action.

Every id column of the copy and every column naming another row (`document_id`, `meeting_id`,
`completed_document_id`, ...) is written through the same numbering, so the site's links,
pages and joins hold as before. The numbering is kept in the archive (`_public_ids`), never in
the copy, with a random token that the copy repeats: a copy made from another numbering (an
older minutebook, or an archive restored from a backup) is made again whole.
"""

from __future__ import annotations

import secrets

MAP_TABLE = "_public_ids"  # in the archive: (tab, archive_id) -> public_id
STATE_TABLE = "_public_state"  # in the archive: the numbering's token, the archive's state last published
# column -> the table whose rows it names; `id` names its own table's rows
REFERENCES = {
    "document_id": "documents", "meeting_id": "meetings", "agenda_item_id": "agenda_items",
    "passage_id": "passages", "person_id": "people", "action_id": "actions",
}


def referenced(table: str, column: str) -> str | None:
    """The table whose ids `column` of `table` holds, if it holds any."""
    if column == "id":
        return table
    if column in REFERENCES:
        return REFERENCES[column]
    for suffix, target in REFERENCES.items():  # completed_document_id, last_seen_document_id, ...
        if column.endswith("_" + suffix):
            return target
    return None


def prepare(conn, schema: str = "src") -> str:
    """Make the archive's numbering tables when missing; returns the numbering's token."""
    conn.execute(f"""CREATE TABLE IF NOT EXISTS {schema}.[{MAP_TABLE}] (tab TEXT NOT NULL, archive_id INTEGER NOT NULL,
                     public_id INTEGER NOT NULL, PRIMARY KEY (tab, archive_id)) WITHOUT ROWID""")
    conn.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {schema}.[{MAP_TABLE}_public] ON [{MAP_TABLE}](tab, public_id)")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {schema}.[{STATE_TABLE}] (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute(f"INSERT OR IGNORE INTO {schema}.[{STATE_TABLE}] VALUES ('token', ?)", [secrets.token_hex(16)])
    return stored(conn, "token", schema)


def stored(conn, key: str, schema: str = "src") -> str | None:
    """A value of the archive's publishing state; None for an archive never published so."""
    try:
        row = conn.execute(f"select value from {schema}.[{STATE_TABLE}] where key = ?", [key]).fetchone()
    except Exception:  # noqa: BLE001 - no such table: never published with public ids
        return None
    return row[0] if row else None


def record(conn, key: str, value: str, schema: str = "src") -> None:
    conn.execute(f"INSERT OR REPLACE INTO {schema}.[{STATE_TABLE}] VALUES (?, ?)", [key, value])


def assign(conn, table: str, archive_ids_sql: str) -> None:
    """Number the rows of `table` whose archive ids `archive_ids_sql` selects (one column) and
    that have no public id yet, after the highest given, in the archive's order."""
    conn.execute(f"""WITH given(a) AS ({archive_ids_sql})
        INSERT INTO src.[{MAP_TABLE}] (tab, archive_id, public_id)
        SELECT :tab, a, (SELECT coalesce(max(public_id), 0) FROM src.[{MAP_TABLE}] WHERE tab = :tab)
                        + row_number() OVER (ORDER BY a)
        FROM (SELECT DISTINCT a FROM given WHERE a IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM src.[{MAP_TABLE}] m WHERE m.tab = :tab AND m.archive_id = given.a))""",
                 {"tab": table})


def forget_removed(conn, tables: list[str]) -> None:
    """Drop the numbers of rows that left the archive: an archive id used again later is
    another row, and takes a number of its own."""
    for table in tables:
        conn.execute(f"""DELETE FROM src.[{MAP_TABLE}] WHERE tab = ? AND NOT EXISTS (
                         SELECT 1 FROM src.[{table}] t WHERE t.id = [{MAP_TABLE}].archive_id)""", [table])


def public(table: str, expr: str) -> str:
    """SQL giving the public id of the row of `table` whose archive id is `expr` (NULL when it
    has none: a row that never was public)."""
    return f"(SELECT public_id FROM src.[{MAP_TABLE}] WHERE tab = '{table}' AND archive_id = {expr})"


def mapped_select(table: str, columns: list[str], source: str, alias: str = "s") -> str:
    """`source` (a select giving the copy's columns with archive ids) with every id column and
    every column naming another row written as public ids."""
    exprs = []
    for c in columns:
        target = referenced(table, c)
        exprs.append(f"{public(target, f'{alias}.[{c}]')} AS [{c}]" if target else f"{alias}.[{c}]")
    return f"SELECT {', '.join(exprs)} FROM ({source}) AS {alias}"
