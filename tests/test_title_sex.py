"""Titles of different sex are two people: Kent's vote lists name 'Mr Cole' and 'Mrs Cole' beside
each other, and its attendance lists 'Mr P Cole' and 'Mrs P T Cole'; each bare surname is the one of
its title's sex, never one record 'Cole' for both."""

import sqlite3

import pytest

from minutebook.extract.names import title_sex
from minutebook.extract.people import Registry, parse_person
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

KENT = SHARED / "wild" / "kcc_19 December 2024 - County Council minutes.pdf"


def test_a_bare_surname_is_the_one_of_its_titles_sex():
    assert title_sex("Mrs") == title_sex("Ms.") == title_sex("Cllr Miss") == "f"
    assert title_sex("Mr") == title_sex("Sir") == "m" and title_sex("Cllr") is None and title_sex(None) is None
    registry = Registry()
    for listed in ["Mr P Cole", "Mrs P T Cole", "Mrs Jane Smith", "Cllr Chris Brown", "Cllr Tom Green"]:
        registry.add(parse_person(listed))
    assert registry.resolve("Mr Cole") == "P Cole" and registry.resolve("Mrs Cole") == "P T Cole"
    assert registry.resolve("Cole") == "Cole"  # no title: either
    assert registry.resolve("Mr Smith") == "Smith"  # never Mrs Jane Smith
    assert registry.resolve("Ms Smith") == "Jane Smith" and registry.resolve("Mrs Brown") == "Chris Brown"
    # a title that gives no sex leaves the given name's usual one, a weak sign: Mrs Green is not Tom
    assert registry.resolve("Mrs Green") == "Green" and registry.resolve("Mr Green") == "Tom Green"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    if not KENT.exists():
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("sex") / "a.db"
    ingest([str(KENT)], str(db))
    return sqlite3.connect(db)


def _person_of(conn, alias):
    return {r[0] for r in conn.execute("select p.name from people p join person_aliases a on a.person_id = p.id "
                                       "where a.alias = ?", [alias])}


def test_mr_and_mrs_cole_of_one_vote_list(archive):
    assert _person_of(archive, "Mr Cole") == _person_of(archive, "Mr P Cole") == {"P Cole"}
    assert _person_of(archive, "Mrs Cole") == _person_of(archive, "Mrs P T Cole") == {"P T Cole"}
    assert not archive.execute("select 1 from people where name = 'Cole'").fetchone()


GREENVILLE = SHARED / "real" / "gvl_Council 2023_05_23.pdf"


def test_a_titled_surname_is_not_the_one_whose_given_name_is_the_other_sex(tmp_path):
    """Greenville's speakers 'Nancee Yearick, 421 Mclver Street, expressed concerns ... Ms. Yearick requested the plan
    be paused. Bob Yearick, 421 Mclver Street, referred to ... Mr. Yearick stated ...': no title is printed with either
    full name, so Bob's given name tells 'Ms. Yearick' from him; she is Nancee, and 'Mr. Yearick' is then Bob."""
    if not GREENVILLE.exists():
        pytest.skip("../shared/real is not beside the project (a fresh clone)")
    db = tmp_path / "gvl.db"
    ingest([str(GREENVILLE)], str(db))
    conn = sqlite3.connect(db)
    said = dict(conn.execute("select m.title, p.name from mentions m join people p on p.id = m.person_id "
                             "where m.name like '%Yearick%' and m.title is not null"))
    assert said == {"Ms.": "Nancee Yearick", "Mr.": "Bob Yearick"}
    assert not conn.execute("select 1 from people where name = 'Yearick'").fetchone()
