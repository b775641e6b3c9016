"""Figures stated in the text: percentages, money, rates and counts with what is counted.
Not dates, times, years, item or page numbers, phone numbers or references."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Iterator

from ..ingest.dates import find_dates
from .english import FUNCTION_WORDS as STOP_WORDS
from .literal_gate import Gated
from .char_gate import may_match, required_characters
from .digit_scan import DigitLed
from .number_gate import NumberWords, words_before_number
from .running_totals import label_subtotals
from .statistic_measure import (MONEY_MEASURE_RE, measure_after as _measure_after, measure_before as _measure_before,
                                measure_in_columns, measure_of_amount, names_money, period_of, periods)

SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR"}
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# a figure glued by a comma to digits that make no thousands group ('500,0000', '0,00') is a typo whose value
# cannot be told: no prefix of it is read ('500' of '500,0000' was stored as a count)
WHOLE = r"(?!\d|,\d)"
# a thousands group parted from its comma by a stray space ('$665, 575.42' Norwalk, '$ 77, 096.00' Cuyahoga): one
# sum, read only where it ends in cents or pence, as a list of sums ('$5, 100 and 200') does not
SPACED_MONEY = r"\d{1,3}(?:, \d{3})+\.\d{2}(?!\d)"
MONEY_RE = re.compile(
    rf"(?P<cur>[£$€])\s?(?P<num>{SPACED_MONEY}|{NUMBER}){WHOLE}(?:\s?(?P<scale>k|m|mn|bn|million|billion|thousand)\b(?!\s*&))?", re.I)
MONEY_WORDS_RE = re.compile(rf"(?<![\w.,])(?P<num>{NUMBER}){WHOLE}\s?(?P<scale>million|billion|thousand|m|k)?\s+(?P<cur>pounds|dollars|euros|pence|cents)\b", re.I)
MONEY_WORDS = {"pounds": ("GBP", 1), "dollars": ("USD", 1), "euros": ("EUR", 1), "pence": ("GBP", 0.01), "cents": ("USD", 0.01)}
# pence written with their sign: '37p per kWh', 'an increase of 60p per household', '48p Interest' (only where the
# paper's money is pounds, or it names none: elsewhere '5p' is a label)
PENCE_SIGN_RE = re.compile(r"(?<![\w.,:£$€/#-])(?P<num>\d{1,3}(?:\.\d{1,2})?)p\b(?![.,]\d|\.?m\b|['’-])")
# a length, an area, a weight or a volume with its unit ('a 25-foot-tall mono-broadleaf tree', 'a 166 acre parcel',
# 'a 17,221 square foot property', 'a clear 3 metre access'): a measurement, not a count of feet; its unit is its own.
# 'm', 'mi', 't' and 'in' alone are left out: a million, an abbreviation, a word
MEASURE_RE = re.compile(rf"(?<![\w.,£$€/#-])(?P<num>{NUMBER}){WHOLE}\s?-?\s?(?P<unit>square\s+(?:feet|foot|metres|meters|miles)|"
                        r"sq\.?\s?(?:ft|m|metres|meters|feet)|feet|foot|ft|miles?|metres?|meters?|km|kilomet(?:re|er)s?|yards?|"
                        r"inch(?:es)?|acres?|hectares?|tonnes?|tons?|kg|kilos?|kilograms?|litres?|liters?|gallons?|"
                        # energy and power: '20,000 kWh/pa', 'usage was 2,622.30 kWh' (not pounds, not a count of kWh)
                        r"[kmg]w\s?h(?:rs?)?|[kmg]wh?|kilowatt[\s-]?hours?|kilowatts?|megawatts?)\b"
                        r"(?!['’]|\s+(?:per|an)\s+hour)", re.I)
# each unit word's first letters, as written without spaces or hyphens ('kW h', 'kilowatt-hours'), and its unit
MEASURE_UNITS = (("feet", "ft"), ("foot", "ft"), ("ft", "ft"), ("mile", "mi"),
                 ("metre", "m"), ("meter", "m"), ("km", "km"), ("kilomet", "km"), ("yard", "yd"), ("inch", "in"),
                 ("acre", "acre"), ("hectare", "ha"), ("ton", "t"), ("kg", "kg"),
                 ("kilowatthour", "kWh"), ("kilowatt", "kW"), ("megawatthour", "MWh"), ("megawatt", "MW"),
                 ("kwh", "kWh"), ("mwh", "MWh"), ("gwh", "GWh"), ("kw", "kW"), ("mw", "MW"), ("gw", "GW"),
                 ("kilo", "kg"), ("litre", "l"), ("liter", "l"), ("gallon", "gal"))


def _measure_unit(word: str) -> str:
    w = " ".join(word.lower().split())
    if w.startswith("sq"):  # 'sq ft', 'sq. m', 'square feet', 'square miles'
        return "sq ft" if w.endswith(("ft", "feet", "foot")) else "sq mi" if w.endswith("miles") else "sq m"
    compact = w.replace(" ", "").replace("-", "").replace("hrs", "h").replace("hr", "h")  # 'kW hrs' is 'kwh'
    return next(unit for prefix, unit in MEASURE_UNITS if unit and compact.startswith(prefix))


PERCENT_RE = re.compile(rf"(?<![\w.])(?P<num>{NUMBER}){WHOLE}\s?(?:%|per\s?cent\b|percent\b)", re.I)
# a day before its month whose ordinal OCR read as a percent sign: '27" July 31% August 28" September' ('31st')
OCR_ORDINAL_RE = re.compile(r"\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
# a minus sign before a figure, not a hyphen between words or a range's ('-5 per cent', '(−2.1%)', 'fell by -3%';
# not '2-5%', 'year-5%')
MINUS_RE = re.compile(r"(?:^|(?<=[\s(\[:=]))[-−–]\s?$")


def _signed(sentence: str, start: int, value: float) -> float:
    return -value if MINUS_RE.search(sentence[max(0, start - 3):start]) else value


RATE_RE = re.compile(rf"(?<![\w.])(?P<num>{NUMBER})\s+(?:[a-z]+\s+){{0,3}}?per\s+(?P<per>{NUMBER}|thousand|million|capita|head|1k|100k)\b", re.I)
# not a count: a number glued to a sub-clause ('3(b) should read'), the first of a range the line cut ('from 3-'), or
# to a currency sign after it ('100€', '(1£m)': money, whose amount is not read; a space leaves the sign to the next
# figure, '2 £300')
COUNT_RE = re.compile(rf"(?<![\w.,/£$€#:=*+-])(?<!\d-\s)(?P<num>{NUMBER})(?![\w%£$€]|[.,/:-]\d|/[A-Za-z]|\s?(?:%|per\s?cent|am|pm|a\.m|p\.m)"
                      r"|\([a-z]{1,3}\)|\s?[-–]\s*$)")
TIME_UNITS = {"am", "pm", "hrs", "hours", "hour", "mins", "minutes", "minute", "seconds", "years", "year", "months",
              "evenings", "mornings", "afternoons", "nights", "weekends", "fortnights",
              "month", "weeks", "week", "days", "day", "o'clock", "th", "st", "nd", "rd", "yearly", "monthly", "weekly",
              "daily", "hourly", "annually"}
_DIGIT = re.compile(r"\d")


@dataclass
class StatFact:
    value: float
    unit: str
    text: str
    measure: str | None
    period: str | None
    start: int
    end: int


def _number(text: str) -> float:
    return float(text.replace(",", "").replace(" ", ""))


# 'three architects', 'six apprentices': a number word before what it counts
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
WORD_COUNT_RE = Gated(re.compile(r"(?i)\b(?P<num>" + "|".join(WORD_NUMBERS) + r")\s+(?!\()(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]+s)\b"),
                      *WORD_NUMBERS)
# one person present, in words, as a paper counts more of them in figures ('one member of the public', Stoke Ferry
# Village Hall; 'One member of the Public was present', Northwold; '5 members of the public'): the singular is a count
# only for those a meeting counts, where it says who attended (the end of a list's entry, 'was present'), not where it
# tells what one of them did ('One member of the public asked if ...'); never 'one of the', 'one year'
ONE_ATTENDING_RE = Gated(re.compile(r"(?i)\bone\s+(?P<noun>member)\s+of\s+the\s+(?:public|press)\b(?=\s*(?:[.,;:)]|$|"
                                    r"(?:was|were)\s+(?:also\s+)?present\b|present\b|attended\b|in\s+attendance\b))"),
                         "member")
# a number word in the name of a past event is no count ('those ... that gave their lives during the two world wars',
# Souldern; 'the Council had existed since 1889 ... through two world wars', Kent)
HISTORY = {"world wars"}
NOT_COUNTED = {"times", "ways", "sides", "parts", "thirds", "quarters", "halves", "others", "days", "weeks", "months",
               "years", "hours", "minutes", "seconds", "decades", "centuries", "yards", "miles", "metres", "meters", "feet",
               "inches", "percent", "pounds", "dollars", "pence", "cents", "is", "was", "has", "this", "thus", "as", "us"}
# a figure in thousands without its currency sign ('expense of the purchases 46K'), in a sentence about money
THOUSANDS_RE = re.compile(r"(?<![\w.,£$€])(?P<num>\d{1,3}(?:\.\d+)?)\s?[kK]\b")
# an amount to the penny without its currency sign: '1,962.39', '292.03' (three or more whole digits, so
# not a time '7.15' or a section '3.10')
_NOT_MONEY_AFTER = r"(?![\d.]|,\d|\s?(?:%|per\s?cent|hours?|hrs|miles|km|metres|meters|m\b|kg|mph|acres?|hectares?|sq|(?i:[kmg]wh?)\b))"
PENCE_RE = re.compile(r"(?<![\w.,£$€/\-])(?P<num>\d{1,3}(?:,\d{3})+\.\d{2}|\d{3,}\.\d{2})" + _NOT_MONEY_AFTER)
# a smaller one, with one or two whole digits: money only where its own words name money ('Bank charges 83.80'), for
# a time ('at 7.15pm') or a section ('3.10') may print the same
SMALL_PENCE_RE = re.compile(r"(?<![\w.,£$€/\-:])(?P<num>\d{1,2}\.\d{2})(?!\s?(?i:am|pm|a\.m|p\.m|hrs)\b)" + _NOT_MONEY_AFTER)


# every match of these opens with a digit: each is tried at the sentence's digits only (digit_scan)
MONEY_WORDS_RE, PENCE_SIGN_RE, MEASURE_RE, PERCENT_RE, RATE_RE, COUNT_RE, THOUSANDS_RE, PENCE_RE, SMALL_PENCE_RE = (
    DigitLed(p) for p in (MONEY_WORDS_RE, PENCE_SIGN_RE, MEASURE_RE, PERCENT_RE, RATE_RE, COUNT_RE, THOUSANDS_RE, PENCE_RE,
                          SMALL_PENCE_RE))


def _remembered(find):
    """The figures of a sentence seen before (a running head, a repeated row or boilerplate) are
    not looked for again: `find` reads nothing but its arguments. Each caller gets its own list
    (the StatFacts in it are only read)."""
    cached = lru_cache(maxsize=8192)(find)

    @wraps(find)
    def remembered(sentence: str, currency: str | None = None, counts: bool = True) -> list[StatFact]:
        return list(cached(sentence, currency, counts))
    remembered.cache_clear = cached.cache_clear
    return remembered


@_remembered
def find_statistics(sentence: str, currency: str | None = None, counts: bool = True) -> list[StatFact]:
    """The figures of one sentence. `currency` is the paper's own (the one its signed amounts use):
    with it, amounts printed without a sign ('46K' in a sentence about money, '1,962.39') are read
    as money; without it they are left out. Without `counts` only amounts, percentages and rates are
    read: what a bare number counts can be told only in English."""
    if not _DIGIT.search(sentence):
        return _word_counts(sentence) if counts else []
    facts: list[StatFact] = []
    # characters already taken by a figure, and those that are dates or references: one mark per
    # character, so that checking a match costs its length, not the number of figures before it
    taken = bytearray(len(sentence))

    def free(s, e):
        return 1 not in taken[s:e]

    named: list[list] = []  # the periods, found once per sentence: a sentence of 20,000 figures took minutes

    def add(value, unit, m, measure=None):
        if not named:
            named.append(periods(sentence))
        facts.append(StatFact(value, unit, m.group(0).strip(), measure,
                              period_of(sentence, m.start(), m.end(), named[0]), m.start(), m.end()))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())

    for m in MONEY_RE.finditer(sentence):
        if _column_head(sentence, m):
            continue
        value = _number(m.group("num")) * SCALE.get((m.group("scale") or "").lower(), 1)
        add(value, CURRENCY[m.group("cur")], m, measure_of_amount(sentence, m.start(), m.end()))
    for m in MONEY_WORDS_RE.finditer(sentence):
        if free(m.start(), m.end()):
            cur, part = MONEY_WORDS[m.group("cur").lower()]
            add(_number(m.group("num")) * SCALE.get((m.group("scale") or "").lower(), 1) * part, cur, m)
    if currency in (None, "GBP") and "p" in sentence:
        for m in PENCE_SIGN_RE.finditer(sentence):
            if free(m.start(), m.end()) and not _cited(sentence, m.start()):
                add(round(_number(m.group("num")) / 100, 4), "GBP", m, measure_of_amount(sentence, m.start(), m.end()))
    for m in PERCENT_RE.finditer(sentence):
        if free(m.start(), m.end()) and not OCR_ORDINAL_RE.match(sentence, m.end()):
            add(_signed(sentence, m.start(), _number(m.group("num"))), "percent", m, measure_of_amount(sentence, m.start(), m.end()))
    for m in RATE_RE.finditer(sentence):
        if free(m.start(), m.end()):
            add(_number(m.group("num")), "rate", m, m.group(0))
    if currency:
        thousands = list(THOUSANDS_RE.finditer(sentence))  # the rarer, and cheaper, of the two asked first
        if thousands and MONEY_MEASURE_RE.search(sentence):
            for m in thousands:
                if free(m.start(), m.end()) and not _cited(sentence, m.start()):
                    add(_number(m.group("num")) * 1e3, currency, m, _measure_before(sentence, m.start()))
        for m in PENCE_RE.finditer(sentence):
            if free(m.start(), m.end()) and not _cited(sentence, m.start()) and _number(m.group("num")) > 0:
                add(_number(m.group("num")), currency, m, measure_in_columns(sentence, m.start(), m.end()))
        for m in SMALL_PENCE_RE.finditer(sentence):
            if free(m.start(), m.end()) and not _cited(sentence, m.start()) and _number(m.group("num")) > 0 and \
                    names_money(sentence, m.start(), m.end()):
                add(_number(m.group("num")), currency, m, measure_in_columns(sentence, m.start(), m.end()))
    facts[:] = label_subtotals(sentence, facts)
    if not counts or not re.search(r"[A-Za-z]{3}", sentence):
        return facts  # '5 13.', '4 | 4': numbers with no words say nothing of what they count
    for m in MEASURE_RE.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        if not _cited(sentence, m.start()) and not (
                m.group("unit")[0].isupper() and STREET_RE.match(sentence[m.end("num"):m.end("num") + 90])):
            # a name may hold a unit ('100 Acres Lane')
            add(_number(m.group("num")), _measure_unit(m.group("unit")), m, _measure_after(sentence, m.end()))
    counts = [m for m in COUNT_RE.finditer(sentence) if free(m.start(), m.end())]
    if not counts:  # no bare number left: what is not a figure need not be looked for
        return facts + _word_counts(sentence)
    # a figure must be a count by its own words and lie outside every date, reference and label:
    # both are pure tests, so the costly scan for non-figures runs only when some count passes the first
    counts = [m for m in counts if _is_count(sentence, m)]
    if not counts:
        return facts + _word_counts(sentence)
    excluded = bytearray(len(sentence))
    for xs, xe in [(d.start, d.end) for d in find_dates(sentence)] + _bare_cells(sentence):
        excluded[xs:xe] = b"\x01" * max(0, xe - xs)
    # the non-figure patterns one at a time, until every count lies in a span: what the rest would
    # find could exclude nothing more (about a third of the patterns are run, on bench_real's papers)
    non_figures = _non_figures(sentence)
    while not all(1 in excluded[m.start():m.end()] for m in counts):
        spans = next(non_figures, None)
        if spans is None:
            break
        for xs, xe in spans:
            excluded[xs:xe] = b"\x01" * max(0, xe - xs)
    for m in counts:
        s, e = m.start(), m.end()
        if 1 in excluded[s:e]:
            continue
        add(_number(m.group("num")), "count", m, _measure_after(sentence, e))
    return facts + _word_counts(sentence)


# a table's column heads read by OCR: 'Payee Detail Total £5 VAT Comments' ('£s', printed 'fs' on the same page's
# other table): a lone digit after a currency sign between two heads is a letter, no amount
COLUMN_HEADS = {"total", "net", "gross", "vat", "amount", "amounts", "payee", "detail", "details", "description", "cheque",
                "invoice", "balance", "budget", "actual", "spent", "paid", "receipts", "payments"}


def _column_head(sentence: str, m: re.Match) -> bool:
    if not re.fullmatch(r"\d", m.group("num")) or m.group("scale"):
        return False
    before = re.search(r"([A-Za-z]+)\W*$", sentence[max(0, m.start() - 20):m.start()])
    after = re.match(r"\W*([A-Za-z]+)\b(?!\W*[£$€]?\d)", sentence[m.end():m.end() + 30])  # 'VAT £1' is a figure's head
    return bool(before and after and before.group(1).lower() in COLUMN_HEADS and after.group(1).lower() in COLUMN_HEADS)


CITED_RE = re.compile(r"(?i)(?:§|\b(?:code|sections?|paragraphs?|para|items?|pages?|rules?|clauses?|act)\b)[^£$€]{0,25}$")


def _cited(sentence: str, start: int) -> bool:
    """A figure in a citation ('Iowa Code §§ 21.8, 26.12, and 414.12') is no amount of money."""
    return bool(CITED_RE.search(sentence[max(0, start - 30):start]))


def _word_counts(sentence: str) -> list[StatFact]:
    facts = []
    for m in WORD_COUNT_RE.finditer(sentence):
        noun = m.group("noun").lower()
        if m.group("noun")[0].isupper() and m.start() > 0:
            continue  # 'the Four Govan Barons', 'in Three Lakes Estates': a name, not a count
        if f"{m.group('adj') or ''} {noun}".lower().strip() in HISTORY:
            continue
        if noun in NOT_COUNTED or noun in TIME_UNITS or noun.endswith(("ous", "ss", "us", "is")) or (m.group("adj") or "").lower() in NOT_COUNTED | TIME_UNITS | \
                {"of", "or", "and", "to", "the", "were", "are", "more", "further", "other", "such"}:
            continue
        facts.append(StatFact(float(WORD_NUMBERS[m.group("num").lower()]), "count", m.group(0), m.group("noun"), None,
                              m.start(), m.end()))
    for m in ONE_ATTENDING_RE.finditer(sentence):
        facts.append(StatFact(1.0, "count", m.group(0), m.group("noun"), None, m.start(), m.end()))
    return facts


YEAR_BEFORE_RE = re.compile(r"(?i)\b(?:in|since|from|by|of|during|until|till|to|before|after|between|and|or|year|fy|"
                            r"early|late|mid|spring|summer|autumn|winter|january|february|march|april|may|june|july|"
                            r"august|september|october|november|december)\s*$")
FUNCTION_WORDS = set("to and or the a an in on at by for of from was were is are be been with as than that which".split())
# a house number: '2711 Douglas Avenue', '150 N. Third St', 'Lee Knutson, 4214 University requesting'; each number
# whole ((?!\d)), or a run of figures splits into numbers in exponentially many ways
STREET_RE = re.compile(r"^(?:\s*,?\s*(?:and|&)?\s*\d{1,5}(?!\d))*,?[\s-]+(?:[NSEW]{1,2}\.?\s+)?(?:\d+(?i:st|nd|rd|th)\s+)?(?:[A-Z][\w'’.]*\s+){0,3}"
                       r"(?i:street|st|avenue|ave|aven|road|rd|drive|dr|lane|ln|way|blvd|boulevard|court|ct|place|pl|close|"
                       r"crescent|terrace|parkway|pkwy|highway|hwy|circle|square|sq|bungalow|cottages?|house|farm|lodge|barn)\b")


def _is_count(sentence: str, m: re.Match) -> bool:
    """A bare number is a count of something, not a duration, a year, a house number or a code."""
    raw, s, e = m.group("num"), m.start(), m.end()
    if sentence[e:e + 1] in INCH_MARKS and sentence[s - 1:s] not in OPENING_QUOTES:
        # a number glued to a double prime or a closing quote that opened nowhere: inches ('a 40” TV', Halesworth
        # library's Friends), a code or an ordinal OCR read as the mark ('from C-1”' read '1”', Des Moines; 'from 9""
        # January', North of Tyne LPC)
        return False
    following = re.sub(r"^\s*(?:\)|\(\w+\))", "", sentence[e:e + 40])[:30]  # 'three (3) minutes', '3 (three) minutes'
    next_word = re.match(r"\s*-?\s*([A-Za-z'’]+)", following)
    # 'about 20 plus years ago', '30-odd years': the unit after a hedge
    following = re.sub(r"^\s*(?:plus|odd|-odd|or so|or more|\+)(?=\s)", "", following)
    next_word = re.match(r"\s*-?\s*([A-Za-z'’]+)", following)
    as_printed = next_word.group(1) if next_word else ""
    word = as_printed.lower()
    if re.match(r"\s*-?\s*(?:calendar|working|business|school|financial|full|consecutive)\s+(?:days?|weeks?|months?|years?)\b", following):
        return False
    if word in TIME_UNITS and not re.match(r"(?i)(?:th|st|nd|rd)\s+(?:out of|highest|lowest|place)", following.strip()):
        return False  # durations and times: '3 years', '10-minute recess', '35 year old'
    if word in ("yr", "yrs", "yo", "minute", "sec", "secs"):
        return False
    if word in SPEED_UNITS or re.match(r"(?i)\s*(?:miles|kilometres|km)\s+(?:per|an)\s+hour\b", following):
        return False  # a speed is a limit or a reading, never how many of something: 'the 30 mph sign', '20 MPH speed limit'
    if len(raw) in (3, 4) and raw.isdigit() and AT_PLACE_BEFORE_RE.search(sentence[max(0, s - 8):s]) \
            and AT_PLACE_AFTER_RE.match(sentence, e):
        return False
    # the first of a range names its unit only at the range's end, and a suspended hyphen may stand before
    # the range word: '2- to 10-Hour meters', '9 to 36-month'
    range_to = re.match(r"\s*[-–]?\s*(?:-|–|to|and|or|through|thru)\s*\d+\s*-?\s*([A-Za-z]+)", following)
    if range_to and range_to.group(1).lower() in TIME_UNITS | {"yr", "yrs", "minute"}:
        return False  # '19 - 35 year old', '2 to 3 weeks', 'for 16 and 17-year-olds': a range of durations or ages
    if range_to and range_to.group(1).lower() in RANGE_MEASURES:
        return False  # 'by 2 to 3m', '1-2 km': the first of a range of lengths or weights, its unit at the end
    if _open_band(sentence[e:e + 60]):
        return False
    # a number hyphened to a word, or the first of such a pair, describes what follows: 'a 5-bar timber gate', 'not
    # just 3- or 4-bedroom homes' (how many bars or bedrooms each has, not how many gates or homes)
    if COMPOUND_RE.match(sentence, e):
        return False
    if raw in SERVICE_NUMBERS and _dialled(sentence[max(0, s - 25):s], sentence[e:e + 30]):
        return False
    if re.fullmatch(YEAR, raw) and re.search(r"(?i)\b(?:the|this|that|next|last|its|our|their)\s+$", sentence[:s]):
        return False  # 'the 2017 concert'
    if re.fullmatch(YEAR, raw) and (not word or word in FUNCTION_WORDS or YEAR_BEFORE_RE.search(sentence[:s])
                                               or not following[:1].isspace()):
        return False  # a year: 'from 2005 to 2017', 'in 2015', '2036.'
    if re.fullmatch(YEAR, raw) and not (as_printed[:1].islower() and len(word) > 2 and word.endswith("s")
                                        and word not in FUNCTION_WORDS and word not in NOT_COUNTED):
        # '1995 carryover funds', '2021 HMA Resurfacing', 'the 1880 closure order', 'LG(MP)A 1976 s. 19': a year
        # naming what follows ('1500 homes' stays)
        return False
    if re.fullmatch(r"(?:19|20)\d\d\d\d", raw) and int(raw[2:4]) + 1 == int(raw[4:]) % 100:
        return False  # '201920': the financial year 2019/20 with its slash lost
    if len(raw) > 1 and raw[0] == "0" and "." not in raw:
        return False  # '000', '020520': codes, not quantities
    if re.fullmatch(r"\d{5,}", raw) and not (as_printed[:1].islower() and word not in FUNCTION_WORDS
                                             and not word.endswith(("ed", "ing"))):
        # an unseparated long number with no noun after it: cheque, account, zip or house number ('221730
        # reported on November 1')
        return False
    if re.fullmatch(r"\d{3,}", raw) and re.match(r"(?:\s*,\s*(?:and\s+)?\d{3,5}(?!\d))*\s+(?:[A-Z][a-z]+\b|[A-Z]{2,}\b|[A-Z]\.?\s+[A-Z][a-z]|"
                                                 r"[NSEW]\.(?:[NSEW]\.)?\s)", sentence[e:e + 60]) and not MONTH_RE.match(word):
        # '2711 Douglas Avenue', '150 N. Third St', '11856 Orange': an address; '2188 JD Signs', '2226 C Pointeer':
        # a cheque number before the payee
        return False
    if re.fullmatch(r"\d{4}", raw) and re.match(r"\s+[A-Z]{3,}\b", following):
        return False  # '2190 BCKLWN Litter Bins': a cheque or invoice number before the payee's code
    if STREET_RE.match(sentence[e:e + 90]):  # long enough for '1231, 1234, 1238 and 1240 12th Street'
        return False
    # the first numbers of a list name what the last one names: '3 and 8 Old Town' (two houses), 'Plots 4, 5 and 6
    # Church Lane'; a list before a plural counts ('between 5 and 10 Members')
    listed = LIST_RUN_RE.match(sentence, e)
    return not _names_a_thing(sentence[listed.end() if listed else e:e + 80])


INCH_MARKS = ('"', "”", "″")
OPENING_QUOTES = ('"', "“")
SPEED_UNITS = {"mph", "kph", "kmh", "km/h"}
# a place in time or on a street, not how many: 'two return journeys ...: one at 1510 and the other at 1715' (a 24-hour
# clock), 'to rezone property at 1111' (a house number whose street the line cut): three or four digits after 'at' with
# nothing they count after them
AT_PLACE_BEFORE_RE = re.compile(r"(?i)\bat\s+$")
AT_PLACE_AFTER_RE = re.compile(r"(?i)\s*(?:$|[.;,)]|(?:and|or|to|until|till|then|hrs|hours)\b|[-–])")
COMPOUND_RE = re.compile(r"(?:-\s+(?:or|and|to)\s+\d+)?-(?!odd\b)[a-z]{2,}\b")
RANGE_MEASURES = {"m", "cm", "mm", "km", "ft", "kg", "mph", "kph", "metres", "meters", "metre", "feet", "foot", "miles",
                  "yards", "inches", "acres", "hectares", "tonnes", "tons", "litres"} | SPEED_UNITS
LIST_RUN_RE = re.compile(r"(?:\s*(?:,|and|&)\s*\d{1,4}(?![\d,.]?\d|\s*[%/:]))+(?=\s+[A-Z])")


# an open-ended band: '65 plus', '18+', '16 and over'; followed by what it counts it is a count ('25 plus houses',
# '70,000+ listeners'), alone it is an age band ('respondents were 65 plus although', 'transitioning into 18+.')
OPEN_BAND_RE = re.compile(r"(?i)(?:\s*\+|\s+plus\b|\s+(?:and|or)\s+(?:over|above|older|under|younger)\b(?!\s+(?:the|a|an|this|that|its|their)\b))(?P<rest>.*)")


def _open_band(after: str) -> bool:
    m = OPEN_BAND_RE.match(after)
    if not m:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", m.group("rest")[:40])[:2]  # what it counts, maybe after an adjective
    return not any(_plural(w) and w.lower() not in TIME_UNITS for w in words)


# short numbers that are telephone services ('police on 101', 'calling 999', 'the NHS 111 service', '111 call
# handlers'), told from a count by the words of calling around them
SERVICE_NUMBERS = {"101", "105", "111", "112", "119", "211", "311", "411", "911", "999"}
DIALLED_BEFORE_RE = re.compile(r"(?i)\b(?:call|calls|calling|called|dial|dialled|dialling|dialing|ring|ringing|phone|"
                               r"phoning|telephone|on|via|nhs|police)\s+(?:the\s+)?$")
DIALLED_AFTER_RE = re.compile(r"(?i)\s*(?:call|calls|number|line|service|helpline|non-emergency|emergency|operator|"
                              r"handlers?)\b")


def _dialled(before: str, after: str) -> bool:
    # the words after first: a service named after its number ('the 101 number', 'via the 101 service', '111 call
    # handlers') is the commoner way, and an anchored match is cheaper than the search before
    return bool(DIALLED_AFTER_RE.match(after) or DIALLED_BEFORE_RE.search(before))


YEAR = r"(?:1[6-9]|20)\d\d"
# what a count counts is a plural ('16 Members of the public', '40 Police officers'); these are plural unmarked
UNMARKED_PLURALS = {"children", "people", "men", "women", "staff", "police", "personnel", "youth", "cattle", "sheep"}
SINGULAR_IN_S = {"news", "series", "species", "means", "headquarters", "whereas", "perhaps", "sometimes", "always"}
# the words of a vote ('7 For, 2 Against', '5 Ayes'): what follows is the side, not a name
VOTE_WORDS = {"for", "against", "abstain", "abstained", "abstaining", "abstention", "abstentions", "ayes", "noes", "yes",
              "no", "in", "votes", "vote"}


def _plural(word: str) -> bool:
    if word.strip(".'’").isupper():
        return False  # 'ILCS', 'NHS': an acronym's plural takes a small s ('PCSOs')
    w = word.lower().strip(".'’")
    if w in SINGULAR_IN_S:
        return False
    return w in UNMARKED_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _names_a_thing(after: str) -> bool:
    """A number before a capitalised name that counts nothing is part of the name or labels it: '48 Fighter
    Wing', 'the 3 Parishes Magazine', '10 AOCB Floral Gateway', '50 Suffolk ALC' (a cheque to a payee). A
    count names what it counts in the plural: '16 Members of the public', '53 Children and Young People's
    Council Members', '40 Police officers', '6 CCTV cameras'."""
    m = re.match(r"\s+((?:[A-Z][\w'’&.\-]*)(?:\s+[A-Z][\w'’&.\-]*){0,4})(?:\s+([a-z][\w'’\-]*))?", after)
    if not m:
        return False
    words = m.group(1).split()
    if words[0].lower().strip(".,") in VOTE_WORDS | MONTH_NAMES:
        return False
    return not (_plural(words[-1]) or (m.group(2) and _plural(m.group(2))))


