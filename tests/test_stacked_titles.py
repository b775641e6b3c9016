"""A name after a run of titles is the words after them all: 'Prof Sir David King' (Kent County
Council's minutes) is David King, not a person 'David'; 'Borough Councillor Mr Trevor Manley' (West
Dereham Parish Council) is Trevor Manley, not 'Trevor'."""

import sqlite3

import pytest

from minutebook.extract.nlp import load_pipeline, people_in
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

PAPERS = [SHARED / "wild" / "kcc_19 December 2024 - County Council minutes.pdf",
          SHARED / "wild" / "sf_west-dereham-pc-minutes-2009-03_index.html"]


def test_the_name_follows_every_title():
    nlp = load_pipeline()
    found = [s.text for s in people_in(nlp("scientists, such as Prof Sir Partha Dasgupta and Prof Sir David King; "
                                           "NGOs. Apologies from Councillor Mr Trevor Manley. Cllr Worby agreed."))]
    assert found == ["Prof Sir Partha Dasgupta", "Prof Sir David King", "Councillor Mr Trevor Manley", "Cllr Worby"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    if not all(p.exists() for p in PAPERS):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path_factory.mktemp("titles") / "a.db"
    ingest([str(p) for p in PAPERS], str(db))
    return sqlite3.connect(db)


def test_real_papers_of_two_bodies(archive):
    people = {r[0] for r in archive.execute("select name from people")}
    assert {"David King", "Trevor Manley"} <= people
    assert not {"David", "Trevor"} & people


CLR = [SHARED / "wild" / "sd_2012-11-29 SPC minutes.pdf",  # 'Apologies: / Clr JJ Macnamara (CDC) / Clr Ray Jelf (OCC)'
       SHARED / "wild" / "govan_23NOVEMBERMINUTEGovanCC.docx"]  # 'Clr Richard Bell raised the following issues'


def test_clr_is_a_title(tmp_path):
    if not all(p.exists() for p in CLR):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "clr.db"
    ingest([str(p) for p in CLR], str(db))
    conn = sqlite3.connect(db)
    people = {r[0] for r in conn.execute("select name from people")}
    assert not any(n.startswith("Clr") for n in people)
    assert {"Ray Jelf", "Richard Bell"} <= people
    assert conn.execute("select status from attendance where name = 'Ray Jelf'").fetchone() == ("apologies",)
