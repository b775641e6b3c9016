"""A nickname and its name with one surname in one authority are one person ('Dave Cooper' and
'David Cooper' of Boughton Parish Council, 'Vicky' and 'Victoria Whitehead' of Burton-cum-Walden's),
when each fits no other person there; never across authorities."""

import sqlite3

import pytest

from minutebook.extract.nicknames import diminutive
from minutebook.extract.resolve import Spelling, UnionFind, group_spellings
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

PAPERS = [
    "wild/sf_boughton-pc-minutes-2014-10_index.html",  # 'David Cooper (DCO) Councillor', 'seconded by Dave Cooper'
    "wild/bcwpc_annual-report-2022-23.pdf",  # 'Victoria Whitehead, Councillor', 'chairmanship of Vicky Whitehead'
]


def test_the_table_knows_diminutives_both_ways():
    assert diminutive("dave", "david") and diminutive("david", "dave")
    assert diminutive("danny", "daniel") and diminutive("jo", "joanne") and diminutive("vicky", "victoria")
    assert not diminutive("david", "daniel") and not diminutive("dave", "dave")


def _groups(names):
    spellings = [Spelling(i, name, authority, frozenset({i})) for i, (name, authority) in enumerate(names)]
    u = UnionFind()
    for a, b in group_spellings(spellings):
        u.union(a, b)
    groups = {}
    for s in spellings:
        groups.setdefault(u.find(s.id), set()).add(s.name)
    return sorted(sorted(g) for g in groups.values())


def test_a_nickname_joins_its_name_only_where_no_other_person_fits():
    assert _groups([("Danny O'Neill", "govan"), ("Daniel O'Neill", "govan")]) == [["Daniel O'Neill", "Danny O'Neill"]]
    # another authority's Daniel is another person
    assert _groups([("Danny O'Neill", "govan"), ("Daniel O'Neill", "kent")]) == [["Daniel O'Neill"], ["Danny O'Neill"]]
    # 'Jo' could be Joanne or Josephine: two people it may be, so it stays apart
    assert _groups([("Jo Carpenter", "kent"), ("Joanne Carpenter", "kent"), ("Josephine Carpenter", "kent")]) == \
        [["Jo Carpenter"], ["Joanne Carpenter"], ["Josephine Carpenter"]]
    assert _groups([("Jo Carpenter", "kent"), ("Joanne Carpenter", "kent")]) == [["Jo Carpenter", "Joanne Carpenter"]]
    # one surname, another given name: two people
    assert _groups([("Dave Cooper", "boughton"), ("Daniel Cooper", "boughton")]) == [["Daniel Cooper"], ["Dave Cooper"]]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    paths = [SHARED / p for p in PAPERS]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("nicknames") / "a.db"
    ingest([str(p) for p in paths], str(db))
    return sqlite3.connect(db)


def _person_of(conn, alias):
    return conn.execute("select p.name from people p join person_aliases a on a.person_id = p.id where a.alias = ?",
                        [alias]).fetchall()


def test_real_papers_of_two_bodies(archive):
    assert _person_of(archive, "Dave Cooper") == _person_of(archive, "David Cooper") == [("David Cooper",)]
    assert _person_of(archive, "Vicky Whitehead") == _person_of(archive, "Victoria Whitehead") == \
        [("Victoria Whitehead",)]
