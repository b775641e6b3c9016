"""Each amount of a payments table is named by its own column's head as well as its row (issue 7 item 5): a row whose
net and gross are equal is no longer one payment stored twice under one measure, a nil VAT cell is not a figure, and
a row's bare amounts under 'Net VAT Total' are money, and a table row's label is its own payee cells. Real papers of
three bodies (Stoke Ferry PC, West Dereham PC, Northwold PC; heads as table cells and as running text) skip without
../shared."""

import re
from collections import Counter, defaultdict
from functools import lru_cache

import pytest
import sqlite_utils

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED, run_cli

needs_shared = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared beside the project")

PAPERS = [
    ("real", "sf_stoke-ferry-pc-minutes-2018-05_index.html"),  # 'Net VAT Total' over bare amounts, running text
    ("wild", "sf_stoke-ferry-pc-minutes-2015-07_index.html"),  # 'Net | VAT | Gross' cells of an HTML table
    ("wild", "sf_west-dereham-pc-minutes-2019-05-annual_index.html"),  # 'Net VAT Gross' over '£165.87 £0.00 £165.87'
    ("wild", "sf_west-dereham-pc-minutes-2016-10_index.html"),  # a blank VAT cell: '568.34 568.34' under three heads
]


@lru_cache(maxsize=None)
def _statistics_of(folder: str, name: str) -> tuple:
    doc = read_document(str(SHARED / folder / name), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["statistics"])


def _columns(folder: str, name: str) -> dict:
    """(passage, row's measure) -> {column head: value} of the amounts a column head names."""
    rows: dict = defaultdict(dict)
    for s in _statistics_of(folder, name):
        head, _, label = (s["measure"] or "").partition(": ")
        if head in ("Net", "VAT", "Gross", "Total"):
            rows[(s["passage"], label)][head] = s["value"]
    return rows


@needs_shared
@pytest.mark.parametrize("folder,name", PAPERS)
def test_each_row_net_and_vat_make_its_gross(folder, name):
    """The columns are the paper's own: on every row read, Net plus VAT (a blank or nil VAT is none) is the row's
    Gross or Total, which a column read from a neighbouring row or a shifted cell would not be."""
    rows = _columns(folder, name)
    whole = [r for r in rows.values() if "Net" in r and ("Gross" in r or "Total" in r)]
    assert len(whole) >= 4, rows
    for (passage, label), r in rows.items():
        if "Net" in r and ("Gross" in r or "Total" in r):
            assert r["Net"] + r.get("VAT", 0) == pytest.approx(r.get("Gross", r.get("Total")), abs=0.005), (label, r)


@needs_shared
@pytest.mark.parametrize("folder,name", PAPERS)
def test_no_payment_stored_twice_under_one_measure(folder, name):
    money = [(s["passage"], s["value"], s["measure"]) for s in _statistics_of(folder, name) if s["unit"] == "GBP"]
    assert [k for k, n in Counter(money).items() if n > 1] == []
    headed = [s for s in _statistics_of(folder, name) if (s["measure"] or "").startswith(("VAT:",))]
    assert all(s["value"] for s in headed), "a nil VAT cell is no figure"


@needs_shared
def test_bare_amounts_under_net_vat_total_are_money():
    """'Snap It up Ltd Common Bin 73.95 14.79 88.74': no sign and no money word, but the heads say it is money."""
    rows = _columns("real", "sf_stoke-ferry-pc-minutes-2018-05_index.html")
    assert any("Common Bin" in label and r == {"Net": 73.95, "VAT": 14.79, "Total": 88.74}
               for (_, label), r in rows.items()), rows


@needs_shared
def test_gross_column_sums_to_the_papers_own_total(tmp_path):
    """In the database, an analyst's SUM over one column gives the total the paper prints under it, which summing
    every amount of a payment (net and gross alike) did not."""
    db = tmp_path / "columns.db"
    result = run_cli("ingest", str(SHARED / "wild" / "sf_stoke-ferry-pc-minutes-2015-07_index.html"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    q = sqlite_utils.Database(db).execute
    rows = q("select value from statistics where measure like 'Gross: %' and measure != 'Gross: Total'").fetchall()
    total = q("select value from statistics where measure = 'Gross: Total'").fetchall()
    assert len(rows) >= 5 and len(total) == 1
    assert sum(v for (v,) in rows) == pytest.approx(total[0][0], abs=0.005)


@needs_shared
@pytest.mark.parametrize("folder,name", [("wild", "sf_stoke-ferry-pc-minutes-2015-07_index.html"),
                                         ("real", "sf_northwold-pc-minutes-2014-09_index.html")])
def test_a_table_rows_label_is_its_own_payee_cell(folder, name):
    """Under a head row naming 'Item' or 'Payee', a headed amount's label is that whole cell of its own row ('All
    Saints Academy June room hire', not 'June room hire Chq' with the method cell after it; 'Mrs V. Bright – Mileage
    & Expenses')."""
    headed = [s for s in _statistics_of(folder, name) if (s["measure"] or "").startswith(("Net: ", "Gross: "))]
    assert len(headed) >= 4
    for s in headed:
        label = s["measure"].partition(": ")[2]
        assert label in [c.strip() for c in s["sentence"].split(" | ")], (s["measure"], s["sentence"])


@needs_shared
@pytest.mark.parametrize("folder,name", [("real", "sf_stoke-ferry-pc-minutes-2018-05_index.html"),
                                         ("wild", "sf_west-dereham-pc-minutes-2016-10_index.html")])
def test_a_run_on_rows_label_is_all_its_own_words(folder, name):
    """Heads and rows read as one run of words ('Supplier Payment for Net VAT Total Clerk Clerks Wages and Expenses -
    April 18 309.76 0.00 309.76 HMRC Apr-18 ...'; West Dereham's 'Payee Cheque No Net VAT Gross Clerk’s salary ...
    100893 568.34 568.34'): a headed amount's label is its row's words as printed, up to its cheque number and amounts,
    payee included ('EON (DD) Streetlights Electricity - March', not 'DD Streetlights Electricity March')."""
    headed = [s for s in _statistics_of(folder, name)
              if (s["measure"] or "").startswith(("Net: ", "Gross: ", "Total: ")) and "Total: Total" != s["measure"]]
    assert len(headed) >= 8
    for s in headed:
        label = s["measure"].partition(": ")[2]
        own_words_then_amounts = re.escape(label) + r"(?:\s+\d{3,})?\s+(?:[£\d.,]+\s+)*" + re.escape(s["text"])
        assert re.search(own_words_then_amounts, s["sentence"]), (s["measure"], s["text"])
