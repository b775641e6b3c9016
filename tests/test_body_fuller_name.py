"""A body's fuller name on the paper wins over a heading that only shortens it (issue 7): a web page's heading
'Northwold Parish Council April Meeting' stands above the minutes' own line 'Northwold and Whittington Parish Council
– Ordinary Meeting Tuesday 2nd April 2019'; compared without the meeting's month and 'Meeting', the heading is the
same council without its second village. A shouted hyphened place keeps each part's capital ('BURTON-CUM-WALDEN
PARISH COUNCIL'). Papers of three bodies (Northwold, Burton-cum-Walden, Kent). Skips without ../shared."""

import html

import pytest
import sqlite_utils

from minutebook.ingest.meeting_finder import clean_body, find_meeting
from minutebook.ingest.publish import public_path
from minutebook.ingest.read import read_document

from .conftest import SHARED
from .test_datasette import client_for
from .wild_papers import body_of, ingest_wild

NORTHWOLD = "sf_northwold-pc-minutes-2019-04_index.html"


def paper(folder: str, name: str):
    path = SHARED / folder / name
    if not path.exists():
        pytest.skip(f"needs ../shared/{folder}/{name}")
    return read_document(str(path), ocr=False)


def test_the_minutes_own_fuller_name_beats_the_web_pages_heading(tmp_path):
    if not (SHARED / "wild" / NORTHWOLD).exists():
        pytest.skip(f"needs ../shared/wild/{NORTHWOLD}")
    db_path = ingest_wild(tmp_path, [NORTHWOLD])
    db = sqlite_utils.Database(db_path)
    assert body_of(db, NORTHWOLD) == "Northwold and Whittington Parish Council"
    meeting = db.execute("select id from meetings").fetchone()[0]
    _, client = client_for(public_path(str(db_path)))
    page = client.get(f"/meeting/{meeting}")
    assert page.status == 200
    assert "Northwold and Whittington Parish Council" in html.unescape(page.text)


@pytest.mark.parametrize("folder, name, body", [
    ("real", "bcwpc_minutes-2025-11-04.pdf", "Burton-cum-Walden Parish Council"),
    ("real", "kcc_Printed minutes 13th-Mar-2025 10.00 County Council.pdf", "Kent County Council"),
])
def test_a_bare_name_takes_the_fuller_name_the_paper_prints(folder, name, body):
    found, why = find_meeting(paper(folder, name))
    assert found is not None, why
    assert found.body == body


def test_a_shouted_hyphened_place_keeps_each_capital():
    assert clean_body("MINUTES OF BURTON-CUM-WALDEN PARISH COUNCIL") == "Burton-cum-Walden Parish Council"
    assert clean_body("STOKE-ON-TRENT CITY COUNCIL") == "Stoke-on-Trent City Council"