MONTH_RE = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
               "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _bare_cells(sentence: str) -> list[tuple[int, int]]:
    """In a table row ('57 | `file.pdf` | ...', '| Daniel Thompson | 17'), a cell holding only a
    whole number is a row, item or page number; figures in tables carry a unit or a scaled
    column header (read apart, from the table's header)."""
    if "|" not in sentence:
        return []
    spans, start = [], 0
    for cell in sentence.split("|"):
        if re.fullmatch(r"\s*\d{1,4}[a-z]?\.?\s*", cell):
            spans.append((start, start + len(cell)))
        start += len(cell) + 1
    return spans


def _non_figures(sentence: str) -> Iterator[list[tuple[int, int]]]:
    """Where a number is no figure (a time, a reference, a label, ...): the spans of each pattern
    in turn, found only when asked for."""
    before_numbers = NumberWords(sentence)
    for pattern in (
        r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?",  # times
        r"\b\d{1,2}\s*[ap]\.?m\.?\b",
        r"(?:\+?\d[\d\s]{8,}\d)",  # phone numbers
        r"\b\d+/\d+(?:/\d+)?\b",  # refs and fractions: 24/00108, 2021/22
        r"(?i)(?<![a-z])(?:item|items|page|pages|section|paragraph|para|appendix|minute|ref|nos?\.?|number|rule|clause|schedule|"
        r"part|phase|stage|level|tier|round|chapter|version|ver|room|flat|unit|road|lane|street|box|route|bus|zone|ward|"
        r"policy|standard|statement|quarter|footpath|bridleway|rhif|password|passcode|pin|id|class|grade|band|tab|seat|sheet|cheque|invoice|receipt|account|option|options|district|"
        r"precinct|exhibit|attachment|file|case|claim|permit|ordinance|resolution|bill|communication|lot|plot|parcel|"
        r"suite|block|figure|fig|table|question|questions|agenda|motion|amendment|recommendation|priority|objective|"
        r"action|goal|aim|outcome|post|award|grant|tranche|batch|cohort|wave|term|session|meeting|report)"
        r"\s*\(?\d+[a-z]?(?:[.(]\d+\)?)*(?:\s*(?:,|-|–|to|thru|through|and|&|or)\s*\d+[a-z]?)*",
        r"(?i)\b(?:district|ward|zone|precinct|id|password|passcode|pin|item|page|ref|no)\s*:\s*\d+",  # 'District: 5'
        r"\b\d{1,2}(?:st|nd|rd|th)?\s*[\"”*]?\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?i:[a-z]*)\b",  # '24 Sept', '6 NOVEMBER'
        # '23 and 24 February', '5th-7th May': the first day of a range of dates
        r"\b\d{1,2}(?:st|nd|rd|th|[\"”*])?\s*(?:,|and|&|-|–|to)\s*\d{1,2}(?:st|nd|rd|th|[\"”*])?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)",
        r"['’]\d{2}\b",  # "Sep '13": a year
        r"(?<![\w,])\d+-\d+\s+\d+\b",  # '96-27 9.': a resolution number and its item
        r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",  # a US state and zip code
        r"\)\s*\(\d+\)",  # '(d)(1)': a sub-clause
        r"^\s*\d{1,3}\.?\s+(?=[A-Z][\w’']*(?:\s+(?:[A-Z&][\w’']*|of|and|for|the|to|from|on|in))*\s*(?::|–|-|$|\.{3,}))",  # '2 Declarations of Interest:'
        r"^\s*\d{1,2}\s+(?=[A-Z][a-z]+\s+[A-Z])",  # '10 AOCB Floral Gateway', '6 Highways Rangers': a numbered heading
        r"(?i)\b(?:lga|act|regulations?|ecs|cs)\s+\d{4}",
        r"\b[A-Z]{1,3}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b",  # postcodes
        r"\b\d+(?:\.\d+)+\b",  # section numbers 3.4.3
        r"^\s*\(?\d+[.)]",  # list numbering
        r"\b\d+(?:st|nd|rd|th)\b(?!\s+(?:out of|highest|lowest|place|most|largest))",
        r"(?i)(?<![a-z])year\s*\(?\d{1,2}\b(?![\d,])",  # 'Year 1', 'Year 12' (a school year); not 'previous year 2362 filled'
        # a numbered line or agenda item: '9 Date of next meeting:', '3 To receive the minutes', '2 ORAL
        # COMMUNICATIONS'; not a count that opens a sentence ('16 Members of the public', '53 CYP Council members', '53 Children
        # and Young People's Council Members were presented')
        r"^\s*\d{1,2}\.?\s+(?=[A-Z])(?![A-Z][a-z]+s\s+(?:of|were|are|have|had|attended|present|from|in|who|will|to|and)\b|(?:[A-Z]\w*\s+){1,2}[a-z]+s\b|(?:\S+\s+){1,7}?(?:were|are|was|have|had|attended)\b)",
        r"\b\d{1,2}\s+(?=[A-Z]{3,}\s+[A-Z]{3,})",
        r"^\s*\d{1,3}\s*[–—-]\s+(?=[A-Z][a-z])",  # '2 – Electoral Reform in Kent', '6 - Highways': an item's label
        # a number that ends a name: 'Local Transport Plan 5:', 'Time Limited Debate 3 -', 'Assembly 361 and', 'Bliss 26 LLC',
        # 'Southwoods Estates Plat 1 located at'
        r"\b[A-Z][A-Za-z]{2,} \d{1,3}(?:,\s\d{1,3}(?!\d))*(?![\d,.]?\d)(?=\s*(?:$|[.:;,)\-–]|\s+(?:and|or|of|to|for|in|on|at|with|is|was|[A-Z]|[a-z]+ed\b)))",
        r"(?i)\b(?:dial(?:l?ing)?|ring|phone|tel\.?|telephone)\s+\d{3,}",  # 'dialling 101'
        r"(?i)\bage[ds]?\s+(?:of\s+)?(?:under\s+|over\s+)?\d+",  # 'under the age of 18'
        # an age bound after the people it bounds: 'a further consultation for people under 18', 'every child under 16
        # will receive', 'residents over 65'
        r"(?i)\b(?:people|persons|children|child|kids|pupils|students|youngsters|residents|adults|voters|anyone|everyone|"
        r"those|girls|boys|users|drivers|patients)\s+(?:aged\s+)?(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d{1,2}\b"
        r"(?!\s*%|[.,]\d)",
        # an age set or changed further on in the clause: 'Lower the age of universal suffrage to 16', 'the retirement
        # age was raised to 67'; not what follows as a count ('the age of 16 or under' is the rule above)
        r"(?i)\bage\b(?:\s+[a-z]+){1,5}?\s+(?:to|at|from|of)\s+\d{1,3}\b(?!\s*(?:%|[.,]\d|[a-z]+s\b))",

        r"#\d+",
        # a road: 'A134', 'B1112' (Norfolk parishes), 'two existing A 134 direction signs' (the article 'A' is no road:
        # it opens sentences)
        r"\b[ABM]\d{1,4}(?:\(M\))?\b(?![.,]\d)|(?<=[a-z,]\s)[ABM]\s\d{2,4}\b(?![.,]\d)",
        r"\b\d+(?:-\d+)*-\s+\d+\b",  # '283- 4525' (a phone number), 'submitted 11-30- 95' (a date): split, not counts
        # a number glued to a word is part of its name: 'Covid-19', 'Windows10', 'M25', 'NHS@75' (the NHS's 75th year)
        r"(?i)\bcovid[-\s]?19\b|\b[a-z]+\d+[a-z]*\b|\b\d+[a-z]+\d*\b|(?<=[a-z][@&])\d+",
        r"`[^`]*`|https?://\S+|www\.\S+|\S+\.(?:pdf|docx?|html?|md|php)\b",  # file names, paths and links
        r"\(\d{3}\)\s*\d{3}[-.\s]\d{4}",  # '(310) 217-9524'
        r"(?i)(?<![a-z])(?:title|article|regulation|condition|inv|point|gp|sections?|clauses?|paragraphs?|rules?|"
        r"articles?|regulations?|conditions?|titles?|pages?|items?)\.?\s+\d+[a-z]?(?:\s*\(\d+\))*"
        r"(?:\s*(?:,|-|–|to|and|&|or)\s*\d+[a-z]?)*",
        r"(?i)(?<!\bone\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\bsix\s)(?<!\bten\s)\(\d{1,2}\)",  # '(1)' list numbers
        r"\b\d0['’]?s\b",  # the 70's
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}\b"
        r"(?:\s*(?:,|and|&|-|–)\s*\d{1,2}\b(?!\s*(?:%|per|[a-z])))*"
        r"(?:,\s*\d{3,4}\b(?!,\d))?",  # 'September 29', 'May 201', 'May 10 and 17', 'April 25, 200[5]' (a year cut)
        r"(?:\d+\s*)?\.{3,}\s*\d+|\d+\s*\.{3,}",  # contents pages: '....... 4'
        r"(?i)\b(?:aged?|ages)\s+\d+(?:\s*(?:-|–|to|and)\s*\d+)?",  # ages
        # 'an age range of 3 to 7', 'everyone over 18 who', 'the over-65s': ages without the word 'aged'
        r"(?i)\bage\s+(?:range|group|band|bracket|limit)s?\s+(?:of\s+)?\d+(?:\s*(?:-|–|to|and)\s*\d+)?",
        r"(?i)\b(?:over|under)[-\s]\d{1,2}(?:['’]?s\b|(?=\s+who\b))",
        r"(?i)\b\d{1,2}\s*(?:noon|midday|midnight)\b",  # '(12 noon)': a time
        r"(?<![\w.(])\d{1,2}\)",  # '1) That Ivy be investigated': a list marker
        r"^\s*\d{1,2}\s+(?=(?:The|A|An|It|This|We|He|She|They)\s|[A-Z]{2,4}\s+(?:will|to|has|had|was|is|said|reported|advised|"
        r"agreed|noted)\b|[A-Z]{2,}\s+[A-Z]{2,})",  # '15 The meeting closed', '1 JG will', '1 REVIEW OF': numbered paragraphs
        # channels, bills, routes; every number of a run of extensions ('ext. 230 or 235')
        r"(?i)\b(?:channel|bill|ab|sb|hr|ch|ext|extension|route|highway|interstate|us)\.?\s+\d+(?:\s*(?:,|or|and|/|&)\s*\d+\b)*",
        r"(?i)\bpages?\s*\[\s*\d+",
        # 'Page 1 of 2' (a page's footer), '... listed on Page' / '1 of this agenda.' (a citation cut by a line):
        # where a number stands in a paper, never how many of something
        r"(?i)\bpages?\s+\d+\s*(?:of|/)\s*\d+|\b\d+\s+of\s+(?:this|the)\s+(?:agenda|report|document|minutes|pack|paper|appendix)\b",
        # 'Invoice 1 of 6 previously missed', '(3 of 6)': a place in a series, not how many ('12 of the 14 in
        # attendance' and '2 of 3 councillors' stay)
        r"(?<![\w.,/£$€])\d{1,2}\s+of\s+\d{1,2}\b(?!\s*%|[.,/]\d|\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|children|staff)\b)",
        # 's. 111' (a section of an Act), 'R. 13 2' (a regulation and its paragraph), 'the property numbered 42'
        # (an initial after a title is a name's: 'Mrs S. 12 ...')
        r"(?i)(?<!\bmr\s)(?<!\bms\s)(?<!\bdr\s)(?<!\bmrs\s)(?<!\bcllr\s)\b[sr]\.\s*\d+(?:\s+\d{1,2}(?=\s*[.;,)]|\s*$))?"
        r"|\bnumbered\s+\d+",
        r"\(\d{1,2}-\s?\d{1,2}-\s?\d{2,4}\)",  # '(5- 17-05)': a US date
        r"\b\d+\s+(?:[A-Z][\w&'’]*\s+){1,4}(?:Limited|Ltd|LLC|LLP|Inc|PLC|plc|Corp|Company)\b",  # '2 Agriculture Limited' 
        # the day of a date whose month OCR damaged or cut ('period of J 1, 2005', 'Jly 1, 2005'): a day is
        # known by the year after its comma, whatever stands before it
        r"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,\s?(?:19|20)\d\d\b(?![.,]\d)",
        # a bearing or an angle of a site plan or survey ('N89° 58\'55"E', '10° F'): degrees, minutes and
        # seconds, never how many of something
        r"\d+(?:\.\d+)?\s?[°º]|[°º]\s?\d+|\d{1,3}\s?['’′]\s?\d{1,2}(?:\.\d+)?\s?[\"”″]",
    ):
        words, chars = _gates(pattern)
        if not may_match(chars, sentence) or (words is not None and not before_numbers.can_match(words)):
            yield []  # a character it needs is missing, or none of its words stands before a number
            continue
        yield [(m.start(), m.end()) for m in _compiled(pattern).finditer(sentence)]
    yield _numbered_run(sentence) + _inline_labels(sentence) + _name_numbers(sentence) + _noun_numbers(sentence) + [
        (m.start(), m.end()) for pattern in LABEL_SHAPES for m in _compiled(pattern).finditer(sentence)]


