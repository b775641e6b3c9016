"""Minutes printed as a table whose rows are the meeting's items ('9. | SL Reserves – designation At the
launch of ...'): each row's text sits under the item its own number opens, not under the table's last
item, and an item whose cell runs its title into its text is known by the heading that text opens with.
The linking of a body's actions reads both: the item a task was set under, and the item a later meeting
reports under. A generated paper, and the real papers of two bodies (Suffolk Libraries' board, North of
Tyne LPC; skipped without ../shared)."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract.action_match import Candidate
from minutebook.ingest.minutes_units import item_heading
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"
REAL = SHARED / "real"


def _minutes(date: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{n}</td><td>{text}</td></tr>" for n, text in rows)
    return f"""<html><body><h1>Brookfield Parish Council</h1>
<p>Minutes of the meeting of Brookfield Parish Council held on {date} at the Village Hall.</p>
<p>Present: Cllr Anne Hale (Chair), Cllr Tom Reed, Mrs Jo Bell (Clerk)</p>
<table>{cells}</table></body></html>"""


def _item_of(db, words: str) -> str | None:
    row = db.execute("select a.number from passages p left join agenda_items a on a.id = p.agenda_item_id "
                     "where p.text like ?", [f"%{words}%"]).fetchone()
    assert row is not None, words
    return row[0]


def test_each_row_sits_under_its_own_item(tmp_path):
    paper = tmp_path / "brookfield-2024-03-12.html"
    paper.write_text(_minutes("12 March 2024", [
        ("1.", "Apologies Apologies were received from Cllr May Ford."),
        ("2.", "Village Hall Roof The roof over the kitchen is leaking again. The Clerk will obtain three quotes."),
        ("", "The hall committee has offered to share the cost of the repair."),
        ("3.", "Bus Shelter The shelter on Mill Lane has been damaged by a vehicle."),
        ("4.", "Any Other Business There was none."),
    ]), encoding="utf-8")
    db_path = tmp_path / "brookfield.db"
    ingest([str(paper)], str(db_path))
    db = sqlite_utils.Database(db_path)
    assert _item_of(db, "Clerk will obtain three quotes") == "2"
    assert _item_of(db, "offered to share the cost") == "2"  # a row with no number goes on with the item above it
    assert _item_of(db, "damaged by a vehicle") == "3"
    [(item,)] = db.execute("select a.number from action_history h join agenda_items a on a.id = h.agenda_item_id "
                           "where h.text like '%three quotes%'").fetchall()
    assert item == "2"


@pytest.mark.parametrize("title, heading", [
    ("SL Reserves – designation At the launch of Suffolk Libraries there was a surplus fund belonging to the stock "
     "unit which came to over the IPS at a value of 240K.", "SL Reserves"),
    ("School Library Service It was previously reported that the expected transfer of the Schools Library Service "
     "(SLS) was progressing smoothly.", "School Library Service"),
    # a short title is the title; a run-on one with no heading to tell is left as it is (a_title refuses it)
    ("Village Hall Roof", "Village Hall Roof"),
    ("Minutes of previous meeting (29th May 2014) These were agreed as a true and accurate account of discussions "
     "and signed by the Chair.", None),
])
def test_a_cell_running_its_title_into_its_text_is_known_by_its_heading(title, heading):
    assert item_heading(title) == (heading or title)


def test_a_date_in_a_cells_text_does_not_date_the_item():
    """'Minutes of the meeting held 5th May' is that meeting's item; a cell read whole as the title dates what it
    reports ('World Music Day is on 19th and 20th October'), not the item: two such cells may be one subject."""
    def candidate(title):
        return Candidate(words={}, context={}, item={}, item_title=title)

    assert candidate("Minutes of the meeting held 5th May").item_dates == {"5th may"}
    cell = ("Management Reports The General Manager presented the report and highlighted the following areas: "
            "World Music Day is on 19th and 20th October 2013 and Libraries will be participating.")
    assert candidate(cell).item_dates == set()


def _real(folder, names):
    paths = [folder / n for n in names]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared is not beside the project (a fresh clone): skipping real table minutes")
    return paths


@pytest.fixture(scope="module")
def board_db(tmp_path_factory):
    papers = _real(WILD, [f"sl_board-meeting-minutes-{d}.pdf" for d in ("2014-05-29", "2014-07-31")])
    db = tmp_path_factory.mktemp("table_board") / "board.db"
    ingest([str(p) for p in papers], str(db))
    return sqlite_utils.Database(db)


def test_a_board_table_puts_each_items_text_under_it(board_db):
    assert _item_of(board_db, "SL Reserves – designation") == "9"
    assert _item_of(board_db, "removed from the restricted funds designation") == "9"  # the row carried to the next page
    assert _item_of(board_db, "School Library Service It was previously reported") == "10"
    assert _item_of(board_db, "Management Accounts The Business and Performance Manager") == "8"
    assert _item_of(board_db, "Title of Meeting") is None  # the head of the minutes is no item's


def test_the_paper_promised_is_reported_under_its_own_item(board_db):
    """May: 'The Society's reserves need to be addressed. The Business and Performance Manager will produce a paper
    ... which will be brought to the next Board meeting.' July's item 9, 'SL Reserves – designation', is that paper
    at the next meeting: its words share little with the task's own, its item names the subject."""
    [action] = board_db.execute("select id from actions where text like '%will produce a paper for the next Finance%'"
                                ).fetchall()
    trail = board_db.execute("select seen_on, kind, item_title from action_history where action_id = ? order by seen_on",
                             [action[0]]).fetchall()
    assert [(seen, kind) for seen, kind, _ in trail] == [("2014-05-29", "extracted"), ("2014-07-31", "follow_up")]
    assert trail[1][2] == "SL Reserves"


def test_a_committee_table_puts_each_items_text_under_it(tmp_path):
    [paper] = _real(REAL, ["notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf"])
    db_path = tmp_path / "lpc.db"
    ingest([str(paper)], str(db_path))
    db = sqlite_utils.Database(db_path)
    assert _item_of(db, "Election of Officers") == "01"
    assert _item_of(db, "Kristeen Turner, CPPE attended") == "02"
