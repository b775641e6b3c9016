"""A list of the meeting's actions at the end of its minutes restates an action its item set in the
words of the item's paragraph, though the action extracted there is the paragraph's long first
sentence (store_action_links._summarised): one action, not two. A line naming another owner, or too
few words to tell, is its own. On a generated paper (real SQLite) and Souldern's June 2023 minutes
(../shared/wild; skipped when it is not beside the project)."""

from __future__ import annotations

import sqlite_utils

from minutebook.ingest.pipeline import ingest

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

MINUTES = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Wednesday 14 June 2023 at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas, Cllr Lorraine Hunt and Cllr Paula Kellingray.</p>
<h2>5. Trees in the churchyard</h2>
<p>Residents are worried about the old beech trees by the lych gate. Cllr Hunt has spoken to a tree surgeon, who has
inspected the churchyard and the lych gate beeches and will write a formal report on their condition for £400, and it
was agreed that Cllr Hunt will instruct the tree surgeon to produce a report. Action: Cllr Hunt</p>
<h2>6. Footpaths</h2>
<p>Cllr Bullas to ask the county council to clear the footpath to Manor Farm.</p>
<h2>7. Actions Summary</h2>
<p>June23.01 Trees in the churchyard - Cllr Hunt will instruct the tree surgeon to produce a report. Cllr Hunt</p>
<p>June23.02 Footpaths - Cllr Bullas to ask the county council to clear the footpath to Manor Farm. Cllr Bullas</p>
<p>June23.03 Trees in the churchyard - Cllr Cann will instruct the tree surgeon to produce a report. Cllr Cann</p>
</body></html>
"""


def _actions(db) -> dict[str, list[str]]:
    """Each action's description -> the descriptions of its sightings."""
    out = {}
    for a in db.query("select id, description from actions"):
        out[a["description"]] = [h["description"] for h in db.query(
            "select description from action_history where action_id = ? order by id", [a["id"]])]
    return out


def test_the_summary_line_is_the_paragraphs_action(tmp_path):
    paper = tmp_path / "lower-ashby-2023-06-14.html"
    paper.write_text(MINUTES)
    db_path = tmp_path / "archive.db"
    ingest([str(paper)], str(db_path))
    actions = _actions(sqlite_utils.Database(db_path))
    trees = next(k for k in actions if k.startswith("Cllr Hunt has spoken to a tree surgeon"))
    assert actions[trees][1:] == ["June23.01 Trees in the churchyard - Cllr Hunt will instruct the tree surgeon to produce a report."]
    # another owner's line in the same words is another action
    assert any(k.startswith("June23.03") for k in actions)
    assert len(actions) == 3


@needs_wild
def test_souldern_actions_summary(tmp_path_factory):
    """'June23.03 Trees in NBW - JH will instruct Bob Staig to produce a report.' restates the item's
    '.JH has spoken to Nicholsons ... will create a formal report for £500.It was agreed that JH will instruct
    Bob Staig to produce a report.'"""
    db = ingested(tmp_path_factory, [SHARED / "wild" / "sd_2023-06-29 SPC minutes.pdf"], "souldern_summary")
    rows = list(db.query("select a.description from action_history h join actions a on a.id = h.action_id "
                         "where h.description like '%June23.03 Trees in NBW%'"))
    assert len(rows) == 1 and rows[0]["description"].startswith(".JH has spoken to Nicholsons")
