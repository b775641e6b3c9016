"""A meeting's body named bare in one paper ('Parish Council', 'County Council') takes the full name
the paper's authority gives, and is one meeting with the paper that prints the full name: the home
page's recent meetings listed 'Parish Council' beside 'Burton-cum-Walden Parish Council' for the
same date, and Kent's 'County Council'. Papers of two bodies, ingested in both orders. Skips
without ../shared."""

import html
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from minutebook.ingest.body_names import qualified
from minutebook.ingest.publish import public_path

from .conftest import run_cli
from .test_datasette import client_for
from .wild_papers import body_of, ingest_wild

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "wild").exists() or not (SHARED / "real").exists(),
                                  reason="needs ../shared/wild and ../shared/real")
BURTON = ["real/bcwpc_public-notice-2025-11-04.pdf", "real/bcwpc_minutes-2025-11-04.pdf"]
KENT = ["wild/kcc_Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf",
        "wild/kcc_Printed minutes 09th-Jan-2025 10.00 County Council.pdf"]


def meetings_of(tmp_path, papers, name):
    db_path = tmp_path / f"{name}.db"
    for paper in papers:  # one ingest a paper, in the order given: the meeting is one row whichever comes first
        folder = tmp_path / f"{name}-{Path(paper).stem}"
        folder.mkdir()
        shutil.copy(SHARED / paper, folder)
        run_cli("ingest", folder, "--db", db_path, check=True)
    return sqlite_utils.Database(db_path).execute("select body, date from meetings order by date, body").fetchall()


@needs_shared
@pytest.mark.parametrize("order", [1, -1])
def test_a_bare_body_takes_its_place_and_is_one_meeting(tmp_path, order):
    assert meetings_of(tmp_path, BURTON[::order], "burton") == [("Burton-cum-Walden Parish Council", "2025-11-04")]
    kent = meetings_of(tmp_path, KENT[::order], "kent")
    assert [m for m in kent if m[1] == "2025-01-09"] == [("Kent County Council", "2025-01-09")]


def test_only_a_bare_name_is_qualified_and_only_by_the_papers_own_words():
    assert qualified("Cabinet", "Kent County Council", "named on the first pages") == "Kent County Council Cabinet"
    assert qualified("City Council", "City of Westlake Village", "named on the first pages") == "Westlake Village City Council"
    assert qualified("County Council", "Kent", "mail domain") == "Kent County Council"
    assert qualified("Cabinet", "Kent", "mail domain") == "Cabinet"  # a place names only its council
    assert qualified("Corporate Parenting Panel", "Kent County Council", "document title") == "Corporate Parenting Panel"
    assert qualified("Planning Commission", "Planning Commission", "body name") == "Planning Commission"
    assert qualified("City Council", "Kent County Council", "document title") == "City Council"  # another council


def test_a_bare_name_joins_only_a_full_name_that_adds_a_place(tmp_path):
    """Kent's 'Cabinet' agenda frontsheet of 4 March 2025 shares its date with a report whose meeting was read from the
    line 'By: Anna Taylor, Scrutiny Research Officer To: Cabinet': that line is no full name of the Cabinet."""
    from minutebook.ingest.body_names import same_meeting
    from minutebook.ingest.meeting_finder import body_key

    db = sqlite_utils.Database(tmp_path / "m.db")
    for i, body in enumerate(["By: Anna Taylor, Scrutiny Research Officer To: Cabinet", "Document for Cabinet",
                              "Kent County Council"], start=1):
        db["meetings"].insert({"id": i, "body": body, "body_key": body_key(body), "date": "2025-03-04"}, pk="id")
    assert same_meeting(db.conn, "cabinet", "2025-03-04") is None
    assert same_meeting(db.conn, "county council", "2025-03-04") == (3, "Kent County Council")
    # and the other way round: the frontsheet's 'Cabinet' read first, the report's line after it
    db["meetings"].delete_where()
    db["meetings"].insert({"id": 4, "body": "Cabinet", "body_key": "cabinet", "date": "2025-03-04"}, pk="id")
    line = "By: Anna Taylor, Scrutiny Research Officer To: Cabinet"
    assert same_meeting(db.conn, body_key(line), "2025-03-04", line) is None
    assert same_meeting(db.conn, "kent county council cabinet", "2025-03-04", "Kent County Council Cabinet") == (4, "Cabinet")


@needs_shared
def test_a_bare_body_takes_the_name_the_archive_gives_its_authority(tmp_path):
    """Kent's Cabinet agenda frontsheets say only 'CABINET' and give their authority only as the mail domain of the
    officer to ask ('@kent.gov.uk'): the archive's County Council minutes of the same authority print 'Kent County
    Council', so the Cabinet is 'Kent County Council Cabinet', as the Cabinet's own minutes call it, and the site's
    body filter lists it once. Alone in an archive the frontsheet keeps its bare name (nothing names Kent in words)."""
    kent = ["kcc_Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf", "kcc_Agenda frontsheet 13th-Mar-2025 15.00 Cabinet.pdf",
            "kcc_Minutes of the meeting held on 9th January 2025.pdf", "kcc_19 December 2024 - County Council minutes.pdf"]
    db_path = ingest_wild(tmp_path, kent)
    db = sqlite_utils.Database(db_path)
    cabinet = {body_of(db, paper) for paper in kent[:3]}
    assert cabinet == {"Kent County Council Cabinet"}
    _, client = client_for(public_path(str(db_path)))
    page = client.get("/search?q=budget")
    assert page.status == 200
    options = html.unescape(page.text)
    assert ">Kent County Council Cabinet<" in options and ">Cabinet<" not in options
    alone = sqlite_utils.Database(ingest_wild(tmp_path, kent[:1], "alone"))
    assert body_of(alone, kent[0]) == "Cabinet"
