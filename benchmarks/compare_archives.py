"""Compare two archives table by table: row counts and content, with row ids replaced by what
they point to (a paper by its path, a person by name, a meeting by body and date), since two
ingests of the same papers number their rows in the order the papers finished.

    python benchmarks/compare_archives.py plain.db cluster.db

Prints one line per table (rows in each, rows in only one of them) and exits 1 when any
table differs. Used to check that `ingest --cluster local` gives what a plain ingest gives.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter

SKIPPED_COLUMNS = {"ingested_at", "since", "mtime_ns"}  # when, not what
# each archive's own random numbering token, and the state it last published (hashed with it)
SKIPPED_TABLES = {"_public_state"}
REFERENCES = {  # column -> the SQL naming what it points to, in the row's own terms
    "document_id": "(select path from documents where id = {t}.{c})",
    "completed_document_id": "(select path from documents where id = {t}.{c})",
    "last_seen_document_id": "(select path from documents where id = {t}.{c})",
    "person_id": "(select name from people where id = {t}.{c})",
    "meeting_id": "(select body || '|' || date || '|' || coalesce((select path from documents d "
                  "where d.id = m.document_id), '') from meetings m where m.id = {t}.{c})",
    "completed_in": "(select body || '|' || date from meetings m where m.id = {t}.{c})",
    "agenda_item_id": "(select number || '|' || title from agenda_items a where a.id = {t}.{c})",
    "passage_id": "(select substr(text, 1, 80) from passages p where p.id = {t}.{c})",
    "action_id": "(select description from actions a where a.id = {t}.{c})",
}


def tables(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("select name from sqlite_master where type = 'table' and name not like '%_fts%' "
                                     "and name not like 'sqlite_%' order by name") if r[0] not in SKIPPED_TABLES]


def content(db: sqlite3.Connection, table: str) -> Counter:
    parts = []
    for _, column, *_ in db.execute(f"pragma table_info([{table}])"):
        if column in SKIPPED_COLUMNS or column == "id":
            continue
        ref = REFERENCES.get(column)
        if ref:
            parts.append(ref.format(t=f"[{table}]", c=f"[{column}]"))
        elif not column.endswith("_id"):
            parts.append(f"[{table}].[{column}]")
    if not parts:
        return Counter()
    return Counter(db.execute(f"select {', '.join(parts)} from [{table}]").fetchall())


def compare(a_path: str, b_path: str) -> list[tuple[str, int, int, int, int]]:
    """(table, rows in a, rows in b, rows only in a, rows only in b) for every table of either."""
    a, b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    found = []
    for table in sorted(set(tables(a)) | set(tables(b))):
        ca = content(a, table) if table in tables(a) else Counter()
        cb = content(b, table) if table in tables(b) else Counter()
        found.append((table, sum(ca.values()), sum(cb.values()), sum((ca - cb).values()), sum((cb - ca).values())))
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    rows = compare(*argv)
    print(f"{'table':<20} {'rows A':>8} {'rows B':>8} {'only A':>7} {'only B':>7}")
    for table, na, nb, oa, ob in rows:
        print(f"{table:<20} {na:>8} {nb:>8} {oa:>7} {ob:>7}{'' if not (oa or ob) else '  DIFFERENT'}")
    same = all(not (oa or ob) for _, _, _, oa, ob in rows)
    print("same content in every table" if same else "the archives differ")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
