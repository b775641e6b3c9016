"""A US agenda's closed session is exempt business as a UK exclusion item's is (ingest/exempt_marks.py): Hermosa
Beach's agenda recesses to closed session, lists the two matters it takes there, and returns to open session. The two
matters are restricted and kept from the public copy and site; the open session's items after them stay public."""

import asyncio

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import REAL, run_cli

PAPER = REAL / "ca_hermosa_beach_agenda_1.pdf"
CLOSED_WORDS = "EBS General Engineering"  # a claim the closed session takes up, named under its second matter


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    if not PAPER.exists():
        pytest.skip("the shared real papers (../shared/real) are not here")
    db = tmp_path_factory.mktemp("closed") / "archive.db"
    run_cli("ingest", PAPER, "--db", db, check=True)
    return db


def test_the_closed_sessions_matters_are_restricted_and_the_open_sessions_are_not(archive):
    items = {r["title"]: r["restricted"] for r in sqlite_utils.Database(archive).query(
        "select title, restricted from agenda_items")}
    assert items["CONFERENCE WITH LEGAL COUNSEL"] == 1
    assert [r for t, r in items.items() if t.startswith("MINUTES: Approval of minutes of Closed Session")] == [1]
    assert items["RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY AND JAMESON LOWREY FOR THEIR LIFESAVING EFFORTS"] == 0
    assert items["CLOSED SESSION REPORT"] == 0  # reported in open session


def test_the_public_site_shows_the_open_session_and_not_the_closed_one(archive):
    full = sqlite_utils.Database(archive)
    assert list(full.query("select id from passages where text like ?", [f"%{CLOSED_WORDS}%"]))  # the archive holds it
    public = public_path(str(archive))
    assert not list(sqlite_utils.Database(public).query("select id from passages where text like ?", [f"%{CLOSED_WORDS}%"]))
    ds = make_datasette(public, public=True, name="archive", public_files=files_dir(str(archive)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    for query, shown in (("EBS", False), ("lifeguards", True)):
        response = client.get(f"/search?q={query}", follow_redirects=True)
        assert response.status == 200
        assert ("LOWREY" in response.text.upper() if shown else CLOSED_WORDS not in response.text), query
