"""A list of attendees read to its last name (issue 7): the last piece of a list carries what
follows it in the paper (a sentence, the next item's number, a heading in capitals glued on),
and a post printed after one name runs into the next name. Guards on text, and real papers of
four bodies (../shared/wild; skipped when it is not beside the project)."""

import pytest

from minutebook.extract.people import _entries
from minutebook.ingest.document import Block

from .wild_papers import wild_attendance



def _names(body):
    return [e.name for e in _entries(body, "present", Block("paragraph", body, 1), 0)]


def test_the_last_name_keeps_nothing_of_what_follows_the_list():
    assert _names("Mr M Roberts, Mr F Eglington. 6 members of the public") == ["M Roberts", "F Eglington"]
    assert _names("County Councillor Martin Storey 1") == ["Martin Storey"]
    assert _names("Cllr M Storey (NCC) There were 0 members of the public.") == ["M Storey"]
    assert _names("Mr M Wagner (Chief Analyst) and Mr D Whittle (Director of Strategy, Policy and Corporate "
                  "Assurance) UNRESTRICTED ITEMS")[:2] == ["M Wagner", "D Whittle"]
    assert _names("Lorraine Hunt (LH) and Claire Williams (CW). Locum Clerk: Helen Richardson Ten members of the "
                  "public were in attendance.") == ["Lorraine Hunt", "Claire Williams"]
    # a title's full stop is no sentence's end
    assert _names("Cllr. R. Crisp, Mrs. V Lynch") == ["R. Crisp", "V Lynch"]


def test_a_post_after_a_name_runs_into_the_next_name_with_its_initials():
    assert _names("Peter Starling (PS) - Chairman Pam Bullas (PB) David Bullas (DB) Nick Cann (NC) - Secretary "
                  "Mary Darton (MD)") == ["Peter Starling", "Pam Bullas", "David Bullas", "Nick Cann", "Mary Darton"]
    # the initials must fit the name, and a title belongs to the name after it
    assert _names("Mary Ann Darton (MAD)") == ["Mary Ann Darton"]
    names = _names("Cllr Gail Koopowitz GK Vice Chair Cllr Brian Bruce BB Cllr Nikki Loake (NL)")
    assert "Nikki Loake" in names and not any(n.endswith("Cllr") for n in names), names


def _attendance(name):
    return {a["name"] for a in wild_attendance(name) if a["status"] in ("present", "in_attendance")}


@pytest.mark.parametrize("name, last", [
    ("kcc_Minutes of the meeting held on 9th January 2025.pdf", "Whittle"),   # 'UNRESTRICTED ITEMS' glued on
    ("sf_northwold-pc-minutes-2011-03_index.html", "F Eglington"),             # '. 6 members of the public'
    ("sf_northwold-pc-minutes-2018-05-annual_index.html", "M Storey"),         # '(NCC) There were 0 members'
    ("sf_wretton-pc-minutes-2020-05-virtual_index.html", "Martin Storey"),     # '... Storey 1. Apologies'
    ("sf_west-dereham-rbl-agm-minutes-2018-09_index.html", "Claire Williams"),  # '- Vice Chairman Claire Williams (CW)'
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "Claire Williams"),      # '(CW). Clerk: Sarah Thorpe 9 members'
])
def test_real_lists_are_read_to_their_last_name(name, last):
    found = _attendance(name)
    assert any(n.endswith(last) for n in found), found
