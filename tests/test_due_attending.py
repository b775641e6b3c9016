"""A task to attend an event is due on the event's day when its passage gives the one day ahead: 'A Pathways
Afternoon was being held ... on Wed 18 Sep ’13. ... PK would attend.' (West Dereham), 'the Halesworth meeting ... has
been rescheduled for 10th March 2014. The General Manager, Community Lead and Vice Chair will be attending.', 'SK and JO
offered to attend. The first meeting will take place on 1st October 2014.' (Suffolk Libraries) (issue 7: the judge's
'Wed 18 Sep '13' family). Two days ahead, a choice ('should they wish to attend') or a standing duty ('attend all future
Board meetings') leave it undated. On text, a generated paper (real SQLite) and real minutes (../shared/wild; skipped
when it is not beside the project)."""

import datetime as dt

import sqlite_utils

from minutebook.extract.due_days import attending_day

from .conftest import SHARED, run_cli
from .wild_papers import ingested, needs_wild

MEETING = dt.date(2013, 9, 5)

PAPER = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Thursday 5 September 2013 at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Paula Kellingray (PK), Cllr Pam Walker (PW) and Cllr Tom Foy (TF).</p>
<h2>7. Correspondence</h2>
<p>Pathways Afternoon. A Pathways Afternoon was being held by the County Council in the Village Hall on Wed 18 Sep ’13.
The talk would be given by a local historian. PK would attend.</p>
<p>Training. Courses for councillors were offered on 2 October and on 16 October. TF would attend.</p>
</body></html>
"""


def test_the_one_day_ahead_in_the_passage_is_the_days_due():
    passage = ("A Pathways Afternoon was being held by NCC in West Dereham Village Hall on Wed 18 Sep ’13. This related "
               "to pathways in West Dereham. PK would attend.")
    day = attending_day("PK would attend.", passage, MEETING)
    assert (day.iso, day.text) == ("2013-09-18", "Wed 18 Sep")
    # the day may come after the task in the passage
    day = attending_day("SK and JO offered to attend.", "SK and JO offered to attend. The first meeting will take place "
                        "on 1st October 2014.", dt.date(2014, 9, 25))
    assert day.iso == "2014-10-01"


def test_no_one_day_no_due():
    two = "Courses were offered on 2 October and on 16 October. TF would attend."
    assert attending_day("TF would attend.", two, MEETING) is None
    past = "A talk was held on 1 September. PK would attend."
    assert attending_day("PK would attend.", past, MEETING) is None
    choice = "The audit is arranged for 2nd October 2013. Councillors could attend if they wish."
    assert attending_day("Councillors could attend if they wish.", choice, MEETING) is None
    standing = "From 1st October 2013 the Manager would attend all future Board meetings."
    assert attending_day("the Manager would attend all future Board meetings.", standing, MEETING) is None
    # a task that is no going to anything takes no event's day
    assert attending_day("PK would write to the school.", "The fete is on 21 September. PK would write to the school.",
                         MEETING) is None


def test_on_a_generated_paper(tmp_path):
    paper = tmp_path / "papers" / "lower-ashby-2013-09.html"
    paper.parent.mkdir()
    paper.write_text(PAPER)
    db_path = tmp_path / "archive.db"
    run_cli("ingest", paper.parent, "--db", db_path, "--silent", check=True)
    db = sqlite_utils.Database(db_path)
    dues = {r["description"]: (r["due_date"], r["due_kind"]) for r in db.query(
        "select description, due_date, due_kind from actions where description like '%would attend%'")}
    assert dues["PK would attend."] == ("2013-09-18", "resolved")
    assert dues["TF would attend."] == (None, None)


@needs_wild
def test_on_real_minutes(tmp_path_factory):
    papers = ["sf_west-dereham-pc-minutes-2013-09_index.html", "sl_board-meeting-minutes-2014-01-30.pdf"]
    db = ingested(tmp_path_factory, [SHARED / "wild" / p for p in papers], "due_attending")
    dues = {r["description"]: r["due_date"] for r in db.query(
        "select description, due_date from action_history where kind = 'extracted' and description in (?, ?)",
        ["PK would attend.", "The General Manager, Community Lead and Vice Chair will be attending."])}
    assert dues == {"PK would attend.": "2013-09-18",
                    "The General Manager, Community Lead and Vice Chair will be attending.": "2014-03-10"}
