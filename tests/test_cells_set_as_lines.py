"""A flattened action table's cells set bold on lines of their own are cells, not headings (issue 7 point 3), on the
real minutes of two parish councils (skipped without ../shared):

- Boughton PC prints 'No | Item | Action by | Action date'; its web page runs the columns down the page, so under
  'MPO to arrange signage ...' come 'MPO' and '9/11/12' in bold. Read as headings they began new items, and the task
  lost its owner's code and its date; read as the row's cells, the action is due 9 November 2012.
- Wereham PC's Action column of codes ('NC', 'NC/', 'JB/') was read as headings, so the passages after each took 'NC'
  for their item's heading; they keep their own item's heading now, and the code marks the task above it."""

from __future__ import annotations

import html

import pytest

from minutebook.ingest.read_html import CELL_ONLY_RE

from .wild_papers import served_wild

BOUGHTON = "sf_boughton-pc-agenda-minutes-2012-08_index.html"
WEREHAM = "sf_wereham-pc-minutes-2014-01_index.html"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [BOUGHTON, WEREHAM], "cells_set_as_lines")


def test_an_action_dated_in_its_rows_date_cell(archive):
    db, client = archive
    rows = list(db.query(
        "select id, due_date, due_precision from actions where description like 'MPO to arrange signage%'"))
    assert [(r["due_date"], r["due_precision"]) for r in rows] == [("2012-11-09", "day")]
    page = client.get(f"/action/{rows[0]['id']}")
    assert page.status == 200 and "2012-11-09" in html.unescape(page.text)


def test_a_column_of_codes_heads_no_passage(archive):
    db, _ = archive
    headings = {r["heading"] for r in db.query(
        "select p.heading from passages p join documents d on d.id = p.document_id where d.filename in (?, ?)",
        [BOUGHTON, WEREHAM])}
    assert not {h for h in headings if h and CELL_ONLY_RE.fullmatch(h)}, headings
    owners = {r["name"] for r in db.query(
        "select o.name from actions a join action_owners o on o.action_id = a.id where a.description like ?",
        ["NC to contact BCLKWN%"])}
    assert owners == {"Nicola Cooper"}


@pytest.mark.parametrize("text, cell", [
    ("MPO", True), ("DCO/MPO", True), ("NC/", True), ("/JB", True), ("9/11/12", True), ("27/5", True),
    ("AOB", True),  # bold alone, a code's shape: in these pages the action columns' codes; prose headings are words
    ("Matters Arising", False), ("Date of Next Meeting 9th Nov, 2012", False), ("15/01/5", False),
])
def test_what_reads_as_a_cell(text, cell):
    assert bool(CELL_ONLY_RE.fullmatch(text)) == cell
