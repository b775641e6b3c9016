"""One organisation, one authority, however its papers spell it: real papers of North of Tyne
LPC ("North of Tyne LPC", "NoT LPC", "North of Tyne Local Pharmaceutical Committee", "LPC"),
Northwold Parish Council (renamed "Northwold and Whittington Parish Council") and Stoke Ferry
(its parish council and its residents' association), ingested into one archive; and misread
bodies ("Council Chambers DUE TO A LACK OF", "CITY OF DUARTE PLANNING COMMISSION _ Sara Vasquez,
Chair") never taken as an authority's name."""

import sqlite3

import pytest

from collections import Counter

from minutebook.ingest.authority import group_keys, organisation_name, qualifier_dropped, same_organisation
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

PAPERS = [
    "wild/notlpc_Agenda-2017.pdf",  # North of Tyne Local Pharmaceutical Committee
    "wild/notlpc_Agenda-LPC-AGM-05-09-2018-Rev-18-08-A.pdf",  # LPC
    "wild/notlpc_NoT-LPC-Annual-Report-2018-19.pdf",  # NoT LPC
    "wild/notlpc_about-minutes-of-meetings_index.html",  # North of Tyne LPC
    "wild/sf_northwold-pc-minutes-2016-09_index.html",  # Northwold Parish Council
    "wild/sf_northwold-pc-minutes-2018-05-annual_index.html",  # Northwold and Whittington Parish Council
    "wild/sf_stoke-ferry-pc-minutes-2018-02_index.html",
    "wild/sf_stoke-ferry-residents-association-agm-minutes-2008-12_index.html",
    "wild/ca_rolling_hills_estates_agenda_1.pdf",
    "wild/ca_duarte_agenda_1.pdf",
]


def test_initialisms_and_respellings_are_one_organisation():
    assert same_organisation("NoT LPC", "North of Tyne LPC")
    assert same_organisation("North of Tyne LPC", "North of Tyne Local Pharmaceutical Committee")
    assert same_organisation("KENT COUNTY COUNCIL", "Kent County Council")
    assert same_organisation("Suffolk’s Libraries IPS", "Suffolk Libraries IPS Ltd")
    assert not same_organisation("North of Tyne LPC", "North Tyneside Council")
    assert not same_organisation("Stoke Ferry Parish Council", "Wereham Parish Council")
    assert not same_organisation("Northwold Parish Council", "Northwold and Whittington Parish Council")
    assert qualifier_dropped("Northwold Parish Council", "Northwold and Whittington Parish Council")
    assert qualifier_dropped("LPC", "North of Tyne LPC")
    assert not qualifier_dropped("Wretton Parish Council", "Stoke Ferry Parish Council")


def test_a_qualifier_dropped_joins_only_an_organisation_sharing_people():
    names = {"stoke": Counter({"Stoke Parish Council": 2}), "stokeferry": Counter({"Stoke Ferry Parish Council": 5}),
             "lpc": Counter({"LPC": 1}), "northtynelpc": Counter({"North of Tyne LPC": 3}),
             "notlpc": Counter({"NoT LPC": 2})}
    people = {"stoke": {"ann smith"}, "stokeferry": {"keith white", "r thompson"},
              "lpc": {"keith kendall"}, "northtynelpc": {"k kendall"}, "notlpc": {"simon dukes"}}
    groups = group_keys(names, people, Counter({k: sum(v.values()) for k, v in names.items()}))
    assert groups["stoke"] == "stoke" and groups["stokeferry"] == "stokeferry"
    assert groups["lpc"] == groups["notlpc"] == groups["northtynelpc"] == "northtynelpc"
    people["stoke"] = {"k white"}
    groups = group_keys(names, people, Counter({k: 1 for k in names}))
    assert groups["stoke"] == groups["stokeferry"]


def test_an_authority_name_reads_as_an_organisation():
    assert organisation_name("Corporate Parenting Panel") == "Corporate Parenting Panel"
    assert organisation_name("Council Chambers DUE TO A LACK OF") is None
    assert organisation_name("Independent Examiner’s Report TO the Committee") is None
    assert organisation_name("Tuesday 4 March") is None


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    paths = [SHARED / p for p in PAPERS]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("spellings") / "a.db"
    ingest([str(p) for p in paths], str(db))
    return sqlite3.connect(db)


def _keys(conn, prefix):
    return {r[0] for r in conn.execute("select authority_key from documents where filename like ?", [prefix + "%"])}


