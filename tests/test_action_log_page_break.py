"""An action log a page break cut in two is read on with its heads (extract/action_tables.continued): the rows
on the next page are the log's actions with their owners, not minutes text read cell by cell. Only a log (an
action column beside owner, due, status or update heads) is read on so; a minutes table whose 'Action' column
holds owners' marks is left to the side-column reader, page by page.

Real blocks (the Document's own Block) and Souldern's October 2025 minutes, whose 'No | Action | Owner |
Update' log goes on to page 2 (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract.action_tables import continued, from_table
from minutebook.extract.people import Registry
from minutebook.ingest.document import TABLE, Block

from .conftest import SHARED
from .wild_papers import ingested

HEADS = ["No", "Action", "Owner", "Update"]


def _table(page, rows):
    return Block(TABLE, " | ".join(" | ".join(r) for r in rows), page, rows=rows)


def test_the_rows_after_a_page_break_are_read_with_the_logs_heads():
    before = _table(1, [HEADS, ["Feb24.01", "Clerk to order two new litter bins", "JF", "Ordered"]])
    after = _table(2, [["", "", "", "the rest of a cell the break cut"],
                       ["Feb24.02", "Cllr Bell to ask the school about parking", "MB", "In hand"]])
    headed = continued(after, before)
    assert headed.rows[0] == HEADS and headed.rows[1:] == after.rows
    facts = from_table(headed, 0, Registry())
    assert [f.description for f in facts] == ["Cllr Bell to ask the school about parking"]
    assert all(f.owners and f.rule == "table" for f in facts)
    assert from_table(after, 0, Registry()) == []  # without its heads the rows are no log


@pytest.mark.parametrize("before, after", [
    # not the page just before
    (_table(1, [HEADS, ["1", "Clerk to write", "JF", ""]]), _table(3, [["2", "Chair to call", "JA", ""]])),
    # another width
    (_table(1, [HEADS, ["1", "Clerk to write", "JF", ""]]), _table(2, [["Payee", "Detail", "Total"], ["A", "B", "1"]])),
    # a table with heads of its own
    (_table(1, [HEADS, ["1", "Clerk to write", "JF", ""]]), _table(2, [HEADS, ["2", "Chair to call", "JA", ""]])),
    # a minutes table whose 'Action' column holds owners' marks (Suffolk Libraries' board minutes)
    (_table(1, [["", "", "Action"], ["4.", "Matters arising", "ST"]]), _table(2, [["", "continue to press", "AW/IB"]])),
])
def test_any_other_table_is_itself(before, after):
    assert continued(after, before) is after


def test_souldern_log_goes_on_over_the_page(tmp_path_factory):
    paper = SHARED / "wild" / "sd_2025-10-30 SPC minutes.pdf"
    db = ingested(tmp_path_factory, [paper], "log_page_break")
    rows = list(db.query("select description, owners from actions where description like ?",
                         ["Bridleway to NBW - KG to contact OCC Bridleways%"]))
    assert len(rows) == 1 and rows[0]["owners"] == "Kate Green"
    rows = list(db.query("select owners from actions where description like 'Clerk to chase Sanctuary%'"))
    assert [r["owners"] for r in rows] == ["Cathy Fleet"]
