"""A task set in running minutes as 'X has agreed to ...' or 'X would need to ...' is an action of
X's, as 'X agreed to ...' and 'X will ...' are. Real minutes of three bodies; a real database;
skipped without ../shared."""

from __future__ import annotations

import pytest

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"
PAPERS = ["sd_2014-11-20 SPC minutes.pdf", "sf_northwold-pc-minutes-2015-01_index.html",
          "sf_stoke-ferry-pc-minutes-2017-08_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [WILD / n for n in PAPERS], "agreed_and_need_to")


@pytest.mark.parametrize("words, owner", [
    # Souldern, Nov 2014 (item 12, Village Fayre)
    ("Ian Gray has agreed to lead the organisation of a Village Fayre", "Ian Gray"),
    # Northwold, Jan 2015
    ("Andrew Barlow has agreed to provide a Defibrillator", "Andrew Barlow"),
    # Stoke Ferry, Aug 2017: 'The Chair advised SC and JN would need to set up their own email address ...'
    ("would need to set up their own email address", "Jim Neal"),
])
def test_has_agreed_to_and_would_need_to_set_a_task(db, words, owner):
    rows = list(db.query("select a.id, (select group_concat(name, '|') from action_owners o where o.action_id = a.id) owners "
                         "from actions a where a.description like ?", [f"%{words}%"]))
    assert len(rows) == 1 and owner in (rows[0]["owners"] or "").split("|"), rows
