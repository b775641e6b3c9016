"""A motion minuted in the passage straight before the resolution that records it is a step to that resolution, not a
second decision, also where the paper's items did not reach one of them: Northwold Parish Council's 'Cllr. Crisp
proposed and Cllr. Collins seconded the proposal to proceed with installing the defibrillator.' then 'Resolved
15/01/1.01 It was agreed to accept the offer of the free defibrillator ...', and Kent County Council's 'Mr Gough
proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting.' then '2. RESOLVED that Mr Cooke be
elected to Chair the meeting.'. The resolutions stay. Real minutes of two bodies in a real database; skipped without
../shared."""

from __future__ import annotations

import pytest

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sf_northwold-pc-minutes-2015-01_index.html", "kcc_9 January 2025 - County Council minutes.pdf"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "motion_steps")


def count(db, words):
    return db.execute("select count(*) from decisions where text like ?", [f"%{words}%"]).fetchone()[0]


@pytest.mark.parametrize("motion, resolution", [
    ("seconded the proposal to proceed with installing the defibrillator", "accept the offer of the free defibrillator"),
    ("seconded by Cllr. Collins to accept the quote", "To accept the quote of £15,661.16"),
    ("Mr Brady seconded that Mr G Cooke be elected", "RESOLVED that Mr Cooke be elected to Chair the meeting"),
])
def test_the_resolution_records_the_motion_before_it(db, motion, resolution):
    assert count(db, motion) == 0
    assert count(db, resolution) == 1
