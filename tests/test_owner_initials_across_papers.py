"""Initials as an action's owner that its own paper cannot resolve ('HD to draft letter re St
Josephs'; 'ACTION: ST' in minutes whose list does not name him) are the person the body's other
papers list with those initials nearest in time (ingest/store_initials.py). Real papers of two
bodies, and the rule's limits on plain rows: nearest meeting wins, two people at the same
distance or an acronym spelt out as no person stay unresolved, and nobody listed a term away."""

from minutebook.ingest.store_initials import BodyInitials

from .conftest import SHARED
from .wild_papers import ingested

WILD = SHARED / "wild"


def _owners(db, start: str) -> list[tuple[str, str]]:
    return [tuple(r) for r in db.execute(
        "select ao.name, ao.kind from action_owners ao join actions a on a.id = ao.action_id "
        "where a.description like ?", [start + "%"])]


def test_souldern_initials_are_the_councillor_its_earlier_minutes_list(tmp_path_factory):
    # the 2025 minutes list nobody as HD; the 2022 and 2023 minutes list Heidi Dennison
    papers = [WILD / f"sd_{d} SPC minutes.pdf" for d in ("2022-11-03", "2023-06-29", "2025-10-30")]
    db = ingested(tmp_path_factory, papers, "souldern_initials")
    assert _owners(db, "HD to draft letter") == [("Heidi Dennison", "person")]


def test_suffolk_action_column_initials_are_the_officer_an_earlier_board_lists(tmp_path_factory):
    # the August 2013 board lists no ST; its May meeting has Stephen Taylor in attendance
    papers = [WILD / f"sl_board-meeting-minutes-2013-{d}.pdf" for d in ("05-29", "08-21")]
    db = ingested(tmp_path_factory, papers, "suffolk_initials")
    owners = [r[0] for r in db.execute(
        "select ao.name from action_owners ao join actions a on a.id = ao.action_id join documents d "
        "on d.id = a.document_id where d.path like '%2013-08-21%'")]
    assert "Stephen Taylor" in owners and "ST" not in owners, owners


def test_the_nearest_listing_decides_and_a_tie_or_an_acronym_stays_unresolved():
    listed = [("Heidi Dennison", "2022-11-03"), ("Hugh Davies", "2019-01-10"), ("Mary Hall", "2020-05-01"),
              ("Mark Hill", "2020-05-01"), ("Nick Oakhill", "2013-09-19")]
    spelt_out = [("PC", "Parish Council", False, "2020-05-01"), ("PW", "Paul Wilson", True, "2020-05-01")]
    people = BodyInitials(listed, spelt_out)
    assert people.person("HD", "2025-10-30") == "Heidi Dennison"
    assert people.person("H.D.", "2019-02-01") == "Hugh Davies"  # nearer in time than Heidi
    assert people.person("MH", "2020-06-01") is None  # two people listed at one meeting
    assert people.person("PC", "2020-06-01") is None  # the body's papers spell it out as no person
    assert people.person("PW", "2020-06-01") == "Paul Wilson"  # spelt out as a person
    assert people.person("NO", "2025-10-30") is None  # listed more than a term before
    assert people.person("Clerk", "2020-06-01") is None and people.person("HD", None) is None
