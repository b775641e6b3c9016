"""What a sentence says need not be done is no task: 'there are signs on School Lane so these don’t need to be
chased' (Wereham), its 'not' written short or as 'no longer'; the same words without the denial stay a task. A
built paper read into a real database, and the Wereham minutes (skipped without ../shared)."""

from __future__ import annotations

import pytest
import sqlite_utils


from .built_minutes import built_archive, owned_actions
from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"

BUILT = (
    "# Minutes of Ashby Parva Parish Council\n\nMeeting held on 14th March 2023\n\n"
    "Present: Cllr Joan Brook (Chair), Cllr Tom Lund, Cllr Ravi Moss, Anne Hale (Clerk)\n\n"
    "## 5. Village maintenance\n\n"
    "It was noted that the new signs are up on Mill Lane so these don’t need to be chased.\n\n"
    "The old bench has been removed and no longer needs to be repaired.\n\n"
    "The war memorial needs to be cleaned before Remembrance Sunday.\n\n"
)


def _actions(db, filename):
    return [" ".join(d.split()) for d in owned_actions(db, filename)]


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return sqlite_utils.Database(built_archive(tmp_path_factory, BUILT))


def test_a_denied_need_is_no_task(built_db):
    found = _actions(built_db, "ashby-parva-2023-03-14.md")
    assert not [d for d in found if "need to be chased" in d or "needs to be repaired" in d]
    assert len([d for d in found if "war memorial needs to be cleaned" in d]) == 1


def test_real_paper_denied_need_is_no_task(tmp_path_factory):
    db = ingested(tmp_path_factory, [WILD / "sf_wereham-pc-minutes-2015-07_index.html"], "denied_need")
    found = _actions(db, "sf_wereham-pc-minutes-2015-07_index.html")
    assert found and not [d for d in found if "don’t need to be chased" in d or "don't need to be chased" in d]
