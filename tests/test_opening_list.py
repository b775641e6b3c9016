"""The list of those present opens a meeting (issue 7): a list found further on (a 'PRESENT:' of
visitors to an open session held after the first items, Stoke Ferry; two names of a list printed
beside the items, Ayton) does not stop the reading of the meeting's opening lines. Real papers of
two bodies (../shared/wild; skipped when it is not beside the project)."""

import pytest

from .wild_papers import wild_attendance



def _attendance(name):
    return {a["name"]: a["status"] for a in wild_attendance(name)}


# the Parish Clerk listed among the members is in attendance, not a member present (SCHEMA.md, e769188)
@pytest.mark.parametrize("name, present, away, attending", [
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html",
     ["Sue Lintern", "Trudi Mann", "Shirley Cordner", "Janet Taylor", "Daphne Clements", "Mandy Leaman"],
     [], ["Helen Richardson"]),
    ("ayton_2012-05-01.pdf", ["Rob Weatherston", "Paul Wilson", "Dick Noble", "Rob Boyd", "Graham Dolan", "Kenny Combe",
                              "Raymond Allan", "Paul Priestman"], ["Norman Robertson", "Ian Logan", "John Slater"], []),
])
def test_the_opening_list_is_read_whatever_list_comes_later(name, present, away, attending):
    found = _attendance(name)
    for who in present:
        assert found.get(who) == "present", (who, found)
    for who in away:
        assert found.get(who) == "apologies", (who, found)
    for who in attending:
        assert found.get(who) == "in_attendance", (who, found)
