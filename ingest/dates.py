"""Dates as committee papers write them, to ISO text.

"Wednesday 5th October 2022", "5 October, 2022", "October 5, 2022", "05/10/2022", "11/30/17",
"2022-10-05", and month-only forms ("March 2020", "June 2023") with month precision.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import welsh

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# OCR and typing slips seen in real papers: an ordinal read as a quote ("23\" January 2019"),
# a year typed with the letter O ("4 MARCH 2O24")
DAY = r"(?P<day>[0-3]?\d)(?:\s*(?:st|nd|rd|th)|[\"”'’])?"
YEAR = r"(?P<year>(?:19|2[0O])[\dO]{2})"

# What a match can open with, tested at each position before the pattern's alternatives (the
# engine tries every position of every line, and a failing position cost the whole weekday and
# month alternation): a weekday's first two letters or a day's digit; a weekday's or a month's
# first two letters; a month's. The same flags fold them as they fold the names.
DAY_FIRST = r"(?=\d|[mtwfs][ouehra])"
NAME_FIRST = r"(?=[mtwfsjaond][ouehrapc])"
MONTH_FIRST = r"(?=[jfmasond][aepuco])"

PATTERNS = [
    ("dmy", re.compile(DAY_FIRST + WEEKDAY + DAY + r"(?:\s+of)?\s+" + MONTH + r",?\s+" + YEAR + r"\b", re.I)),
    ("mdy", re.compile(NAME_FIRST + WEEKDAY + MONTH + r"\s+" + DAY + r",?\s+" + YEAR + r"\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    ("num", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)?\d\d)(?![\d/])")),
    ("my", re.compile(r"\b" + MONTH_FIRST + MONTH + r",?\s+" + YEAR + r"\b", re.I)),
    ("dm", re.compile(DAY_FIRST + WEEKDAY + DAY + r"(?:\s+of)?\s+" + MONTH + r"\b(?!,?\s+(?:19|20)\d\d)", re.I)),
    # a Welsh paper's dates ('Dydd Mercher 10 Mehefin 2020', '11eg Hydref 2017'): the language table's months
    ("cy_dmy", welsh.DATE_RE),
    ("md", re.compile(NAME_FIRST + WEEKDAY + r"\b" + MONTH + r"\s+" + DAY + r"\b(?!,?\s+(?:19|20)\d\d)(?!\s*(?:%|am|pm|a\.m|p\.m))", re.I)),
]

NAMED_MONTH_KINDS = {"dmy", "mdy", "my", "dm", "md"}
_DIGIT = re.compile(r"\d")
_MONTH_HINT = re.compile(MONTH_FIRST + r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)  # the start of every MONTH
_YEAR_HINT = re.compile(YEAR, re.I)  # what the forms with a year and a month name need (re.I: as they read it)
YEAR_KINDS = {"dmy", "mdy", "my"}


@dataclass
class DateMention:
    iso: str  # YYYY-MM-DD, or YYYY-MM at month precision
    start: int
    end: int
    text: str
    precision: str  # "day" or "month"
    # the year is written in the date itself ('6.2.19', '6 February 2019'), not taken from a reference date
    year_stated: bool = True

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.iso if len(self.iso) == 10 else self.iso + "-01")


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, dayfirst: bool = True, reference: dt.date | None = None) -> list[DateMention]:
    """Every date in `text`, left to right, without overlaps (the longest reading wins).

    Day-month forms without a year take the year of `reference` (usually the meeting date)
    and are skipped when there is none.
    """
    if not _DIGIT.search(text):
        return []  # every form has a digit: most lines of a paper are ruled out by one scan
    # a paper's lines are read for dates by several stages (meetings, next meeting, items, due
    # dates): each reading is kept, and handed out as copies, since a caller may change its own
    return [replace(d) for d in _dates_in(text, dayfirst, reference)]


@lru_cache(maxsize=4096)
def _dates_in(text: str, dayfirst: bool, reference: dt.date | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    named = _MONTH_HINT.search(text) is not None
    year = named and _YEAR_HINT.search(text) is not None
    welsh_months = None  # asked only of a line with a year in it, once
    for kind, pattern in PATTERNS:
        if kind == "cy_dmy":
            if welsh_months is None:
                welsh_months = (year or _YEAR_HINT.search(text) is not None) and welsh.MONTH_HINT_RE.search(text) is not None
            if not welsh_months:
                continue
        if kind in NAMED_MONTH_KINDS and not named:
            continue  # a month name is needed, and there is none: the slowest patterns need not run
        if kind in YEAR_KINDS and not year:
            continue  # and these a year as well
        if kind in ("dm", "md") and reference is None:
            continue  # a day and month without a year are read only against a reference date
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _match_iso(kind, m, dayfirst, reference)
            if iso:
                found.append(DateMention(iso, m.start(), m.end(), m.group(0).strip(), "month" if len(iso) == 7 else "day",
                                          kind not in ("dm", "md")))
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def _match_iso(kind, m, dayfirst, reference) -> str | None:
    g = m.groupdict()
    if kind == "cy_dmy":
        return _iso(int(g["year"]), welsh.MONTHS[g["month"].lower()], int(g["day"]))
    if kind in ("dmy", "mdy"):
        return _iso(int(g["year"].upper().replace("O", "0")), MONTHS[g["month"].lower()[:3]], int(g["day"]))
    if kind == "iso":
        return _iso(int(g["year"]), int(g["m"]), int(g["day"]))
    if kind == "num":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        year = y if y > 100 else 2000 + y if y < 70 else 1900 + y
        first = (a, b) if dayfirst else (b, a)
        return _iso(year, first[1], first[0]) or _iso(year, first[0], first[1])
    if kind == "my":
        return _iso(int(g["year"].upper().replace("O", "0")), MONTHS[g["month"].lower()[:3]], None)
    if kind in ("dm", "md") and reference is not None:
        return _iso(reference.year, MONTHS[g["month"].lower()[:3]], int(g["day"]))
    return None


WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def named_weekday(text: str) -> int | None:
    """The weekday (Monday 0) a date's own words open with: 'Friday 19th October' -> 4."""
    m = re.match(r"(?i)\s*(mon|tue|wed|thu|fri|sat|sun)", text)
    return WEEKDAY_NAMES.index(m.group(1).lower()) if m else None


