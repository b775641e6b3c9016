"""An authority's annual meeting is linked with its council (ingest/link_groups.py): what the
chairman's report to the Annual Parish Meeting says of the council's business is news of the
council's actions. Told by the dates alone (a body meeting once a year beside the one body of its
authority that meets more often); whatever order the papers arrive in, and as they come and go,
the rows are those of one ingest of the papers held. On generated papers (real SQLite), and on
Souldern's and Suffolk Libraries' real papers (../shared/wild; skipped when it is not beside the project)."""

from __future__ import annotations

import sqlite_utils

from minutebook.ingest.link_groups import link_groups
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

COUNCIL = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Wednesday {day} at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas, Cllr Lorraine Hunt and Cllr Paula Kellingray.</p>
<h2>1. Village Hall</h2>
<p>{task}</p>
</body></html>
"""
ANNUAL = """<html><body>
<h1>Minutes of the Lower Ashby Annual Parish Meeting held on Wednesday {day} at 7pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas and 14 parishioners.</p>
<h2>1. Chairman's Report</h2>
<p>{report}</p>
</body></html>
"""
PAPERS = {
    "council-2023-03-15.html": COUNCIL.format(day="15 March 2023",
                                              task="Cllr Hunt to order a lockable barrier for the village hall car park."),
    "council-2023-06-14.html": COUNCIL.format(day="14 June 2023", task="Cllr Bullas to inspect the stile by the churchyard."),
    "annual-2023-05-17.html": ANNUAL.format(day="17 May 2023",
                                            report="The footpath map was reprinted this year and the verges were cut twice."),
    "annual-2024-05-15.html": ANNUAL.format(day="15 May 2024",
                                            report="The lockable barrier for the village hall car park has been installed."),
}
BARRIER = "Cllr Hunt to order a lockable barrier%"


def _write(folder, names):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(PAPERS[name])
    return folder


def _rows(db_path) -> list[tuple]:
    """Every action with its status and trail, as the site shows them (ids aside)."""
    db = sqlite_utils.Database(db_path)
    return sorted((a["description"], a["status"], a["completed_in"], tuple(
        (h["seen_on"], h["kind"], h["state"], h["text"]) for h in db.query(
            "select seen_on, kind, state, text from action_history where action_id = ? order by seen_on, kind, text",
            [a["id"]]))) for a in db.query("select * from actions"))


def _barrier(db_path) -> tuple:
    return next(r for r in _rows(db_path) if r[0].startswith("Cllr Hunt to order"))


def test_the_annual_meetings_report_closes_the_councils_action(tmp_path):
    papers = _write(tmp_path / "papers", PAPERS)
    db_path = tmp_path / "archive.db"
    ingest([str(papers)], str(db_path))
    groups = link_groups(sqlite_utils.Database(db_path))
    assert groups == {"lower ashby parish": "lower ashby parish council"}
    description, status, completed_in, trail = _barrier(db_path)
    assert (status, completed_in) == ("completed", "2024-05-15")
    assert trail[-1][:3] == ("2024-05-15", "follow_up", "done")


def test_one_annual_meeting_shows_no_year_and_is_linked_alone(tmp_path):
    """With the 2024 meeting only, the body has met once: nothing says it is an annual meeting."""
    papers = _write(tmp_path / "papers", ["council-2023-03-15.html", "council-2023-06-14.html", "annual-2024-05-15.html"])
    db_path = tmp_path / "archive.db"
    ingest([str(papers)], str(db_path))
    assert link_groups(sqlite_utils.Database(db_path)) == {}
    assert _barrier(db_path)[1] == "open"


def test_the_same_rows_whatever_order_the_papers_come_in(tmp_path):
    together = tmp_path / "together.db"
    ingest([str(_write(tmp_path / "all", PAPERS))], str(together))
    # the annual meetings first, then the council's minutes, each in its own run
    annual_first = tmp_path / "annual_first.db"
    for name in ["annual-2024-05-15.html", "annual-2023-05-17.html", "council-2023-06-14.html", "council-2023-03-15.html"]:
        ingest([str(_write(tmp_path / name.replace(".html", ""), [name]) / name)], str(annual_first))
    assert _rows(annual_first) == _rows(together)
    # and a paper gone unmakes the group: the rows of one ingest of the papers left
    folder = tmp_path / "all"
    (folder / "annual-2023-05-17.html").unlink()
    ingest([str(folder)], str(together))
    fresh = tmp_path / "fresh.db"
    ingest([str(folder)], str(fresh))
    assert _rows(together) == _rows(fresh)
    assert _barrier(together)[1] == "open"


@needs_wild
def test_souldern_and_suffolk_annual_meetings(tmp_path_factory):
    """Souldern's Annual Parish Meeting of May 2024 reports the council's car-park barrier (raised at the
    2023 council meetings) 'being fabricated'; Suffolk Libraries' AGM minutes are the society's
    ('Suffolk's Libraries IPS Ltd'), linked with its board; Kent's cabinet and council are two bodies of one
    authority meeting more than yearly, each linked alone."""
    wild = SHARED / "wild"
    db = ingested(tmp_path_factory, sorted(wild.glob("sd_20*-*minutes.pdf")) + sorted(wild.glob("sl_*agm-minutes*"))
                  + sorted(wild.glob("sl_board-meeting-minutes-2014-*")), "annual_meetings")
    assert link_groups(db) == {"souldern parish": "souldern parish council",
                               "suffolk libraries ips ltd": "suffolk libraries ips"}
    seen = [r["seen_on"] for r in db.query(
        """select h.seen_on from action_history h join actions a on a.id = h.action_id
           where a.description like '%barrier for carpark%' and h.text like '%barrier is being fabricated%'""")]
    assert seen == ["2024-05-23"]
