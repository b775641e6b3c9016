"""A status an action log prints beside an action ('Completed') is the status the paper gives it (issue 11 point 2):
the raw words kept, the action completed in that paper. Souldern prints it in a log's Update column, as a table
('No | Action | Owner | Update', October 2024 agenda) or as OCR gives a scanned one ('05.19.08 CF to respond ... |
Completed CF', July 2019 minutes). An update told as prose is not a printed status and closes nothing: Souldern's
'Richard Kyte has agreed to deal with the grid' and North of Tyne LPC's open action points, whose update column reads
'5.11 -some forms still outstanding' beside '5.11 SC to chase outstanding forms'."""

from __future__ import annotations

import pytest

from minutebook.extract.action_status import opening_status

from .wild_papers import served_wild

PAPERS = ["sd_2019-07-25 SPC minutes.pdf", "sd_2024-10-31 Agenda.pdf",
          "notlpc_Attach-01c-Minutes-of-LPC-Meeting-06-03-2019.pdf"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "printed_status")


def _by_ref(db, ref: str) -> dict:
    rows = list(db.query("select id, status, status_text, completed_in from actions where ref = ?", [ref]))
    assert len(rows) == 1, (ref, rows)
    return rows[0]


@pytest.mark.parametrize("ref, date", [("Sept24.01", "2024-10-31"), ("05.19.08", "2019-07-25")])
def test_a_log_row_printed_completed_is_completed_in_that_paper(archive, ref, date):
    db, client = archive
    row = _by_ref(db, ref)
    assert (row["status"], row["completed_in"]) == ("completed", date)
    assert row["status_text"].startswith("Completed")
    page = client.get(f"/minutebook/actions?ref={ref}")
    assert page.status == 200 and ">completed<" in page.text and "Completed" in page.text


@pytest.mark.parametrize("ref", ["Sept24.02", "05.19.07", "5.11", "11.3"])
def test_an_update_in_prose_or_none_leaves_the_action_open(archive, ref):
    db, _ = archive
    assert _by_ref(db, ref)["status"] == "open"


@pytest.mark.parametrize("cell, status", [
    ("Completed - no\nresponse", "completed"), ("Complete", "completed"), ("Being done 31/3/23.", "open"),
    ("Signs had been delivered but returned as unsuitable.", None), ("Resident has been away. NO to action", None),
])
def test_only_a_cell_opening_with_a_status_prints_one(cell, status):
    found = opening_status(cell)
    assert (found.status if found else None) == status
