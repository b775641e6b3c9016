"""A later sentence that only names an earlier action, with no news of it, is a sighting of it by its
words alone only in a statement of the body's business (not a list of payees and sums), not years
on when the papers held between never spoke of it, and not by a place's name alone
(sentence_news.named_again). Real minutes of several bodies (Wretton, Stoke Ferry, Northwold,
Manordeilo, Suffolk Libraries) in a real database, read back through the site's action pages;
skipped without ../shared."""

from __future__ import annotations


import pytest

from minutebook.extract.english import reads_as_prose

from .conftest import SHARED
from .wild_papers import action_page, ingested, needs_wild

WILD = SHARED / "wild"


@pytest.fixture(scope="module")
def wretton_db(tmp_path_factory):
    return ingested(tmp_path_factory, sorted(WILD.glob("sf_wretton-pc-minutes-*_index.html")), "wretton")


@pytest.fixture(scope="module")
def stoke_db(tmp_path_factory):
    names = ("2017-08", "2018-02", "2019-04-extraordinary", "2020-06-virtual")
    return ingested(tmp_path_factory, [WILD / f"sf_stoke-ferry-pc-minutes-{n}_index.html" for n in names], "stoke")


def _action(db, text_start: str) -> dict:
    rows = list(db.query("select id, last_seen from actions where text like ?", [text_start + "%"]))
    assert len(rows) == 1, (text_start, rows)
    return rows[0]


def _seen_on(db, action_id: int) -> set[str]:
    return {r["seen_on"] for r in db.query("select seen_on from action_history where action_id = ?", [action_id])}


def _trail(db, action_id: int) -> str:
    """The action's trail of sightings on its page of the public site."""
    page = action_page(db, action_id)
    return page[page.index('id="action-trail"'):]


@needs_wild
def test_a_payments_list_years_on_is_no_sighting(wretton_db):
    """Wretton, January 2009: 'The electricity company will be contacted requesting that they arrange
    replacement of the light.' May 2020's cheques: 'K & M Lighting Services x2 (streetlight maintenance) ...
    E.ON (street lighting electric)' share its words, and the four papers between never spoke of it."""
    action = _action(wretton_db, "The electricity company will be contacted")
    assert "2020-05-04" not in _seen_on(wretton_db, action["id"])
    assert action["last_seen"] == "2009-01"
    assert "Cheques for approval" not in _trail(wretton_db, action["id"])


@needs_wild
def test_words_shared_years_after_a_silent_paper_are_no_sighting(wretton_db):
    """2009: a quote 'to replace this with a board identical to the one at the bus shelter' (the notice board);
    2013, with 2010's minutes between: 'The paper bank is located next to the bus shelter'."""
    action = _action(wretton_db, "It was decided to obtain a quote to replace this with a board")
    assert "2013-07-15" not in _seen_on(wretton_db, action["id"])


@needs_wild
def test_another_body_a_later_paper_on_other_matters_and_its_payments(stoke_db):
    """Stoke Ferry, August 2017: a quoted letter on street lighting; June 2020's Covid scheme of delegation,
    with 2018's and 2019's minutes between, is no sighting of it. 'That DC contact Westcotec regarding
    Streetlights Map for Indigo Road' is not seen again in February 2018's payments ('Westcotec Street
    Lighting Maintenance Jan 18 15.44 3.09 18.53')."""
    letter = _action(stoke_db, "‘There would be an ongoing maintenance liability")
    assert "2020-06-03" not in _seen_on(stoke_db, letter["id"])
    westcotec = _action(stoke_db, "2) That DC contact Westcotec")
    assert "2018-02-07" not in _seen_on(stoke_db, westcotec["id"])
    assert "Approval of Payments" not in _trail(stoke_db, westcotec["id"])


def test_a_list_of_names_and_sums_is_not_prose():
    assert not reads_as_prose("Cheques for approval of payment Clerk’s salary £118.44 Clerk’s Expenses £28.00 "
                              "K & M Lighting Services x2 (streetlight maintenance) £120.00 E.ON (street lighting) £30.12")
    assert not reads_as_prose("Payee Cheque No Net VAT Gross Remarks Helen Carrier (Salary & Expenses Feb 17) 100931 "
                              "£558.89 £0.00 £558.89 Roy Poole (Handyman) March 17 100933 £25.60 £0.00 £25.60")
    assert reads_as_prose("The tenant is repairing the fence at the Old Chalk Pit and the hire agreement is renewed.")
    assert reads_as_prose("Google Applications – No update.")  # too short to judge


@pytest.fixture(scope="module")
def suffolk_db(tmp_path_factory):
    dates = ("2013-01-24", "2013-05-29", "2013-08-21", "2013-09-26")
    return ingested(tmp_path_factory, [WILD / f"sl_board-meeting-minutes-{d}.pdf" for d in dates], "suffolk")


@needs_wild
def test_a_committee_list_two_silent_papers_on_is_no_sighting(suffolk_db):
    """Suffolk Libraries' board, January 2013: 'The board will review the safety management system against the
    IOD/HSE leading health and safety at work checklist at the next meeting.' September's list of committee
    members ('... Governance Sylvia Knights Jonathan Ogden Tony Brown Health and Safety Bob Roberts The terms of
    reference will be agreed ...') names 'health and safety' as a committee, with May's and August's minutes
    between saying nothing of the review."""
    action = _action(suffolk_db, "The board will review the safety management system")
    assert "2013-09-26" not in _seen_on(suffolk_db, action["id"])
    assert "Bob Roberts" not in _trail(suffolk_db, action["id"])


@pytest.fixture(scope="module")
def northwold_db(tmp_path_factory):
    names = ("2010-05-annual", "2011-03")
    return ingested(tmp_path_factory, [WILD / f"sf_northwold-pc-minutes-{n}_index.html" for n in names], "northwold")


@pytest.fixture(scope="module")
def manordeilo_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / "mscc_18-07-11.pdf", WILD / "mscc_19-02-06_EM.pdf"], "manordeilo")


@needs_wild
def test_a_place_named_again_is_no_sighting(northwold_db):
    """Northwold, May 2010: 'Agreements for hire of Constables Charity Land, Garden Land and the Old Chalk Pit will
    be considered at the June Parish Council meeting.' March 2011: 'The tenant is repairing the fence at the Old
    Chalk Pit.' The place is where, not what: no sighting of the agreements."""
    action = _action(northwold_db, "Agreements for hire of Constables Charity Land")
    assert "2011-03-01" not in _seen_on(northwold_db, action["id"])
    assert "repairing the fence" not in _trail(northwold_db, action["id"])


@needs_wild
def test_another_body_the_venue_of_the_next_meeting_is_no_sighting(manordeilo_db):
    """Manordeilo, July 2018: 'Reading Room Manordeilo, Invoice for Hire of Hall April, May and June 2018; Clerk to
    arrange payment.' February 2019 opens: '... held their meeting at 7.00pm on the 6th February 2019 at the
    Reading Room, Cwmifor.' The venue is no news of the invoice."""
    action = _action(manordeilo_db, "xviii) Reading Room Manordeilo, Invoice for Hire of Hall")
    assert "2019-02-06" not in _seen_on(manordeilo_db, action["id"])
    assert "held their meeting" not in _trail(manordeilo_db, action["id"])


def test_a_place_after_at_the_is_read():
    from minutebook.extract.close_theme import place_words

    assert place_words("The tenant is repairing the fence at the Old Chalk Pit.") == {"old", "chalk", "pit"}
    assert {"reading", "room"} <= place_words("held their meeting at 7.00pm at the Reading Room, Cwmifor.")
    assert place_words("the work required at the site") == set()