def test_the_spellings_of_one_organisation_share_one_key(archive):
    assert len(_keys(archive, "notlpc_")) == 1
    assert len(_keys(archive, "sf_northwold")) == 1
    assert _keys(archive, "notlpc_") != _keys(archive, "sf_northwold") != _keys(archive, "sf_stoke-ferry-pc")
    # the residents' association names none of the parish council's people: its own organisation
    assert _keys(archive, "sf_stoke-ferry-pc") != _keys(archive, "sf_stoke-ferry-residents")
    meetings = {r[0] for r in archive.execute(
        "select m.authority from meetings m join documents d on d.id = m.document_id where d.filename like 'notlpc_%'")}
    assert len(meetings - {None}) == 1


def test_one_member_of_one_organisation_is_one_person(archive):
    for name in ("Keith Kendall", "Simon Dukes"):
        people = {r[0] for r in archive.execute(
            "select person_id from mentions where name = ? union select person_id from attendance where name = ?",
            [name, name])}
        assert len(people) == 1, name


def test_no_sentence_or_person_is_an_authority(archive):
    names = {r[0] for r in archive.execute("select authority from documents where authority is not null")}
    assert not any("LACK" in n or "Vasquez" in n for n in names)
    assert _keys(archive, "ca_duarte") == {"duarte"}


HYPHENATED = [
    "wild/kcc_19 December 2024 - County Council minutes.pdf",  # 'Mr Barrington-King', 'P V Barrington-King'
    "wild/sf_stoke-ferry-pc-minutes-2009-01_index.html",  # 'Cllr Nicholas-Letch'
    "wild/sf_stoke-ferry-pc-minutes-2012-10_index.html",  # read as 'Nicholas Letch'
]


@pytest.fixture(scope="module")
def hyphenated(tmp_path_factory):
    paths = [SHARED / p for p in HYPHENATED]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("hyphenated") / "a.db"
    ingest([str(p) for p in paths], str(db))
    return sqlite3.connect(db)


def _person_of(conn, name, filename_part):
    return {r[0] for r in conn.execute(
        """select m.person_id from mentions m join documents d on d.id = m.document_id where m.name = ? and d.filename like ?
           union select a.person_id from attendance a join documents d on d.id = a.document_id
           where a.name = ? and d.filename like ?""", [name, f"%{filename_part}%", name, f"%{filename_part}%"])}


def test_a_hyphenated_surname_is_one_surname(hyphenated):
    # Kent: a bare 'Barrington-King' is P V Barrington-King, not a 'Barrington' of a surname 'King'
    # (in its own paper: 'Mr Barrington-King' is the paper's one 'Mr P V Barrington-King')
    bare = {r[0] for r in hyphenated.execute("select person_id from person_aliases where alias = 'Mr Barrington-King'")}
    full = _person_of(hyphenated, "P V Barrington-King", "19 December")
    assert bare and bare == full
    # Stoke Ferry: one paper prints 'Nicholas-Letch', another lost the hyphen
    assert _person_of(hyphenated, "Nicholas-Letch", "2009-01") == _person_of(hyphenated, "Nicholas Letch", "2012-10") != set()
    # and is named as printed whole, not as a given name of a surname ('Cllr Mrs Buckley Stevens' once at Stoke Ferry)
    names = {r[0] for r in hyphenated.execute("select name from people where key like '%buckley stevens' "
                                              "or key like '%nicholas letch'")}
    assert len(names) >= 2 and all("-" in n for n in names)


GLUED = [
    "wild/govan_24FebruaryGovanCC.docx",  # 'Robert Preston, Gina Preston Cllrs Alam, Dornan and Hutchison'
    "wild/ayton_2019-10-01.pdf",  # 'Catherine Chisholm CC Kenny Combe'
]


def test_two_people_run_together_leave_no_glued_alias(tmp_path):
    paths = [SHARED / p for p in GLUED]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    ingest([str(p) for p in paths], str(tmp_path / "a.db"))
    conn = sqlite3.connect(tmp_path / "a.db")
    aliases = dict(conn.execute("select alias, p.name from person_aliases a join people p on p.id = a.person_id"))
    assert aliases["Gina Preston"] == "Gina Preston" and aliases["Cllrs Alam"] == "Alam"
    assert aliases["Catherine Chisholm"] == "Catherine Chisholm" and aliases["CC Kenny Combe"] == "Kenny Combe"
    assert not [a for a in aliases if "Preston Cllrs" in a or "Chisholm CC" in a]
