"""Amounts under a payments table's heads are money because the heads say so: a table row's figure to the penny with
one or two whole digits ('Glazewing | DD | Bin Emptying | 15.58 | 3.12 | 18.70') was read only where its own words
named money, so rows of small payments were lost whole. A head may carry its column's currency ('Total £s'), and a
lone amount under two heads, one of them the tax's, is the other's (the VAT cell blank or a nil '0.0'). A paper
written by the test, and papers of four bodies of ../shared (skipped without it)."""

from functools import lru_cache
from pathlib import Path

import pytest

from minutebook.extract.amount_columns import heads_in_text, under_lone_head
from minutebook.extract.run import extract_document
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists() or not (SHARED / "real").exists(),
                                reason="needs ../shared/wild and ../shared/real")

PAPER = """<html><head><title>Minutes</title></head><body>
<h1>Minutes of the Parish Council meeting held on 12 March 2025</h1>
<h2>7. Finance</h2>
<p>The Clerk reported a bank balance of £4,210.55. The following payments were approved.</p>
<table>
<tr><td>Payee</td><td>Detail</td><td>Total £s</td><td>VAT</td><td>Comments</td></tr>
<tr><td>J Smith</td><td>Clerk Salary</td><td>136.66</td><td>0.0</td><td></td></tr>
<tr><td>HMRC</td><td>(re above)</td><td>27.66</td><td>0.0</td><td></td></tr>
<tr><td>Kompan</td><td>Inv 264418</td><td>11.36</td><td>1.89</td><td></td></tr>
<tr><td>Glazewing</td><td>Bin emptying</td><td>0.00</td><td>0.00</td><td></td></tr>
</table>
<h2>8. Date of next meeting</h2>
<p>The next meeting will be held on 9 April 2025.</p>
</body></html>
"""


