"""A due 'at the October meeting', where the paper states no meeting in October, is the day in October the body keeps
for its meetings when its papers in the archive show one (Manordeilo and Salem meets on the second Wednesday: 'discussion
at the October meeting' said on 14 September 2016 is due on 12 October), else the month's end as before; another's
meeting ('the June Planning meeting') is not the body's. Worked out at each link from the due's month, so papers coming
and going give what a first ingest of the same papers gives. On generated papers (real SQLite) and real minutes
(../shared/wild; skipped when it is not beside the project)."""


import sqlite_utils

from minutebook.ingest.next_meeting_due import NAMED_MONTH_MEETING_RE, day_in_month, regular_place

from .conftest import SHARED, run_cli
from .wild_papers import ingested, needs_wild

MINUTES = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Wednesday {day} at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas, Cllr Lorraine Hunt and Cllr Paula Kellingray.</p>
<h2>1. Footpaths</h2>
<p>{task}</p>
</body></html>
"""
# second Wednesdays, and the paper that names its October meeting
SECOND_WEDNESDAYS = {"2015-06-10": "10 June 2015", "2016-03-09": "9 March 2016", "2017-10-11": "11 October 2017"}


def test_the_day_a_body_keeps():
    dates = ["2015-06-10", "2016-09-14", "2017-10-11", "2018-07-11", "2019-02-06", "2020-06-10"]
    place = regular_place("2016-09-14", dates)
    assert place == (2, 2)  # the second Wednesday
    assert str(day_in_month(place, 2016, 10)) == "2016-10-12"
    # a body whose meetings fall on several days keeps none (Stoke Ferry moved from the second to the first Wednesday)
    assert regular_place("2018-02-07", ["2015-07-08", "2017-08-02", "2018-02-07", "2019-04-24", "2020-06-03"]) is None
    # too few meetings show nothing
    assert regular_place("2019-04-02", ["2018-05-01", "2019-04-02"]) is None


def test_only_the_bodys_own_meeting_of_a_month():
    for said in ("at the October meeting", "to the October monthly meeting", "by the meeting in July",
                 "at the PC meeting in December", "for May meeting"):
        assert NAMED_MONTH_MEETING_RE.match(said), said
    for said in ("at the June Planning meeting", "at the SNAP meeting in July", "the next meeting"):
        assert not NAMED_MONTH_MEETING_RE.match(said), said


def _write(folder, day_iso, day_words, task):
    (folder / f"lower-ashby-{day_iso}.html").write_text(MINUTES.format(day=day_words, task=task))


def _due(db_path):
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select due_date, due_precision from actions where description like 'Clerk to bring the%'"))
    assert len(rows) == 1
    return rows[0]["due_date"], rows[0]["due_precision"]


def test_dated_by_the_bodys_day_whichever_papers_come_first(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    _write(papers, "2016-09-14", "14 September 2016", "Clerk to bring the footpath survey for discussion at the October meeting.")
    db_path = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db_path, "--silent", check=True)
    assert _due(db_path) == ("2016-10-31", "month")  # one paper shows no day the body keeps
    for iso, words in SECOND_WEDNESDAYS.items():
        _write(papers, iso, words, "Cllr Hunt to inspect the stile.")
    run_cli("ingest", papers, "--db", db_path, "--silent", check=True)
    assert _due(db_path) == ("2016-10-12", "day")
    # the same papers ingested at once give the same
    fresh = tmp_path / "fresh.db"
    run_cli("ingest", papers, "--db", fresh, "--silent", check=True)
    assert _due(fresh) == ("2016-10-12", "day")
    # the archive's own October meeting, when it holds one, is the day (here not on the body's usual day)
    _write(papers, "2016-10-19", "19 October 2016", "Cllr Bullas to inspect the bench.")
    run_cli("ingest", papers, "--db", db_path, "--silent", check=True)
    assert _due(db_path) == ("2016-10-19", "day")
    (papers / "lower-ashby-2016-10-19.html").unlink()
    # and the papers gone again, the month's end again
    for iso in SECOND_WEDNESDAYS:
        (papers / f"lower-ashby-{iso}.html").unlink()
    run_cli("ingest", papers, "--db", db_path, "--silent", check=True)
    assert _due(db_path) == ("2016-10-31", "month")


@needs_wild
def test_on_real_minutes(tmp_path_factory):
    names = sorted(p.name for p in (SHARED / "wild").glob("mscc_*"))
    db = ingested(tmp_path_factory, [SHARED / "wild" / n for n in names], "due_regular_day")
    # 'It was agreed to arrange a meeting prior to the October monthly meeting' (July 2018): its paper states its next
    # meeting in September only; the council's meetings around it fall on second Wednesdays
    rows = [(r["due_date"], r["due_precision"]) for r in db.query(
        "select due_date, due_precision from action_history where kind = 'extracted' "
        "and due_text = 'to the October monthly meeting'")]
    assert rows == [("2018-10-10", "day")]