def agree_with_weekday(iso: str, text: str) -> str:
    """'Thursday 7th February 2018' announced as the next meeting in minutes of November 2018 is
    in 2019, the year in which 7 February is a Thursday: a date whose named weekday fits the
    next year, not its own, moves there."""
    wanted = named_weekday(text)
    if wanted is None:
        return iso
    day = dt.date.fromisoformat(iso)
    if day.weekday() == wanted:
        return iso
    try:
        following = day.replace(year=day.year + 1)
    except ValueError:
        return iso
    return following.isoformat() if following.weekday() == wanted else iso


def first_date(text: str, **kw) -> DateMention | None:
    dates = find_dates(text, **kw)
    full = [d for d in dates if d.precision == "day"]
    return full[0] if full else (dates[0] if dates else None)


TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)(?![a-z])|(?<![\d.:/])\b(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)\b(?![.:/]\d)(?!\s*(?:%|[ap]\.?m))",
    re.I,
)


def first_time(text: str) -> str | None:
    """The first clock time as HH:MM (24-hour)."""
    m = TIME_RE.search(text)
    if not m:
        return None
    if m.group("h"):
        h, mi = int(m.group("h")), int(m.group("m") or 0)
        ampm = m.group("ampm").lower().replace(".", "")
        if ampm == "pm" and h < 12:
            h += 12
        if ampm == "am" and h == 12:
            h = 0
    else:
        h, mi = int(m.group("h24")), int(m.group("m24"))
    return f"{h:02d}:{mi:02d}"
