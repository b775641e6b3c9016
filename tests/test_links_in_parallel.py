"""An ingest with two workers links its bodies' actions in two processes (the workers are idle
by then): each body is worked out apart, in a forked process on its own connection, and written
by the ingest in the bodies' order, so the archive is the one a single process links."""

import os
import shutil
import sqlite3

import pytest

from minutebook.ingest.links_in_parallel import _heaviest_first, worked_out
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

# two series of different bodies, with actions followed up from meeting to meeting: a library
# society's board (sl) and a Welsh community council (mscc)
SERIES = ("sl_", "mscc_")

LINKED = {
    "actions": "select description, status, state, due_date, first_seen, last_seen, completed_in, owners, sightings "
               "from actions",
    "action_history": "select h.kind, h.text, h.status, h.state, h.score, h.seen_on, h.due_date, h.action_status, "
                      "a.description from action_history h left join actions a on a.id = h.action_id",
    "action_owners": "select o.name, o.kind, a.description from action_owners o join actions a on a.id = o.action_id",
}


def _linked(db) -> dict[str, list]:
    conn = sqlite3.connect(db)
    try:
        return {table: sorted(map(repr, conn.execute(sql))) for table, sql in LINKED.items()}
    finally:
        conn.close()


def test_each_key_is_worked_out_in_another_process_and_given_back_in_order(tmp_path):
    db = sqlite3.connect(tmp_path / "a.db")
    db.execute("create table bodies (key text)")
    db.executemany("insert into bodies values (?)", [(k,) for k in "abcde"])
    db.commit()

    def work(conn, key):  # each answer read on the worker's own connection
        return os.getpid(), conn.execute("select count(*) from bodies where key <= ?", [key]).fetchone()[0]

    results = list(worked_out(db, list("abcde"), work, 2))
    assert [key for key, _ in results] == list("abcde")
    assert [count for _, (_, count) in results] == [1, 2, 3, 4, 5]
    assert os.getpid() not in {pid for _, (pid, _) in results}
    assert [(key, answer[1]) for key, answer in worked_out(db, list("abcde"), work, 1)] == \
        [(key, count) for key, (_, count) in results]


def test_two_workers_link_the_actions_one_process_links(tmp_path):
    if not (SHARED / "wild").is_dir():
        pytest.skip("../shared/wild is not here (the real papers are not in the repository)")
    papers = tmp_path / "papers"
    papers.mkdir()
    for path in sorted((SHARED / "wild").iterdir()):
        if path.name.startswith(SERIES):
            shutil.copy(path, papers / path.name)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([str(papers)], str(one), workers=1)
    ingest([str(papers)], str(two), workers=2)
    linked = _linked(one)
    assert len(linked["actions"]) > 100 and any("follow_up" in row for row in linked["action_history"])
    assert _linked(two) == linked


def test_the_heaviest_keys_are_handed_out_first_and_still_come_back_in_order(tmp_path):
    db = sqlite3.connect(tmp_path / "a.db")
    started = tmp_path / "started"

    def work(conn, key):  # each worker notes the keys it starts, in the order it starts them
        with open(started, "a") as f:
            f.write(f"{os.getpid()} {key}\n")
        return key.upper()

    weights = {"a": 1, "b": 5, "c": 1, "d": 2, "e": 9}
    results = list(worked_out(db, list("abcde"), work, 2, weight=weights.get))
    assert results == [(k, k.upper()) for k in "abcde"]
    assert _heaviest_first(list("abcde"), weights.get, 2) == [4, 1, 0, 2, 3]  # e and b, then the rest in order
    firsts = {}
    for line in started.read_text().splitlines():
        pid, key = line.split()
        firsts.setdefault(pid, key)
    assert "e" in firsts.values()  # the heaviest was the first key some process started
