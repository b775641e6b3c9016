"""The terminal reports: actions, search, people."""

import csv
import io
import json

from .conftest import run_cli


def test_actions_overdue_as_of_with_formats(corpus_db):
    table = run_cli("actions", "--db", corpus_db, "--overdue", "--as-of", "2030-01-01", check=True)
    assert "days_overdue" in table.stdout.splitlines()[0]
    rows = json.loads(run_cli("actions", "--db", corpus_db, "--overdue", "--as-of", "2030-01-01", "--format", "json",
                              check=True).stdout)
    assert rows and all(r["days_overdue"] > 0 for r in rows)
    reader = list(csv.DictReader(io.StringIO(run_cli("actions", "--db", corpus_db, "--overdue", "--as-of", "2030-01-01",
                                                     "--format", "csv", check=True).stdout)))
    assert len(reader) == len(rows)
    none = run_cli("actions", "--db", corpus_db, "--overdue", "--as-of", "2000-01-01", check=True)
    assert "No overdue actions" in none.stderr and none.stdout == ""


def test_actions_by_owner(corpus_db):
    rows = json.loads(run_cli("actions", "--db", corpus_db, "--owner", "Andy Opie", "--format", "json", check=True).stdout)
    assert rows and all("Andy Opie" in r["owners"] for r in rows)


def test_search_gives_file_and_page(corpus_db):
    out = run_cli("search", "safe haven", "--db", corpus_db, "--format", "json", check=True).stdout
    rows = json.loads(out)
    assert rows and all(r["filename"] and r["page"] for r in rows)
    assert run_cli("search", "zzzqqq", "--db", corpus_db).stderr.startswith("Nothing matches")


def test_people_list_and_one_person(corpus_db):
    rows = json.loads(run_cli("people", "--db", corpus_db, "--format", "json", check=True).stdout)
    assert any(r["name"] == "Syed Ghani" for r in rows)
    one = run_cli("people", "Ghani", "--db", corpus_db, check=True).stdout
    assert one.startswith("Syed Ghani") and "Roles:" in one and "Attendance:" in one


def test_reports_are_clear_about_a_missing_or_empty_archive(tmp_path):
    missing = run_cli("actions", "--db", tmp_path / "none.db")
    assert missing.returncode != 0 and "run `minutebook ingest" in missing.stderr
    empty = tmp_path / "empty.db"
    run_cli("ingest", tmp_path / "nothing-here" if False else tmp_path, "--db", empty)
    result = run_cli("people", "--db", empty)
    assert result.returncode == 0 and "No people" in result.stderr
    assert run_cli("actions", "--db", empty, "--as-of", "2024-13-01").returncode == 2


def test_status_as_of_a_date_is_read_from_an_index_in_archive_and_public_copy(corpus_db):
    """The overdue page and `actions --overdue` ask each action's status as of a date; the
    archive and its public copy answer from an index of the sightings, without sorting them."""
    import sqlite3

    from minutebook.ingest.publish import public_path
    from minutebook.reports import OPEN_AS_OF_SQL

    sql = f"explain query plan select a.id from actions a where {OPEN_AS_OF_SQL}"
    for path in (corpus_db, public_path(str(corpus_db))):
        conn = sqlite3.connect(path)
        plan = " / ".join(r[3] for r in conn.execute(sql, {"as_of": "2030-01-01"}))
        conn.close()
        assert "COVERING INDEX idx_action_history_action_id_seen_on_action_status" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
