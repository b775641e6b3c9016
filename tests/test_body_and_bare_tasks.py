"""Two things narrative minutes of small bodies do with their tasks. A body names itself as the doer of
its own task ('The Council will seek legal advice', 'The committee will request information'): the
body owns it, by its head noun, as the gold's convention has it; a group named with its article ('asked
the resident to send a copy') is the Resident. And one bare 'Clerk to action.' closes several numbered
items of one paragraph, each after its own matter: each is a task of its own, worded with its item, and
a bare task that repeats the task just before it is that task. People named in brackets after the
subject ('the PC (Tom Roberts) would invite') own what it will do; a bench 'would be ordered' is the
body's errand; 'May' the month is no hedge. A built paper for the wording, real
minutes of several bodies (Wereham, Wretton, Northwold, Stoke Ferry's village liaison and residents'
association, Boughton, Burton-cum-Walden, Suffolk Libraries; skipped without ../shared), read into a real database and shown on the action's page."""

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
    "## 5. Playing field\n\n"
    "The ownership of the playing field was discussed. The Parish Council will seek legal advice from the County "
    "Association of Local Councils.\n\n"
    "We will write to the landowner about the hedge.\n\n"
    "The Chair asked the resident to send a copy of the deeds.\n\n"
    "## 12. Council management\n\n"
    "12.1 Cllr Moss agreed to be an additional signatory for cheques and banking. Clerk to action. "
    "12.2 Details of the training day were noted. "
    "12.3 It was agreed that monthly meetings would be trialled for the summer. Clerk to action. "
    "12.4 The Clerk was asked to get alternative quotes for the streetlight energy. Clerk to action.\n\n"
    "## 13. Village green\n\n"
    "After some discussion it was agreed that the PC (Ravi Moss) would invite the Highways team to a site visit.\n\n"
    "The new fund (Green Futures) will pay for the planting.\n\n"
    "In addition a memorial bench would be ordered for the green.\n\n"
    "Accounts for May to be presented for approval of payment.\n\n"
)


_actions = owned_actions


def _having(found, words):
    return [(d, o) for d, o in found.items() if words in " ".join(d.split())]


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT)


def test_the_body_owns_the_task_it_sets_itself(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    assert [o for _, o in _having(found, "The Parish Council will seek legal advice")] == ["Council"]
    # a 'we' names no one the papers agree on; a group named with its article is the group
    assert [o for _, o in _having(found, "We will write to the landowner")] in ([], [None])
    assert [o for _, o in _having(found, "asked the resident to send a copy")] == ["Resident"]


def test_each_item_a_bare_task_closes_is_a_task_of_its_own(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    signatory = _having(found, "additional signatory for cheques and banking. Clerk to action.")
    trial = _having(found, "monthly meetings would be trialled for the summer. Clerk to action.")
    assert len(signatory) == 1 and len(trial) == 1 and signatory[0][1] == trial[0][1] == "Anne Hale"
    # the item that sets nothing is no task; the task the bare one repeats is one action
    assert not _having(found, "training day")
    assert len(_having(found, "alternative quotes for the streetlight energy")) == 1


def test_the_doer_named_in_brackets_owns_the_task(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    assert [o for _, o in _having(found, "the PC (Ravi Moss) would invite the Highways team")] == ["Ravi Moss"]
    # a name in brackets that is no one's is no owner
    assert not any(o and "Green Futures" in o for _, o in _having(found, "will pay for the planting"))


def test_what_the_body_orders_and_a_months_accounts_are_tasks(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    assert len(_having(found, "a memorial bench would be ordered")) == 1
    # 'May' the month is no hedge ('may' is)
    assert len(_having(found, "Accounts for May to be presented")) == 1


def test_the_items_task_shows_on_its_action_page(built_db):
    _, client = public_site(built_db)
    page = action_page(built_db, client, "%additional signatory%")
    assert page.status == 200 and "additional signatory for cheques and banking" in page.text


REAL = ["sf_wereham-pc-minutes-2012-07_index.html", "sf_wretton-pc-minutes-2013-07_index.html",
        "sf_stoke-ferry-village-liaison-minutes-2011-04_index.html", "sl_board-meeting-minutes-2013-01-24.pdf",
        "sf_wereham-pc-minutes-2015-07_index.html", "sf_northwold-pc-minutes-2018-05-annual_index.html",
        "sf_boughton-pc-minutes-2014-10_index.html", "sf_stoke-ferry-residents-association-agm-minutes-2008-12_index.html",
        "bcwpc_minutes-APM-2023-04-25.pdf"]


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in REAL], "body_and_bare")


@pytest.mark.parametrize("filename, words, owner", [
    ("sf_wereham-pc-minutes-2012-07_index.html", "The Council will seek legal advice from Norfolk Association", "Council"),
    ("sf_wretton-pc-minutes-2013-07_index.html", "The Parish Council will make further enquiries", "Council"),
    ("sf_stoke-ferry-village-liaison-minutes-2011-04_index.html", "The committee will request information from KLWNBC",
     "Committee"),
    ("sl_board-meeting-minutes-2013-01-24.pdf", "The board will review the safety management system", "Board"),
])
def test_a_body_setting_itself_work_owns_it(real_db, filename, words, owner):
    rows = _having(_actions(real_db, filename), words)
    assert len(rows) == 1 and rows[0][1] == owner


@pytest.mark.parametrize("filename, words", [
    ("sf_wereham-pc-minutes-2015-07_index.html", "12.1 JH agreed to be an additional signatory for cheques and banking."),
    ("sf_wereham-pc-minutes-2015-07_index.html", "12.3 It was agreed that monthly meetings would be trialled"),
    ("sf_wereham-pc-minutes-2015-07_index.html", "12.5 The cemetery fees were reviewed."),
    ("sf_northwold-pc-minutes-2018-05-annual_index.html", "All agreed to continue with BC inspections. Clerk to action."),
])
def test_each_clerk_to_action_is_its_items_task(real_db, filename, words):
    rows = _having(_actions(real_db, filename), words)
    assert len(rows) == 1 and rows[0][1]


def test_a_bare_task_that_repeats_the_one_before_is_that_task(real_db):
    found = _actions(real_db, "sf_wereham-pc-minutes-2015-07_index.html")
    assert len(_having(found, "Clerk was asked to get alternative quotes for streetlighting")) == 1
    assert len(_having(found, "A response was agreed, Clerk to action.")) == 1


@pytest.mark.parametrize("filename, words, owners", [
    ("sf_boughton-pc-minutes-2014-10_index.html", "the PC (Tom Roberts) would invite the Highways Team", ["Tom Roberts"]),
    ("sf_stoke-ferry-residents-association-agm-minutes-2008-12_index.html", "would form a committee to ensure",
     ["June Stocking", "Tony Hook", "Sybil Baxter", "John Baxter", "Joyce Hull"]),
])
def test_people_named_in_brackets_own_the_task(real_db, filename, words, owners):
    rows = _having(_actions(real_db, filename), words)
    assert len(rows) == 1 and sorted(rows[0][1].split("|")) == sorted(owners)


def test_a_bench_the_body_orders_is_its_task(real_db):
    assert len(_having(_actions(real_db, "bcwpc_minutes-APM-2023-04-25.pdf"), "a commemorative bench would be ordered")) == 1
