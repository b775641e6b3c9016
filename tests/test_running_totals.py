"""A group's total printed after its rows, told by its arithmetic: on two bodies' flattened money lists (Northwold PC's
bank reconciliation, Wereham PC's payments) the total is stored as a subtotal, not under its last row's label; a
row's net, VAT and gross columns (West Dereham PC) are not a group. Real papers, a real archive and its Datasette
table page (skipped without ../shared)."""

from __future__ import annotations

import html

import pytest

from .wild_papers import served_wild

NORTHWOLD = "sf_northwold-pc-minutes-2019-04_index.html"
NORTHWOLD_RECEIPTS = "sf_northwold-pc-minutes-2018-05-annual_index.html"
WEREHAM = "sf_wereham-pc-minutes-2015-07_index.html"
WEST_DEREHAM = "sf_west-dereham-pc-minutes-2017-04_index.html"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [NORTHWOLD, NORTHWOLD_RECEIPTS, WEREHAM, WEST_DEREHAM], "running_totals")


def measures_of(db, paper: str, text: str) -> set:
    return _measures(db, paper).get(text, set())


def _measures(db, paper: str) -> dict[str, set]:
    found: dict[str, set] = {}
    for text, measure in db.execute("select s.text, s.measure from statistics s join documents d on d.id = s.document_id "
                                    "where d.filename = ?", [paper]):
        found.setdefault(text, set()).add(measure)
    return found


def test_a_reconciliation_subtotal_is_no_row_of_it(archive):
    db, _ = archive
    measures = _measures(db, NORTHWOLD)
    # £842.45 = £238.75 + £69.82 + £533.88, printed right after the £533.88 row 'Minus new payments for approval'
    assert measures["£842.45"] == {"subtotal"}
    assert measures["£533.88"] != {"subtotal"} and measures["£16,047.70"] != {"subtotal"}


def test_a_signed_total_of_rows_printed_without_a_sign(archive):
    db, _ = archive
    measures = _measures(db, NORTHWOLD_RECEIPTS)
    # receipts 18412.00 (precept) + 275.00 (rent), each row ending 'Cleared statement 6', then their total £18,687.00
    # (printed again later as the cash book's 'Add Total Receipts')
    assert "subtotal" in measures["£18,687.00"] and "Cleared statement" not in measures["£18,687.00"]
    assert measures["275.00"] != {"subtotal"}


def test_a_payments_list_total_after_its_rows(archive):
    db, _ = archive
    measures = _measures(db, WEREHAM)
    # the direct debits £204.02 + £43.38 + £204.02 + £41.98, and the five cheques £566.88 ... £235.00
    assert measures["£493.40"] == {"subtotal"} and measures["£2,566.28"] == {"subtotal"}
    assert "subtotal" not in measures["£41.98"] | measures["£235.00"]


def test_a_list_whose_words_follow_its_amounts(archive):
    db, _ = archive
    measures = _measures(db, WEREHAM)
    # 'CHEQUES: £566.88 CGM Grounds Maint ... £1,623.22 CGM Play Area Maintenance £235.00 Norfolk CC - Parish
    # Partnership - Dropped Kerb 50% £2,566.28': each amount is named by the words after it, not the row before's
    assert measures["£566.88"] == {"CGM Grounds Maint Jan"}
    assert measures["£1,623.22"] == {"CGM Play Area Maintenance"}
    assert measures["£235.00"] == {"Norfolk CC Parish Partnership"}
    # the direct debits '28/05/2015 £204.02 N Cooper Salary and Expenses May 12/06/2015 £43.38 EON Streetlighting Jun'
    assert measures["£43.38"] == {"EON Streetlighting Jun"} and measures["£41.98"] == {"EON Streetlighting Jul"}


def test_words_after_every_row_alike_are_a_column(archive):
    db, _ = archive
    # Northwold's receipts each end 'Cleared statement 6': the rows are named by the words before their amounts
    assert measures_of(db, NORTHWOLD_RECEIPTS, "275.00") == {"S&SC Northwold S&SC Rent"}


def test_net_vat_and_gross_of_one_row_are_no_group(archive):
    db, _ = archive
    assert not any("subtotal" in m for m in _measures(db, WEST_DEREHAM).values())


def test_the_subtotal_on_the_statistics_page(archive):
    _, client = archive
    page = client.get("/minutebook/statistics?measure=subtotal")
    assert page.status == 200
    text = html.unescape(page.text)
    assert "£842.45" in text and "£493.40" in text and "£585.00" not in text