_COMPILED: dict[str, DigitLed] = {}


def _compiled(pattern: str) -> DigitLed:
    # a plain dict: re's own cache costs a call with type checks per lookup, ~60 lookups a sentence
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = DigitLed(re.compile(pattern))
    return found


_GATES: dict[str, tuple] = {}


def _gates(pattern: str) -> tuple:
    """What a non-figure pattern cannot match without: its words before a number, and characters."""
    found = _GATES.get(pattern)
    if found is None:
        found = _GATES[pattern] = (words_before_number(pattern), required_characters(pattern))
    return found


LABEL_SHAPES = (
    r"(?<=:)\s*\d{1,2}\.\s*$",  # 'Public Comment Options: 1.': a list's first label, its item on the next line
    r"(?<![\w.,£$€:/])\d{1,2}:(?=\s+[A-Z])",  # 'in summary these are 1: Put ...': a list label
    r"(?:(?<=[,;)])|(?<=[,;)]\s))\d{1,2}\.\s*$",  # '... the two next nearest schools, 3.': the next item's label
    r"^\s*\d{1,2}\.?\s+(?=(?:19|20)\d\d\s+[A-Z]{3,})",  # '3 2023 CITY COUNCIL COMMITTEE ASSIGNMENTS'
    r"§+\s*\d[\d.]*(?:\s*,\s*(?:and\s+)?\d[\d.]*)*",  # 'Iowa Code §§ 21.8, 26.12, and 414.12'
)


