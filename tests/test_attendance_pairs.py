"""People a list writes together, and people under a column of their own (issue 7, judge10 on Souldern and
Stoke Ferry): a couple 'Ken & Jane Clifford' or 'Mr & Mrs D Summers' is two people; a title in the plural
before a pair ('PCSO's Stefan Bunting and Sara Green') is each one's, and the police are guests of the
council; the members of the public named in a column beside the councillors are in attendance. Text forms,
then real papers of three bodies in ../shared/wild (skipped when it is absent), then the meeting's page as
Datasette serves it."""

import pytest

from minutebook.extract.people import split_names

from .wild_papers import attendance_line, served_wild, wild_attendance


def test_a_pair_shares_what_one_half_is_written_with():
    assert split_names("Katy Draper, Ken & Jane Clifford") == ["Katy Draper", "Ken Clifford", "Jane Clifford"]
    assert split_names("Mr & Mrs D Summers, Mr Lawrence Williams") == ["Mr D Summers", "Mrs D Summers",
                                                                        "Mr Lawrence Williams"]
    # a couple is written with any title a person is called by, the one list the run-on reader uses too
    assert split_names("Cllr & Mrs D Summers") == ["Cllr D Summers", "Mrs D Summers"]
    assert split_names("Mrs C Hardy (Clerk), PCSO's Stefan Bunting and Sara Green") == [
        "Mrs C Hardy (Clerk)", "PCSO Stefan Bunting", "PCSO Sara Green"]
    assert split_names("PCSOs Stefan Bunting and Sara Green") == ["PCSO Stefan Bunting", "PCSO Sara Green"]


@pytest.mark.parametrize("text, expected", [
    ("Smith and Jones", ["Smith", "Jones"]),  # two surnames: nothing to share
    ("Nick and Alan", ["Nick", "Alan"]),  # two given names
    ("Mrs Smith and John Brown", ["Mrs Smith", "John Brown"]),  # each whole already
    ("Mrs Jones and Mrs Brown", ["Mrs Jones", "Mrs Brown"]),  # 'Mrs' is no plural of 'Mr'
    ("Mr & Jane Smith", ["Mr", "Jane Smith"]),  # a title gives its name only to a titled half
    # a given name across "and" may be a member the paper names in full elsewhere (Ali, Alison Hopkins)
    ("Ali and Isolde Marchetti", ["Ali", "Isolde Marchetti"]),
    # a plural title the name reader knows is its own to read (tests/test_roll_call_and_plural_titles.py)
    ("Commissioners Ayala and Rios", ["Commissioners Ayala", "Rios"]),
])
def test_a_pair_that_shares_nothing_is_left_as_written(text, expected):
    assert split_names(text) == expected


def _people(paper):
    return {(a["name"], a["status"]) for a in wild_attendance(paper)}


def test_souldern_couples_and_members_of_the_public():
    found = _people("sd_2017-07-13 SPC minutes.pdf")
    assert {("Ken Clifford", "apologies"), ("Jane Clifford", "apologies")} <= found
    # the middle column, 'Members of the Public:', beside 'Present:' and 'Apologies:'
    assert {("Diana Stevens", "in_attendance"), ("Mary May", "in_attendance"), ("Clive Smith", "in_attendance"),
            ("Barbara McGarry", "in_attendance")} <= found
    assert {("Nick Oakhill", "present"), ("Katy Draper", "apologies")} <= found
    found = _people("sd_2012-11-29 SPC minutes.pdf")
    assert {("D Summers", "in_attendance"), ("Lawrence Williams", "in_attendance")} <= found
    titles = {a["title"] for a in wild_attendance("sd_2012-11-29 SPC minutes.pdf") if a["name"] == "D Summers"}
    assert titles == {"Mr", "Mrs"}


def test_stoke_ferry_police_in_the_list_of_those_attending():
    found = wild_attendance("sf_stoke-ferry-pc-minutes-2009-01_index.html")
    police = {(a["name"], a["status"], a["title"]) for a in found if "PCSO" in (a["title"] or "") + a["name"]}
    assert police == {("Stefan Bunting", "in_attendance", "PCSO"), ("Sara Green", "in_attendance", "PCSO")}
    assert ("M Ferrie", "present") in {(a["name"], a["status"]) for a in found}


def test_wretton_police_on_a_line_after_the_list_keep_their_rank():
    """The same ranks read on a line after the list ('PSCO Sara Clipperton'): a guest, with her rank as her title,
    as Stoke Ferry's PCSOs in theirs."""
    found = wild_attendance("sf_wretton-pc-minutes-2010-09_index.html")
    police = {(a["name"], a["status"], a["title"]) for a in found if "Clipperton" in a["name"]}
    assert police == {("Sara Clipperton", "in_attendance", "PSCO")}


PAPERS = ["sd_2018-05-24 Annual Meeting minutes.pdf", "sf_stoke-ferry-pc-minutes-2009-01_index.html"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "pairs")


@pytest.mark.parametrize("paper, date, guests", [
    ("sd_2018", "2018-05-24", ["Mary May", "Carol Gray", "Barbara McGarry", "Diana Stephens"]),
    ("stoke-ferry", "2009-01-07", ["Stefan Bunting", "Sara Green"]),
])
def test_the_meeting_page_shows_who_attended(served, paper, date, guests):
    db, client = served
    mid = db.execute("select m.id from meetings m join meeting_documents md on md.meeting_id = m.id join documents d "
                     "on d.id = md.document_id where d.filename like ? and m.date = ?", [f"%{paper}%", date]).fetchone()[0]
    page = client.get(f"/meeting/{mid}")
    assert page.status == 200
    attending = attendance_line(page.text, "In attendance")
    assert all(g in attending for g in guests)
    assert not any(g in attendance_line(page.text, "Present") for g in guests)
