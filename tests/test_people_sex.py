"""Two people of one name are kept apart by the sex their titles give, by being present at a
meeting the other sent apologies to, and (weakly) by a given name's usual sex: Kent County
Council's lists name 'Ms J Meade' and 'Mr J Meade' side by side and 'Mr Meade' sends apologies
while Ms J Meade is present; Wereham's parishioner 'Mr Loake' is not its councillor Nikki Loake."""

import re

import pytest

from minutebook.extract.given_names import given_name_sex
from minutebook.extract.resolve import Spelling, UnionFind, group_spellings

from .conftest import SHARED, run_cli
from .wild_papers import ingested

KENT = [SHARED / "wild" / f"kcc_{name} - County Council minutes.pdf" for name in ("19 December 2024", "9 January 2025")]
WEREHAM = [SHARED / "wild" / f"sf_wereham-pc-minutes-{when}_index.html" for when in ("2014-01", "2015-07")]


def _groups(spellings):
    u = UnionFind()
    for a, b in group_spellings(spellings):
        u.union(a, b)
    return {s.name + (f" ({s.sex})" if s.sex else ""): u.find(s.id) for s in spellings}


def test_given_names_say_a_sex_only_where_usual():
    assert given_name_sex("Nikki") == given_name_sex("Jackie") == "f"
    assert given_name_sex("Derek") == given_name_sex("derek.") == "m"
    assert given_name_sex("Chris") is given_name_sex("Jo") is given_name_sex("J") is given_name_sex(None) is None


def test_titles_of_different_sex_never_join():
    found = _groups([Spelling(1, "Jackie Meade", "kent", frozenset({1})),
                     Spelling(2, "J Meade", "kent", frozenset({2}), "f"),
                     Spelling(3, "J Meade", "kent", frozenset({2}), "m"),
                     Spelling(4, "Meade", "kent", frozenset({3}), "m")])
    assert found["J Meade (f)"] == found["Jackie Meade"] != found["J Meade (m)"] == found["Meade (m)"]


def test_a_given_name_keeps_a_titled_surname_of_the_other_sex_apart():
    found = _groups([Spelling(1, "Nikki Loake", "wereham", frozenset({1})),
                     Spelling(2, "Loake", "wereham", frozenset({2}), "m"),
                     Spelling(3, "Derek Lockwood", "wereham", frozenset({1})),
                     Spelling(4, "Lockwood", "wereham", frozenset({3}), "f"),
                     Spelling(5, "Lockwood", "wereham", frozenset({4}))])
    assert found["Loake (m)"] != found["Nikki Loake"]
    assert found["Lockwood (f)"] != found["Derek Lockwood"] == found["Lockwood"]  # no title: as before


def test_present_and_sending_apologies_to_one_meeting_are_two():
    found = _groups([Spelling(1, "J Meade", "kent", frozenset({1}), None, frozenset({7})),
                     Spelling(2, "Meade", "kent", frozenset({1}), None, frozenset(), frozenset({7}))])
    assert found["J Meade"] != found["Meade"]


@pytest.fixture(scope="module")
def kent(tmp_path_factory):
    return ingested(tmp_path_factory, KENT, "kent_sex")


def _people_of(db, alias):
    return {r["person_id"] for r in db.query("select person_id from person_aliases where alias = ?", [alias])}


def test_ms_and_mr_j_meade_are_two_people(kent):
    ms, mr = _people_of(kent, "Ms J Meade"), _people_of(kent, "Mr J Meade")
    assert len(ms) == len(mr) == 1 and ms != mr
    assert _people_of(kent, "Mr Meade") == mr and _people_of(kent, "Ms Meade") == ms
    rows = list(kent.query("select title, status, person_id from attendance where name like '%Meade' "
                           "and meeting_id = (select meeting_id from attendance where status = 'apologies' "
                           "and name like '%Meade')"))
    by_status = {r["status"]: r for r in rows}
    assert by_status["apologies"]["title"] == "Mr" and by_status["present"]["title"] == "Ms"
    assert by_status["apologies"]["person_id"] == mr.pop() and by_status["present"]["person_id"] == ms.pop()


@pytest.fixture(scope="module")
def wereham(tmp_path_factory):
    return ingested(tmp_path_factory, WEREHAM, "wereham_sex")


def test_mr_loake_is_not_cllr_nikki_loake(wereham):
    nikki = {r["person_id"] for r in wereham.query("select person_id from attendance where name = 'Nikki Loake'")}
    mr = {r["person_id"] for r in wereham.query("select person_id from mentions where title = 'Mr' and name = 'Loake'")}
    assert len(nikki) == len(mr) == 1 and nikki != mr


def test_the_person_page_lists_each_as_the_paper_titles_them(kent):
    """Two people of one name are told apart on their pages by the title each list gives them."""
    path = kent.execute("pragma database_list").fetchone()[2]
    mr = _people_of(kent, "Mr J Meade").pop()
    served = run_cli("serve", "--db", path, "--get", f"/person/{mr}", env={"MINUTEBOOK_PASSWORD": "pw"})
    assert served.returncode == 0, served.stderr[-2000:]
    listed = re.findall(r'data-label="Listed as">([^<]*)<', served.stdout)
    assert "Mr J Meade" in listed and not any(name.startswith("Ms") for name in listed)
