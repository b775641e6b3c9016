"""A vote or outcome that opens its passage and names nothing ('This item was deferred to the next appropriate meeting
of Full Council.') takes what was moved from the passage before only within its own item: Kent County Council, 19
December 2024, prints '3) RESOLVED that the County Council approves and adopts Local Transport Plan 5' and then two
items deferred. Each deferral carries its own item's title, and the resolution stays a resolution (before, it was
glued to the first deferral, kind 'deferred', and lost as a repeat). A resolution in a paragraph of its own that names
nothing ('It was agreed that this will be progressed.', Suffolk Libraries; 'Resolved: (1) The Parish Council noted the
document.', Wereham) takes the paragraph before as a vote does. Real papers in real archives and their meeting pages in
Datasette; skipped without ../shared."""

from __future__ import annotations

import pytest

from .wild_papers import meeting_decisions_shown, served_wild

PAPER = "kcc_19 December 2024 - County Council minutes.pdf"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, [PAPER], "own_item_vote")


def test_a_resolution_of_the_item_before_stays_its_own(served):
    db, client = served
    rows = list(db.query("select text, kind, meeting_id from decisions where text like '%adopts Local Transport Plan 5%'"))
    assert len(rows) == 1 and rows[0]["kind"] == "resolved" and "deferred" not in rows[0]["text"], rows
    assert "adopts Local Transport Plan 5" in " ".join(meeting_decisions_shown(client, rows[0]["meeting_id"]).split())


@pytest.mark.parametrize("title", ["Governance Working Party Update", "Proportionality Update"])
def test_a_deferral_opening_its_item_carries_the_items_title(served, title):
    db, client = served
    rows = list(db.query("select text, meeting_id from decisions where text like '%This item was deferred%'"))
    assert f"{title}: This item was deferred to the next appropriate meeting of Full Council." in [r["text"] for r in rows]
    assert f"{title}: This item was deferred" in " ".join(meeting_decisions_shown(client, rows[0]["meeting_id"]).split())


# a resolution in a paragraph of its own that names nothing takes what the paragraph before says, as a vote does
RESOLVING_PAPERS = ["sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "sl_board-meeting-minutes-2012-09-11.pdf"]


@pytest.fixture(scope="module")
def served_resolutions(tmp_path_factory):
    return served_wild(tmp_path_factory, RESOLVING_PAPERS, "own_paragraph_resolutions")


@pytest.mark.parametrize("resolution, before", [
    # Wereham 2016-04: which document was noted, the paragraph before says
    ("Resolved: (1) The Parish Council noted the document.", "Local Development Framework site change"),
    # Suffolk Libraries 2012-09-11: what 'this' is: the monthly financial summary CO asked for
    ("It was agreed that this will be progressed.", "A simple format for this summary is acceptable"),
])
def test_a_resolution_naming_nothing_takes_the_paragraph_before(served_resolutions, resolution, before):
    db, client = served_resolutions
    rows = list(db.query("select text, meeting_id from decisions where text like ?", [f"%{resolution}%"]))
    assert len(rows) == 1 and before in rows[0]["text"], rows
    assert before in " ".join(meeting_decisions_shown(client, rows[0]["meeting_id"]).split())
