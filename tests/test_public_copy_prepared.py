"""A first ingest makes its empty public copy while the papers are read (publish.prepare_copy)
and fills it at the end: the same copy, table for table, as one made whole at the end; a copy
left half made by a killed run is never taken up."""

from __future__ import annotations

import os
import sqlite3

from minutebook.ingest.pipeline import ingest
from minutebook.ingest.publish import FRESH, public_path, publish


def _papers(folder, n: int = 3) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"minutes-{i}.txt").write_text(
            f"Minutes of the Board meeting held on {i + 1} March 2024\n\nPresent: Jane Smith (Chair), Tom Reed\n\n"
            f"Item {i + 1}: The Board agreed the plan. ACTION: Jane Smith to write to the council by 30 April 2024.\n")


def _schema(path: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("select type, name, tbl_name, sql from sqlite_master"))
    finally:
        conn.close()


def _rows(path: str) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' "
                                              "and name not like '%_fts%' and name != '_public_copy'")]
        out = {t: sorted(map(repr, conn.execute(f"select * from [{t}]"))) for t in tables}
        out["version"] = conn.execute("pragma user_version").fetchall()
        # (the copy's version is a random token, new at each publish, and its indexes' states name it)
        out["_public_copy"] = conn.execute("select key, key = 'ids' and value from _public_copy order by key").fetchall()
        return out
    finally:
        conn.close()


def test_a_first_ingests_copy_is_made_while_papers_are_read_and_is_the_same_copy(tmp_path):
    _papers(tmp_path / "papers")
    db = str(tmp_path / "a.db")
    ingest([str(tmp_path / "papers")], db, workers=2)
    copy = public_path(db)
    assert os.path.exists(copy) and not os.path.exists(copy + FRESH)
    whole = publish(db, str(tmp_path / "whole.public.db"))  # made at the end, by its own migrations
    assert _schema(copy) == _schema(whole)
    assert _rows(copy) == _rows(whole)
    assert _rows(copy)["documents"]  # (the papers are in it)


def test_a_copy_left_half_made_by_a_killed_run_is_not_taken_up(tmp_path):
    _papers(tmp_path / "papers")
    db = str(tmp_path / "b.db")
    ingest([str(tmp_path / "papers")], db)
    copy = public_path(db)
    os.remove(copy)
    # a run killed while it made the copy: a file with its journal beside it
    conn = sqlite3.connect(copy + FRESH)
    conn.execute("pragma journal_mode = wal")
    conn.execute("create table planted (x)")
    conn.commit()
    open(copy + FRESH + "-wal", "ab").close()
    conn.close()
    open(copy + FRESH + "-wal", "wb").write(b"half")
    ingest([str(tmp_path / "papers")], db)  # nothing to read: only the copy to make again
    assert not os.path.exists(copy + FRESH) and not os.path.exists(copy + FRESH + "-wal")
    assert "planted" not in {name for _, name, _, _ in _schema(copy)}
    assert _rows(copy)["documents"]
