"""Three ways narrative minutes set work that the scored readings now take. A request written without its auxiliary
at a clause's start ('Clerk asked to pass to the Village Life editor', Northwold; 'ST asked to assist with obtaining
this', Suffolk Libraries) is the errand of the one asked, less surely than 'was asked to', and not when it is the
speaker's own turn ('asked to speak'). Taking work on or helping with it ('should undertake to find out', 'agreed to
assist with', 'are to assess') is a deed. And a clause that goes on from what was done to what is still to do shares
its subject ('The draft letter ... was approved and will now be sent', Stoke Ferry; 'This was agreed and will be sent
out to members', Suffolk Libraries), so its errand is read as one set with no doer named. A place in the body's own
list ('would be explored as part of the Parish Wish List', Northwold) is no standing manner. A member's request that
something is done ('KG requested that the subject of the Allotments is added to the next agenda', West Dereham; 'CO asked
that the position ... is checked with Birketts', Suffolk Libraries) sets it. A built paper for the
wording, real minutes of several bodies (skipped without ../shared), read into a real database and shown on the
action's page."""

from __future__ import annotations

import pytest
import sqlite_utils

from .built_minutes import action_page, built_archive, owned_actions, public_site
from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"

BUILT = (
    "# Minutes of Ashby Parva Parish Council\n\nMeeting held on 14th March 2023\n\n"
    "Present: Cllr Joan Brook (Chair), Cllr Tom Lund, Cllr Ravi Moss, Anne Hale (Clerk)\n\n"
    "## 5. Correspondence\n\n"
    "The newsletter copy was discussed. Clerk asked to pass to the Village Life editor. "
    "Clerk also asked to follow up about the damaged bus stop board.\n\n"
    "Cllr Moss asked to speak on the item. Cllr Lund asked to see the accounts.\n\n"
    "## 6. Assets\n\n"
    "It was resolved that the Clerk should undertake to find out how much the phone box is used. "
    "Councillors are to assess areas of the parish to be maintained by walking around the village.\n\n"
    "## 7. Letters\n\n"
    "The draft letter which had been submitted to councillors was approved and will now be sent. "
    "The road was closed and will be reopened in May. The hall was booked and will be used for the fete.\n\n"
    "## 9. Any other business\n\n"
    "Cllr Lund requested that the subject of the allotments is added to the next agenda. "
    "Cllr Moss asked that the position regarding asbestos management is checked with the insurers. "
    "Cllr Brook requested that this item be amended to list the owners. "
    "The Environment Agency had requested that the fire piles be checked by the owners. "
    "Residents asked that the path is cleared before winter.\n\n"
    "## 8. Village shop\n\n"
    "Cllr Brook commented that planning permission was not likely to be granted, but the idea would be explored as "
    "part of the Parish Wish List.\n\n"
)


def _having(found, words):
    return [(d, o) for d, o in found.items() if words in " ".join(d.split())]


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT)


def test_a_request_without_its_auxiliary_is_the_errand_of_the_one_asked(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    for words in ("Clerk asked to pass to the Village Life editor", "Clerk also asked to follow up about the damaged"):
        assert [o for _, o in _having(found, words)] == ["Anne Hale"]
    # one's own turn in the meeting, or what one asks to see, is no errand
    assert not _having(found, "asked to speak") and not _having(found, "asked to see the accounts")


def test_taking_work_on_is_a_deed(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    assert [o for _, o in _having(found, "the Clerk should undertake to find out")] == ["Anne Hale"]
    assert [o for _, o in _having(found, "Councillors are to assess areas")] == ["Councillors"]


def test_a_clause_going_on_from_what_was_done_shares_its_subject(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    assert len(_having(found, "was approved and will now be sent")) == 1
    # a state to come, or a use, is no errand whatever its subject
    assert not _having(found, "will be reopened in May") and not _having(found, "will be used for the fete")


def test_a_place_in_the_bodys_list_is_no_manner(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    assert len(_having(found, "the idea would be explored as part of the Parish Wish List")) == 1


def test_a_members_request_that_something_is_done_sets_it(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    assert len(_having(found, "the subject of the allotments is added to the next agenda")) == 1
    assert len(_having(found, "asbestos management is checked with the insurers")) == 1
    # the minutes' own correction, another body's request and the residents' are no task the meeting set
    for words in ("this item be amended", "the fire piles be checked", "the path is cleared"):
        assert not _having(found, words)


def test_the_errand_shows_on_its_action_page(built_db):
    _, client = public_site(built_db)
    page = action_page(built_db, client, "%Village Life editor%")
    assert page.status == 200 and "Clerk asked to pass to the Village Life editor" in page.text


REAL = ["sf_northwold-pc-minutes-2019-04_index.html", "sl_board-meeting-minutes-2013-01-24.pdf",
        "sf_west-dereham-pc-minutes-2020-10-virtual_index.html",
        "sf_wereham-pc-minutes-2015-07_index.html", "sf_west-dereham-pc-minutes-2016-10_index.html",
        "sf_northwold-pc-minutes-2016-09_index.html"]


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in REAL], "asked_shared")


@pytest.mark.parametrize("filename, words", [
    ("sf_northwold-pc-minutes-2019-04_index.html", "Clerk asked to pass to the Village Life editor"),
    ("sf_northwold-pc-minutes-2019-04_index.html", "Clerk also asked to follow up about the damaged bus stop board"),
    ("sl_board-meeting-minutes-2013-01-24.pdf", "ST asked to assist with obtaining this"),
    ("sf_wereham-pc-minutes-2015-07_index.html", "the Clerk should undertake to find out how much the phone"),
    ("sf_northwold-pc-minutes-2016-09_index.html", "the idea would be explored as part of the Parish Wish List"),
    ("sf_west-dereham-pc-minutes-2020-10-virtual_index.html", "KG requested that the subject of the Allotments is added"),
    ("sl_board-meeting-minutes-2013-01-24.pdf", "CO asked that the position regarding the responsibility for asbestos"),
])
def test_real_minutes_of_several_bodies(real_db, filename, words):
    # the paper's sightings: linking may join a task with another of its meeting's ('post the idea on Facebook'), which
    # is the linking's business, not the reading's
    sightings = [r["description"] for r in real_db.query(
        "select h.description from action_history h join documents d on d.id = h.document_id "
        "where d.filename = ? and h.kind = 'extracted'", [filename])]
    assert len([d for d in sightings if words in " ".join(d.split())]) == 1
