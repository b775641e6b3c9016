"""Amounts printed on lines the reader takes for headings: a payments list's total or a row set apart from the text
around it heads passages but is none, so its figures were never read. Their amounts and percentages are read now
(not their bare numbers: a heading's numbers are its item's number, its date or a year), with the passage the
heading stands over. A paper written by the test, and the papers of two bodies of ../shared (skipped without it)."""

from functools import lru_cache
from pathlib import Path

import pytest

from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild")

PAPER = """<html><head><title>Minutes</title></head><body>
<h1>Minutes of the Parish Council meeting held on 12 March 2025</h1>
<h2>1. Apologies</h2>
<p>Apologies were received from Cllr Adams. The Clerk reported a bank balance of £4,210.55 on 28 February.</p>
<h2>2. Accounts for payment</h2>
<p>The following payments were approved: Mrs Jane Hill, Clerk's Salary, Chq No 1370 £618.00.</p>
<h3>Allotment water rates, Chq No 1371 £45.10</h3>
<h3>TOTAL £663.10</h3>
<p>It was agreed that the grant to the village hall rise by 2.5% next year.</p>
<h2>3. 2024 Remembrance Service</h2>
<p>The wreath was laid by the Chairman.</p>
<h2>4. Date of next meeting</h2>
<p>The next meeting will be held on 9 April 2025.</p>
</body></html>
"""


def test_amounts_on_heading_lines_are_read(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text(PAPER, encoding="utf-8")
    doc = read_document(str(path), ocr=False)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "TOTAL £663.10" in headings and "Allotment water rates, Chq No 1371 £45.10" in headings  # as printed
    stats = extract_document(doc, find_structure(doc))["statistics"]
    got = {(s["value"], s["unit"]): s for s in stats}
    # a run of two heading lines: the first is no passage's heading, and its amount is read all the same
    assert got[(45.1, "GBP")]["sentence"] == "Allotment water rates, Chq No 1371 £45.10"
    assert got[(663.1, "GBP")]["measure"] == "TOTAL"
    # with the meeting and the passage the lines stand over, as the figures of the text are stored
    assert got[(663.1, "GBP")]["meeting"] == got[(2.5, "percent")]["meeting"] is not None
    assert got[(663.1, "GBP")]["passage"] == got[(2.5, "percent")]["passage"]
    # the text's own figures stay, once each; a heading's item number, year and date are no figures
    assert [(s["value"], s["unit"]) for s in stats].count((618.0, "GBP")) == 1
    assert (4210.55, "GBP") in got
    assert not [s for s in stats if s["unit"] == "count"]


@lru_cache(maxsize=None)
def wild_statistics(name: str) -> tuple:
    doc = read_document(str(SHARED / "wild" / name), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["statistics"])


@needs_wild
def test_payment_totals_set_apart_as_headings():
    """Manordeilo and Salem community council prints its payments totals and some rows apart ('TOTAL £6,393.08',
    'iii) Mrs Jane Davies, Clerk's Salary July 2018, Chq No 1272 330.00'); Boughton parish council its statement's
    subtotals ('Sub Total £1,403.14'); Souldern a row split from its words ('26.05.15 £125.00 LGA 1972:', whose
    measure is then none rather than the next column's 'LGA')."""
    def amounts(name):
        return {(s["value"], s["unit"], s["measure"]) for s in wild_statistics(name)}
    assert (6393.08, "GBP", "TOTAL") in amounts("mscc_minutes_20-06-10.php")
    assert (600.0, "GBP", "TOTAL") in amounts("mscc_minutes_20-06-10.php")
    assert 330.0 in {v for v, u, _ in amounts("mscc_18-07-11.pdf") if u == "GBP"}
    assert (1403.14, "GBP", "Sub Total") in amounts("sf_boughton-pc-agenda-minutes-2012-08_index.html")
    assert (125.0, "GBP", None) in amounts("sd_2015-07-16 SPC minutes.pdf")
    # a heading's own numbers stay out: Souldern's minute numbers ('06.23.13 Finance 1st HD 2nd NO')
    assert not [s for s in wild_statistics("sd_2023-06-29 SPC minutes.pdf") if s["sentence"].startswith("06.23.")]