# a capitalised word that hedges or totals a count rather than naming a thing ('Approximately 40 attended')
NOT_NAMES = {"about", "around", "approximately", "roughly", "nearly", "almost", "over", "under", "some", "only", "just",
             "another", "total", "totals", "all", "of", "with", "for", "to", "in", "by", "at", "from", "and", "or", "the",
             "were", "was", "are", "is", "had", "has", "have", "received", "than", "less", "more", "fewer", "least", "most"}
NAME_NUMBER_RE = re.compile(r"\b(?P<name>[A-Z][A-Za-z]{2,})\s(?P<num>\d{1,4})(?![\d,.]?\d|\s*[%/:+-])\s+(?P<next>[a-z][\w'’-]*)")


def _name_numbers(sentence: str) -> list[tuple[int, int]]:
    """A number after a capitalised word that is followed by no plural is the thing's number, not a count of it:
    'Runway 5 extension', 'Group 4 news', 'the NHS 111 service', 'Route 66 diner'. A count follows the thing it
    counts only with a plural after it ('Ward 3 residents' stays). Sentence ends, capitals and function words after
    the number are taken by the label pattern of `_non_figures`."""
    spans = []
    for m in NAME_NUMBER_RE.finditer(sentence):
        name, following = m.group("name"), m.group("next")
        if name.lower() in NOT_NAMES | MONTH_NAMES | VOTE_WORDS or name.lower().endswith("ly") or _plural(name):
            continue
        if _plural(following) or following.lower() in VOTE_WORDS | TIME_UNITS:
            continue
        spans.append((m.start("num"), m.end("num")))
    return spans


