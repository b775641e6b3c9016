"""Officers a list of those present names with their post are in attendance, not members present (issue 7,
judge13): the clerk of a parish council serves the meeting and has no vote. SCHEMA.md and the gold's FORMAT.md
class officers 'in_attendance'. The post comes in every form a list prints it: after a dash or in brackets
('Mrs N Cooper (Clerk)', 'B McGarry (Clerk- BMc)'), after the name unpunctuated ('Helen Richardson Parish Clerk
and Financial Responsible Person'), or after the initials ('Dave Horkan (DHO) Clerk'). Real papers of four
bodies in ../shared/wild (skipped when it is absent), then the meeting's page as Datasette serves it."""

import pytest

from .wild_papers import attendance_line, served_wild, wild_attendance


@pytest.mark.parametrize("paper, officer, members", [
    ("sf_stoke-ferry-pc-minutes-2018-02_index.html", "Helen Richardson", ["Sue Lintern", "Daphne Clements"]),
    # two clerks in one list: the one retiring and her successor
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "Jean Markwell", ["Sue Lintern", "Trudi Mann"]),
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "Helen Richardson", ["Sue Lintern"]),
    ("sf_northwold-pc-minutes-2019-04_index.html", "N Cooper", ["R Crisp", "M Peake"]),
    ("sd_2015-07-16 SPC minutes.pdf", "B McGarry", ["N Oakhill"]),
    ("sf_boughton-pc-agenda-minutes-2012-05-agm_index.html", "Dave Horkan", ["Frank Reid", "Geoff Proctor"]),
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "Nicola Cooper", ["Jo Bruce", "Gail Koopowitz"]),
])
def test_an_officer_listed_with_the_members_is_in_attendance(paper, officer, members):
    found = {a["name"]: a["status"] for a in wild_attendance(paper)}
    assert found.get(officer) == "in_attendance", (officer, found)
    for who in members:  # the chair and the vice-chair are members, whatever post the list gives them
        assert found.get(who) == "present", (who, found)


PAPERS = ["sf_stoke-ferry-pc-minutes-2018-02_index.html", "sf_northwold-pc-minutes-2019-04_index.html"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "officers")


@pytest.mark.parametrize("paper, officer, member", [
    ("stoke-ferry-pc-minutes-2018-02", "Helen Richardson", "Sue Lintern"),
    ("northwold-pc-minutes-2019-04", "N Cooper", "R Crisp"),
])
def test_the_meeting_page_shows_the_clerk_in_attendance(served, paper, officer, member):
    db, client = served
    mid = db.execute("select md.meeting_id from meeting_documents md join documents d on d.id = md.document_id "
                     "where d.filename like ? order by md.rowid", [f"%{paper}%"]).fetchone()[0]
    page = client.get(f"/meeting/{mid}")
    assert page.status == 200
    assert officer in attendance_line(page.text, "In attendance")
    assert officer not in attendance_line(page.text, "Present")
    assert member in attendance_line(page.text, "Present")
    row = db.execute("select a.status, a.role from attendance a where a.meeting_id = ? and a.name = ?",
                     [mid, officer]).fetchone()
    assert row == ("in_attendance", "clerk")
