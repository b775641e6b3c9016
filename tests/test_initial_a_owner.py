"""An owner written with the initial 'A' ("Mr A Jenkinson", "Cllr A Box") is a person, not the
article 'a': such an owner's actions were dropped as implausible."""

import pytest

from minutebook.extract import actions as act

from .conftest import SHARED
from .test_people_and_actions import registry_from

# the Present lines as two bodies print them: Northwold PC and Kent County Council
NORTHWOLD = registry_from("Present: Mrs R Crisp-Chair, Mrs S Jackson, Mr A Jenkinson, Mrs S Leet, Mr A Collins, Mrs A Muir")
KENT = registry_from("PRESENT: Mr N Baker, Mr M Baldock, Mr A Booth, Mr A Brady, Mr D L Brazier")


@pytest.mark.parametrize("registry,sentence,owner", [
    (NORTHWOLD, "Mr Jenkinson to look at old plans, the District Council have plans for the area.", "A Jenkinson"),
    (KENT, "Mr Booth will write to the Cabinet Member about the consultation.", "A Booth"),
])
def test_an_owner_with_the_initial_a_owns_the_action(registry, sentence, owner):
    facts = act.implicit(sentence, registry, 1, 0)
    assert facts and [name for name, _ in facts[0].owners] == [owner]


def test_the_article_is_still_no_owner():
    facts = act.implicit("A Report to be brought to the next meeting.", NORTHWOLD, 1, 0)
    assert all(owner != "A Report" for f in facts for owner, _ in f.owners)


PAPER = SHARED / "wild" / "sf_northwold-pc-minutes-2013-06_index.html"


@pytest.mark.skipif(not PAPER.exists(), reason="needs ../shared/wild (not in a fresh clone)")
def test_the_paper_keeps_both_actions_of_its_a_initialled_members():
    from minutebook.ingest.pipeline import parse_file
    texts = [a["text"] for a in parse_file(str(PAPER), "x")["facts"]["actions"]]
    assert any(t.startswith("Mr Jenkinson to look at old plans") for t in texts)
    assert any(t.startswith("The clerk was asked to write a letter") for t in texts)
