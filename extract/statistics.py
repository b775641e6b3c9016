"""Figures stated in the text: percentages, money, rates and counts with what is counted.
Not dates, times, years, item or page numbers, phone numbers or references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.dates import find_dates

SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR"}
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MONEY_RE = re.compile(
    rf"(?P<cur>[£$€])\s?(?P<num>{NUMBER})(?:\s?(?P<scale>k|m|mn|bn|million|billion|thousand)\b)?", re.I)
MONEY_WORDS_RE = re.compile(rf"(?P<num>{NUMBER})\s?(?P<scale>million|billion|thousand|m|k)?\s+(?P<cur>pounds|dollars|euros)\b", re.I)
PERCENT_RE = re.compile(rf"(?<![\w.])(?P<num>{NUMBER})\s?(?:%|per\s?cent\b|percent\b)", re.I)
RATE_RE = re.compile(rf"(?<![\w.])(?P<num>{NUMBER})\s+(?:[a-z]+\s+){{0,3}}?per\s+(?P<per>{NUMBER}|thousand|million|capita|head|1k|100k)\b", re.I)
COUNT_RE = re.compile(rf"(?<![\w.,/£$€#:-])(?P<num>{NUMBER})(?![\w%]|[./:-]\d|\s?(?:%|per\s?cent|am|pm|a\.m|p\.m))")
TIME_UNITS = {"am", "pm", "hrs", "hours", "hour", "mins", "minutes", "minute", "seconds", "years", "year", "months",
              "month", "weeks", "week", "days", "day", "o'clock", "th", "st", "nd", "rd"}
PERIOD_RE = re.compile(
    r"(?i)\b(?:in|during|for|over|between|since|by|as of|to)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?"
    r"((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
    r"|(?:q[1-4]|quarter\s+[1-4])(?:\s+(?:19|20)\d\d)?|(?:the\s+)?(?:last|past|previous)\s+\d+\s+(?:months?|years?|weeks?))"
    r"|\((\d+\s+months?\s+to\s+\w+(?:\s+\d{4})?)\)"
)
STOP_MEASURE = set("""the a an of and or to in on at for by with from as is are was were be been this that these those
it its than which who whom whose will would can could should may might has have had there their our we you they""".split())


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
    return float(text.replace(",", ""))


def find_statistics(sentence: str) -> list[StatFact]:
    if not _DIGIT.search(sentence):
        return []
    facts: list[StatFact] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return not any(s < te and ts < e for ts, te in taken)

    period: list[str | None] = []  # found once per sentence: a sentence of 20,000 figures took minutes

    def add(value, unit, m, measure=None):
        if not period:
            period.append(_period(sentence))
        facts.append(StatFact(value, unit, m.group(0).strip(), measure, period[0], m.start(), m.end()))
        taken.append((m.start(), m.end()))

    for m in MONEY_RE.finditer(sentence):
        value = _number(m.group("num")) * SCALE.get((m.group("scale") or "").lower(), 1)
        add(value, CURRENCY[m.group("cur")], m, _measure_after(sentence, m.end()) or _measure_before(sentence, m.start()))
    for m in MONEY_WORDS_RE.finditer(sentence):
        if free(m.start(), m.end()):
            cur = {"pounds": "GBP", "dollars": "USD", "euros": "EUR"}[m.group("cur").lower()]
            add(_number(m.group("num")) * SCALE.get((m.group("scale") or "").lower(), 1), cur, m)
    for m in PERCENT_RE.finditer(sentence):
        if free(m.start(), m.end()):
            add(_number(m.group("num")), "percent", m, _measure_after(sentence, m.end()) or _measure_before(sentence, m.start()))
    for m in RATE_RE.finditer(sentence):
        if free(m.start(), m.end()):
            add(_number(m.group("num")), "rate", m, m.group(0))
    excluded = [(d.start, d.end) for d in find_dates(sentence)] + _non_figures(sentence)
    for m in COUNT_RE.finditer(sentence):
        s, e = m.start(), m.end()
        if not free(s, e) or any(s < xe and xs < e for xs, xe in excluded):
            continue
        value = _number(m.group("num"))
        following = sentence[e:e + 20].strip().lower()
        next_word = re.match(r"[a-z'’]+", following)
        if next_word and next_word.group(0) in TIME_UNITS and not re.match(r"(?:th|st|nd|rd)\s+(?:out of|highest|lowest|place)", following):
            if next_word.group(0) in ("th", "st", "nd", "rd"):
                continue
            if next_word.group(0) not in ("years", "year", "months", "weeks", "days", "hours"):
                continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not re.match(r"\s+[a-z]", sentence[e:e + 3]):
            continue  # a year
        measure = _measure_after(sentence, e)
        add(value, "count", m, measure)
    return facts


def _non_figures(sentence: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (
        r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?",  # times
        r"\b\d{1,2}\s*[ap]\.?m\.?\b",
        r"(?:\+?\d[\d\s]{8,}\d)",  # phone numbers
        r"\b\d+/\d+(?:/\d+)?\b",  # refs and fractions: 24/00108, 2021/22
        r"(?i)\b(?:item|items|page|pages|section|paragraph|para|appendix|minute|ref|no\.?|number|rule|clause|schedule|"
        r"part|phase|stage|level|tier|round|chapter|version|ver|room|flat|unit|road|lane|street|box|route|bus|zone|ward|"
        r"policy|standard|year|class|grade|band)\s*\(?\d+[a-z]?(?:[.(]\d+\)?)*(?:\s*(?:-|–|to|and|&)\s*\d+)?",
        r"(?i)\b(?:lga|act|regulations?|ecs|cs)\s+\d{4}",
        r"\b[A-Z]{1,3}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b",  # postcodes
        r"\b\d+(?:\.\d+)+\b",  # section numbers 3.4.3
        r"^\s*\(?\d+[.)]",  # list numbering
        r"\b\d+(?:st|nd|rd|th)\b(?!\s+(?:out of|highest|lowest|place|most|largest))",
        r"#\d+",
        r"(?i)\bcovid-?19\b|\b[a-z]+\d+[a-z]*\b|\b\d+[a-z]+\d*\b",
    ):
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, sentence)]
    return spans


def _measure_after(sentence: str, end: int) -> str | None:
    words = []
    for w in re.findall(r"[A-Za-z][\w'’&\-]*", sentence[end:end + 80])[:6]:
        if w.lower() in STOP_MEASURE and words:
            break
        if w.lower() in STOP_MEASURE:
            continue
        words.append(w)
        if len(words) == 4:
            break
    return " ".join(words) or None


def _measure_before(sentence: str, start: int) -> str | None:
    words = re.findall(r"[A-Za-z][\w'’&\-]*", sentence[max(0, start - 60):start])
    words = [w for w in words if w.lower() not in STOP_MEASURE][-4:]
    return " ".join(words) or None


def _period(sentence: str) -> str | None:
    m = PERIOD_RE.search(sentence)
    return (m.group(1) or m.group(2)).strip() if m else None
