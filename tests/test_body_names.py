"""A body's name without the meeting's qualifiers, whichever part of the paper gave it: the annual
or extraordinary meeting of a council is that council's, so its papers join the council's series."""

from __future__ import annotations

import pytest

from minutebook.ingest.meeting_finder import body_key, clean_body
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED

WILD = SHARED / "wild"


@pytest.mark.parametrize("printed, body", [
    ("MINUTES OF THE SOULDERN PARISH COUNCIL ANNUAL MEETING HELD IN THE VILLAGE HALL ON", "Souldern Parish Council"),
    ("West Dereham Annual Parish Council", "West Dereham Parish Council"),
    ("Summary of the Harbour Board", "Harbour Board"),
    ("Northwold Parish Council -June", "Northwold Parish Council"),
    ("Ambridge Extraordinary Town Council", "Ambridge Town Council"),
    # the Annual Parish Meeting of a parish's electors is a meeting of its own, not the council's
    ("Souldern Annual Parish Meeting", "Souldern Annual Parish Meeting"),
])
def test_the_meetings_qualifiers_are_no_part_of_the_name(printed, body):
    assert clean_body(printed) == body


@pytest.mark.parametrize("name, body", [
    ("sf_northwold-pc-minutes-2013-06_index.html", "Northwold Parish Council"),        # '-June' after the name
    ("sf_west-dereham-pc-minutes-2019-05-annual_index.html", "West Dereham Parish Council"),
    ("sd_2013-09-19 SPC minutes.pdf", "Souldern Parish Council"),                      # '... ANNUAL MEETING HELD IN'
    ("dsm_1996-01-02_meeting_minutes.pdf", "Moines City Council"),                     # 'Summary of ...'
])
def test_real_papers_name_their_body_as_their_series_does(name, body):
    path = WILD / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    bodies = {m.body for m in find_structure(read_document(str(path))).meetings}
    assert bodies and all(b.endswith(body) and "nnual" not in b and "Summary" not in b for b in bodies), bodies
    assert {body_key(b) for b in bodies} == {body_key(b) for b in bodies if body.lower() in b.lower()}
