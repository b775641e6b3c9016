"""People are people, and one person is one record: real papers of Norfolk parish councils around
Stoke Ferry (which hear the same county councillor, highways officer and clerks), the North of
Tyne LPC, Manordeilo & Salem Community Council and Suffolk Libraries, ingested into one archive.

What an independent reader found wrong on the wild archive: surnames cut at their hyphen ('Debbie
Baird' of 'Debbie Baird-Palmer', 'S Lansdell' of 'Cllr Mrs S Lansdell-Williams'); the auditors
'Grant Thornton' stored as a person; 'Di Humphrey' read as a Detective Inspector; 'Andy Wallace'
of Norfolk's Highways split into three records; 'M Storey' joined to 'Martin Storey' only by a
second merge, and split again by a third; the possessive 'Cllr Storeys delegated fund'."""

import re
import sqlite3

import pytest
import sqlite_utils

from minutebook.extract.names import split_title
from minutebook.extract.nlp import load_pipeline, people_in
from minutebook.extract.personhood import PaperWords
from minutebook.ingest.merge_people import resolve_archive
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

NORFOLK = [
    "sf_stoke-ferry-pc-minutes-2009-01_index.html",  # 'Cllr Mrs S Lansdell-Williams'
    "sf_stoke-ferry-pc-minutes-2015-07_index.html",
    "sf_stoke-ferry-pc-minutes-2017-08_index.html",
    "sf_stoke-ferry-pc-minutes-2018-02_index.html",
    "sf_wereham-pc-minutes-2014-01_index.html",
    "sf_wereham-pc-minutes-2016-04-extraordinary_index.html",
    "sf_west-dereham-pc-minutes-2013-09_index.html",
    "sf_west-dereham-pc-minutes-2017-04_index.html",
    "sf_west-dereham-pc-minutes-2009-03_index.html",  # 'MP Chris Fraser', Stoke Ferry's 'Christopher Fraser MP'
    "sf_northwold-pc-minutes-2015-01_index.html",
    "sf_northwold-pc-minutes-2018-05-annual_index.html",
    "sf_northwold-pc-minutes-2019-04_index.html",  # 'County Councillor M Storey', 'Cllr Storeys delegated fund'
    "sf_boughton-pc-agenda-minutes-2012-08_index.html",
    "sf_boughton-pc-minutes-2014-10_index.html",
    "sf_wretton-pc-minutes-2016-03_index.html",
]
OTHERS = [
    "notlpc_NoT-LPC-Annual-Report-2018-19.pdf",  # 'Vice Chair Debbie Baird-Palmer'
    "mscc_16-09-14.pdf",  # 'The Auditors Grant Thornton had approved ...'
    "mscc_18-07-11.pdf",  # '... posted by special delivery to Grant Thornton'
    "sl_suffolk-libraries-agm-minutes-2013.pdf",  # 'Apologies for Absence ... Di Humphrey – Lowestoft'
    "sl_board-meeting-minutes-2014-07-31.pdf",  # '... send this information to the Auditors, Larking Gowen'
    "sl_board-meeting-minutes-2013-08-21.pdf",  # 'Invited | Nikki Sturmey (Clerk to the Board), Luke Morris (Larking Gowen)'
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    paths = [SHARED / "wild" / p for p in NORFOLK + OTHERS]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("identity") / "a.db"
    ingest([str(p) for p in paths], str(db))
    return db


def _people(conn, name, filename_part=""):
    return {r[0] for r in conn.execute(
        """select m.person_id from mentions m join documents d on d.id = m.document_id
           where m.name = ? and d.filename like ?
           union select a.person_id from attendance a join documents d on d.id = a.document_id
           where a.name = ? and d.filename like ?""", [name, f"%{filename_part}%", name, f"%{filename_part}%"])}


def test_no_name_stops_at_the_hyphen_of_its_surname(archive):
    """Every stored name, on every paper of three bodies: none is the first half of a hyphenated
    surname the same passage prints whole."""
    conn = sqlite3.connect(archive)
    cut = [(name, text[:120]) for name, text in conn.execute(
        "select m.name, p.text from mentions m join passages p on p.id = m.passage_id")
        if re.search(re.escape(name) + r"-[A-Z][a-z]", text)]
    assert not cut, cut
    assert _people(conn, "Debbie Baird-Palmer") and not _people(conn, "Debbie Baird")
    assert not _people(conn, "S Lansdell")
    assert _people(conn, "S Lansdell-Williams", "2009-01") == _people(conn, "Lansdell-Williams", "2009-01")


def test_a_firm_named_by_its_profession_is_no_person_in_any_paper(archive):
    conn = sqlite3.connect(archive)
    for firm in ("Grant Thornton", "Larking Gowen"):  # Manordeilo's auditors, Suffolk Libraries'
        assert not _people(conn, firm)
        assert not conn.execute("select 1 from people where name = ?", [firm]).fetchone()
    assert _people(conn, "Luke Morris")  # the firm's man stays


def test_a_firm_is_read_from_the_plural_of_its_profession_not_from_a_list_of_firms():
    words = PaperWords(["The Auditors Grant Thornton had approved the return.",
                        "Our solicitors, Birketts, had advised; the internal auditor John Brown reported.",
                        "Councillors John Smith and Mary Jones proposed the accounts."])
    assert words.why_not("Grant Thornton", False, False) and words.why_not("Birketts", False, False)
    assert words.why_not("John Brown", False, False) is None  # 'the auditor' is a person
    assert words.why_not("John Smith", False, False) is None  # a plural title is no profession


def test_a_title_printed_in_capitals_is_a_title_only_in_capitals(archive):
    assert split_title("Di Humphrey") == (None, "Di Humphrey")
    assert split_title("DI Humphrey") == ("DI", "Humphrey")
    assert split_title("PC Jones") == ("PC", "Jones") and split_title("Ds Patel") == (None, "Ds Patel")
    nlp = load_pipeline()
    assert [s.text for s in people_in(nlp("DI Smith reported. Di Humphrey said it was late."))] == [
        "DI Smith", "Di Humphrey"]
    conn = sqlite3.connect(archive)
    assert not _people(conn, "Humphrey", "agm-minutes-2013")


def test_one_officer_of_a_county_is_one_person_at_every_parish_he_serves(archive):
    """Norfolk's highways officer Andy Wallace writes to Stoke Ferry, Wereham, West Dereham,
    Northwold and Boughton; the parishes share him and their county councillor 'Martin Storey'
    ('M Storey' in Northwold's papers), their clerk Helen Richardson: neighbours, however many
    other names each parish prints."""
    conn = sqlite3.connect(archive)
    wallace = _people(conn, "Andy Wallace")
    assert len(wallace) == 1, wallace
    assert len({r[0] for r in conn.execute(
        "select d.authority_key from mentions m join documents d on d.id = m.document_id where m.person_id = ?",
        [next(iter(wallace))])}) >= 4
    storey = _people(conn, "Martin Storey")
    assert len(storey) == 1 and _people(conn, "M Storey", "northwold") == storey
    assert _people(conn, "Storeys", "northwold") <= storey
    assert len(_people(conn, "Helen Richardson")) == 1
    # and their MP, 'Chris' at one parish and 'Christopher' at the next
    fraser = _people(conn, "Christopher Fraser")
    assert len(fraser) == 1 and _people(conn, "Chris Fraser") == fraser


def test_the_people_merge_is_a_fixed_point(archive, tmp_path):
    """A second merge of the same rows changes nothing: no person moves, no alias moves."""
    import shutil

    copy = tmp_path / "again.db"
    shutil.copy(archive, copy)
    db = sqlite_utils.Database(copy)

    def state():
        return (sorted(db.execute("select 'a', id, person_id from attendance union all "
                                  "select 'm', id, person_id from mentions").fetchall()),
                sorted(db.execute("select person_id, alias from person_aliases").fetchall()),
                sorted(db.execute("select id, name from people").fetchall()))
    first = state()
    assert resolve_archive(db) == 0
    assert state() == first
    # an owner row stored pointing at the person of the owner's full name in another paper (as the
    # wild archive's Northwold actions of 'Martin Storey' were): one merge settles it, a second
    # changes nothing (the old merge joined on the first and split on the second)
    storey = db.execute("select person_id from mentions where name = 'Martin Storey' limit 1").fetchone()[0]
    owners = db.execute("""select o.rowid from action_owners o join actions a on a.id = o.action_id
                           join documents d on d.id = a.document_id where d.filename like '%northwold%'
                           and o.person_id is not null limit 2""").fetchall()
    assert owners
    with db.conn:
        db.execute(f"update action_owners set person_id = ? where rowid in ({','.join(str(r[0]) for r in owners)})",
                   [storey])
    resolve_archive(db)
    settled = state()
    assert resolve_archive(db) == 0 and state() == settled


def test_who_is_one_person_does_not_depend_on_the_ids_a_last_merge_left(archive, tmp_path):
    """The same rows under other person ids (as an archive merged by an older minutebook has them)
    are grouped into the same people: the grouping breaks its ties by what the names are."""
    import shutil

    copy = tmp_path / "renumbered.db"
    shutil.copy(archive, copy)
    db = sqlite_utils.Database(copy)

    def partition():
        groups = {}
        for key, pid in db.execute("select 'a' || id, person_id from attendance union all "
                                   "select 'm' || id, person_id from mentions"):
            groups.setdefault(pid, set()).add(key)
        return sorted(sorted(g) for g in groups.values())
    before = partition()
    top = db.execute("select max(id) from people").fetchone()[0] + 1
    with db.conn:
        for table in ("attendance", "mentions", "roles", "action_owners", "person_aliases"):
            db.execute(f"update [{table}] set person_id = {top} * 2 - person_id where person_id is not null")
        db.execute(f"update people set id = {top} * 2 - id")
    resolve_archive(db)
    assert partition() == before


def test_a_name_is_whole_where_a_line_cut_it(tmp_path):
    """pdfium marks a hyphen at a line's end with \\x02; one left inside a joined line made Kent's
    'Mr Crow\\x02Brown' a person of his own beside 'Mr D Crow-Brown'. A name a line cut after its
    middle initial ('Mayor Emmanuel J.' in Baldwin Park's roll call) is the paper's 'Emmanuel J.
    Estrada': a lone initial is no surname."""
    papers = [SHARED / "wild" / "kcc_19 December 2024 - County Council minutes.pdf",
              SHARED / "wild" / "kcc_9 January 2025 - County Council minutes.pdf",
              SHARED / "wild" / "ca_baldwinpark_agenda_1.pdf"]
    if not all(p.exists() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "cut.db"
    ingest([str(p) for p in papers], str(db))
    conn = sqlite3.connect(db)
    assert not conn.execute("select name from people where instr(name, char(2))").fetchall()
    assert not conn.execute("select alias from person_aliases where instr(alias, char(2))").fetchall()
    assert len(_people(conn, "Crow-Brown", "19 December") | _people(conn, "D Crow-Brown")) == 1
    names = {r[0] for r in conn.execute("select name from people where name like 'Emmanuel%'")}
    assert names == {"Emmanuel J. Estrada"}, names


def test_a_lone_initial_is_no_surname():
    from minutebook.extract.people import Person, Registry

    registry = Registry()
    registry.add(Person(name="Emmanuel J.", title="Mayor"))
    registry.add(Person(name="Emmanuel J. Estrada"))
    registry.add(Person(name="Alison Brown"))
    assert registry.resolve("Mayor Emmanuel J.") == "Emmanuel J. Estrada"
    assert registry.resolve("Alison B") == "Alison Brown"


def test_initials_several_people_fit_stay_apart_across_papers(tmp_path):
    """Manordeilo & Salem's papers name a clerk Jane Davies and councillors Jill, Jim and Joseph
    Davies: its 2015 'Mrs J. Davies, Clerk's Salary' and its 2017 'Cllr. J. Davies would make
    enquiries' were joined as one person for being the same short form left unresolved."""
    papers = [SHARED / "wild" / p for p in ("mscc_15-06-10.pdf", "mscc_17-10-11.pdf")]
    if not all(p.exists() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "davies.db"
    ingest([str(p) for p in papers], str(db))
    conn = sqlite3.connect(db)
    clerk = _people(conn, "J. Davies", "15-06-10")
    # (the 2017 councillor now resolves to Joseph Davies, the one J. Davies the attendance lists as present)
    councillor = _people(conn, "J. Davies", "17-10-11") | _people(conn, "Joseph Davies", "17-10-11")
    assert clerk and councillor and not clerk & councillor
    owners = {r[0] for r in conn.execute("select o.name from action_owners o join actions a on a.id = o.action_id "
                                         "where a.text like 'Cllr. J. Davies would make enquiries%'")}
    assert owners == {"Joseph Davies"}


def test_a_titled_surname_of_two_words_is_whole(tmp_path):
    """'Cherwell District Councillor Mike Kerford Byrne conveyed', 'Councillor M Kerford Byrne; Mrs
    J Martin' (Souldern) and 'thanks to Mr St John Foti, his housekeeper' (Stoke Ferry Residents'
    Association): a titled name's third capitalised word before a verb or a list's stop is its own."""
    papers = [SHARED / "wild" / p for p in ("sd_2012-05-09 Annual Parish Meeting minutes.pdf",
                                            "sf_stoke-ferry-residents-association-agm-minutes-2008-12_index.html")]
    if not all(p.exists() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "three.db"
    ingest([str(p) for p in papers], str(db))
    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("select name from people")}
    assert "Mike Kerford Byrne" in names and "St John Foti" in names
    assert not names & {"Mike Kerford", "M Kerford", "St John"}, names
    nlp = load_pipeline()
    found = [s.text for s in people_in(nlp(
        "Cllr Sue Lintern Chair Cllr Grant Tomkins. Cllr John Smith Thanked everyone. Mrs Newell Stoke Road."))]
    assert found[:3] == ["Cllr Sue Lintern", "Cllr Grant Tomkins", "Cllr John Smith"], found


def test_a_name_of_two_given_names_keeps_both(tmp_path):
    """'the WW1 veteran, John Henry Payne, in front' (Souldern), 'memorial received from H Brett and
    Son for Norman James Rolph' (Wereham): the patterns took the last two words. A list run together
    ('John Foster Ruby Kelly') still gives two people, not 'Foster Ruby Kelly'."""
    papers = [SHARED / "wild" / p for p in ("sd_2014-11-20 SPC minutes.pdf", "sf_wereham-pc-minutes-2012-07_index.html")]
    if not all(p.exists() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "given.db"
    ingest([str(p) for p in papers], str(db))
    names = {r[0] for r in sqlite3.connect(db).execute("select name from people")}
    assert {"John Henry Payne", "Norman James Rolph"} <= names and not names & {"Henry Payne", "James Rolph"}, names
    found = [s.text for s in people_in(load_pipeline()("Present: Greg Burns, John Foster Ruby Kelly representing Maslows."))]
    assert not any(name.startswith("Foster") for name in found), found
