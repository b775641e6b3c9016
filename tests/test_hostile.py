"""Hostile and odd input, generated here (no committed binaries): every file ends as a
`documents` row with a status and a reason, within small limits given on the command line,
and the run goes on."""

from __future__ import annotations

import sqlite_utils

from minutebook.ingest.read import MAX_TOKEN, bounded

from .conftest import run_cli

PATHOLOGICAL = {  # runs that made patterns in extract/ take time growing with the square of their length
    "letters": "A" * 40000,
    "brackets": "(" * 40000,
    "figures": "1," * 20000,
    "hyphens": "A-" * 20000,
    "titles": "Mr " * 20000,
}


def rows(db, sql, params=()):
    return [dict(r) for r in sqlite_utils.Database(db).query(sql, params)]


def test_no_unbroken_run_survives_reading():
    text = bounded("Present: Cllr Smith " + "A" * 40000 + " " * 5000 + "end")
    assert max(len(w) for w in text.split()) == MAX_TOKEN
    assert text.count("A") == 40000  # split, not lost
    assert "   " not in text


def test_pathological_tokens_are_read_and_extracted(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, run in PATHOLOGICAL.items():
        (folder / f"{name}.txt").write_text(
            "Minutes of the Board meeting held on 1 March 2023\n\nPresent: Cllr Jane Smith (Chair)\n\n"
            f"{run}\n\nThe Community Safety Partnership (CSP) agreed the plan.\n")
    db = tmp_path / "h.db"
    run_cli("ingest", folder, "--db", db, check=True)
    status = {r["filename"]: r["status"] for r in rows(db, "select filename, status from documents")}
    assert status == {f"{name}.txt": "ok" for name in PATHOLOGICAL}
    assert {r["acronym"] for r in rows(db, "select acronym from acronyms")} == {"CSP"}
