"""Compare two archives table by table: row counts and content, with row ids replaced by what
they point to (a paper by its path, a person by name, a meeting by body and date), since two
ingests of the same papers number their rows in the order the papers finished.

    python benchmarks/compare_archives.py plain.db cluster.db [--show N]

Prints one line per table (rows in each, rows in only one of them), then, for each table that
differs, up to N (default 5) of the rows found in only one archive, and exits 1 when any table
differs. Used to check that `ingest --cluster local` gives what a plain ingest gives (issue 9):

    cp base.db.ocr-cache A.db.ocr-cache; cp base.db.ocr-cache B.db.ocr-cache
    minutebook ingest ../shared/wild --db A.db --silent
    minutebook ingest ../shared/wild --db B.db --silent --cluster local
    python benchmarks/compare_archives.py A.db B.db
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


def differences(a_path: str, b_path: str) -> dict[str, tuple[Counter, Counter, int, int]]:
    """table -> (rows only in a, rows only in b, rows in a, rows in b) for every table of either."""
    a, b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    in_a, in_b = tables(a), tables(b)
    found = {}
    for table in sorted(set(in_a) | set(in_b)):
        ca = content(a, table) if table in in_a else Counter()
        cb = content(b, table) if table in in_b else Counter()
        found[table] = (ca - cb, cb - ca, sum(ca.values()), sum(cb.values()))
    return found


def compare(a_path: str, b_path: str) -> list[tuple[str, int, int, int, int]]:
    """(table, rows in a, rows in b, rows only in a, rows only in b) for every table of either."""
    return [(table, na, nb, sum(only_a.values()), sum(only_b.values()))
            for table, (only_a, only_b, na, nb) in differences(a_path, b_path).items()]


def main(argv: list[str]) -> int:
    show = 5
    if "--show" in argv:
        at = argv.index("--show")
        show, argv = int(argv[at + 1]), argv[:at] + argv[at + 2:]
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    found = differences(*argv)
    print(f"{'table':<20} {'rows A':>8} {'rows B':>8} {'only A':>7} {'only B':>7}")
    for table, (only_a, only_b, na, nb) in found.items():
        oa, ob = sum(only_a.values()), sum(only_b.values())
        print(f"{table:<20} {na:>8} {nb:>8} {oa:>7} {ob:>7}{'' if not (oa or ob) else '  DIFFERENT'}")
    for table, (only_a, only_b, _, _) in found.items():
        for side, rows in (("A", only_a), ("B", only_b)):
            for row in sorted(rows.elements(), key=repr)[:show]:
                print(f"  {table} only in {side}: {row!r:.300}")
    same = all(not (a or b) for a, b, _, _ in found.values())
    print("same content in every table" if same else "the archives differ")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
