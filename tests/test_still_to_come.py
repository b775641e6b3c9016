"""A forward agenda's list is still to come (ingest/minutes_units.py): its heading and the list
after it read the same way on the papers of several bodies. The fact it changes (an action kept
open) is in tests/test_discussed_closes.py."""

from __future__ import annotations

import pytest

from minutebook.ingest.minutes_units import minutes_units, still_to_come

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"


@pytest.mark.parametrize("text, heading", [
    ("Date of Next Meeting & Forward agenda Board Meeting 8th July, 9.30am", True),  # Suffolk Libraries
    ("Forward Agenda: - Exception report on Health & Safety - Update on arrangements of AGM", True),
    ("24. ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD ON TUESDAY 5TH JUNE 7.30pm Constables Charity", True),  # Northwold
    ("For next Agenda: Division of Responsibilities", True),  # Souldern
    ("9 Future Agenda Items:", True),
    ("116/18 Forward Agenda List This was noted.", True),  # Stoke Ferry
    # an item taking reports as well as next month's items: what is under it is news
    ("17. Any Further reports/items for the next agenda: Tree safety discussed, Mrs Leet to contact", False),
    ("Further Reports and Items for Inclusion on the Next Agenda.", False),
    # a forward agenda named in a sentence's run is no heading of a list
    ("The Board reviewed and accepted the changes. To be covered in financial forward agenda.", False),
    ("Cllr Hardy mentioned the proposed information leaflet - this would be on the next agenda.", False),
])
def test_the_heading_of_what_later_meetings_take_up(text, heading):
    assert still_to_come(text) is heading


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / "sf_northwold-pc-minutes-2016-09_index.html",
                                       WILD / "sd_2019-07-25 SPC minutes.pdf"], "still_to_come")


@pytest.mark.parametrize("paper, to_come, news", [
    # Northwold: '... Items for the next meeting. Budget 2017/18'
    ("sf_northwold-pc-minutes-2016-09_index.html", "Budget 2017/18", "Clerk to pursue and add to next Agenda"),
    # Souldern: 'For next Agenda: Division of Responsibilities'
    ("sd_2019-07-25 SPC minutes.pdf", "Division of Responsibilities", None),
])
def test_the_list_after_the_heading_is_still_to_come_and_nothing_before_it(db, paper, to_come, news):
    (meeting_id,) = db.execute("""select md.meeting_id from meeting_documents md join documents d on d.id = md.document_id
                                  where d.path like ? and md.role = 'records'""", [f"%{paper}"]).fetchone()
    units = minutes_units(db.conn, meeting_id)
    assert any(u.get("to_come") and to_come in u["text"] for u in units)
    if news:
        assert all(not u.get("to_come") for u in units if news in u["text"])
