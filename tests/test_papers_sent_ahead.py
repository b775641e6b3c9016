"""Papers sent ahead to busy workers (ingest/workers.py): a worker holds the paper it reads and
the next, so it never waits for the writer between papers. A worker that dies or runs over its
budget costs only the paper it was reading: the paper sent ahead to it is read by another.

Two workers are handed papers 0 and 1, and, with more than four left, papers 2 and 3 ahead:
the worker that dies on paper 1 holds paper 3."""

from __future__ import annotations

import sqlite_utils

from minutebook.ingest.limits import Limits
from minutebook.ingest.workers import parse_in_workers

from .conftest import run_cli


def _papers(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"paper-{i:02d}.txt").write_text(f"Minutes of the Board\n\nItem {i}: the Board agreed the plan.\n")


def _status(db) -> dict:
    return {r["filename"]: (r["status"], r["error"])
            for r in sqlite_utils.Database(db).query("select filename, status, error from documents")}


def test_a_worker_that_dies_holding_a_paper_sent_ahead_costs_only_its_own(tmp_path):
    folder = tmp_path / "papers"
    _papers(folder, 10)
    db = tmp_path / "w.db"
    result = run_cli("ingest", folder, "--db", db, "--workers", "2", env={"MINUTEBOOK_KILL_AT": "read:paper-01.txt"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    status = _status(db)
    assert status.pop("paper-01.txt") == ("error", "the parser process died (SIGKILL) while reading this file")
    assert status == {f"paper-{i:02d}.txt": ("ok", None) for i in range(10) if i != 1}


def test_a_paper_over_its_budget_leaves_the_paper_sent_ahead_to_another_worker(tmp_path):
    folder = tmp_path / "papers"
    _papers(folder, 9)
    # a million lines take far longer than 2 s to read (a long extraction no longer does: reading_window.py)
    (folder / "paper-00.txt").write_text("Councillor Jane Smith asked the Board about the figure\n" * 1_000_000)
    db = tmp_path / "t.db"
    result = run_cli("ingest", folder, "--db", db, "--workers", "2", "--max-seconds", "2")
    assert "Traceback" not in result.stderr
    status = _status(db)
    kind, error = status.pop("paper-00.txt")
    assert kind == "error" and "over the time budget" in error
    assert status == {f"paper-{i:02d}.txt": ("ok", None) for i in range(1, 9)}


def test_every_paper_is_handed_over_once_in_the_order_each_worker_read_it(tmp_path):
    """Each record is stored once; with one worker, in the order given (what makes a one-worker
    ingest's ids the same from run to run)."""
    folder = tmp_path / "papers"
    _papers(folder, 12)
    todo = [(str(p), "-") for p in sorted(folder.iterdir())]
    for workers in (1, 2):
        stored: list[str] = []
        parse_in_workers(todo, workers, Limits(), {"extract": False}, lambda rec: stored.append(rec["path"]),
                         lambda path, sha, reason: {"path": path, "error": reason})
        assert sorted(stored) == [path for path, _ in todo]
        if workers == 1:
            assert stored == [path for path, _ in todo]
