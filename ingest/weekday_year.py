"""The year of a meeting the paper dates by weekday, day and month only ('GENERAL MEETING MONDAY
6 NOVEMBER'): the years are scored, never taken from one source alone.

The named weekday fits one year in about six; among those, a year gains from each thing the
paper offers on its own: a year in the file name ('23NOVEMBERMINUTE...'), the date the file's
properties say it was written (minutes are typed up within weeks), the year the text speaks of
most. A year is given only when at least two of these agree with the weekday and no other
fitting year scores as well."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter

from .dates import MONTHS

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_MONTH_WORDS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
# 'MONDAY 6 NOVEMBER', 'Tuesday, 3rd of June': no year after it (a year there is read elsewhere)
WEEKDAY_DATE_RE = re.compile(
    r"(?i)\b(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<month>" + _MONTH_WORDS + r")\b(?!,?\s*(?:(?:19|2[0O])[\dO]{2}|'?\d{2})\b)")
MEETING_WORD_RE = re.compile(r"(?i)\b(?:meeting|minutes|held|agm)\b")
MIN_SIGNALS = 2


def _fitting_years(weekday: int, month: int, day: int, around: int) -> list[int]:
    out = []
    for year in range(around - 12, around + 13):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                out.append(year)
        except ValueError:
            continue
    return out


def year_for_weekday_date(line_texts: list[str], path: str, created: str | None, text: str) -> tuple[str, int, str] | None:
    """(ISO date, index of the line, the line) for the first 'weekday day month' near a meeting
    word among these head lines, when the paper's signals settle its year; else None."""
    for n, line in enumerate(line_texts):
        m = WEEKDAY_DATE_RE.search(line)
        if not m:
            continue
        nearby = " ".join(line_texts[max(0, n - 1):n + 2])
        if not MEETING_WORD_RE.search(nearby):
            continue
        weekday = WEEKDAYS.index(m.group("weekday").lower()[:3])
        month, day = MONTHS[m.group("month").lower()[:3]], int(m.group("day"))
        signals: dict[int, set[str]] = {}
        name = os.path.splitext(os.path.basename(path))[0]
        for y in re.findall(r"(?<!\d)(\d{2}|(?:19|20)\d{2})(?!\d)", name):
            year = int(y) if len(y) == 4 else 2000 + int(y)
            signals.setdefault(year, set()).add("file name")
        if created:
            made = dt.date.fromisoformat(created[:10])
            for year in (made.year, made.year - 1):
                try:
                    meeting = dt.date(year, month, day)
                except ValueError:
                    continue
                if dt.timedelta(0) <= made - meeting <= dt.timedelta(days=120):
                    signals.setdefault(year, set()).add("file written")
        years = Counter(int(y) for y in re.findall(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])", text[:20000]))
        if years:
            top, count = years.most_common(1)[0]
            if list(years.values()).count(count) == 1:
                signals.setdefault(top, set()).add("text")
        if not signals:
            return None
        around = max(signals, key=lambda y: len(signals[y]))
        scored = sorted(((len(signals.get(y, ())), y) for y in _fitting_years(weekday, month, day, around)), reverse=True)
        if not scored or scored[0][0] < MIN_SIGNALS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        year = scored[0][1]
        return dt.date(year, month, day).isoformat(), n, line
    return None
