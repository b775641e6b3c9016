"""A later paper reports on an action in its own words, under a heading named for the action.
Two bodies' real minutes (Suffolk Libraries' board, Souldern Parish Council), a real database;
skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.heading_names import heading

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

WILD = SHARED / "wild"


def _board(*dates):
    return [WILD / f"sl_board-meeting-minutes-{d}.pdf" for d in dates]


@pytest.fixture(scope="module")
def programme_db(tmp_path_factory):
    return ingested(tmp_path_factory, _board("2014-05-29", "2014-07-31"), "programme")


@pytest.fixture(scope="module")
def negotiation_db(tmp_path_factory):
    return ingested(tmp_path_factory, _board("2014-09-25", "2014-11-27"), "negotiation")


@pytest.fixture(scope="module")
def souldern_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / f"sd_{d} SPC minutes.pdf" for d in ("2014-11-20", "2015-07-16")], "souldern")


def _trail(db, text_start: str) -> list[tuple]:
    rows = list(db.query("select id, status, completed_in from actions where text like ?", [text_start + "%"]))
    assert len(rows) == 1, (text_start, rows)
    return [(r["seen_on"], r["kind"], r["status"]) for r in db.query(
        "select seen_on, kind, status from action_history where action_id = ? order by seen_on, id", [rows[0]["id"]])]


@pytest.mark.parametrize("text, title", [
    ("Leadership Programme This new programme launches on Monday at Suffolk Food Halls.", "Leadership Programme"),
    ("Football Club: The Chairman of the club, Colin Lester, was present at the meeting.", "Football Club"),
    ("Community Led Plan: Some progress has been made establishing a steering group", "Community Led Plan"),
    # a table row's cells run together
    (". | Contract Sum Negotiations The Chair discussed the contract sum negotiations", "Contract Sum Negotiations"),
    ("The Board agreed the Leadership Programme.", ""),
    ("Following quotes received for repairs to the Churchyard wall, John Hoodless has carried out research", ""),
])
def test_the_heading_a_sentence_opens_with(text, title):
    assert heading(text) == title


@needs_wild
def test_news_under_a_heading_named_for_the_action_is_a_sighting_of_it(programme_db):
    """May: the Board mandated the General Manager 'to work with her team to design and then implement
    the programme' (the Leadership Development Programme); July, under 'Leadership Programme': 'This
    new programme launches on Monday' shares only the heading's words with it."""
    seen = _trail(programme_db, "Leadership Development Programme The process of shortlisting")
    assert ("2014-07-31", "follow_up", "open") in seen


@needs_wild
def test_another_body_reporting_under_the_actions_heading(souldern_db):
    """Souldern, November 2014: 'Football Club – There has been no further progress on the club's wish
    list ...'; July 2015: 'Football Club: The Chairman of the club, Colin Lester, was present at the
    meeting and gave an update'."""
    seen = _trail(souldern_db, "Football Club – There has been no further progress")
    assert [s for s in seen if s[0] == "2015-07-16"] == [("2015-07-16", "follow_up", "open")]


@needs_wild
def test_a_task_with_no_subject_of_its_own_is_found_under_the_heading_of_its_subject(negotiation_db):
    """September: 'Two Board members have been invited to attend the Contract Sum negotiation meetings with
    SCC. SK and JO offered to attend.'; November, a table row: '6. Contract Sum Negotiations The Chair
    discussed the contract sum negotiations with the Board'."""
    seen = _trail(negotiation_db, "SK and JO offered to attend")
    assert "2014-11-27" in {s[0] for s in seen}
