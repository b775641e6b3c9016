"""A decision is told as taken before this meeting only by a time that is its own (decision_time.told_earlier): a paper
handed out before is no earlier decision ('The minutes having been previously circulated they were agreed as a true
record', Northwold; 'Standing Order Annex A which had been previously circulated was approved', Souldern), nor is a
thing decided before that the decision only names ('... in conjunction with the Terms of Reference approved at the
previous meeting', Souldern). An earlier decision told again stays reported ('The Council agreed at the previous meeting
to donate £5000 ...', Wretton). Real minutes of three parish councils in a real archive and the meeting page in
Datasette (skipped without ../shared); built clauses for the shapes."""

from __future__ import annotations

import pytest

from minutebook.extract.decision_time import told_earlier

from .wild_papers import meeting_decisions_shown, served_wild

PAPERS = ["sf_northwold-pc-minutes-2013-06_index.html", "sd_2014-11-20 SPC minutes.pdf",
          "sf_wretton-pc-minutes-2016-03_index.html"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "decision_time")


@pytest.mark.parametrize("decision, source", [
    ("The minutes having been previously circulated they were agreed as a true record", "meeting"),
    ("Standing Order Annex A which had been previously circulated was approved", "meeting"),
    ("The Council agreed at the previous meeting to donate £5000", "reported"),
])
def test_only_the_decisions_own_time_makes_it_earlier(served, decision, source):
    db, client = served
    rows = list(db.query("select text, source, meeting_id from decisions where text like ?", [f"%{decision}%"]))
    assert len(rows) == 1 and rows[0]["source"] == source, rows
    # the meeting page lists the meeting's own decisions, not those told of
    shown = decision in " ".join(meeting_decisions_shown(client, rows[0]["meeting_id"]).split())
    assert shown is (source == "meeting")


@pytest.mark.parametrize("clause, verb_at, earlier", [
    ("The report, already circulated to members, was approved", None, False),
    ("The accounts, which had been sent out previously, were approved", None, False),
    ("Cheque for CGM agreed last month", 15, True),
    ("it was agreed at the previous meeting that", 7, True),
    ("was adopted alongside the policy agreed at the last meeting", 4, False),  # the policy's time, not the adoption's
    ("At the previous meeting it was decided", None, True),
])
def test_built_clauses(clause, verb_at, earlier):
    assert told_earlier(clause, verb_at) is earlier
