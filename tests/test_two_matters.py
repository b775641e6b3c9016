"""The same few words closing two matters of one paper are two tasks (extract.action_facts._read_twice
keeps a printing in another paragraph; store_action_links._two_matters keeps it apart in linking): 'Clerk to
contact Highways.' after a blocked footpath and again after a bridge the Environment Agency will not repair;
'Clerk to post details on Facebook page.' and 'Clerk to update via Facebook page.' after two different notices.
The same task printed again after a sentence on the same subject, or as a line of its own (a list of the
meeting's actions), stays one action. On a generated paper (real SQLite, the action's page in Datasette) and three real papers of two
bodies (../shared/wild; skipped when it is not beside the project)."""

from __future__ import annotations

import sqlite_utils

from minutebook.ingest.pipeline import ingest

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

MINUTES = """<html><body>
<h1>Minutes of the Meeting of Little Ashby Parish Council held on Tuesday 6 September 2016 at 7.30pm</h1>
<p>Present: Cllr Robert Crisp (Chairman), Cllr Alan Muir, Cllr Mary Peake. In attendance: Judith Taylor (Clerk).</p>
<h2>4. Public participation</h2>
<p>A resident informed the Council that footpath 6, behind Normandy Close, was impassable. Clerk to contact Highways.</p>
<h2>5. Drainage</h2>
<p>Common Drove bridge: the Environment Agency confirmed that repairing the bridge was not within their remit. Clerk to
contact Highways.</p>
<h2>6. Correspondence</h2>
<p>An email about an event in 2016 to mark the centenary of the Battle of the Somme was received. Free tickets can be
applied for from September. Clerk to post details on Facebook page.</p>
<h2>6a. Telephone kiosk</h2>
<p>The possibility of adopting the telephone kiosk to use as housing for the proposed defibrillator was discussed. It
was resolved that the Clerk should undertake to find out how much the phone is currently used, post the idea on
Facebook and invite comments.</p>
<h2>7. Planning</h2>
<p>The adjournment of the Local Plan hearing at Lynnsport was noted. Cllr Peake urged residents to question the
Borough Council about the delay. Clerk to update via Facebook page.</p>
<h2>8. Verges</h2>
<p>The verges of Oxborough Road are overgrown again. Clerk to write to the grass cutting contractor.</p>
<h2>9. Any other business</h2>
<p>Cllr Muir said the overgrown verges were a danger to cyclists. Clerk to write to the grass cutting contractor.</p>
</body></html>
"""


def _actions(db) -> dict[str, int]:
    """Each action's description -> how many sightings of this paper it has."""
    return {a["description"]: a["n"] for a in db.query(
        "select a.description, count(h.id) as n from actions a join action_history h on h.action_id = a.id "
        "group by a.id order by a.id")}


def _by_text(db, like: str) -> list[int]:
    """The actions whose extracted sightings' wording matches `like`, with how many sightings each has."""
    return sorted(r["n"] for r in db.query(
        "select count(*) as n from action_history where kind = 'extracted' and description like ? group by action_id",
        [like]))


def _seen(db, description: str) -> int:
    """How many sightings the action holding the extracted `description` has."""
    return db.execute("select count(*) from action_history where action_id = (select action_id from action_history "
                      "where kind = 'extracted' and description = ?)", [description]).fetchone()[0]


def test_one_task_after_two_matters_is_two_tasks(tmp_path):
    paper = tmp_path / "little-ashby-2016-09-06.html"
    paper.write_text(MINUTES)
    db_path = tmp_path / "archive.db"
    ingest([str(paper)], str(db_path))
    db = sqlite_utils.Database(db_path)
    # the footpath and the bridge: one wording, two matters, two tasks
    assert _by_text(db, "Clerk to contact Highways%") == [1, 1]
    # two notices to put on Facebook: alike in where, not in what
    assert _by_text(db, "%Facebook page%") == [1, 1]
    # nor is the kiosk's resolution, a matter of its own, a restatement of the Somme notice's task
    assert _seen(db, "Clerk to post details on Facebook page.") == 1
    # the verges again, under another item: the same subject before it, one task seen twice
    assert _by_text(db, "Clerk to write to the grass cutting contractor%") == [2]
    # each shows on the site as an action of its own, under its own item, with one sighting in its trail
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    ds = make_datasette(public_path(str(db_path)), public_files=files_dir(str(db_path)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    pages = [client.get(f"/action/{r['id']}") for r in db.query(
        "select id from actions where description like 'Clerk to contact Highways%' order by id")]
    assert [p.status for p in pages] == [200, 200]
    trails = [p.text[p.text.index('id="action-trail"'):] for p in pages]
    assert [t.count("<tr>") for t in trails] == [2, 2]
    assert "item: Public participation" in trails[0] and "Drainage" not in trails[0]
    assert "item: Drainage" in trails[1] and "Public participation" not in trails[1]


@needs_wild
def test_real_papers_two_matters(tmp_path_factory):
    """Northwold 2016-09 ('Clerk to contact Highways.' after the footpath and after the bridge), Wereham 2015-07 (the
    Somme tickets, the LDF hearing) and 2016-04 ('HR to add to going forward list.' after the pond funding, 'HR to add to
    forward list.' after the playing field licence): two tasks each. Boughton 2012-08 prints its drain task twice in
    the same words: one action."""
    wild = SHARED / "wild"
    db = ingested(tmp_path_factory, [wild / "sf_northwold-pc-minutes-2016-09_index.html",
                                     wild / "sf_wereham-pc-minutes-2015-07_index.html",
                                     wild / "sf_wereham-pc-minutes-2016-04-extraordinary_index.html",
                                     wild / "sf_boughton-pc-agenda-minutes-2012-08_index.html"], "two_matters")
    assert _by_text(db, "Clerk to contact Highways.") == [1, 1]
    assert _by_text(db, "Clerk to % via Facebook page.") + _by_text(db, "Clerk to post details on Facebook page.") == [1, 1]
    # ('It was resolved that the Clerk should undertake to find out how much the phone is currently used, post the idea
    # on Facebook ...' after the kiosk is discussed, a minute later: the kiosk's task, not the Somme notice's)
    assert _seen(db, "Clerk to post details on Facebook page.") == 1
    assert _by_text(db, "HR to add to %forward list.") == [1, 1]
    assert len(_by_text(db, "Drain issues caused by highways culvert%")) == 1
