"""A table's action point takes its due from its own row (issue 7 point 3): North of Tyne LPC's minutes are a table
'Item | Discussion | Decisions and Action Points', whose action column prints the point short ('05-02 ORWG to review
Chair's job roles and responsibilities') and whose discussion cell beside it says when ('ORWG to review Chairs job
description within 1 month.'). Skipped without ../shared."""

from __future__ import annotations

import html

import pytest

from minutebook.extract.action_tables import restated_in

from .wild_papers import served_wild

PAPER = "notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf"  # met 2 May 2018, next meeting 4 July 2018


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [PAPER], "due_said_in_the_row", folder="real")


def _action(db, ref: str) -> dict:
    rows = list(db.query("select id, due_date, due_precision from actions where ref = ?", [ref]))
    assert len(rows) == 1, (ref, rows)
    return rows[0]


@pytest.mark.parametrize("ref, due", [
    ("05-02", ("2018-06-30", "month")),  # 'ORWG to review Chairs job description within 1 month.'
    ("05-08", ("2018-07-04", "day")),  # 'FSC and ORWG to consider pay review recommendation prior to July meeting.'
])
def test_a_points_due_is_read_from_the_sentence_of_its_row_that_sets_the_same_work(archive, ref, due):
    db, client = archive
    row = _action(db, ref)
    assert (row["due_date"], row["due_precision"]) == due
    page = client.get(f"/action/{row['id']}")
    assert page.status == 200 and due[0] in html.unescape(page.text)


def test_a_point_whose_row_says_no_when_has_no_due(archive):
    db, _ = archive
    assert _action(db, "05-06")["due_date"] is None  # 'SB to ask GPhC about cost-sharing.': no date anywhere


@pytest.mark.parametrize("task, cells, expected", [
    ("ORWG to review Chair's job roles and responsibilities",
     ["Before considering an outside appointment, the Committee chose to undertake a review of the job roles and "
      "responsibilities before next meeting, as no member was willing to stand as Chair. ORWG to review Chairs job "
      "description within 1 month."],
     "ORWG to review Chairs job description within 1 month."),
    # two words in common are a neighbouring point's, not a restatement
    ("SB to complete GDPR workbook", ["Agreed that SB should complete the workbook by June."], None),
])
def test_the_restatement_is_the_closest_sentence_of_the_row(task, cells, expected):
    assert restated_in(task, cells) == expected
