"""An archive written by an older minutebook is served after one upgrade, not with pages that fail
on the columns the newer schema added. The older archive is made the way an older minutebook
left it: without the columns of the newest migration, at the version before it, and with no
public copy made by this version."""

import shutil
import sqlite3

from minutebook.ingest.publish import public_path
from minutebook.ingest.schema import SCHEMA_VERSION

from .conftest import run_cli

NEWEST_COLUMNS = {"actions": ["due_kind"], "action_history": ["due_kind"]}  # _v9


def as_written_before_newest_migration(corpus_db, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(corpus_db, old)
    conn = sqlite3.connect(old)
    for table, columns in NEWEST_COLUMNS.items():
        for name, sql in conn.execute("select name, sql from sqlite_master where type = 'index' and tbl_name = ?",
                                      [table]).fetchall():
            if sql and any(f"[{column}]" in sql or f'"{column}"' in sql for column in columns):
                conn.execute(f"DROP INDEX [{name}]")  # an indexed column cannot be dropped
        for column in columns:
            conn.execute(f"ALTER TABLE [{table}] DROP COLUMN [{column}]")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    return old


def overdue_rows(db, *extra):
    result = run_cli("serve", "--db", db, *extra, "--get", "/overdue", env={"MINUTEBOOK_PASSWORD": "pw"})
    return result


def test_an_older_archive_is_upgraded_once_and_its_overdue_page_matches_a_new_one(corpus_db, tmp_path):
    old = as_written_before_newest_migration(corpus_db, tmp_path)
    served = overdue_rows(old)
    assert served.returncode == 0, served.stderr[-2000:]
    assert "older minutebook" in served.stderr and "upgrading it once" in served.stderr
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert sqlite3.connect(public_path(str(old))).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    fresh = overdue_rows(corpus_db)
    assert fresh.returncode == 0
    assert served.stdout.count('href="/action/') == fresh.stdout.count('href="/action/') > 0
    again = overdue_rows(old)
    assert again.returncode == 0 and "older minutebook" not in again.stderr  # once


def test_an_older_archive_served_in_full_mode_is_upgraded_too(corpus_db, tmp_path):
    old = as_written_before_newest_migration(corpus_db, tmp_path)
    served = overdue_rows(old, "--full")
    assert "upgrading it once" in served.stderr
    assert "no such column" not in served.stdout + served.stderr


def test_a_database_that_is_not_an_archive_is_refused_by_name(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)")
    result = run_cli("serve", "--db", other, "--get", "/")
    assert result.returncode != 0
    assert "other.db is not a minutebook database" in result.stderr
    assert "documents" not in {r[0] for r in sqlite3.connect(other).execute("select name from sqlite_master")}


def test_an_archive_from_a_newer_minutebook_is_refused(corpus_db, tmp_path):
    newer = tmp_path / "newer.db"
    shutil.copy(corpus_db, newer)
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    result = run_cli("serve", "--db", newer, "--get", "/")
    assert result.returncode != 0 and "newer minutebook" in result.stderr


def test_an_older_archive_is_served_at_once_and_upgraded_in_the_background(corpus_db, tmp_path):
    """`serve` on an older archive answers after its schema is upgraded (columns only); finding
    each paper's authority, the people merge and the public copy are done by a background
    process while the site answers, which gives each paper the authority a fresh ingest gives."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    from .test_serve_start import free_port

    old = as_written_before_newest_migration(corpus_db, tmp_path)
    bodies = tmp_path / "bodies"  # two older archives served side by side: one background process
    bodies.mkdir()
    other = bodies / "other.db"
    shutil.copy(old, other)
    old = old.rename(bodies / "old.db")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db-dir", str(bodies), "--port",
                               str(port), "--workers", "1"], stderr=subprocess.PIPE, text=True, env=os.environ)
    try:
        for _ in range(600):
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/overdue", timeout=30).status_code == 200
                break
            except httpx.TransportError:
                assert server.poll() is None
                time.sleep(0.1)
        # the schema first, the work left noted for the background process
        assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn = sqlite3.connect(old)
        for _ in range(1800):
            if not sum(sqlite3.connect(db).execute("select count(*) from pending_work").fetchone()[0]
                       for db in (old, other)):
                break
            time.sleep(0.1)
        assert conn.execute("select task from pending_work").fetchall() == []
        assert sqlite3.connect(other).execute("select task from pending_work").fetchall() == []
        fresh = dict(sqlite3.connect(corpus_db).execute("select filename, authority_key from documents"))
        upgraded = dict(conn.execute("select filename, authority_key from documents"))
        assert upgraded == fresh and any(upgraded.values())
        published = dict(sqlite3.connect(public_path(str(old))).execute("select filename, authority_key from documents"))
        assert published == {f: k for f, k in fresh.items() if f in published} and any(published.values())
        assert httpx.get(f"http://127.0.0.1:{port}/search?q=CCTV", timeout=30).status_code == 200
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=60)
    assert "upgrading it once" in stderr and "finishing in the background" in stderr
    assert stderr.count("upgrade finished, public copy up to date") == 2
    assert "old.db: upgrade finished" in stderr and "other.db: upgrade finished" in stderr


def test_a_public_copy_older_than_its_archive_is_made_again_in_the_background(corpus_db, tmp_path):
    """An ingest killed before its publish (or a copy an older minutebook made) leaves the copy
    behind its archive: served as it is, with a warning, and brought up to date meanwhile."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import is_current

    from .test_serve_start import free_port

    db = tmp_path / "archive.db"
    shutil.copy(corpus_db, db)
    shutil.copy(public_path(str(corpus_db)), public_path(str(db)))
    shutil.copytree(files_dir(str(corpus_db)), files_dir(str(db)))
    archive = sqlite3.connect(str(db))  # as an ingest killed before its publish leaves it: a paper read again
    with archive:
        archive.execute("update documents set ingested_at = ? where id = (select min(id) from documents)",
                        [__import__("datetime").datetime.now().isoformat()])
    archive.close()
    assert not is_current(str(db))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db", str(db), "--port", str(port),
                               "--workers", "1"], stderr=subprocess.PIPE, text=True, env=os.environ)
    try:
        for _ in range(600):
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/search?q=CCTV", timeout=30).status_code == 200
                break
            except httpx.TransportError:
                assert server.poll() is None
                time.sleep(0.1)
        for _ in range(1200):
            if is_current(str(db)):
                break
            time.sleep(0.1)
        assert is_current(str(db))
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=60)
    assert "is older than" in stderr and "finishing in the background: public copy" in stderr


def test_a_background_upgrade_that_fails_says_so_in_one_line(tmp_path):
    """The background process writes on serve's terminal: a failure is one line, no traceback."""
    import subprocess
    import sys

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 1000)
    result = subprocess.run([sys.executable, "-m", "minutebook.ingest.upgrade", str(broken)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("broken.db: upgrade stopped") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
