"""Whether a due date is the paper's own or worked out (schema v9 `due_kind`): Boughton's action log prints
'10/8/12', a whole date, and '27/5', a day and month that the meeting's year completes; Wereham's 'tour on Friday 19th
October' takes its year from the meeting. The archive and its public copy say which, and the action's page says a
worked-out date was worked out. Skipped without ../shared."""

from __future__ import annotations

import html

import pytest
import sqlite_utils

from minutebook.ingest.publish import public_path

from .wild_papers import served_wild

PAPERS = ["sf_boughton-pc-agenda-minutes-2012-05-agm_index.html", "sf_boughton-pc-agenda-minutes-2012-08_index.html",
          "sf_wereham-pc-minutes-2012-07_index.html"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "due_kind")


def _due(db, start: str) -> dict:
    rows = list(db.query("select id, due_date, due_text, due_kind from actions where description like ?", [start + "%"]))
    assert len(rows) == 1, (start, rows)
    return rows[0]


@pytest.mark.parametrize("start, due, kind", [
    ("Minutes of previous meeting, 22nd June provided by DHO", "2012-08-10", "printed"),
    ("Probable location", "2012-05-27", "resolved"),
    ("Norfolk County Council recycling facility tour", "2012-10-19", "resolved"),
])
def test_a_due_says_whether_the_paper_printed_it_or_it_was_worked_out(archive, start, due, kind):
    db, client = archive
    public = sqlite_utils.Database(public_path(db.conn.execute("pragma database_list").fetchone()[2]))
    for copy in (db, public):
        row = _due(copy, start)
        assert (row["due_date"], row["due_kind"]) == (due, kind)
    shown = _due(public, start)
    page = html.unescape(client.get(f"/action/{shown['id']}").text)
    said = f"worked out from “{shown['due_text']}”"
    assert due in page and (said in page) == (kind == "resolved")
    sightings = {r["due_kind"] for r in db.query(
        "select h.due_kind from action_history h where h.kind = 'extracted' and h.description like ?", [start + "%"])}
    assert sightings == {kind}
