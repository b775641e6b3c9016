"""The post a paper gives a person is read from that person's own cell or clause, not from what follows it: a row of
a membership table runs on into another column ('Mark Pogmore (MPO) | Councillor | Chair: | Frank Reid', 'Frank Reid
(FRE) | Councillor/Chairman | Andy Beeston', Boughton), and an apologies sentence is followed by another
('accepted for Pamela Walker. The Parish Council welcomed Helen Richardson as the new Parish Clerk', Wereham), and a
guest's own sentence follows the list ('... and Claire Williams (CW). ... Jon Miles, Director of Glazewing was in
attendance.', West Dereham): a clause is no post. Read
whole, those gave Mark Pogmore the post 'Councillor – Chair: – Frank Reid' and Pamela Walker the Parish Clerk's. A
built HTML paper read into a real database and the person's page; real minutes of both bodies (skipped without
../shared)."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .built_minutes import built_archive, public_site
from .conftest import SHARED
from .wild_papers import roles_shown

NAME = "ashby-parva-2023-03-14.html"
BUILT = """<html><body>
<h1>Minutes of Ashby Parva Parish Council</h1>
<p>Meeting held on 14th March 2023</p>
<p>Present:</p>
<table>
<tr><td>Mark Pogmore (MPO)</td><td>Councillor</td><td>Chair:</td><td>Frank Reid</td></tr>
<tr><td>Frank Reid (FRE)</td><td>Councillor/Chairman</td><td>Andy Beeston</td><td></td></tr>
<tr><td>Tim Madjwick (TMA)</td><td>Councillor</td><td>Distribution:</td><td>Parish noticeboard</td></tr>
</table>
<h2>1. Apologies</h2>
<p>Apologies were received and accepted for Pamela Walker. The Parish Council welcomed Helen Richardson as the new
Parish Clerk, and thanked Nicola for her support.</p>
<h2>2. Playground</h2>
<p>MPO to arrange signage for the playground.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT, NAME)


def test_a_post_stops_at_the_next_column_and_the_next_sentence(built_db):
    db = sqlite_utils.Database(built_db)
    titles = {r["name"]: r["title"] for r in db.query("select p.name, r.title from roles r join people p on p.id = r.person_id")}
    assert titles["Mark Pogmore"] == "Councillor"
    assert titles["Frank Reid"] == "Councillor/Chairman"
    assert titles["Tim Madjwick"] == "Councillor"
    assert "Clerk" not in (titles.get("Pamela Walker") or "")
    # the member's code still reads: the row's own cells are kept
    owner = db.execute("select o.name from action_owners o join actions a on a.id = o.action_id "
                       "where a.description like 'MPO to arrange signage%'").fetchall()
    assert owner == [("Mark Pogmore",)]


def test_the_person_page_shows_the_post_alone(built_db):
    db = sqlite_utils.Database(built_db)
    ds, client = public_site(built_db)
    shown = roles_shown(db, client, "Mark Pogmore")
    assert "Councillor" in shown and "Chair:" not in shown and "Frank Reid" not in shown


@pytest.mark.parametrize("paper, name, unwanted", [
    ("sf_boughton-pc-agenda-minutes-2012-08_index.html", "Mark Pogmore", "Chair:"),
    ("sf_boughton-pc-agenda-minutes-2013-11_index.html", "Frank Reid", "Andy Beeston"),
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "Pamela Walker", "Clerk"),
    ("sf_west-dereham-pc-minutes-2017-04_index.html", "Claire Williams", "Glazewing"),
])
def test_real_minutes_give_no_post_past_the_persons_own(paper, name, unwanted):
    path = SHARED / "wild" / paper
    if not path.exists():
        pytest.skip("../shared/wild is not beside the project")
    doc = read_document(str(path))
    titles = [r["title"] or "" for r in extract_document(doc, find_structure(doc))["roles"] if r["name"] == name]
    assert not any(unwanted in t for t in titles)


def test_a_clause_after_the_list_is_no_post_of_its_last_name():
    from minutebook.extract.people import _entries
    from minutebook.ingest.document import Block

    text = ("- Pam Bullas (PB), Claire Cann (CC) – Chair and Claire Williams (CW). Ten members of the public were in "
            "attendance. Jon Miles, Director of Glazewing was in attendance. The Chairman opened the meeting.")
    posts = {e.name: e.person.post for e in _entries(text, "present", Block("paragraph", text, 1), 0)}
    assert posts.get("Claire Williams") is None and posts["Claire Cann"] in (None, "Chair")
    # a post the list gives after a name is still that name's
    listed = "Peter King, Parish Clerk, Pam Walker"
    assert {e.name: e.person.post for e in _entries(listed, "present", Block("paragraph", listed, 1), 0)}["Peter King"] \
        == "Parish Clerk"
