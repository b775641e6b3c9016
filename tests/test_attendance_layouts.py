"""Attendance written without the usual 'Present:' colon list, as minutes of several bodies in
../shared/wild print it: a label in capitals or with a dash ('PRESENT Cllr R Crisp, ... ALSO
Cllr M Storey', 'Present– Cllr David Llewellyn - Chairman, ...'), a grid of names with the
initials the minutes use ('PRESENT Rob Boyd (Chair) RB Norman Robertson NR'), and a label line
over a table with no header ('Attendees:' then 'Mark Wardle (MW) (Chair) | - | Cardiff and Vale UHB')."""

import pytest

from minutebook.extract.people import attendance_from_block, attendance_from_table
from minutebook.extract.run import extract_document
from minutebook.ingest.document import TABLE, Block
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED


def listed(text):
    return [(e.name, e.status) for e in attendance_from_block(Block("paragraph", text, 1), 0)]


def test_a_label_in_capitals_without_a_colon():  # Northwold Parish Council
    assert listed("PRESENT Cllr R Crisp, Cllr M Peake, Cllr I Quinn, Mrs N Cooper (Clerk) ALSO Cllr M Storey (NCC) "
                  "2 members of the public") == [("R Crisp", "present"), ("M Peake", "present"), ("I Quinn", "present"),
                                                 ("N Cooper", "present"), ("M Storey", "in_attendance")]


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


def test_a_label_line_names_the_headerless_table_under_it():
    table = Block(TABLE, "", 1, rows=[["Ann Wrightson (AW)", "-", "Aneurin Bevan UHB"], ["Lee Coates (LC)", "-", "Cardiff City Council"],
                                      ["Tom Crick (TC)", "-", "Swansea University"]])
    found = attendance_from_table(table, 0, "apologies")
    assert [(e.name, e.status, e.person.organisation) for e in found] == [
        ("Ann Wrightson", "apologies", "Aneurin Bevan UHB"), ("Lee Coates", "apologies", "Cardiff City Council"),
        ("Tom Crick", "apologies", "Swansea University")]
    figures = Block(TABLE, "", 1, rows=[["Precept", "£17,403"], ["Grant", "£1,800"], ["Reserves", "£31,915"]])
    assert attendance_from_table(figures, 0, "present") == []


def test_wild_minutes_read_end_to_end():
    path = SHARED / "wild" / "wtsb_2019-03-28_minutes.md"
    if not path.exists():
        pytest.skip(f"{path} is not beside the project (a fresh clone)")
    doc = read_document(str(path))
    rows = extract_document(doc, find_structure(doc))["attendance"]
    present = [a["name"] for a in rows if a["status"] == "present"]
    apologies = [a["name"] for a in rows if a["status"] == "apologies"]
    assert "Mark Wardle" in present and "Cheryl Way" in present and len(present) >= 6
    assert "Ann Wrightson" in apologies and "Tom Crick" in apologies
    assert not set(present) & set(apologies)
