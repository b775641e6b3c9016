"""A list of owners' codes that a label or a verb runs into keeps its first codes: 'Health prevention GM, HM, AG, CD
and DBP to support services work' (NoT LPC) is the work of all five, not of the four after the first comma, and
'Training Committee approved AG and CD to attend training' of both (issue 7: joint owners). A code that ends a phrase
('the update from GM, HM will contact ...') is no owner. On text, a generated paper (real SQLite) and the real minutes
(../shared/real; skipped when it is not beside the project)."""

import sqlite_utils

from minutebook.extract.actions import _clause_owners
from minutebook.extract.people import Person
from minutebook.extract.registry import Registry

from .conftest import REAL, run_cli
from .wild_papers import ingested

PEOPLE = [("Geraint Morris", "GM"), ("Hugh McKendrick", "HM"), ("Ann Gunning", "AG"), ("Chris Dodd", "CD")]

PAPER = """<html><body>
<h1>Minutes of the Riverside Pharmacy Committee meeting held on Wednesday 2 May 2018 at 6.30pm</h1>
<p>Present: Geraint Morris (GM), Hugh McKendrick (HM), Ann Gunning (AG) and Chris Dodd (CD).</p>
<h2>1. Workstreams</h2>
<p>Health prevention GM, HM and AG to support services work.</p>
<p>Following the update from CD, HM will contact the practice managers.</p>
</body></html>
"""


def _registry():
    registry = Registry()
    for name, code in PEOPLE:
        registry.add(Person(name, initials=code))
    return registry


def test_the_first_codes_of_a_run_in_list_are_owners_too():
    registry = _registry()
    assert [n for n, _ in _clause_owners("Health prevention GM, HM, AG and CD to support services work.", registry)] \
        == ["Geraint Morris", "Hugh McKendrick", "Ann Gunning", "Chris Dodd"]
    assert [n for n, _ in _clause_owners("Training Committee approved AG and CD to attend training.", registry)] \
        == ["Ann Gunning", "Chris Dodd"]
    # the code ends a phrase: only the clause's own subject owns the task
    assert _clause_owners("Following the update from GM, HM will contact the practice.", registry) \
        == [("Hugh McKendrick", "person")]


def test_on_a_generated_paper(tmp_path):
    paper = tmp_path / "papers" / "riverside-2018-05.html"
    paper.parent.mkdir()
    paper.write_text(PAPER)
    db_path = tmp_path / "archive.db"
    run_cli("ingest", paper.parent, "--db", db_path, "--silent", check=True)
    db = sqlite_utils.Database(db_path)
    owners = {r["description"].split()[0]: r["owners"] for r in db.query("select description, owners from actions")}
    assert owners["Health"] == "Geraint Morris; Hugh McKendrick; Ann Gunning"
    assert owners["Following"] == "Hugh McKendrick"


def test_on_the_real_minutes(tmp_path_factory):
    db = ingested(tmp_path_factory, [REAL / "notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf"], "codes_run_into")
    names = {r["name"] for r in db.query(
        "select o.name from action_owners o join actions a on a.id = o.action_id "
        "where a.description like 'Health prevention GM, HM, AG, CD and DBP%'")}
    assert names == {"Geraint Morris", "Hugh McKendrick", "Ann Gunning", "Chris Dodd", "Debbie Baird-Palmer"}
