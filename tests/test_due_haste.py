"""Haste with no day is the due a reader is given: 'as soon as possible', 'ASAP', 'urgently', 'as a matter of urgency'
are kept as the action's due words, and no date is made of them (issue 7: the judge's 'ASAP' family). On a generated
paper (real SQLite, the served action page) and on real minutes of two parish councils and a library board
(../shared/wild; skipped when it is not beside the project)."""

import sqlite_utils

from minutebook.extract.due import urgency_said

from .conftest import SHARED, run_cli
from .wild_papers import ingested, needs_wild

PAPER = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Thursday 6 April 2017 at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas, Cllr Lorraine Hunt and Cllr Paula Kellingray.</p>
<h2>1. Footpaths</h2>
<p>Cllr Bullas to report the broken stile on the church footpath to Highways as soon as possible.</p>
<p>Cllr Hunt to circulate the draft hedge survey by the next meeting.</p>
<p>Cllr Kellingray to order the new dog bin.</p>
</body></html>
"""


def test_the_words_of_haste():
    assert urgency_said("provide a copy as soon as possible for the LPC") == "as soon as possible"
    assert urgency_said("Clerk to do this ASAP and report back") == "ASAP"
    assert urgency_said("to be placed on the website urgently by the Clerk") == "urgently"
    assert urgency_said("This needs to be actioned as a matter of urgency.") == "as a matter of urgency"
    # a firm's name is no haste, nor a word that only starts so
    assert urgency_said("Bid from ASAP Software Express for Microsoft software") is None
    assert urgency_said("to order the new dog bin") is None


def test_haste_is_kept_as_the_due_words_without_a_date(tmp_path):
    paper = tmp_path / "papers" / "lower-ashby-2017-04.html"
    paper.parent.mkdir()
    paper.write_text(PAPER)
    db_path = tmp_path / "archive.db"
    run_cli("ingest", paper.parent, "--db", db_path, "--silent", check=True)
    db = sqlite_utils.Database(db_path)
    rows = {" ".join(r["description"].split()[:2]): (r["due_text"], r["due_date"])
            for r in db.query("select description, due_text, due_date from actions")}
    assert rows["Cllr Bullas"] == ("as soon as possible", None)
    assert rows["Cllr Kellingray"] == (None, None)  # nothing said, nothing kept
    assert rows["Cllr Hunt"][0] == "the next meeting"  # another due is read as before
    # and no overdue list counts it: there is no date to be past
    assert not list(db.query("select * from overdue_actions where description like 'Cllr Bullas%'"))


@needs_wild
def test_on_real_minutes(tmp_path_factory):
    papers = ["sf_west-dereham-pc-minutes-2017-04_index.html", "sf_stoke-ferry-pc-minutes-2009-01_index.html",
              "sl_board-meeting-minutes-2013-05-02.pdf"]
    db = ingested(tmp_path_factory, [SHARED / "wild" / p for p in papers], "due_haste")

    def due(start):
        rows = list(db.query("select h.due_text, h.due_date from action_history h where h.kind = 'extracted' "
                             "and h.description like ?", [start + "%"]))
        assert len(rows) == 1, (start, rows)
        return rows[0]["due_text"], rows[0]["due_date"]

    assert due("It was agreed for JM to come back with a date") == ("as soon as possible", None)
    assert due("This needs to be actioned as a matter of urgency") == ("as a matter of urgency", None)
