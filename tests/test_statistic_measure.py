"""A statistic's measure and period are its own row's and clause's, not the next one's (issue 7 item 5): in a payment
list or a cash statement the words after an amount open the next row; in prose the words of the next clause or
sentence, and a period named for another figure, belong to that other figure. Where a figure has no words of its
own no measure is stored. Real papers of several bodies skip without ../shared."""

from functools import lru_cache
from pathlib import Path

import pytest
import sqlite_utils

from minutebook.extract.run import extract_document
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED, run_cli
from .pdfs import write_pdf

needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild beside the project")


@lru_cache(maxsize=None)
def _statistics_of(name: str) -> tuple:
    doc = read_document(str(SHARED / "wild" / name), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["statistics"])


def measures(name: str, where: str) -> dict:
    """text -> (measure, period) of the statistics read from sentences holding `where`."""
    return {s["text"]: (s["measure"], s["period"]) for s in _statistics_of(name)
            if where in " ".join(s["sentence"].split())}


def measured(sentence: str, currency=None) -> dict:
    return {s.text: (s.measure, s.period) for s in find_statistics(sentence, currency)}


MINUTES = [
    "Hartwell Parish Council",
    "Minutes of the meeting held on Thursday 16 July 2025 at 7.30pm",
    "Present: Cllr A Reed (Chair), Cllr B Moss, Cllr C Lane",
    "1. Payments",
    "The following payments were approved.",
    "Village Hall Insurance 26.06.25 £99.89 LGA 1972 s.111",
    "Allotment Water Rates 30.06.25 £45.10 SAA 1908 s.26",
    "Grass Cutting June 01.07.25 £528.00 OSA 1906 s.10",
    "2. Bank reconciliation",
    "Balance in bank as at 30 June: Current Account £3,857.57, Deposit Account £14,167.28.",
    "3. Fundraising",
    "The summer fete raised £410; payments for the marquee were £150.",
    "The total service was showing a surplus for the month of £40,000. There was a forecast deficit of £95,000.",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("measure")
    write_pdf(folder / "2025-07-16-minutes.pdf", [MINUTES])
    db = folder / "measure.db"
    run_cli("ingest", folder, "--db", db, check=True)
    return sqlite_utils.Database(db)


def test_a_row_is_named_by_its_own_words_not_the_next_rows(built):
    """Each line of the payments list prints its payee before its amount and the power after it: the words after
    the amount, the power and the next line's payee, are no measure of it. An account's balance is named by its
    own account, not the next one."""
    rows = {r["text"]: r["measure"] for r in built.query("select text, measure from statistics")}
    assert rows["£99.89"] == "Village Hall Insurance"
    assert rows["£45.10"] == "Allotment Water Rates"
    assert rows["£528.00"] == "Grass Cutting June"
    assert rows["£3,857.57"].endswith("Current Account")
    assert rows["£14,167.28"] == "Deposit Account"


def test_a_figure_in_prose_is_named_in_its_own_clause(built):
    rows = {r["text"]: r["measure"] for r in built.query("select text, measure from statistics")}
    assert rows["£410"] == "summer fete raised"
    assert rows["£40,000"] == "service showing surplus month"
    assert "deficit" in rows["£95,000"]


def test_a_period_is_the_one_named_for_its_figure():
    """'the limit was 40, and in 2012 this was 73, in 2017 it was 14; 2016 it was 21' (Stoke Ferry): each year is
    its own figure's; a figure before any year, or past a clause's end, has none. A year named after a figure in its
    own clause is still its period."""
    got = measured("She added that the limit for particulates was 40, and in 2012 this was 73, in 2017 it was 14; "
                   "2016 it was 21 and in 2015 it was 12, below the mean level.")
    assert {t: p for t, (_, p) in got.items()} == {"40": None, "73": "2012", "14": "2017", "21": None, "12": "2015"}
    assert measured("The council spent £5m on the roads in 2023/24.")["£5m"][1] == "2023/24"


@needs_wild
def test_payment_lists_of_two_bodies_name_their_own_rows():
    """Souldern's payments print payee, date, amount, then the power ('Souldern Village Hall Insurance 26.05.15
    £99.89 LGA 1972: s. 111 Souldern Village Hall Post Office Rent'); Wretton's run payee then amount ('HMRC (PAYE)
    £44.40 Royal British Legion (poppy wreath) £17.50'). The words after each amount were the next row's."""
    souldern = measures("sd_2015-07-16 SPC minutes.pdf", "Souldern Village Hall Insurance")
    assert souldern["£99.89"][0] == "Souldern Village Hall Insurance"
    wretton = measures("sf_wretton-pc-minutes-2017-late_index.html", "Royal British Legion")
    assert wretton["£44.40"][0] == "HMRC PAYE"
    assert wretton["£17.50"][0] == "British Legion poppy wreath"


@needs_wild
def test_prose_figures_of_two_bodies_keep_to_their_clause():
    """West Dereham's Royal British Legion ('The raffle raised £110; payments for lunch ...') and Suffolk Libraries
    ('a surplus for the month of £40,000. There was an overall forecast deficit of £95,000') named a figure by the
    next clause's or sentence's words; Stoke Ferry's air quality years each belong to their own figure."""
    rbl = measures("sf_west-dereham-rbl-agm-minutes-2018-09_index.html", "The raffle raised")
    assert rbl["£110"][0] == "raffle raised"
    suffolk = measures("sl_board-meeting-minutes-2014-03-20.pdf", "surplus for the month")
    assert "deficit" not in suffolk["£40,000"][0] and "surplus" in suffolk["£40,000"][0]
    stoke = measures("sf_stoke-ferry-pc-minutes-2018-02_index.html", "mean level limit for particulates")
    assert stoke["40"][1] is None and stoke["73"][1] == "2012" and stoke["14"][1] == "2017"


@needs_wild
def test_a_rows_number_and_date_are_no_measure_on_two_bodies():
    """Manordeilo prints 'Mrs J. Davies, Clerk's Salary September 2016, Chq No 1189 £400.00', Souldern 'MR Cross:
    mowing June 2013 18/07/13 £486.00 OSA 1906: s10 SVH: PO rent Jan – June 2013 22/08/13 £125.00': the cheque
    number, the date and the row before's power between a row's words and its amount name no amount."""
    manordeilo = measures("mscc_16-09-14.pdf", "Chq No 1189")
    assert manordeilo["£400.00"][0] == "Davies Clerk’s Salary September"
    souldern = measures("sd_2013-09-19 SPC minutes.pdf", "PO rent Jan")
    assert "PO rent" in souldern["£125.00"][0] and "OSA" not in souldern["£125.00"][0]
    assert souldern["£486.00"][0] == "MR Cross mowing June"


@needs_wild
def test_the_two_world_wars_are_no_count():
    """A number word in the name of a past event ('the two world wars', Souldern's memorial plaques and Kent's council
    history) counts nothing; the counts beside it stay."""
    souldern = measures("sd_2018-05-24 Annual Meeting minutes.pdf", "world wars")
    kent = measures("kcc_9 January 2025 - County Council minutes.pdf", "world wars")
    assert "two world wars" not in souldern and "two world wars" not in kent
    assert measured("The two world wars took many lives.") == {}


@needs_wild
def test_further_columns_of_a_row_take_its_words_on_two_bodies():
    """An amount printed right after another is a further column of its row: West Dereham's allotment fees ('Quarter
    plot £15.00 £50.00 Eighth plot ...': the deposit was named 'Eighth plot Amendments') and its payments ('Total
    £2150.85 £135.50 £2286.35'), Souldern's payments with their budget column ('MR Cross: mowing June 2015 10.7.15
    £768.00 £528.00 Nick Oakhill Dog Bins ...'), Stoke Ferry's payments printed without a sign (net, VAT, total)."""
    fees = measures("sf_west-dereham-pc-minutes-2016-10_index.html", "Quarter plot")
    assert fees["£50.00"][0] == "Quarter plot" and fees["£25.00"][0] == "Eighth plot"
    payments = measures("sf_west-dereham-pc-minutes-2017-04_index.html", "Total £2150.85")
    assert payments["£2286.35"][0] == "Gross: Total"  # its column's head too (amount_columns)
    souldern = [s["measure"] for s in _statistics_of("sd_2015-07-16 SPC minutes.pdf") if s["text"] == "£528.00"]
    assert souldern and all(m.startswith("MR Cross") for m in souldern)
    stoke = [s["measure"] for s in _statistics_of("sf_stoke-ferry-pc-minutes-2018-02_index.html") if s["text"] == "265.40"]
    assert len(stoke) == 2 and all("Wages" in m for m in stoke)  # 'Clerks Wages and Expenses - Jan 265.40 0.00 265.40'



@needs_wild
def test_words_after_and_are_another_clauses_on_two_bodies():
    """'the cost of mowing the closed churchyard is £70 and we are now awaiting a quote' (Souldern) and 'two
    quotations had been received from Greenbarnes Ltd (£1,035.34) and Broxap (£1,179.60)' (Manordeilo): what follows
    'and' names another thing, not the figure before it."""
    souldern = measures("sd_2013-09-19 SPC minutes.pdf", "closed churchyard is £70")
    assert "awaiting" not in (souldern["£70"][0] or "")
    manordeilo = measures("mscc_minutes_20-06-10.php", "Greenbarnes Ltd")
    assert "Broxap" not in (manordeilo["£1,035.34"][0] or "")


@needs_wild
def test_a_small_unsigned_amount_is_money_where_its_own_row_names_money_on_two_bodies():
    """Payment lists print amounts under two whole digits without a sign: Stoke Ferry's 'Annual EPA Charge Duty of
    Care Charge 60.00 12.00 72.00' (net, VAT, total), Northwold's 'EON Streetlight Electricity Final Balance Mar19
    50.72' (and Norwalk's scanned 'Administrative Fee 83.16', read by OCR). A row whose words name money makes them amounts; the same shape
    in a row that names no money, a time or a section is none."""
    stoke = measures("sf_stoke-ferry-pc-minutes-2018-02_index.html", "Duty of Care Charge")
    assert {t: m for t, (m, _) in stoke.items() if t in ("60.00", "12.00", "72.00")} == {
        "60.00": "Net: Glazewing (DD) Annual EPA Charge Duty of Care Charge",
        "12.00": "VAT: Glazewing (DD) Annual EPA Charge Duty of Care Charge",
        "72.00": "Total: Glazewing (DD) Annual EPA Charge Duty of Care Charge"}  # column head, whole row: amount_columns
    northwold = measures("sf_northwold-pc-minutes-2019-04_index.html", "Final Balance Mar19")
    assert northwold["50.72"][0] == "Streetlight Electricity Final Balance"
    assert measured("Bank charges 83.80", "GBP")["83.80"][0] == "Bank charges"
    assert measured("The payments meeting closed at 9.30pm.", "GBP") == {}
    assert measured("See the report on the budget at section 4.12 of the plan.", "GBP") == {}
    assert measured("Common Bin 73.95 14.79 88.74", "GBP") == {}


RANGES = """<html><head><title>Minutes</title></head><body>
<h1>Minutes of the Parish Council meeting held on 12 March 2025</h1>
<h2>5. Budget</h2>
<p>Margate Family Hub: £250k - £450k (depending on use class).</p>
<p>The contribution had been reduced from £66,667 to £30,000 during the negotiations.</p>
<p>The Clerk's salary was £9,000 and £450 was paid for the hall.</p>
<p>Village Hall Support assumes an increase in line with the usual annual increment of £50.00 to £1,500.00.</p>
</body></html>
"""


def test_the_end_of_a_range_of_money_measures_what_its_start_measures(tmp_path):
    """A range's end has no words of its own: they stand before its start ('Northdown Road Family Hub: £200k -
    £400k', Kent; 'reduced from £66,667 to £30,000', Suffolk Libraries; '... amount paid to Heidi Harris from
    $11,000.00 to $12,000.00', Cuyahoga). Two amounts joined by 'and' are no range: each keeps its own words; nor is
    a change and the level it reaches ('an increment of £50.00 to £1,500.00', West Dereham): 'to' joins a range only
    after 'from'."""
    path = tmp_path / "minutes.html"
    path.write_text(RANGES, encoding="utf-8")
    doc = read_document(str(path), ocr=False)
    got = {s["text"]: s["measure"] for s in extract_document(doc, find_structure(doc))["statistics"]}
    assert got["£450k"] == got["£250k"] == "Margate Family Hub"
    assert got["£30,000"] == got["£66,667"] and got["£30,000"]
    assert got["£450"] != got["£9,000"]
    assert got["£1,500.00"] is None and got["£50.00"]


def test_a_money_word_after_a_dates_clause_names_the_figure():
    """A bank statement's line ('Lloyds Bank, Sheet Number 28 dated 1st May 2020, Balance of £12,306.87', Manordeilo
    and Salem) was measured 'Number dated st Balance': after the last figure before it, one word that names money
    and stands after a comma names the figure. Without the comma the words go on naming the row ('Clerk's Salary
    June 2015 and expenses, Chq No 1234 £444.01' keeps the salary)."""
    got = {s.text: s.measure for s in find_statistics(
        "Lloyds Bank, Sheet Number 28 dated 1st May 2020, Balance of £12,306.87 Noted", "GBP")}
    assert got["£12,306.87"] == "Balance"
    got = {s.text: s.measure for s in find_statistics(
        "Mrs Jane Davies, Clerk’s Salary June 2015 and expenses, Chq No 1234 £444.01", "GBP")}
    assert "Salary" in got["£444.01"]
