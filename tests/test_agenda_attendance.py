"""An agenda names who is to be called, not who came: Baldwin Park's 'ROLL CALL: Council Members:
Alejandra Avila, Monica Garcia, …' was stored as three members present at a meeting the paper only
convenes, and a Kent County Council agenda supplement's report ('chaired by …') put its chairman in
attendance. The minutes of an earlier meeting inside an agenda pack keep their attendance (the
bundled pack's). Skipped without ../shared where it reads wild papers."""

import pytest

from minutebook.ingest.pipeline import parse_file

from .conftest import CORPUS, SHARED

WILD = SHARED / "wild"


def _attendance_by_role(path):
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is not beside a fresh clone)")
    record = parse_file(str(path), "x")
    roles = [m["role"] for m in record["meetings"]]
    out = {}
    for a in record["facts"]["attendance"]:
        out.setdefault(roles[a["meeting"]], []).append(a["name"])
    return roles, out


@pytest.mark.parametrize("name", [
    "ca_baldwinpark_agenda_1.pdf",
    "kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf",
])
def test_an_agenda_stores_no_attendance_for_the_meeting_it_convenes(name):
    roles, attendance = _attendance_by_role(WILD / name)
    assert roles[0] == "convenes"
    assert "convenes" not in attendance


def test_the_minutes_inside_an_agenda_pack_keep_their_attendance():
    roles, attendance = _attendance_by_role(CORPUS / "001_de1ae569ecce4883.pdf")
    assert roles == ["convenes", "records"]
    assert len(attendance.get("records", [])) >= 30 and "convenes" not in attendance
