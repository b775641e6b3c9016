"""A decision whose own sentence says how it went is stored as what was decided, not as a motion
or a proposal: four bodies' real minutes from the wild corpus (a community council, a parish
council's annual meeting and another's minutes, a library society's board, a school board, a US city's agenda, a county council).
Real files, a real
database; skipped without ../shared."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"
PAPERS = ["mscc_15-06-10.pdf", "bcwpc_minutes-APM-2023-04-25.pdf", "sl_board-meeting-minutes-2013-05-02.pdf",
          "sl_board-meeting-minutes-2013-05-29.pdf", "wtsb_2019-02-26_minutes.md",
          "sf_stoke-ferry-pc-minutes-2015-07_index.html", "ca_gardena_agenda_1.pdf",
          "kcc_19 December 2024 - County Council minutes.pdf", "sf_wereham-pc-minutes-2015-07_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    paths = [WILD / n for n in PAPERS]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping four bodies' real minutes")
    path = tmp_path_factory.mktemp("outcomes") / "outcomes.db"
    ingest([str(p) for p in paths], str(path))
    return sqlite_utils.Database(path)


def _decision(db, paper, words):
    rows = list(db.query("select d.kind, d.mover, d.seconder from decisions d join documents doc on doc.id = d.document_id "
                         "where doc.path like ? and d.text like ?", [f"%{paper}", f"%{words}%"]))
    assert rows, f"no decision in {paper} with {words!r}"
    return rows[0]


@pytest.mark.parametrize("paper, words, mover, seconder", [
    ("mscc_15-06-10.pdf", "seconded by Cllr. H. Gwynne and unanimously agreed", "Cllr. D. Jenkins", "Cllr. H. Gwynne"),
    ("bcwpc_minutes-APM-2023-04-25.pdf", "this was confirmed by all present", "Mr Michael Swan", "Mr Tony Rossiter"),
    ("sf_stoke-ferry-pc-minutes-2015-07_index.html", "Purchase of strimmer", None, None),
])
def test_a_motion_that_says_it_was_agreed(db, paper, words, mover, seconder):
    row = _decision(db, paper, words)
    assert row["kind"] == "agreed"
    if mover:
        assert (row["mover"], row["seconder"]) == (mover, seconder)


@pytest.mark.parametrize("paper, words", [
    ("sl_board-meeting-minutes-2013-05-02.pdf", "discussed and agreed by the Board"),
    ("wtsb_2019-02-26_minutes.md", "submit the statement of intent to NIMB"),
])
def test_what_was_put_and_then_agreed_by_the_board(db, paper, words):
    assert _decision(db, paper, words)["kind"] == "agreed"


@pytest.mark.parametrize("paper, words", [
    ("sl_board-meeting-minutes-2013-05-29.pdf", "once the Project Manager has been appointed"),
    ("ca_gardena_agenda_1.pdf", "until the extension is approved"),
    ("kcc_19 December 2024 - County Council minutes.pdf", "could incorporate the points raised and be agreed"),
])
def test_a_condition_is_no_decision(db, paper, words):
    assert not list(db.query("select d.id from decisions d join documents doc on doc.id = d.document_id "
                             "where doc.path like ? and d.text like ?", [f"%{paper}", f"%{words}%"]))
    assert list(db.query("select p.id from passages p join documents doc on doc.id = p.document_id "
                         "where doc.path like ? and p.text like ?", [f"%{paper}", f"%{words}%"])), "the sentence is read"


def test_what_may_be_agreed_beside_what_was_resolved(db):
    # 'can be agreed via email' is what the resolution allows; the sentence is still a resolution
    assert _decision(db, "sf_wereham-pc-minutes-2015-07_index.html", "bookings can be agreed via email")["kind"] == "resolved"
