"""A paper read as minutes records its meeting even when the words by its date speak of the agenda
('The City Council took the following action on items listed in the attached meeting agenda
summary', Des Moines' 2005 meeting report): it was taken for a notice convening the meeting, so
all 34 of its decisions were stored as reported, none as the council's own. Agendas of two bodies
still convene theirs. Skipped without ../shared."""

import pytest

from minutebook.ingest.pipeline import parse_file

from .conftest import REAL, SHARED

WILD = SHARED / "wild"


def _roles(path):
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is not beside a fresh clone)")
    return [m["role"] for m in parse_file(str(path), "x", extract=False)["meetings"]]


def test_a_meeting_report_records_the_meeting_it_reports():
    assert _roles(WILD / "dsm_2005-05-09_meeting_minutes.pdf")[0] == "records"


@pytest.mark.parametrize("path", [
    WILD / "dsm_2021-05-10_agenda.pdf",
    REAL / "kcc_Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf",
])
def test_an_agenda_still_convenes_its_meeting(path):
    assert _roles(path)[0] == "convenes"


def test_the_reports_decisions_are_the_councils_own():
    path = WILD / "dsm_2005-05-09_meeting_minutes.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild")
    decisions = parse_file(str(path), "x")["facts"]["decisions"]
    votes = [d for d in decisions if "Motion Carried" in d["text"]]
    assert votes and all(d["source"] == "meeting" for d in votes)
