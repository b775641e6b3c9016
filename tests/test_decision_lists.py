"""A decision that introduces its list ('The following payments were approved:', 'It was agreed that NO would instruct
Nicholsons to carry out work on the following trees:') is stored with the list, not as its header alone (judge11: 'the
header only'): the list items after a lead-in that says they were decided, the paragraph after a resolution's lead-in
whatever item the layout gave it, and the lines after the lead-in in its own paragraph. Real minutes of three bodies
in a real database; skipped without ../shared."""

from __future__ import annotations

import pytest

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["mscc_minutes_20-06-10.php", "sd_2019-07-25 SPC minutes.pdf", "sf_northwold-pc-minutes-2010-05-annual_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "decision_lists")


@pytest.mark.parametrize("lead, listed", [
    # Manordeilo & Salem, June 2020: the payments as list items under the lead-in
    ("The following payments were approved:", "Information Commissioner’s Office, annual data protection fee"),
    # Souldern, July 2019: the trees in the next paragraph, which the layout put under the next item
    ("carry out work on the following trees:", "Horse chestnut"),
    # Northwold's annual meeting, May 2010: the payments in the lead-in's own paragraph
    ("The following payments were agreed:", "Mazars (External Audit 2008)"),
])
def test_a_decided_list_is_stored_with_its_lead_in(db, lead, listed):
    rows = [r["text"] for r in db.query("select text from decisions where text like ? and source = 'meeting'", [f"%{lead}%"])]
    assert rows and any(listed in t for t in rows), rows
    assert not any(t.strip().endswith(lead) for t in rows), rows  # no header stored alone
