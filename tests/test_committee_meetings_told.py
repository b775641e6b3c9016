"""A committee's own meetings told to this body mark what follows as decided there, not here (issue 7: another
committee's decisions reported to the Board). Suffolk Libraries' board hears 'Update from Board Committees 1. Staffing
This committee has met twice since the last Board meeting ... SBu was nominated and agreed as Chair of this Committee.
2. Governance This Committee has had one meeting since the last Board meeting ... SK was nominated and agreed as Chair
of this Committee': the committees chose their chairs, so those rows are reported and stay off the meeting's Decisions
on its page; the Board's own agreement in the item before stays its own. The bundled Community Safety Partnership pack
(corpus 001) tells 'The subgroup last met on 14 June 2022 ... The meeting agreed there needed to be more engagement with
Parks': the same reading marks it. Real papers of two bodies in a real archive and its Datasette page (the Suffolk paper
skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from minutebook.extract.decisions import REPORTED_MEETING_RE
from minutebook.ingest.pipeline import ingest

from .wild_papers import meeting_decisions_shown, served_wild

CORPUS_PAPER = Path(__file__).resolve().parents[1] / "corpus" / "001_de1ae569ecce4883.pdf"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, ["sl_board-meeting-minutes-2013-11-28.pdf"], "committee_meetings_told")


def _rows(db, words):
    return list(db.query("select text, source, signals, meeting_id from decisions where text like ?", [f"%{words}%"]))


@pytest.mark.parametrize("words", ["SBu was nominated and agreed as Chair of this Committee",
                                   "SK was nominated and agreed as Chair of this Committee"])
def test_a_committees_choice_told_to_the_board_is_reported_and_not_shown_as_the_boards(served, words):
    db, client = served
    rows = _rows(db, words)
    assert len(rows) == 1 and rows[0]["source"] == "reported" and "reported-meeting" in rows[0]["signals"], rows
    assert words not in " ".join(meeting_decisions_shown(client, rows[0]["meeting_id"]).split())


def test_the_boards_own_agreement_stays_its_own(served):
    db, client = served
    rows = _rows(db, "This was unanimously agreed by the other board members")
    assert [r["source"] for r in rows] == ["meeting"]
    assert "unanimously agreed by the other board members" in " ".join(
        meeting_decisions_shown(client, rows[0]["meeting_id"]).split())


def test_a_subgroups_last_meeting_marks_what_it_agreed(tmp_path):
    db_path = tmp_path / "corpus001.db"
    ingest([str(CORPUS_PAPER)], str(db_path))
    rows = _rows(sqlite_utils.Database(db_path), "The meeting agreed there needed to be more engagement with Parks")
    assert len(rows) == 1 and rows[0]["source"] == "reported" and "reported-meeting" in rows[0]["signals"], rows


@pytest.mark.parametrize("window, told", [
    ("Staffing This committee has met twice since the last Board meeting", True),
    ("Governance This Committee has had one meeting since the last Board meeting", True),
    ("The subgroup last met on 14 June 2022", True),
    ("The Playing Field working party met on site", True),
    ("Cllr Smith met the contractor on site", False),  # a person's visit is no other body's meeting
    ("The Board met in closed session", False),
])
def test_built_windows(window, told):
    assert bool(REPORTED_MEETING_RE.search(window)) is told
