"""Two people of one paper who share a surname are told apart by what the paper says beside the short form:
a role ('Moss' listed as Chair, 'Chair Ramirez' in a roll call) is the namesake the paper gives that role, and
a member's title ('Cllr Leet') is the namesake the attendance lists as present, never an officer of the body.
Where the mention fits both (two councillors Gillett present) it stays as printed. A built paper, read into a
real database and shown on the action's page; real minutes of Norwalk's housing authority and Northwold parish
council (skipped without ../shared)."""

from __future__ import annotations

import html

import pytest
import sqlite_utils

from minutebook.extract.registry import Person, Registry
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .built_minutes import action_page, built_archive, owned_actions, public_site
from .conftest import SHARED

WILD = SHARED / "wild"

BUILT = (
    "# Minutes of Ashby Parva Parish Council\n\nMeeting held on 14th March 2023\n\n"
    "Present: Cllr Moss (Chair), Cllr Sue Leet, Cllr Tom Lund, Anne Hale (Clerk)\n\n"
    "In attendance: David Moss (Highways Officer)\n\n"
    "## 5. Cemetery\n\n"
    "It was agreed that the Clerk request a quote for removal of the soil from Matthew Leet.\n\n"
    "Cllr Leet agreed to contact the Highways team about the verge.\n\n"
    "## 6. Village hall\n\n"
    "The Chair will write to the hall committee about the lease.\n\n"
    "Ravi Moss, Chair\n"
)


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return built_archive(tmp_path_factory, BUILT)


def test_the_chair_is_the_namesake_who_chairs_and_a_councillor_the_one_present(built_db):
    found = owned_actions(sqlite_utils.Database(built_db))
    assert found["The Chair will write to the hall committee about the lease."] == "Ravi Moss"
    assert found["Cllr Leet agreed to contact the Highways team about the verge."] == "Sue Leet"
    db = sqlite_utils.Database(built_db)
    listed = {r["name"]: r["status"] for r in db.query(
        "select p.name, a.status from attendance a join people p on p.id = a.person_id")}
    assert listed["Ravi Moss"] == "present" and "Moss" not in listed


def test_the_action_page_shows_the_namesake_meant(built_db):
    ds, client = public_site(built_db)
    page = html.unescape(action_page(built_db, client, "The Chair will write to the hall committee%").text)
    assert "Ravi Moss" in page and "David Moss" not in page


def _registry(*people: Person, present: tuple[str, ...] = ()) -> Registry:
    registry = Registry()
    for p in people:
        registry.add(p)
    registry.present.update(present)
    return registry


def test_a_mention_that_fits_two_namesakes_stays_as_printed():
    # two councillors of one surname, both present: neither is meant more than the other
    both = _registry(Person("George Gillett", title="Cllr"), Person("Stephen Gillett", title="Cllr"),
                     present=("george gillett", "stephen gillett"))
    assert both.resolve("Cllr Gillett") == "Gillett"
    # 'Mr' is anyone's title: it says nothing of membership (Mr Nick Thomas the tree surgeon, Cllr Andrew Thomas)
    mixed = _registry(Person("Andrew Thomas", title="Cllr"), Person("Nick Thomas", title="Mr"), present=("andrew thomas",))
    assert mixed.resolve("Mr Thomas") == "Thomas"
    assert mixed.resolve("Cllr Thomas") == "Andrew Thomas"
    # a councillor's title never names the body's clerk, present or not
    clerk = _registry(Person("Jane Taylor", role="clerk"), Person("Eve Taylor", title="Cllr"),
                      present=("jane taylor", "eve taylor"))
    assert clerk.resolve("Cllr Taylor") == "Eve Taylor"
    # a role no namesake holds decides nothing
    assert both.resolve("Gillett", role="chair") == "Gillett"


def _paper(name: str) -> dict:
    path = WILD / name
    if not path.exists():
        pytest.skip("../shared/wild is not beside the project")
    doc = read_document(str(path))
    return extract_document(doc, find_structure(doc))


def test_norwalk_chair_ramirez_is_the_chair_not_the_director():
    """'Chair Ramirez' of the roll call is the Rick Ramirez who signs as Chair, not John P. Ramirez, Director of
    Community Development, whose staff report the same agenda carries."""
    facts = _paper("ca_norwalk_agenda_1.pdf")
    chair = [a for a in facts["attendance"] if a.get("role") == "chair"]
    assert [a["name"] for a in chair] == ["Rick Ramirez"]
    assert facts["registry"]["posts"]["chair"] == "Rick Ramirez"
    titled = {m["name"] for m in facts["mentions"] if m.get("alias") == "Chair Ramirez"}
    assert titled == {"Rick Ramirez"}


def test_northwold_cllr_leet_is_the_councillor_not_the_contractor():
    """Northwold's January 2015 minutes list Cllr. Sue Leet present and ask the Clerk for a quote from Matthew Leet:
    'Cllr. Leet advised ...' is Sue Leet; 'Cllr Gillett' of its 2016 minutes, with G and S Gillett present, stays."""
    facts = _paper("sf_northwold-pc-minutes-2015-01_index.html")
    assert {m["name"] for m in facts["mentions"] if (m.get("alias") or "").startswith("Cllr") and "Leet" in m["alias"]} \
        == {"Sue Leet"}
    later = _paper("sf_northwold-pc-minutes-2016-09_index.html")
    assert {m["name"] for m in later["mentions"] if m.get("alias") == "Cllr Gillett"} <= {"Gillett"}


def test_a_members_surname_misprinted_by_one_letter_is_the_member_present():
    """'... website designers. Cllr. O. William' (Manordeilo and Salem, June 2020): Cllr Owen Williams, present."""
    registry = _registry(Person("Owen Williams", title="Cllr"), Person("William Loynton", title="Cllr"),
                         present=("owen williams", "william loynton"))
    assert registry.resolve("Cllr. O. William") == "Owen Williams"
    # only a member's title, only one edit, only a member present, only an initial that fits
    assert registry.resolve("Mr O. William") == "O. William"
    assert registry.resolve("Cllr. O. Willis") == "O. Willis"
    assert registry.resolve("Cllr. P. William") == "P. William"
    away = _registry(Person("Owen Williams", title="Cllr"))
    assert away.resolve("Cllr. O. William") == "O. William"
    # two members one letter away: neither
    two = _registry(Person("Owen Williams"), Person("Olwen Willian"), present=("owen williams", "olwen willian"))
    assert two.resolve("Cllr. O. William") == "O. William"
    # a surname of the paper as printed is that person, not a near one
    exact = _registry(Person("Owen Williams"), Person("Oliver William"), present=("owen williams", "oliver william"))
    assert exact.resolve("Cllr. O. William") == "Oliver William"


def test_manordeilo_website_designers_is_owen_williams():
    facts = _paper("mscc_minutes_20-06-10.php")
    owners = [[o["name"] for o in a["owners"]] for a in facts["actions"]
              if "website designers" in (a.get("description") or "")]
    assert owners and all(o == ["Owen Williams"] for o in owners)
