"""Work the minutes say will be done by someone they name: 'Copies of the new agreement would be given to Richard
French by the Chairman' (West Dereham), 'This matter will be taken up by County Councillor Martin Storey' (Wretton),
'the below which will be actioned by the Clerk prior to the next meeting: ... Contact Glazewing' (Wereham). Whatever
the participle, the one it is done by owns it when the paper names them as a person or post; not a firm's or another
body's work, not what is done to a person ('will be replaced by'), not a standing arrangement ('in future ... will be
dealt with by') and not someone's report ('said that ... would be overseen by the Clerk'). A built paper for the wording
and its declines, real minutes of three bodies (skipped without ../shared), and the action's page."""

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
    "## 5. Allotments\n\n"
    "Copies of the new agreement would be given to Ravi Moss by the Chairman, for him to distribute to tenants. "
    "The flu injections will be carried out by the CDP. "
    "It was noted that in future all financial transactions will be dealt with by Anne Hale. "
    "The Chair said that the various actions would be overseen by the Clerk. "
    "The meeting will be chaired by Tom Lund.\n\n"
    "## 7. Matters arising\n\n"
    "7.1 All action items were undertaken apart from the below which will be actioned by the Clerk prior to the next "
    "meeting: 7.1.1.1 Contact Glazewing ref litter along the A134.\n\n"
)


def _having(found, words):
    return [(d, o) for d, o in found.items() if words in " ".join(d.split())]


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT)


def test_the_one_named_as_doing_it_owns_it(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    assert [o for _, o in _having(found, "would be given to Ravi Moss by the Chairman")] == ["Joan Brook"]
    assert [o for _, o in _having(found, "Contact Glazewing ref litter")] == ["Anne Hale"]


@pytest.mark.parametrize("words", ["carried out by the CDP", "dealt with by Anne Hale", "overseen by the Clerk",
                                   "chaired by Tom Lund"])
def test_no_task_where_no_one_of_the_paper_is_set_work(built_db, words):
    assert not _having(owned_actions(sqlite_utils.Database(built_db)), words)


def test_the_task_shows_on_its_action_page(built_db):
    _, client = public_site(built_db)
    page = action_page(built_db, client, "%Glazewing%")
    assert page.status == 200 and "Contact Glazewing ref litter along the A134" in page.text


REAL = ["sf_west-dereham-pc-minutes-2013-09_index.html", "sf_wretton-pc-minutes-2016-03_index.html",
        "sf_wereham-pc-minutes-2015-07_index.html"]


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in REAL], "done_by_named")


@pytest.mark.parametrize("filename, words", [
    ("sf_west-dereham-pc-minutes-2013-09_index.html", "would be given to Richard French by the Chairman"),
    ("sf_wretton-pc-minutes-2016-03_index.html", "This matter will be taken up by County Councillor Martin Storey"),
    ("sf_wereham-pc-minutes-2015-07_index.html", "Contact Glazewing ref litter along the A134"),
])
def test_real_minutes_of_three_bodies(real_db, filename, words):
    sightings = [r["description"] for r in real_db.query(
        "select h.description from action_history h join documents d on d.id = h.document_id "
        "where d.filename = ? and h.kind = 'extracted' and h.owners like '%person%'", [filename])]
    assert len([d for d in sightings if words in " ".join(d.split())]) == 1
