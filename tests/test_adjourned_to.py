"""An adjournment to a day names the body's next meeting (issue 7: a general reading, not one body's): US agendas close
'ADJOURNMENT TO November 23, 2022' (Manhattan Beach), 'ADJOURN meeting to January 25, 2023' (Palmdale), 'Adjourn to
6:00 P.M. on December 20, 2022, for a Closed Session Meeting' (Rancho Palos Verdes), a notice says the meeting 'has
been adjourned to Thursday, January 12, 2023' (La Cañada Flintridge), and Wereham's minutes 'the remainder of the
Agenda be adjourned until the next regular Parish Council meeting on the 10th January 2012'. An adjournment with no day
('adjourn to Executive Session', Cuyahoga's Board of Health) names none. Real papers of five bodies (Palmdale's is a scan, left to
the evaluation archive); skipped without ../shared."""

from __future__ import annotations

import html

import pytest
import sqlite_utils

from minutebook.ingest.publish import public_path
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED
from .test_datasette import client_for
from .wild_papers import ingest_wild


def _paper(folder: str, name: str):
    path = SHARED / folder / name
    if not path.exists():
        pytest.skip(f"needs ../shared/{folder}/{name}")
    return path


@pytest.mark.parametrize("folder, name, date, next_meeting", [
    ("wild", "ca_manhattanbeach_agenda_1.pdf", "2022-11-09", "2022-11-23"),
    ("real", "ca_rpv_agenda_1.pdf", "2022-12-06", "2022-12-20"),
    ("wild", "ca_la_canada_flintridge_agenda_1.pdf", "2022-12-08", "2023-01-12"),
    ("wild", "sf_wereham-pc-minutes-2011-12-extraordinary_index.html", "2011-12-06", "2012-01-10"),
    ("real", "cbcle_cuya_health.pdf", "2019-04-24", None),  # 'Motion to adjourn to Executive Session'
])
def test_an_adjournment_to_a_day_is_the_next_meeting(folder, name, date, next_meeting):
    meetings = find_structure(read_document(str(_paper(folder, name)), ocr=False)).stored_meetings
    assert [(m.date, m.next_meeting) for m in meetings] == [(date, next_meeting)]


def test_the_meeting_page_shows_the_day_it_adjourned_to(tmp_path):
    papers = ["ca_manhattanbeach_agenda_1.pdf", "sf_wereham-pc-minutes-2011-12-extraordinary_index.html"]
    for name in papers:
        _paper("wild", name)
    db_path = ingest_wild(tmp_path, papers)
    db = sqlite_utils.Database(db_path)
    rows = dict(db.execute("select body, id from meetings where next_meeting in ('2022-11-23', '2012-01-10')").fetchall())
    assert set(rows) == {"Manhattan Beach Planning Commission", "Wereham Parish Council"}
    _, client = client_for(public_path(str(db_path)))
    for body, day in (("Manhattan Beach Planning Commission", "2022-11-23"), ("Wereham Parish Council", "2012-01-10")):
        page = client.get(f"/meeting/{rows[body]}")
        assert page.status == 200
        assert f"next meeting {day}" in html.unescape(page.text)
