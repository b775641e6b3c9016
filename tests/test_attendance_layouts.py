"""Attendance written without the usual 'Present:' colon list, as minutes of several bodies in
../shared/wild print it: a label in capitals or with a dash ('PRESENT Cllr R Crisp, ... ALSO
Cllr M Storey', 'Present– Cllr David Llewellyn - Chairman, ...'), and a grid of names with the
initials the minutes use ('PRESENT Rob Boyd (Chair) RB Norman Robertson NR')."""

import pytest

from minutebook.extract.people import attendance_from_block
from minutebook.ingest.document import Block


def listed(text):
    return [(e.name, e.status) for e in attendance_from_block(Block("paragraph", text, 1), 0)]


def test_a_label_in_capitals_without_a_colon():  # Northwold Parish Council
    assert listed("PRESENT Cllr R Crisp, Cllr M Peake, Cllr I Quinn, Mrs N Cooper (Clerk) ALSO Cllr M Storey (NCC) "
                  "2 members of the public") == [("R Crisp", "present"), ("M Peake", "present"), ("I Quinn", "present"),
                                                 ("N Cooper", "present"), ("M Storey", "in_attendance")]


def test_a_label_that_follows_the_list_never_opens_one():
    """'ALSO', 'APOLOGIES', 'ABSENT' in capitals start the lists after those present (the one label pattern reads
    them opening a block and further on in its run): opening a block, they name no one present."""
    assert listed("APOLOGIES Cllr A Smith, Cllr B Jones, Cllr C Brown") == []
    assert listed("ALSO Cllr M Storey (NCC), Cllr A Smith") == []


def test_a_label_with_a_dash():  # Wretton Parish Council
    assert listed("Present– Cllr David Llewellyn - Chairman, Cllr Mick Peake, Cllr L Beatty.") == [
        ("David Llewellyn", "present"), ("Mick Peake", "present"), ("L Beatty", "present")]


def test_a_grid_of_names_with_their_initials():  # Ayton Community Council
    assert listed("PRESENT Rob Boyd (Chair) RB Norman Robertson NR") == [("Rob Boyd", "present"),
                                                                       ("Norman Robertson", "present")]


@pytest.mark.parametrize("text", [
    "Present members of the public raised concerns about parking on the High Street.",
    "PRESENT SITUATION The road remains closed while the bridge is repaired.",
    "Present – the Clerk's report on the budget and the precept.",
])
def test_prose_that_opens_with_the_word_is_no_list(text):
    assert listed(text) == []
