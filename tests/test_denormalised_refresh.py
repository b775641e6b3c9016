"""refresh_denormalised brings the denormalised columns (body, meeting date, year, owners) back
in step, writing only the rows whose values change: an update fires the full-text triggers of
actions and decisions even when it changes nothing, and an ingest refreshes twice."""

from __future__ import annotations

import shutil

from minutebook.ingest.schema import refresh_denormalised
from minutebook.ingest.store import open_db

TABLES = ("meetings", "actions", "decisions", "statistics")


def _rows(db) -> dict[str, list[tuple]]:
    return {t: db.execute(f"select * from [{t}] order by id").fetchall() for t in TABLES}


def _watch_updates(db) -> None:
    """Temporary triggers noting every row an UPDATE writes, whatever it changes."""
    db.execute("create temp table updated (tab text, id integer)")
    for t in TABLES:
        db.execute(f"create temp trigger [watch_{t}] after update on main.[{t}] "
                   f"begin insert into updated values ('{t}', new.id); end")


def test_refresh_writes_only_the_rows_out_of_step(corpus_db, tmp_path):
    path = tmp_path / "archive.db"
    shutil.copy(corpus_db, path)
    db = open_db(str(path))
    try:
        current = _rows(db)
        assert db.execute("select count(*) from actions where owners is not null").fetchone()[0]
        assert db.execute("select count(*) from decisions where body is not null").fetchone()[0]
        _watch_updates(db)

        refresh_denormalised(db)  # the ingest left them in step: nothing to write
        assert db.execute("select count(*) from temp.updated").fetchone()[0] == 0
        assert _rows(db) == current

        stale = {
            "actions": [r[0] for r in db.execute("select id from actions where owners is not null limit 3")],
            "decisions": [r[0] for r in db.execute("select id from decisions where body is not null limit 3")],
            "statistics": [r[0] for r in db.execute("select id from statistics where year is not null limit 3")],
            "meetings": [r[0] for r in db.execute("select id from meetings where year is not null limit 2")],
        }
        for t, column in (("actions", "owners"), ("decisions", "body"), ("statistics", "year"), ("meetings", "year")):
            db.execute(f"update [{t}] set [{column}] = null where id in ({','.join('?' * len(stale[t]))})", stale[t])
        db.execute("delete from temp.updated")

        refresh_denormalised(db)
        written = {}
        for t, i in db.execute("select tab, id from temp.updated"):
            written.setdefault(t, set()).add(i)
        assert written == {t: set(ids) for t, ids in stale.items()}
        assert _rows(db) == current
    finally:
        db.close()


def test_a_papers_decisions_and_figures_are_written_in_step_with_their_meeting(tmp_path):
    """Written with their meeting's body, date and year, a paper's decisions and figures leave the
    refresh after the people merge nothing to rewrite (it rewrote every one, each decision's text
    taken out of the full-text index and put back, in the ingest's serial end)."""
    from minutebook.ingest.pipeline import parse_file, write_record

    paper = tmp_path / "minutes.txt"
    paper.write_text("Harbour Board\n\nMinutes of the meeting held on 12 March 2024\n\nPresent: Jane Smith (Chair)\n\n"
                     "1. Budget\n\nThe Board agreed the budget of £12,500 for 2024/25.\n\n"
                     "2. Moorings\n\nIt was resolved to renew the moorings contract. 45 moorings were let.\n")
    db = open_db(str(tmp_path / "archive.db"))
    try:
        write_record(db, {**parse_file(str(paper), "-"), "size": None, "mtime_ns": None})
        assert db.execute("select count(*) from decisions").fetchone()[0]
        assert db.execute("select count(*) from statistics").fetchone()[0]
        held = db.execute("select body, date, cast(substr(date, 1, 4) as integer) from meetings").fetchall()
        for t in ("decisions", "statistics"):
            assert set(db.execute(f"select body, meeting_date, year from [{t}]").fetchall()) == set(held)
        _watch_updates(db)
        refresh_denormalised(db)
        assert not db.execute("select tab from temp.updated where tab in ('decisions', 'statistics')").fetchall()
    finally:
        db.close()


def test_linked_actions_are_written_in_step_with_their_meeting(tmp_path):
    """An action is written by the linking with its first meeting's body, date and year: the
    refresh after the linking has none of them to rewrite (it rewrote every action, its text and
    description taken out of the full-text index and put back)."""
    from minutebook.ingest.pipeline import _merge_across_papers, parse_file, write_record
    from minutebook.ingest.store import finish_merge
    from minutebook.ingest.store_action_links import finish_links

    folder = tmp_path / "papers"
    folder.mkdir()
    for day in (5, 19):
        (folder / f"minutes-{day}.txt").write_text(
            f"Harbour Board\n\nMinutes of the meeting held on {day} March 2024\n\nPresent: Jane Smith (Chair), Tom Reed\n\n"
            f"1. Moorings\n\nACTION: Tom Reed to write to the council about the moorings by 30 April 2024.\n")
    db = open_db(str(tmp_path / "archive.db"))
    try:
        for paper in sorted(folder.iterdir()):
            write_record(db, {**parse_file(str(paper), "-"), "size": None, "mtime_ns": None})
        finish_merge(db, _merge_across_papers)
        _watch_updates(db)
        finish_links(db)
        assert db.execute("select count(*) from actions").fetchone()[0]
        assert not db.execute("select id from temp.updated where tab = 'actions'").fetchall()
        assert not db.execute("""select a.id from actions a join meetings m on m.id = a.meeting_id
                                 where a.body is not m.body or a.meeting_date is not m.date
                                 or a.year is not cast(substr(m.date, 1, 4) as integer)""").fetchall()
    finally:
        db.close()
