"""A vote is stored on the decision it counts, and a line that only says who moved it and how it went
completes the decision before it: real minutes of four bodies from the wild corpus (a US city council's tallies
'Motion Carried 5-1-1.', a county council's recorded votes run into the names of those voting, two parish councils'
'All in favour. Resolved 16/09/6/12.1' and 'Prop. JT, 2nd DC, five agreed', a library society's AGM), a real database
and the meeting page people open. Skipped without ../shared."""

from __future__ import annotations

import asyncio
import html as htmllib

import pytest
from datasette.utils.testing import TestClient as DatasetteClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
DSM = "dsm_1999-02-22_meeting_minutes.pdf"
KCC = "kcc_Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
NORTHWOLD = "sf_northwold-pc-minutes-2016-09_index.html"
STOKE_2017 = "sf_stoke-ferry-pc-minutes-2017-08_index.html"
STOKE_2018 = "sf_stoke-ferry-pc-minutes-2018-02_index.html"
WEREHAM = "sf_wereham-pc-minutes-2015-07_index.html"
SL_AGM = "sl_suffolk-libraries-agm-minutes-2013.pdf"
KCC_MARCH = "kcc_Printed minutes 13th-Mar-2025 10.00 County Council.pdf"  # in ../shared/real
PAPERS = [WILD / n for n in (DSM, KCC, NORTHWOLD, STOKE_2017, STOKE_2018, WEREHAM, SL_AGM)] + [SHARED / "real" / KCC_MARCH]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, PAPERS, "votes")


@pytest.fixture(scope="module")
def db_path(db):
    return next(row[2] for row in db.execute("pragma database_list") if row[1] == "main")


def _decisions(db, paper, words=""):
    return list(db.query("select d.* from decisions d join documents doc on doc.id = d.document_id "
                         "where doc.path like ? and d.text like ?", [f"%{paper}", f"%{words}%"]))


def _one(db, paper, words):
    rows = _decisions(db, paper, words)
    assert len(rows) == 1, f"{len(rows)} decisions in {paper} with {words!r}"
    return rows[0]


def _counts(row):
    return row["votes_for"], row["votes_against"], row["votes_abstain"]


@pytest.mark.parametrize("words, counts", [
    ("recommend the Neighborhood Group work with East Des Moines", (5, 1, 1)),  # ayes, nays, passed
    # 'Motion Carried 6-1. Pass: Flagg.': the one is who passed, no vote against
    ("Moved by Belken to adopt denial of application", (6, 0, 1)),
    # 'Motion Carried 6-1. Absent: Coleman.': the one is who was away
    ("Fourth Amendment to the restated Urban Revitalization Plan", (6, 0, None)),
    ("Communication from Neighborhood Revitalization Board", (5, 1, 1)),
])
def test_a_tally_after_the_result_counts_the_motion(db, words, counts):
    assert _counts(_one(db, DSM, words)) == counts


def test_most_of_a_city_councils_motions_carry_their_tally(db):
    rows = _decisions(db, DSM, "Motion Carried")
    assert len(rows) > 40
    assert sum(r["votes_for"] is not None for r in rows) >= 0.9 * len(rows)


@pytest.mark.parametrize("words, counts", [
    ("Mr Hood proposed and Mr Baldock seconded", (14, 45)),  # the lost amendments: for and against
    ("Mr Brady proposed and Ms Constantine seconded", (17, 43)),
    ("Mr Passmore proposed and Mr Hook seconded", (13, 45)),
])
def test_a_recorded_vote_counts_the_amendment_it_follows(db, words, counts):
    row = _one(db, KCC, words)
    assert row["kind"] == "rejected"
    assert _counts(row)[:2] == counts


def test_the_substantive_vote_counts_the_resolution_after_it(db):
    # the paper prints the names for but not their count; against and abstaining are printed
    row = _one(db, KCC, "RESOLVED that the County Council")
    assert (row["votes_against"], row["votes_abstain"]) == (19, 1)


def test_a_vote_after_an_outcome_counts_no_motion_before_it(db):
    # 'Motion carried.' closes the vote on extending the meeting; the next vote ('Against (11)') is the amendment's,
    # whose moving line holds no decision
    row = _one(db, KCC_MARCH, "extend the meeting beyond 4.30pm")
    assert _counts(row) == (None, None, None)
    assert (_one(db, KCC_MARCH, "notes the update on devolution")["votes_against"],
            _one(db, KCC_MARCH, "notes the update on devolution")["votes_abstain"]) == (5, 4)


def test_a_vote_line_is_no_decision_of_its_own(db):
    for paper in (NORTHWOLD, STOKE_2017, STOKE_2018):
        for row in _decisions(db, paper):
            text = row["text"].strip()
            assert not text.startswith(("All in favour", "JT, 2nd", "Cllr Sue Lintern, Seconded",
                                        "Cllr Mandy Leamon, Seconded", "Cllr Trudy Mann, Seconded")), (paper, text)


@pytest.mark.parametrize("paper, subject, vote", [
    (NORTHWOLD, "TSB Treasurers Account be renamed", "All in favour"),
    (NORTHWOLD, "additional float in the amount of £400", "All in favour"),
    (STOKE_2017, "held on 5 July 2017 were approved", "five agreed, two abstained"),
    (STOKE_2018, "she joined the meeting", "Seconded Cllr"),
    (WEREHAM, "Co-option of Mr Jonathon Ratsey", "2nd GK"),
    (SL_AGM, "appointment of Larking Gowen", "Seconded: Sue Brotherwood"),
])
def test_the_vote_joins_the_decision_it_carries(db, paper, subject, vote):
    row = _one(db, paper, subject)
    assert vote in row["text"]
    assert row["kind"] != "motion" or paper == SL_AGM  # a vote that says it was carried outs the bare motion


def test_the_meeting_page_shows_the_counts(db, db_path):
    path = public_path(str(db_path))
    ds = make_datasette(path, public_files=files_dir(str(db_path)))
    asyncio.run(ds.invoke_startup())
    client = DatasetteClient(ds)
    for paper, words, shown in ((KCC, "Mr Hood proposed and Mr Baldock seconded", "for 14, against 45"),
                                (KCC, "RESOLVED that the County Council", "for not printed, against 19, abstaining 1"),
                                (DSM, "recommend the Neighborhood Group work with East Des Moines", "for 5, against 1, abstaining 1")):
        row = _one(db, paper, words)
        page = htmllib.unescape(client.get(f"/meeting/{row['meeting_id']}").text)
        at = page.find(words)
        assert at >= 0, (paper, words)
        assert shown in page[at:at + len(row["text"]) + 400], (paper, shown)
