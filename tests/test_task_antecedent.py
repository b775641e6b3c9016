"""A task that names no subject of its own ('Clerk to progress.', 'The General Manager will meet
with them both') is about the sentence before it: later papers report on it in that sentence's
words, and a later task as bare as it is no sighting of it. Pure text first, then two bodies'
real minutes (a parish council, a library society's board) in a real database; the real papers
are skipped without ../shared."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract.task_antecedent import own_subject_words, sentence_before
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"


@pytest.mark.parametrize("paragraph, task, before", [
    ("14. CEMETERIES ii. Christchurch wall. No further quotes have been received. Clerk to action.",
     "Clerk to action.", "No further quotes have been received."),
    ("The Society’s reserves need to be addressed. The Business and Performance Manager will produce a paper.",
     "The Business and Performance Manager will produce a paper", "The Society’s reserves need to be addressed."),
    # an abbreviated title before a name ends no sentence
    ("Thanks to Cllr. J. Jones for the bench. Clerk to write.", "Clerk to write.", "Thanks to Cllr. J. Jones for the bench."),
    # a short name ends one all the same
    ("The verge is slipping along the Row. Response to be chased.", "Response to be chased.",
     "The verge is slipping along the Row."),
    # a task opening its paragraph, or not in it, points back to nothing
    ("Clerk to write to the owner. The hedge is overgrown.", "Clerk to write to the owner.", ""),
    ("The hedge is overgrown.", "Clerk to write.", ""),
])
def test_the_sentence_before_a_task(paragraph, task, before):
    assert sentence_before(paragraph, task) == before


def test_what_a_task_makes_and_where_it_goes_are_no_subject():
    task = "The Business and Performance Manager will produce a paper for the next Finance and Audit Committee"
    words = {k: 1.0 for k in ("produc", "paper", "financ", "audit", "commit", "hedge")}
    assert set(own_subject_words(task, words)) == {"hedge"}


def _papers(names):
    paths = [WILD / n for n in names]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping the real minutes")
    return [str(p) for p in paths]


def _trail(db, words):
    """The sightings of the one action whose description holds `words`: (date, kind, text)."""
    ids = [r["id"] for r in db.query("select id from actions where description like ?", [f"%{words}%"])]
    assert len(ids) == 1, (words, ids)
    return [(r["seen_on"], r["kind"], " ".join(r["text"].split())) for r in db.query(
        "select seen_on, kind, text from action_history where action_id = ? order by seen_on, id", ids)]


def test_a_bare_task_is_reported_on_in_the_words_of_the_sentence_before_it(tmp_path):
    """Suffolk Libraries, May 2014: 'The Board unanimously agreed the need for this group [the Staff
    Advisory Group] to continue ... The General Manager will meet with them both to discuss the
    future.' November's minutes give its news under the group's name, never the task's words."""
    db_path = tmp_path / "board.db"
    ingest(_papers([f"sl_board-meeting-minutes-{d}.pdf" for d in ("2014-05-29", "2014-07-31", "2014-09-25", "2014-11-27")]),
           str(db_path))
    trail = _trail(sqlite_utils.Database(db_path), "The General Manager will meet with them both")
    assert any(date == "2014-11-27" and kind == "follow_up" and "Staff Advisory Group is continuing" in text
               for date, kind, text in trail), trail


def test_bare_tasks_a_year_on_are_no_sightings_of_an_earlier_bare_task(tmp_path):
    """Northwold and Whittington, May 2018: 'All of the above was agreed ... Clerk to progress.' (a
    footbridge and a resident's matter); April 2019's 'Clerk to report.', 'Clerk to action both.'
    and 'Clerk to action. ii.' are tasks of their own items, not four sightings of that one."""
    db_path = tmp_path / "council.db"
    ingest(_papers(["sf_northwold-pc-minutes-2018-05-annual_index.html", "sf_northwold-pc-minutes-2019-04_index.html"]),
           str(db_path))
    trail = _trail(sqlite_utils.Database(db_path), "Clerk to progress")
    assert all(date < "2019" for date, _, _ in trail), trail
