"""Statistics the judge of the wild papers found wrong, each by its general class, on papers of two bodies: a
malformed number (no part of it is a value), a house number listed before its street, a speed, an age bound; and
money that printed no sign (pence, columns headed by bare currency signs)
given its currency instead of 'count'. Skips without ../shared."""

from functools import lru_cache
from pathlib import Path

import pytest

from minutebook.extract.run import extract_document
from minutebook.extract.statistic_facts import _around
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists() or not (SHARED / "real").exists(),
                                reason="needs ../shared/wild and ../shared/real")


@lru_cache(maxsize=None)
def statistics_of(name: str) -> tuple:
    path = next(p for p in (SHARED / "wild" / name, SHARED / "real" / name) if p.exists())
    doc = read_document(str(path), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["statistics"])


def figures(name, where):
    """(value, unit, text) of the statistics read from sentences holding `where`."""
    return [(s["value"], s["unit"], s["text"]) for s in statistics_of(name) if where in " ".join(s["sentence"].split())]


def found(sentence, currency=None):
    return [(s.value, s.unit, s.text) for s in find_statistics(sentence, currency)]


def test_a_malformed_number_has_no_value():
    """Kent's devolution paper prints 'below 500,0000' (500 was stored as a count) and a Norwalk housing agenda
    'Security Deposit 0,00'; their well-formed neighbours stay."""
    assert found("Proposals with population limits below 500,0000 may be considered only on a case-by-case basis.") == []
    assert found("creating councils with a population of 500,000 or more.") == [(500000, "count", "500,000")]
    assert found("Shelter Plus Security Deposit 0,00 Other 150.00 All Payments $634,152.34", "USD") == [
        (634152.34, "USD", "$634,152.34"), (150.0, "USD", "150.00")]
    assert found("a budget of £500,0000 was set") == []


@needs_wild
def test_a_speed_is_no_count():
    """West Dereham parish council: 'the post for the 30 mph sign', 'the start of the 30 mph speed limit', '12 mph
    in excess of the speed limit'; Boughton parish council: 'a new 20 MPH speed limit'. The counts beside them stay."""
    dereham = "sf_west-dereham-pc-minutes-2016-10_index.html"
    assert not [f for f in figures(dereham, "mph") if f[2] == "30"]
    assert not [f for f in figures("sf_west-dereham-pc-minutes-2018-11_index.html", "12 mph") if f[2] == "12"]
    assert (3, "count", "3") in figures(dereham, "a traffic camera in 3 different locations")
    assert found("Norfolk CC would carry out a formal consultation on any proposal for a new 20 MPH speed limit.") == []
    assert found("at a speed of 12 mph in excess of the speed limit, or 40 miles per hour") == []


@needs_wild
def test_an_age_bound_is_no_count():
    """Suffolk Libraries board: 'a further consultation for people under 18'; Souldern's annual parish meeting:
    'every child under 16 will receive a celebration mug'. 'over 100 cars' (Stoke Ferry) counts cars."""
    assert not [f for f in figures("sl_board-meeting-minutes-2012-09-11.pdf", "people under 18") if f[2] == "18"]
    assert not [f for f in figures("sd_2012-05-09 Annual Parish Meeting minutes.pdf", "child under 16") if f[2] == "16"]
    assert found("there would be over 100 cars travelling in and out of the site") == [(100, "count", "100")]


@needs_wild
def test_house_numbers_listed_before_their_street_are_no_count():
    """Ayton community council: '3 and 8 Old Town – following discussion with SBC's Enforcement Officer' (two
    houses); a list before a plural still counts ('between 5 and 10 Members of the public')."""
    assert not [f for f in figures("ayton_2018-06-05.pdf", "Old Town") if f[2] in ("3", "8")]
    assert found("Plots 4, 5 and 6 Church Lane were sold") == []
    # where the street names itself as one, the street rule takes the list as well: West Dereham's '1 and 2 Bungalow,
    # Church Road', Des Moines' '60 units located at 6010 and 6030 Creston Avenue'
    assert found("the access to 1 and 2 Bungalow, Church Road.") == []
    assert found("new construction of 60 units located at 6010 and 6030 Creston Avenue.") == [(60, "count", "60")]
    assert found("between 5 and 10 Members of the public attended") == [(5, "count", "5"), (10, "count", "10")]


@needs_wild
def test_pence_are_money():
    """Souldern parish council: 'Was 37p per Kwhr, is now 22p per KWhr'; Boughton parish council: 'an increase of
    60p per household per annum'; West Dereham: 'cost per black and white sheet was 10p'."""
    assert (0.37, "GBP", "37p") in figures("sd_2025-10-30 SPC minutes.pdf", "37p per Kwhr")
    assert (0.6, "GBP", "60p") in figures("sf_boughton-pc-agenda-minutes-2013-11_index.html", "60p per household")
    assert (0.1, "GBP", "10p") in figures("sf_west-dereham-pc-minutes-2017-04_index.html", "sheet was 10p")
    assert found("It costs 25 pence a page and 50 cents a copy") == [(0.25, "GBP", "25 pence"), (0.5, "USD", "50 cents")]
    assert found("a 5p coin", "USD") == []  # where the paper's money is dollars a 'p' is no penny
    assert found("Comments by 5:00p.m. on the day, or 4 p.m.") == []  # a time (two California cities' agendas)