def test_small_amounts_under_a_tables_heads_are_money(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text(PAPER, encoding="utf-8")
    doc = read_document(str(path), ocr=False)
    stats = extract_document(doc, find_structure(doc))["statistics"]
    got = {(s["value"], s["unit"], s["measure"]) for s in stats}
    assert (27.66, "GBP", "Total: HMRC (re above)") in got  # its words name no money: its column does
    assert (11.36, "GBP", "Total: Kompan Inv 264418") in got
    assert (1.89, "GBP", "VAT: Kompan Inv 264418") in got
    assert (136.66, "GBP", "Total: J Smith Clerk Salary") in got
    # nil cells say nothing, and the invoice number is no amount
    assert not [s for s in stats if s["value"] == 0 or s["value"] == 264418]


def test_heads_printed_as_running_text_with_their_currency():
    text = ("Payee Detail Total £s VAT Comments Cathy Fleet Clerk Salary 126.29 0.0 HMRC (re above) 25.07 0.0 "
            "Nigel Prickett May grass cut 414.00 69.00 CDC Election Expenses 100.00")
    heads = heads_in_text(text)
    assert heads[text.index("25.07")] == "Total"  # a lone amount under Total and VAT: the VAT nil or blank
    assert heads[text.index("69.00")] == "VAT"
    assert heads[text.index("100.00")] == "Total"
    # a row's label opening with 'Total' is still no run of heads ('Add Total Receipts £18,687.00')
    assert heads_in_text("Add Total Receipts £18,687.00 Less Total Payments £12,000.00") == {}


BILLS = """<html><head><title>Minutes</title></head><body>
<h1>Minutes of the Parish Council meeting held on 12 March 2025</h1>
<h2>6. Finance</h2>
<p>The bank balance stood at £2,345.67. The following payments were approved.</p>
<table>
<tr><td>Payment of Bills</td><td></td><td></td><td>Net</td><td>VAT</td><td>Total</td></tr>
<tr><td>Eon</td><td>DD</td><td>July - Street Lights</td><td>55.59</td><td>2.78</td><td>58.37</td></tr>
<tr><td>Mr A Stannard</td><td></td><td>Handyman</td><td>64.00</td><td>0.00</td><td>64.00</td></tr>
</table>
<h2>7. Date of next meeting</h2>
<p>The next meeting will be held on 9 April 2025.</p>
</body></html>
"""


def test_a_row_with_no_label_head_is_named_by_its_words_before_its_amounts(tmp_path):
    """No head names the payee's column ('Payment of Bills' over it): the row's own words before its first amount
    name each amount, the payee first; its last four words alone lost him ('Total: DD July Street Lights')."""
    path = tmp_path / "minutes.html"
    path.write_text(BILLS, encoding="utf-8")
    doc = read_document(str(path), ocr=False)
    got = {(s["value"], s["measure"]) for s in extract_document(doc, find_structure(doc))["statistics"]}
    assert (2.78, "VAT: Eon DD July - Street Lights") in got
    assert (58.37, "Total: Eon DD July - Street Lights") in got
    assert (64.0, "Total: Mr A Stannard Handyman") in got


def test_a_lone_amount_head_makes_each_rows_amount_money():
    """A payments list printed as running text whose head names the payee's columns and one 'Amount' (Northwold's
    'Cheque Payee Description Amount'; Norwalk's check register 'Check Date Payee TaxID Payee Amount'): each row's
    lone amount is money, small as it may be; nothing else is named by the head (the cash book after it keeps its
    own words), and amounts printed side by side are left to the heads of columns."""
    text = ("Cheque Payee Description Amount 2188 JD Signs 2 No Dogs Allowed Signs 22.74 2189 Norfolk ALC Annual "
            "Subs 18-19 238.16 2192 Westcotec Streetlight Maint April18 19.10 Subtotal Cheques 280.00 £366.18")
    got = {(s.value, s.unit, s.measure) for s in find_statistics(text, "GBP")}
    assert (22.74, "GBP", "No Dogs Allowed Signs") in got
    assert (19.1, "GBP", "Westcotec Streetlight Maint") in got
    assert (238.16, "GBP", "Norfolk ALC Annual Subs") in got
    # without the head the small amounts' words name no money, and they are not read
    assert not [s for s in find_statistics(text.replace("Amount", "Notes"), "GBP") if s.value in (22.74, 19.1)]
    # a figure with an amount printed beside it, after it or before it, is in a row of two amount columns
    row = "Payee Description Amount Westcotec 19.10 4.20"
    assert not under_lone_head(row, row.index("19.10"))
    assert not under_lone_head(row, row.index("4.20"))
    # a check register's row: its lone amount is the one cell of money, its check number and date are not amounts
    register = "Check Date Payee TaxID Payee Amount 67750 11/1/22 Julia A Beltran 15.00 67751 11/2/22 Ace Hardware $8.25"
    assert under_lone_head(register, register.index("15.00"))
    assert under_lone_head(register, register.index("$8.25"))


@lru_cache(maxsize=None)
def wild_statistics(name: str) -> tuple:
    path = next(p for p in (SHARED / "wild" / name, SHARED / "real" / name) if p.exists())
    doc = read_document(str(path), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["statistics"])


@needs_wild
def test_small_payments_of_four_bodies():
    """Stoke Ferry's 'Net | VAT | Total' table, Northwold's 'Net | VAT | Gross' (a paper of the gold) and West Dereham's (HTML cells); and
    Souldern's 'Total £s | VAT' table in a PDF."""
    def amounts(name):
        return {(s["value"], s["measure"]) for s in wild_statistics(name)}
    assert (3.12, "VAT: Glazewing DD Bin Emptying") in amounts("sf_stoke-ferry-pc-minutes-2017-08_index.html")
    assert (18.7, "Total: Glazewing DD Bin Emptying") in amounts("sf_stoke-ferry-pc-minutes-2017-08_index.html")
    assert (24.27, "Net: K&M Lighting") in amounts("sf_northwold-pc-minutes-2014-09_index.html")
    assert (3.7, "VAT: CGM Landscapes") in amounts("sf_west-dereham-pc-minutes-2013-09_index.html")
    assert (9.9, "Clerk Mileage Mar") in amounts("sf_northwold-pc-minutes-2019-04_index.html")  # under 'Amount'
    souldern = amounts("sd_2025-10-30 SPC minutes.pdf")
    assert (27.66, "Total: HMRC (re above)") in souldern and (82.2, "VAT: Nigel Prickett Inv 2605") in souldern


RUN_ON = """<html><head><title>Minutes</title></head><body>
<h1>Minutes of the Parish Council meeting held on 12 March 2025</h1>
<h2>7. Finance</h2>
<p>Invoices approved for payment Payee Detail Total £s VAT Comments Nigel Prickett May grass cut 414.00 69.00 TS
Electrical Changing Room inspection</p>
<p>48.00 8.00 Nigel Prickett June grass cut 414.00 69.00 Receipts Detail Total £s VAT Comments Donations Playground
event 446.83</p>
<p>Minute 12.50 was approved</p>
<h2>8. Date of next meeting</h2>
<p>The next meeting will be held on 9 April 2025.</p>
</body></html>
"""


def test_a_table_run_on_into_a_paragraph_that_prints_heads_of_its_own(tmp_path):
    """A payments table the reader split after a row's label (Souldern's 'TS Electrical Changing Room inspection' /
    '48.00 8.00 ...'): the rows that open the next paragraph stand under the heads of the one before, up to the heads
    that paragraph prints itself (its receipts table); their small amounts are money by those heads. A lone figure
    with no amount beside it is no row the heads name (a minute's number)."""
    path = tmp_path / "minutes.html"
    path.write_text(RUN_ON, encoding="utf-8")
    doc = read_document(str(path), ocr=False)
    got = {(s["value"], s["measure"]) for s in extract_document(doc, find_structure(doc))["statistics"]}
    assert (48.0, "Total") in got and (8.0, "VAT") in got
    assert (414.0, "Total: Prickett June grass cut") in got
    assert (69.0, "VAT: Prickett June grass cut") in got
    assert (446.83, "Total: Donations Playground event") in got
    assert not [m for v, m in got if v == 12.5]