# a noun whose number after it is its value, not its label: a quantity ('attendance 12.', 'turnout 35.'), a vote's
# side ('in favour 6,'), or people counted as one ('members of the public 5.', 'staff 4.')
QUANTITY_NOUNS = {"total", "attendance", "present", "quorum", "turnout", "capacity", "population", "membership", "score",
                  "tally", "count", "size", "sum", "average", "mean", "median", "figure", "amount", "value", "balance",
                  "cost", "price", "budget", "precept", "income", "limit", "height", "width", "length", "depth", "weight",
                  "favour", "favor", "support", "public", "people", "staff", "police", "press", "children", "men", "women"}
NOUN_NUMBER_RE = re.compile(r"(?<![\w'’-])(?P<noun>[a-z]{3,}) (?P<num>\d{1,4})(?![\d,.]?\d|\s*[%/:+-])(?= ?[.;,)(])")


def _noun_numbers(sentence: str) -> list[tuple[int, int]]:
    """A number after a singular common noun, closing its clause, is that thing's number: 'Methwold cabinet 1.',
    'the NJC Pay scale 22 (2014-16)', 'footpath 6,', 'key stage 2;'. A count stands before what it counts, or
    after its plural ('members 12'); a noun that names a quantity gives its value ('attendance 12.'). A number
    that ends the text without its stop may be a cut sentence's ('roedd 9' / 'aelod yn bresennol'): not taken."""
    spans = []
    for m in NOUN_NUMBER_RE.finditer(sentence):
        noun = m.group("noun")
        if noun in STOP_WORDS or noun in NOT_NAMES | VOTE_WORDS | TIME_UNITS | MONTH_NAMES | QUANTITY_NOUNS or \
                noun.endswith(("ly", "ed", "ing")) or _plural(noun):
            continue
        spans.append((m.start("num"), m.end("num")))
    return spans


def _inline_labels(sentence: str) -> list[tuple[int, int]]:
    """List labels inside a run of text: 'Board 1. Policy Review', 'the report: 1. The budget', '6. |
    Management Reports'. After a lower-case word the figure ends a sentence instead ('There were 12.
    Then ...') and stays a count."""
    spans = []
    for m in re.finditer(r"(?<![\w.,£$€])\d{1,2}\\?\.(?=\s*(?:\||[A-Z]))", sentence):
        before = sentence[max(0, m.start() - 40):m.start()].rstrip()  # a window: a run of labels stays linear
        if not before or not re.search(r"[a-z0-9%]$", before):
            spans.append((m.start(), m.end()))
    return spans


def _numbered_run(sentence: str) -> list[tuple[int, int]]:
    """'1. widen the entrance ...; 2. remove the gate; and 3. remove the conifer': labels numbered one
    after another are a list, whatever follows them."""
    labels = [(m.start(), m.end(), int(m.group(1))) for m in re.finditer(r"(?<![\w.,£$€])(\d{1,2})[.)](?=\s)", sentence)]
    numbers = {n for _, _, n in labels}
    return [(s, e) for s, e, n in labels if n + 1 in numbers or n - 1 in numbers]
