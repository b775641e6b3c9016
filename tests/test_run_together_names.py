"""Names printed one to a line and read as one run ('Greg Burns John Foster Ruby Kelly Robert
Preston ...', Govan Community Council's Markdown minutes) are the people the paper names, not a
person 'Kelly Robert Preston'; a three-word name whose last two words are also a name the paper
gives ('Robert Allen Fisk' and 'Commissioner Allen Fisk', East Palo Alto's planning commission)
stays one person."""

import sqlite3

import pytest

from minutebook.extract.people_facts import run_together
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

GOVAN = SHARED / "wild" / "govan_2025-10-06-agm-and-general-meeting-october-2025.md"
EAST_PALO_ALTO = SHARED / "real" / "bln_eastpaloalto_ca_minutes_2020-01-27.pdf"


def test_a_run_of_names_reads_as_the_names_the_paper_gives():
    known = ["Greg Burns", "John Foster", "Ruby Kelly", "Robert Preston", "Allen Fisk"]
    assert run_together("Kelly Robert Preston", known) == ["Robert Preston"]
    assert run_together("Greg Burns John Foster Ruby Kelly", known) == ["Greg Burns", "John Foster", "Ruby Kelly"]
    assert run_together("Robert Allen Fisk", known) is None  # 'Robert' ends no name the paper gives
    assert run_together("Mary Ann Kelly", known) is None


def test_real_papers_of_two_bodies(tmp_path):
    if not (GOVAN.exists() and EAST_PALO_ALTO.exists()):
        pytest.skip("../shared/wild and ../shared/real are not beside the project (a fresh clone)")
    db = tmp_path / "a.db"
    ingest([str(GOVAN), str(EAST_PALO_ALTO)], str(db))
    people = {r[0] for r in sqlite3.connect(db).execute("select name from people")}
    assert "Kelly Robert Preston" not in people
    assert {"Robert Preston", "Ruby Kelly", "Georgina Preston"} <= people
    assert "Robert Allen Fisk" in people


def test_a_payee_is_a_person_when_the_cell_is_person_shaped(tmp_path):
    """Stoke Ferry's bills pay 'Mr Sparkle' (a trader) and 'Mr A Stannard' (a handyman); Northwold's pay
    its clerk 'Mrs V Bright'."""
    papers = [SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2017-08_index.html",
              SHARED / "wild" / "sf_northwold-pc-minutes-2015-01_index.html"]
    if not all(p.exists() for p in papers):
        pytest.skip("../shared/wild is not beside the project (a fresh clone)")
    db = tmp_path / "p.db"
    ingest([str(p) for p in papers], str(db))
    conn = sqlite3.connect(db)
    assert "Sparkle" not in {r[0] for r in conn.execute("select name from people")}
    assert conn.execute("select p.name from people p join person_aliases a on a.person_id = p.id "
                        "where a.alias = 'Mrs V Bright'").fetchone() == ("Vicky Bright",)
