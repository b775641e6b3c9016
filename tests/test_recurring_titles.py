"""An action raised under a heading of its own is spoken of again when the body's next paper in the
archive to take it up opens a sentence with that heading (or its matters arising name the item's title and
the task's subject), or the item that carried it across two papers comes again (ingest/recurring_titles.py).
Three bodies' real minutes (Souldern Parish Council, Manordeilo and Salem Community Council, the Friends of
Halesworth Library) in a real database; skipped without ../shared. (Suffolk Libraries' 'Transition Plan There have two
meetings ...' was a third until 155ca8f: a report of meetings held, rightly no action now.)"""

from __future__ import annotations

import pytest

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

WILD = SHARED / "wild"


def _souldern(*dates):
    return [WILD / f"sd_{d} SPC minutes.pdf" for d in dates]


@pytest.fixture(scope="module")
def playground_db(tmp_path_factory):
    return ingested(tmp_path_factory, _souldern("2013-09-19", "2014-11-20", "2015-07-16"), "playground")


@pytest.fixture(scope="module")
def wood_db(tmp_path_factory):
    return ingested(tmp_path_factory, _souldern("2014-11-20", "2015-07-16"), "wood")


@pytest.fixture(scope="module")
def risers_db(tmp_path_factory):
    # (the body's papers in the evaluation archive: its series and the May minutes in real/)
    return ingested(tmp_path_factory, sorted((SHARED / "series" / "fohcl").glob("fohcl_*.pdf"))
                    + [SHARED / "real" / "sl_2015-05-05-fohcl-minutes.pdf"], "risers")


def _seen_on(db, text_start: str) -> list[tuple]:
    rows = list(db.query("select id from actions where text like ?", [text_start + "%"]))
    assert len(rows) == 1, (text_start, rows)
    return [(r["seen_on"], r["kind"], r["state"]) for r in db.query(
        "select seen_on, kind, state from action_history where action_id = ? order by seen_on, id", [rows[0]["id"]])]


@needs_wild
def test_the_next_paper_held_opening_the_actions_heading_speaks_of_it(playground_db):
    """September 2013, 'a. Playground – The RoSPA report has now been received ... It was resolved that the
    PC would contact those who had shown an [interest]'; the next minutes held, fourteen months later:
    'a. Playground – Paintwork to the fence has been completed'. No word of the task in common."""
    seen = _seen_on(playground_db, "It was resolved that the PC would contact those who had shown")
    assert ("2014-11-20", "follow_up", "mentioned") in seen


@needs_wild
def test_a_standing_heading_does_not_carry_an_action_on_for_ever(playground_db):
    """'Playground' opens an item in 2015 too, but the action was only seen under its title in 2014,
    not raised or reported on there."""
    seen = _seen_on(playground_db, "It was resolved that the PC would contact those who had shown")
    assert "2015-07-16" not in {s[0] for s in seen}


@needs_wild
def test_of_several_actions_under_one_heading_the_sentence_speaks_of_those_it_names(wood_db):
    """November 2014 under 'Nancy Bowles Wood': 'The picnic table needs to be dismantled and treated with
    preservative' and 'It was resolved to seek advice on what can be done to preserve it'; July 2015:
    'Nancy Bowles Wood: A new bench has now been installed and the original 2 benches and picnic table
    have been repainted'."""
    assert "2015-07-16" in {s[0] for s in _seen_on(wood_db, "The picnic table needs to be dismantled")}
    assert "2015-07-16" not in {s[0] for s in _seen_on(wood_db, "It was resolved to seek advice on what can be done")}


@needs_wild
def test_an_item_that_carried_the_action_across_two_papers_carries_it_on(risers_db):
    """The Friends, June 2015, under 'Sponsorship of stair risers': 'Sheila proposed that Mike should take on the
    role of project manager'; August, under 'Progress of stair risers', its next step; October, the same item
    again: a sighting of it there, not the artist's news ('Meraylah is waiting to hear ...') taken as its own."""
    seen = _seen_on(risers_db, "Sheila proposed that Mike should take on the role of project manager")
    assert [s for s in seen if s[0] == "2015-10-27"] == [("2015-10-27", "follow_up", "mentioned")]


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory):
    return ingested(tmp_path_factory, _souldern("2012-11-29", "2013-09-19", "2014-11-20"), "plan")


@pytest.fixture(scope="module")
def play_area_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / f"mscc_{d}.pdf" for d in ("16-09-14", "17-10-11", "18-07-11")], "play_area")


@needs_wild
def test_a_paper_that_never_took_the_heading_up_does_not_pass_the_action_over(plan_db):
    """Souldern, November 2012: 'd) Community led plan: ... It was resolved to put a draft plan together and consult
    with the village in the better weather.' September 2013's minutes never name the plan; November 2014's take it
    up: '8 Community Led Plan: Some progress has been made establishing a steering group'."""
    seen = _seen_on(plan_db, "It was resolved to put a draft plan together")
    assert ("2014-11-20", "follow_up", "mentioned") in seen
    assert "2013-09-19" not in {s[0] for s in seen}


@needs_wild
def test_another_body_matters_arising_naming_the_item_a_paper_later(play_area_db):
    """Manordeilo, September 2016, item 11 'CALEDFWLCH PLAY AREA', v): 'It would also be necessary to have a survey
    done of the trees ... that Mr Thomas be asked to carry out the work.' October 2017 holds no such item; July
    2018's matters arising: 'There was no further update regarding the tree survey at Caledfwlch play area.' It
    names the item and the sub-item's subject, so it speaks of the task that names no subject of its own, not of
    'Cllr. W. Loynton would give actual number of trees' beside it, whose own words it does not name."""
    seen = _seen_on(play_area_db, "It was proposed by Cllr. Alun Davies, seconded by Cllr. A. Thomas")
    assert ("2018-07-11", "follow_up", "mentioned") in seen
    assert "2018-07-11" not in {s[0] for s in _seen_on(play_area_db, "Cllr. W. Loynton would give actual number")}


@needs_wild
def test_two_motions_of_one_item_are_two_tasks(play_area_db):
    """'... seconded by Cllr. Andrew Thomas and unanimously agreed that this work be carried out by Mr Bowen' (the
    fencing, sub-item iv) and '... seconded by Cllr. A. Thomas and unanimously agreed that Mr Thomas be asked to
    carry out the work' (the trees, v): alike in the motion's words, two tasks, two rows."""
    bowen = list(play_area_db.query("select id from actions where text like '%carried out by Mr Bowen%'"))
    thomas = list(play_area_db.query("select id from actions where text like '%Mr Thomas be asked%'"))
    assert len(bowen) == 1 and len(thomas) == 1 and bowen != thomas
