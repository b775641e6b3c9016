"""A PDF's right-hand action column and its lists of dates are not the paper's structure (issue 7 point 3), on the real
papers of two bodies (skipped without ../shared):

- Souldern PC and Suffolk Libraries print owner codes in a right-hand column ('AM' / '& BM', 'IB'). The column is read
  by position (ingest/layout.side_marks); as lines of the text they were also read as headings ('AM' headed items 4-16
  of Souldern's 2014-11 minutes) or glued onto the sentence before ('... is added IB IB IB').
- A line of a list of dates ('31st October 2024 at 7.30pm', '22nd January 2015, Castle Hill') is not item 31 or 22:
  taken as one, it also hid every item numbered below it (Souldern's 2024-10 agenda found 2 of its 15 items)."""

from __future__ import annotations

import html
import re

import pytest

from minutebook.ingest.structure import ITEM_RE

from .wild_papers import served_wild

SOULDERN_COLUMN = "sd_2014-11-20 SPC minutes.pdf"
SOULDERN_AGENDA = "sd_2024-10-31 Agenda.pdf"
SUFFOLK_COLUMN = "sl_board-meeting-minutes-2012-09-11.pdf"
SUFFOLK_DATES = "sl_board-meeting-minutes-2014-11-27.pdf"
CODE = re.compile(r"[&/]?\s*[A-Z]{2,4}[a-z]{0,2}(?:\s*[&/]\s*[A-Z]{2,4})*")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [SOULDERN_COLUMN, SOULDERN_AGENDA, SUFFOLK_COLUMN, SUFFOLK_DATES],
                       "side_column_lines")


def _of(db, sql: str, paper: str) -> list:
    return [r[0] for r in db.execute(sql + " join documents d on d.id = x.document_id where d.filename = ?", [paper])]


@pytest.mark.parametrize("paper", [SOULDERN_COLUMN, SUFFOLK_COLUMN])
def test_no_column_code_heads_or_ends_a_passage(archive, paper):
    db, _ = archive
    headings = set(_of(db, "select x.heading from passages x", paper))
    assert not {h for h in headings if h and CODE.fullmatch(h)}, headings
    texts = _of(db, "select x.text from passages x", paper) + _of(db, "select x.text from decisions x", paper)
    assert not [t for t in texts if re.search(r"\b([A-Z]{2})(?: \1){2}$", t)]  # '... is added IB IB IB'


def test_the_column_still_owns_its_tasks(archive):
    db, _ = archive
    owners = _of(db, "select o.name from actions x join action_owners o on o.action_id = x.id and x.text like "
                     "'%circulate the rules of the wood%'", SOULDERN_COLUMN)
    assert owners == ["A Martin"]


@pytest.mark.parametrize("paper, wanted, dated", [
    (SOULDERN_AGENDA, {str(n) for n in range(1, 16)} - {"2", "4"}, "31"),
    (SUFFOLK_DATES, {str(n) for n in range(1, 11)}, "22"),
])
def test_a_day_of_the_month_is_no_item(archive, paper, wanted, dated):
    db, client = archive
    numbers = set(_of(db, "select x.number from agenda_items x", paper))
    assert dated not in numbers and wanted <= numbers, sorted(numbers)
    meeting = db.execute("select md.meeting_id from meeting_documents md join documents d on d.id = md.document_id "
                         "where d.filename = ?", [paper]).fetchone()[0]
    page = client.get(f"/meeting/{meeting}")
    assert page.status == 200
    shown = html.unescape(page.text)
    assert not re.search(rf"<td>{dated}</td><td>(?:st|nd|rd|th)\b", shown)
    assert f"<td>{max(wanted, key=int)}</td>" in shown


@pytest.mark.parametrize("line, item", [
    ("11th November 2012 S Barrett: jubilee event expenses £118.54", False), ("27 th September 2012 SVH", False),
    ("31st October 2024 at 7.30pm in the Village Hall", False), ("3 Issues from the Floor", True),
    ("1. Minutes", True), ("12 Thistle control", True),
])
def test_what_reads_as_an_item(line, item):
    assert bool(ITEM_RE.match(line)) == item
