"""A meeting that gives a post authority to act sets that post a task (actions.DELEGATED_RE): Kent County Council
delegates ('Delegate to the Monitoring Officer to make the necessary changes to the Constitution'), Des Moines City
Council authorises ('Authorizing Assessment Clerk to delete assessment on ...'). Built sentences for the wording, and
the real minutes of both bodies read into a real database (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract.actions import DELEGATED_RE, implicit
from minutebook.extract.people import Registry

from .conftest import SHARED
from .wild_papers import ingested

KENT = SHARED / "real" / "kcc_Printed minutes 13th-Mar-2025 10.00 County Council.pdf"
DES_MOINES = SHARED / "wild" / "dsm_1999-02-22_meeting_minutes.pdf"


@pytest.mark.parametrize("sentence,owner", [
    ("Delegates authority to the Corporate Director for Growth, Environment & Transport, in consultation with the "
     "Cabinet Member for Economic Development, to approve any non-material changes.",
     "Corporate Director for Growth, Environment & Transport"),
    ("99-490 22. Authorizing Assessment Clerk to correct NAC-Emergency Control Assessment Schedule No. 1998-42.",
     "Assessment Clerk"),
    ("Moved by Flagg to close the hearing and authorize City Manager to negotiate further with HUD.", "City Manager"),
])
def test_the_post_given_authority_owns_the_task(sentence, owner):
    facts = implicit(sentence, Registry(), 1, 0)
    assert [name for f in facts for name, _ in f.owners] == [owner]


@pytest.mark.parametrize("sentence", [
    "Receive, file and authorize execution of petition and waiver forms for sidewalk program.",  # no one named
    "Resolution authorizing one or more lease/purchase agreements in the aggregate principal amount.",
    "Only NCC Highways was authorised to install them, and this made the cost much higher.",  # someone else's rules
])
def test_an_authority_given_to_no_post_is_no_delegation(sentence):
    assert DELEGATED_RE.search(sentence) is None


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, [KENT, DES_MOINES], "delegations")


@pytest.mark.parametrize("filename,words,owner", [
    ("kcc_Printed minutes 13th-Mar-2025 10.00 County Council.pdf", "Delegate to the Monitoring Officer to make the "
     "necessary changes", "Monitoring Officer"),
    ("dsm_1999-02-22_meeting_minutes.pdf", "Authorizing Assessment Clerk to delete assessment", "Assessment Clerk"),
    ("dsm_1999-02-22_meeting_minutes.pdf", "Authorizing Finance Director to draw checks", "Finance Director"),
])
def test_two_bodies_delegations_are_the_posts_actions(db, filename, words, owner):
    owners = [r["name"] for r in db.query(
        "select ao.name from actions a join action_owners ao on ao.action_id = a.id join documents d on d.id = "
        "a.document_id where d.filename = ? and a.description like ?", [filename, f"%{words}%"])]
    assert owners == [owner]
