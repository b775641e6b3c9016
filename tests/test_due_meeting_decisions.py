"""An action due at a named or the next meeting is settled by that meeting's decision on its subject
(issue 11). Two bodies' real minutes (Suffolk Libraries' board, the Friends of Halesworth Library), a
real database; skipped without ../shared."""
from __future__ import annotations

import pytest

from minutebook.ingest.due_meeting_decisions import due_at, raised_under

from .conftest import SHARED
from .wild_papers import ingested, needs_wild


@pytest.fixture(scope="module")
def board_db(tmp_path_factory):
    return ingested(tmp_path_factory, [SHARED / "wild" / f"sl_board-meeting-minutes-{d}.pdf"
                                       for d in ("2014-01-30", "2014-03-20")], "board")


@pytest.fixture(scope="module")
def friends_db(tmp_path_factory):
    return ingested(tmp_path_factory, [SHARED / "real" / "sl_2015-05-05-fohcl-minutes.pdf",
                                       SHARED / "series" / "fohcl" / "fohcl_2015-06-02.pdf"], "friends")


def _trail(db, column: str, start: str) -> list[tuple]:
    rows = list(db.query(f"select id from actions where {column} like ?", [start + "%"]))
    assert len(rows) == 1, (start, rows)
    return [(r["seen_on"], r["status"], r["text"]) for r in db.query(
        "select seen_on, status, text from action_history where action_id = ? order by seen_on, id", [rows[0]["id"]])]


@pytest.mark.parametrize("due_text, due_date, precision, meeting, due", [
    ("next meeting", "2014-03-20", "day", "2014-03-20", True),
    ("to the Board meeting in March", "2014-03-31", "month", "2014-03-20", True),
    ("to the Board meeting in March", "2014-03-31", "month", "2014-05-29", False),
    ("next meeting", "2014-03-20", "day", "2014-03-27", False),
    ("by 31 March", "2014-03-31", "day", "2014-03-31", False),  # a date, not a meeting
])
def test_due_at_this_meeting(due_text, due_date, precision, meeting, due):
    assert due_at(due_text, due_date, precision, meeting) is due


def test_the_heading_an_action_was_raised_under():
    passage = ("Pay and Reward The Chair of the Committee explained the document. AM queried whether the scheme "
               "would be cost-effective. The paper will be brought back to the Board meeting in March.")
    assert raised_under(passage, "The paper will be brought back to the Board meeting in March.") == "Pay and Reward"
    assert raised_under("AM queried it. The paper will be brought back.", "The paper will be brought back.") == ""


@needs_wild
def test_the_due_meetings_decision_under_the_actions_heading_settles_it(board_db):
    """January 2014: 'Amendments to Financial Regulations to be agreed at next meeting'; March:
    'Updated Financial Regulations: ... the new version was adopted' (and not 'Updated Standing Orders')."""
    seen = _trail(board_db, "description", "Amendments to Financial Regulations to be agreed")
    assert seen[-1][:2] == ("2014-03-20", "completed") and "Updated Financial Regulations" in seen[-1][2]


@needs_wild
def test_another_body_settles_at_the_next_meeting(friends_db):
    """The Friends, May 2015: 'AHop will table the costs of the blinds for the next meeting'; June: 'It was
    agreed for Ali to liaise with Katherine Ellen Designs and to proceed with the blackout blinds'."""
    seen = _trail(friends_db, "text", "AHop will table the costs of the blinds")
    assert seen[-1][:2] == ("2015-06-02", "completed") and "blackout blinds" in seen[-1][2]
