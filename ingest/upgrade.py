"""An archive written by an older minutebook, brought up to this one without keeping `serve`
waiting: the schema now (new columns and tables: a second, however large the archive), the
work the migrations leave (finding each paper's authority, merging people by it, relinking
actions: minutes of CPU on a 1M-passage archive) in a background process at low priority,
which then brings the public copy up to date while the site is already answering from it.

The work left is the archive's `pending_work`, the same notes an interrupted ingest leaves, so
whichever comes first, the background process or the next `minutebook ingest`, does it; one
at a time (the ingest lock), and a run killed half-way leaves its notes for the next.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

from .publish import public_path, read_only


REPUBLISH = "public copy"  # the public copy to make again from an upgraded archive


def schema_version(db_path: str) -> int:
    conn = sqlite3.connect(read_only(db_path), uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def upgrade_schema(db_path: str) -> None:
    """The archive's schema and its public copy's brought up to date (the copy's new columns
    are filled by the next publish); the costly work is left noted in `pending_work`."""
    from .publish import _migrate
    from .store import ingest_lock, open_db

    with ingest_lock(db_path, on_wait=lambda: None):  # not under an ingest's feet
        db = open_db(db_path)
        try:
            with db.atomic():  # the copy's rows follow the new columns at the next publish
                db.execute("insert or ignore into pending_work (task, since) values (?, datetime('now'))",
                           [REPUBLISH])
        finally:
            db.close()
        if os.path.exists(public_path(db_path)):
            conn = sqlite3.connect(public_path(db_path), isolation_level=None)
            try:
                conn.execute("PRAGMA busy_timeout = 10000")
                _migrate(conn)
            finally:
                conn.close()


def pending_work(db_path: str) -> list[str]:
    """What an upgrade or an interrupted ingest left to do."""
    conn = sqlite3.connect(read_only(db_path), uri=True)
    try:
        return [r[0] for r in conn.execute("select task from pending_work order by task")]
    except sqlite3.Error:  # an archive older than pending work
        return []
    finally:
        conn.close()


def finish_in_background(*db_paths: str) -> subprocess.Popen:
    """Start the work left to do in these archives, one after another, in a process of its
    own, which says on stderr how it goes."""
    return subprocess.Popen([sys.executable, "-m", "minutebook.ingest.upgrade", *map(os.path.abspath, db_paths)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def finish(db_path: str, say=lambda line: None) -> bool:
    """Do the work left in the archive, then bring its public copy up to date; False (nothing
    done) when an ingest is writing to it: that ingest does the work."""
    from .authority import finish_authorities
    from .pipeline import finish_cross_paper, publish_archive
    from .store import IngestRunning, ingest_lock, open_db

    name = os.path.basename(db_path)
    started = time.perf_counter()
    try:
        with ingest_lock(db_path):
            db = open_db(db_path)
            try:
                told = set()

                def progress(done, total):
                    tenth = done * 10 // max(1, total)
                    if tenth not in told:  # at most ten lines, however many papers
                        told.add(tenth)
                        say(f"{name}: upgrade: authorities of {done:,} of {total:,} papers found "
                            f"({time.perf_counter() - started:.0f} s)")

                filled = finish_authorities(db, progress)
                changed = finish_cross_paper(db, True) or filled
                if changed:
                    say(f"{name}: upgrade: people merged and actions linked ({time.perf_counter() - started:.0f} s)")
                republish = db.execute("select 1 from pending_work where task = ?", [REPUBLISH]).fetchone()
            finally:
                db.close()
            publish_archive(db_path, changed=bool(changed or republish))
            if republish:
                db = open_db(db_path)
                try:
                    with db.atomic():
                        db.execute("delete from pending_work where task = ?", [REPUBLISH])
                finally:
                    db.close()
    except IngestRunning:
        return False
    say(f"{name}: upgrade finished, public copy up to date ({time.perf_counter() - started:.0f} s)")
    return True


def main(argv: list[str]) -> int:
    try:
        os.nice(10)  # the site answers first
    except OSError:
        pass
    failed = 0
    for db_path in argv:
        try:
            finish(db_path, say=lambda line: print(line, file=sys.stderr, flush=True))
        except Exception as e:  # noqa: BLE001 - one line on serve's terminal, not a traceback
            # what was done is committed; what was not stays noted for the next run
            print(f"{os.path.basename(db_path)}: upgrade stopped ({type(e).__name__}: {e}); the site serves the "
                  f"archive as it is, and the next `minutebook ingest` or `serve` finishes it", file=sys.stderr,
                  flush=True)
            failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
