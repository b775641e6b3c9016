"""A passive step whose doer is another body ('Another site visit to be arranged by OCC.', 'Course details to be
confirmed by NALC this Thursday') tells that body's own business: no work the meeting owes, so no action. The
same shape with the meeting's own people or body as the doer ('to be checked by the Clerk', 'to be reviewed by
the PC') stays a task. A built paper for the wording, real minutes of several bodies (Souldern, Northwold,
Suffolk Libraries, Wereham; skipped without ../shared) read into a real database and shown on the site."""

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
    "## 5. Highways\n\n"
    "The flooding on Mill Lane was discussed. Another site visit to be arranged by LCC.\n\n"
    "The Local Plan will be considered by the HDC Executive at the end of May.\n\n"
    "The drainage report is to be checked by the Clerk before the next meeting.\n\n"
    "The grass cutting contract should be reviewed by the PC in the autumn.\n\n"
    "The verge repairs will be arranged by the Highways Department in June.\n\n"
)


def _actions(db, filename):
    return list(owned_actions(db, filename))


def _having(found, words):
    return [d for d in found if words in " ".join(d.split())]


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT)


def test_another_bodys_step_is_no_task(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    assert not _having(found, "site visit to be arranged by LCC")
    assert not _having(found, "considered by the HDC Executive")
    assert not _having(found, "arranged by the Highways Department")


def test_the_meetings_own_doers_keep_the_task(built_db):
    found = _actions(sqlite_utils.Database(built_db), "ashby-parva-2023-03-14.md")
    assert len(_having(found, "drainage report is to be checked by the Clerk")) == 1
    assert len(_having(found, "should be reviewed by the PC")) == 1


def test_the_kept_task_shows_on_the_site_and_the_dropped_one_does_not(built_db):
    ds, client = public_site(built_db)
    page = action_page(built_db, client, "%checked by the Clerk%")
    assert page.status == 200 and "drainage report is to be checked by the Clerk" in page.text
    name = next(n for n in ds.databases if not n.startswith("_"))
    listing = client.get(f"/{name}/actions.json?_shape=array&_size=max")
    assert listing.status == 200 and "checked by the Clerk" in listing.text and "arranged by LCC" not in listing.text


REAL = ["sd_2013-09-19 SPC minutes.pdf", "sd_2012-05-09 Annual Parish Meeting minutes.pdf",
        "sf_northwold-pc-minutes-2015-01_index.html", "sl_board-meeting-minutes-2013-01-24.pdf",
        "sf_wereham-pc-minutes-2009-05-annual_index.html", "sf_west-dereham-pc-minutes-2013-09_index.html"]


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in REAL], "another_body")


@pytest.mark.parametrize("filename, words", [
    ("sd_2013-09-19 SPC minutes.pdf", "Another site visit to be arranged by OCC"),
    ("sd_2012-05-09 Annual Parish Meeting minutes.pdf", "will be considered by the CDC Executive"),
    ("sf_northwold-pc-minutes-2015-01_index.html", "Course details to be confirmed by NALC"),
    ("sl_board-meeting-minutes-2013-01-24.pdf", "External advice will be provided by SCC"),
    ("sf_wereham-pc-minutes-2009-05-annual_index.html", "are going to be provided by W.N.B.C"),
])
def test_real_papers_another_bodys_step_is_no_task(real_db, filename, words):
    assert not _having(_actions(real_db, filename), words)


def test_real_papers_own_doers_keep_the_task(real_db):
    # the Councillors of the meeting are its own: their passive step stays its task
    found = _actions(real_db, "sf_west-dereham-pc-minutes-2013-09_index.html")
    assert len(_having(found, "Business Continuity Plan needed to be considered by Councillors")) == 1
