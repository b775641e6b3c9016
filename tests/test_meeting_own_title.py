"""'Minutes of the meeting held on 7th June, 2017' opening a line is the paper's own title, not an
item about an earlier meeting's minutes ('To agree Minutes of the meeting held on 3rd May'). Read
as the latter, a web page titled 'June meeting' and published in September was dated to the month
only, and its minutes recorded two meetings (2017-06 and 2017-06-07)."""

from __future__ import annotations

import pytest

from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED

PAGE = """<html><head><title>Ashwell Parish Council - June meeting</title></head><body><article>
<h1>Ashwell Parish Council - June meeting</h1><h2>September 2021</h2>
<p>Page 021 (2021)</p><p>ASHWELL PARISH COUNCIL</p>
<p>Minutes of the meeting held on 9th June, 2021</p>
<p>Attendance: Chairman Cllr A Brook Vice Chairman Mrs C Dale Parish Clerk Mrs E Fox</p>
<p>1. Apologies</p><p>There were no apologies for this meeting.</p>
<p>2. To agree Minutes of the meeting held on 12th May, 2021</p>
<p>Resolved: That the minutes of the meeting held on Wednesday 12th May, 2021 be approved.</p>
<p>3. Footpaths</p><p>The next walk will be on Sunday 11th July, meeting at the church at 11.00am.</p>
</article></body></html>"""


def _meetings(path) -> list[tuple[str, str]]:
    return [(m.date, m.found_by) for m in find_structure(read_document(str(path))).stored_meetings]


def test_a_minutes_title_held_on_a_day_is_its_one_meeting(tmp_path):
    page = tmp_path / "ashwell-june.html"
    page.write_text(PAGE, encoding="utf-8")
    assert _meetings(page) == [("2021-06-09", "held on")]


@pytest.mark.parametrize("name, date", [
    ("sf_wereham-pc-minutes-2012-07_index.html", "2012-07-24"),
    ("sf_stoke-ferry-village-liaison-minutes-2011-04_index.html", "2011-04-13"),
])
def test_two_bodies_titles_read_as_held_on(name, date):
    path = SHARED / "wild" / name
    if not path.is_file():
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    assert _meetings(path)[0] == (date, "held on")