@needs_wild
def test_figures_under_bare_currency_signs_are_money():
    """North of Tyne LPC's accounts print '2018 2017 2018 2017 £ £ £ £' over 'Contractor Levy Income 234,000
    234,001' (stored as counts); Stoke Ferry parish council's payments table a row '£ | £ | £' over 'Net | VAT |
    Gross', whose amounts under 100 ('14.80 | 2.96 | 17.76') were lost."""
    levy = figures("notlpc_NoT-LPC-Annual-Report-Financial-Statements-2018-Rev-18-08-B.pdf", "Contractor Levy Income")
    assert (234000, "GBP", "234,000") in levy and (234001, "GBP", "234,001") in levy
    assert not [f for f in levy if f[1] == "count"]
    assert not [f for f in levy if f[2] in ("2018", "2017")]  # the columns' years head them; they are no amounts
    bins = figures("sf_stoke-ferry-pc-minutes-2015-07_index.html", "Glazewing, May Cemetery bins")
    assert sorted(bins) == [(2.96, "GBP", "2.96"), (14.8, "GBP", "14.80"), (17.76, "GBP", "17.76")]


@needs_wild
def test_a_long_sentence_is_stored_around_its_figure():
    """Wereham parish council's receipts and payments read as one run of text, and a Suffolk Libraries board
    item of 2,000 characters: figures past their first 1000 were stored with a sentence that did not hold them,
    so the site showed, and the audit judged, a sentence without the figure."""
    for name in ("sf_wereham-pc-minutes-2015-07_index.html", "sl_board-meeting-minutes-2012-09-11.pdf"):
        stats = statistics_of(name)
        assert [s for s in stats if s["sentence"].startswith("…")], name
        assert all(len(s["sentence"]) <= 1000 and s["text"] in s["sentence"] for s in stats), name
    sentence = " ".join(f"word{i}" for i in range(600)) + " paid £12.50 " + " ".join(f"w{i}" for i in range(300))
    cut = _around(sentence, sentence.index("£12.50"))
    assert "£12.50" in cut and cut.startswith("…") and len(cut) <= 1000
    assert _around("short £5 sentence", 6) == "short £5 sentence"


@needs_wild
def test_the_audit_sample_gives_each_statistic_its_own_key(tmp_path):
    """West Dereham's payments run prints '£0.00' in six rows of one sentence: the audit's keys (file, page,
    figure, the sentence's start) were one key for six statistics, so one judgement stood for all six."""
    import importlib.util
    import random
    import sqlite3

    from .conftest import run_cli

    db_path = tmp_path / "one.db"
    run_cli("ingest", SHARED / "wild" / "sf_west-dereham-pc-minutes-2017-04_index.html", "--db", db_path, check=True)
    spec = importlib.util.spec_from_file_location("audit_sample", Path(__file__).resolve().parent.parent / "benchmarks"
                                                  / "audit_sample.py")
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    rows = audit.sample_statistics(db, 10000, random.Random(1))
    keys = [audit.stat_key(r) for r in rows]
    assert len(rows) == db.execute("select count(*) from statistics").fetchone()[0]
    assert len(set(keys)) == len(keys)
    # a nil VAT cell is no longer stored; a net printed again as the gross ('£558.89 £0.00 £558.89') is the same figure
    # twice in one sentence
    assert sum(1 for r in rows if r["text"] == "£558.89") >= 2


def test_a_measurement_carries_its_own_unit():
    """A length, an area or a weight is no count of feet: San Diego's planning agenda ('a 25-foot-tall
    mono-broadleaf tree'), Des Moines ('a 166 acre parcel', 'to 1000 feet south of Railroad'), Gardena ('a 17,221
    square foot property'), Stoke Ferry ('could spread up to 4 miles'), Wereham ('a clear 3 metre access'), and so is a
    signed limit's ('the 7.5 tonne restriction signs', West Dereham); a name may hold a unit."""
    assert found("replace an existing mono-palm with a 25-foot-tall mono-broadleaf tree supporting 12 AT&T "
                 "antennas.") == [(25, "ft", "25-foot"), (12, "count", "12")]
    assert found("negotiation or condemnation of a 166 acre parcel") == [(166, "acre", "166 acre")]
    assert found("on 63rd street, from Grand to 1000 feet south of Railroad") == [(1000, "ft", "1000 feet")]
    assert found("to subdivide a 17,221 square foot property") == [(17221, "sq ft", "17,221 square foot")]
    assert found("The plant's pollen could spread up to 4 miles, potentially") == [(4, "mi", "4 miles")]
    assert found("as long as a clear 3 metre access was guaranteed.") == [(3, "m", "3 metre")]
    # a signed limit's figure is a measure like the access's width above, and no count of tonnes
    assert found("a 7.5 tonne weight limit on the bridge") == [(7.5, "t", "7.5 tonne")]
    assert found("The council asked for a 10 tonne weight limit on the bridge.") == [(10, "t", "10 tonne")]
    assert found("a 3 metre height restriction at the car park entrance") == [(3, "m", "3 metre")]
    assert found("letters to 100 Acres Lane were sent") == []


@needs_wild
def test_measurements_on_real_papers_of_two_bodies():
    """Wereham parish council's minutes ('onto a 10 foot wide lane') and Des Moines' council minutes ('a 166
    acre parcel') store each measurement with its unit, none as a count."""
    assert (10, "ft", "10 foot") in figures("sf_wereham-pc-minutes-2011-12-extraordinary_index.html", "10 foot wide lane")
    assert (166, "acre", "166 acre") in figures("dsm_1999-02-22_meeting_minutes.pdf", "166 acre parcel")
