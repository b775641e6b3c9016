"""Names resolved to one person across years, and never across authorities: real papers of Kent
County Council (its County Council, Cabinet and Corporate Parenting Panel), Stoke Ferry Parish
Council, Des Moines City Council and the Suffolk Libraries board, ingested into one archive.

The two wrong merges an independent reader found: Des Moines councillor "Daniels" (named by
surname) with Stoke Ferry's enforcement officer "Jack Daniels"; Kent's councillor "Mr Hills"
(Mr A R Hills in the same minutes) with the designated nurse "Roxanne Hills" of Kent's panel."""

import shutil
import sqlite3

import pytest
import sqlite_utils

from minutebook.ingest.merge_people import resolve_archive
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

PAPERS = [
    "wild/dsm_1996-01-02_meeting_minutes.pdf",  # Des Moines: 'Daniels'
    "wild/sf_stoke-ferry-pc-minutes-2009-01_index.html",  # Stoke Ferry: 'Jack Daniels'
    "wild/kcc_19 December 2024 - County Council minutes.pdf",  # Kent: 'Mr A R Hills', 'Mr Hills'
    "wild/kcc_CPP Minutes 10.12.24.pdf",  # Kent's panel: 'Roxanne Hills'; names no authority
    "real/kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf",
    "real/sl_board-meeting-minutes-2016-05-26.pdf",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    paths = [SHARED / p for p in PAPERS]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/wild and ../shared/real are not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("authority") / "a.db"
    ingest([str(p) for p in paths], str(db))
    return db


def _authority(conn, filename_part):
    return conn.execute("select authority_key, authority, authority_found_by from documents where filename like ?",
                        [f"%{filename_part}%"]).fetchone()


def _people_of(conn, name, filename_part):
    return {r[0] for r in conn.execute(
        """select m.person_id from mentions m join documents d on d.id = m.document_id
           where m.name = ? and d.filename like ?
           union select a.person_id from attendance a join documents d on d.id = a.document_id
           where a.name = ? and d.filename like ?""", [name, f"%{filename_part}%", name, f"%{filename_part}%"])}


def test_each_paper_has_the_authority_it_speaks_for(archive):
    conn = sqlite3.connect(archive)
    assert _authority(conn, "dsm_1996")[0] == "desmoines"
    assert _authority(conn, "stoke-ferry")[:2] == ("stokeferry", "Stoke Ferry Parish Council")
    assert _authority(conn, "19 December 2024")[:2] == ("kent", "Kent County Council")  # the letterhead over 'County Council'
    assert _authority(conn, "30th-Jan-2025")[0] == "kent"  # the Cabinet
    assert _authority(conn, "sl_board")[0] == "suffolklibraries"  # 'Suffolk Libraries IPS - Board'
    # the panel's minutes name no council: its members are the council's members
    assert _authority(conn, "CPP Minutes")[0] == "kent"
    assert _authority(conn, "CPP Minutes")[2] == "shared people"
    resolve_archive(sqlite_utils.Database(archive))  # the next ingest's merge finds the same
    assert _authority(conn, "CPP Minutes")[:3:2] == ("kent", "shared people")
    meetings = dict(conn.execute("select body, authority from meetings"))
    # the papers' bare 'Cabinet' and 'County Council' take the authority's name (tests/test_body_names.py)
    assert meetings["Corporate Parenting Panel"] == meetings["Kent County Council Cabinet"] == "Kent County Council"


def test_a_surname_never_joins_a_full_name_of_another_authority(archive):
    conn = sqlite3.connect(archive)
    daniels = _people_of(conn, "Daniels", "dsm_1996")
    jack = _people_of(conn, "Jack Daniels", "stoke-ferry")
    assert daniels and jack and not daniels & jack
    names = {r[0] for r in conn.execute("select name from people where id in (%s)" % ",".join("?" * len(daniels)),
                                        list(daniels))}
    assert names == {"Daniels"}


def test_a_surname_joins_the_person_its_own_paper_names(archive):
    conn = sqlite3.connect(archive)
    # 'Mr Hills' is resolved in its own paper to its one Mr of that surname ('Mr A R Hills')
    bare = {r[0] for r in conn.execute("select person_id from person_aliases where alias = 'Mr Hills'")}
    initials = _people_of(conn, "A R Hills", "19 December 2024")
    nurse = _people_of(conn, "Roxanne Hills", "CPP Minutes")
    assert bare and bare == initials
    assert nurse and not nurse & bare


def test_members_of_one_authority_are_one_person_across_its_committees(archive):
    """'Mr D Watkins' of the Cabinet is the 'Mr D Watkins' of the County Council; 'Sue Chandler'
    of the panel is the Cabinet's 'Mrs S Chandler'."""
    conn = sqlite3.connect(archive)
    cabinet = _people_of(conn, "D Watkins", "30th-Jan-2025")
    council = _people_of(conn, "D Watkins", "19 December 2024")
    assert cabinet and cabinet == council
    assert _people_of(conn, "Sue Chandler", "CPP Minutes") == _people_of(conn, "S Chandler", "30th-Jan-2025")


def test_an_archive_merged_wrongly_by_an_older_minutebook_is_split_by_the_upgrade(archive, tmp_path):
    """The older merge as it left the rows: every 'Daniels' row and spelling on Jack Daniels, the
    surname's own person gone, and no authority columns. Upgrading (the migration) and the next
    ingest's merge put Des Moines' Daniels back on a person of his own."""
    from minutebook.ingest.schema import MIGRATIONS

    old = tmp_path / "old.db"
    shutil.copy(archive, old)
    conn = sqlite3.connect(old)
    jack = _people_of(conn, "Jack Daniels", "stoke-ferry").pop()
    daniels = _people_of(conn, "Daniels", "dsm_1996")
    marks = ",".join("?" * len(daniels))
    for table in ("mentions", "attendance", "roles", "action_owners"):
        conn.execute(f"update [{table}] set person_id = ? where person_id in ({marks})", [jack, *daniels])
    conn.execute(f"update or ignore person_aliases set person_id = ? where person_id in ({marks})", [jack, *daniels])
    conn.execute(f"delete from person_aliases where person_id in ({marks})", list(daniels))
    conn.execute(f"delete from people where id in ({marks})", list(daniels))
    for index in ("idx_documents_authority_key",):
        conn.execute(f"drop index if exists [{index}]")
    for table, column in (("documents", "authority"), ("documents", "authority_key"),
                          ("documents", "authority_found_by"), ("meetings", "authority")):
        conn.execute(f"alter table [{table}] drop column [{column}]")
    conn.execute(f"pragma user_version = {[m.__name__ for m in MIGRATIONS].index('_v6')}")  # as before _v6
    conn.commit()
    assert _people_of(conn, "Daniels", "dsm_1996") == {jack}  # the wrong merge, as it was
    conn.close()

    paths = [str(SHARED / p) for p in PAPERS]
    ingest(paths, str(old))  # every paper unchanged: only the upgrade and the merge run
    conn = sqlite3.connect(old)
    assert _authority(conn, "dsm_1996")[0] == "desmoines"
    daniels = _people_of(conn, "Daniels", "dsm_1996")
    jacks = _people_of(conn, "Jack Daniels", "stoke-ferry")
    assert daniels and jacks and not daniels & jacks
    assert jack in daniels | jacks  # the id stays with the spelling most of its rows have
    aliases = dict(conn.execute("select alias, person_id from person_aliases where alias in ('Daniels', 'Jack Daniels')"))
    assert aliases["Jack Daniels"] in jacks and aliases["Daniels"] in daniels


def test_analysts_see_each_meetings_authority_in_datasette(archive):
    """The public copy served as analysts open it: meetings faceted by authority."""
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    ds = make_datasette(public_path(str(archive)), public=True, name="minutebook")
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    page = client.get("/minutebook/meetings?authority=Kent+County+Council")
    assert page.status == 200
    assert "Corporate Parenting Panel" in page.text and "Cabinet" in page.text
    import json

    rows = json.loads(client.get("/minutebook/meetings.json?authority=Kent+County+Council&_shape=array").text)
    assert {r["body"] for r in rows} == {"Kent County Council", "Corporate Parenting Panel", "Kent County Council Cabinet"}
    documents = client.get("/minutebook/documents?_facet=authority_found_by")
    assert documents.status == 200 and "shared people" in documents.text


def test_one_full_name_in_neighbouring_authorities_is_one_person(tmp_path):
    """Norfolk's county councillor Martin Storey and district councillor Colin Sampson report to
    Stoke Ferry and Wretton parish councils alike: papers of two authorities that name the same
    people are neighbours, and one full name there is one person. Kent's 'Sir Paul Carter' and
    the inspector 'Paul Carter' at Stoke Ferry share a name and nothing else: two people."""
    papers = [SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html",
              SHARED / "wild" / "sf_wretton-pc-minutes-2016-03_index.html",
              SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2018-02_index.html",
              SHARED / "real" / "kcc_Printed minutes 13th-Mar-2025 10.00 County Council.pdf"]
    if not all(p.exists() for p in papers):
        pytest.skip("../shared/wild and ../shared/real are not beside the project (a fresh clone)")
    db = tmp_path / "n.db"
    ingest([str(p) for p in papers], str(db))
    conn = sqlite3.connect(db)
    assert _authority(conn, "wretton")[0] == "wretton" and _authority(conn, "2019-04")[0] == "stokeferry"
    for name in ("Martin Storey", "Colin Sampson"):
        stoke, wretton = _people_of(conn, name, "stoke-ferry-pc-minutes-2019"), _people_of(conn, name, "wretton")
        assert stoke and stoke == wretton, name
    kent, stoke = _people_of(conn, "Paul Carter", "13th-Mar-2025"), _people_of(conn, "Paul Carter", "2018-02")
    assert kent and stoke and not kent & stoke
    # and each keeps the forms its own papers print: no 'Sir' for the inspector, no 'Inspector' for the knight
    aliases = {pid: {r[0] for r in conn.execute("select alias from person_aliases where person_id = ?", [pid])}
               for pid in kent | stoke}
    printed = {pid: " ".join(r[0] for r in conn.execute(
        "select p.text from passages p where p.document_id in (select document_id from mentions where person_id = ? "
        "union select document_id from attendance where person_id = ?)", [pid, pid])) for pid in kent | stoke}
    for pid, forms in aliases.items():
        assert all(form in printed[pid] for form in forms if form.endswith("Paul Carter") and form != "Paul Carter"), forms


def test_an_upgrade_gives_each_paper_the_authority_its_ingest_gave_it(archive, tmp_path):
    """give_authorities (the work the migration leaves) reads the stored pages in one pass and
    writes in batches: each paper must get its own pages and its own first meeting's body, as at ingest."""
    from minutebook.ingest import authority

    old = tmp_path / "old.db"
    shutil.copy(archive, old)
    db = sqlite_utils.Database(old)
    ingested = {r[0]: r[1:] for r in db.execute(
        "select id, authority, authority_key, authority_found_by from documents where status = 'ok'")}
    db.execute("update documents set authority = null, authority_key = null, authority_found_by = null")
    heard = []
    saved, authority.FILL_BATCH = authority.FILL_BATCH, 2  # several batches from six papers
    try:
        assert authority.give_authorities(db, on_progress=lambda done, total: heard.append((done, total))) == 6
    finally:
        authority.FILL_BATCH = saved
    filled = {r[0]: r[1:] for r in db.execute("select id, authority, authority_key, authority_found_by from documents")}
    # the people merge, after ingest, places the panel that names no council ('shared people')
    compared = {d: a for d, a in ingested.items() if a[2] != "shared people"}
    assert len(compared) == 5
    assert {d: filled[d] for d in compared} == compared
    assert heard == [(2, 6), (4, 6), (6, 6)]
