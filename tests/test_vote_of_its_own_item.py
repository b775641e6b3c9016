"""A vote or outcome that opens its passage and names nothing ('This item was deferred to the next appropriate meeting
of Full Council.') takes what was moved from the passage before only within its own item: Kent County Council, 19
December 2024, prints '3) RESOLVED that the County Council approves and adopts Local Transport Plan 5' and then two
items deferred. Each deferral carries its own item's title, and the resolution stays a resolution (before, it was
glued to the first deferral, kind 'deferred', and lost as a repeat). A real paper in a real archive and its meeting
page in Datasette; skipped without ../shared."""

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
