"""The meeting's year and month as a paper's minute numbers carry them.

Many councils number each minute after the meeting it belongs to, so the numbers repeat one year and month
down the paper: Northwold prints year, month, item ('14/06/1', '14/06/5.01', '16/09/6/1'), Souldern month,
year, item ('07.17.01' for July 2017). Which way round a body writes them is not known beforehand: both
readings are counted, and the paper's own year (give or take one) and a clear majority decide between
them, so that a paper's dates ('06/05/14', '31.03.24') read as minute numbers do not pass."""

from __future__ import annotations

import re
from collections import Counter

# two-digit parts then an item number, all joined by one separator; deeper levels ('16/09/6/1') and
# sub-items ('5.01') follow it
MINUTE_NUMBER_RE = re.compile(
    r"(?<![\d/.])(?P<first>\d{2}|20\d{2})(?P<sep>[/.])(?P<second>\d{2})(?P=sep)\d{1,2}"
    r"(?:(?P=sep)\d{1,2})*(?:\.\d{1,2})?(?![\d/])")

MIN_AGREEING = 3  # fewer minute numbers than this are as likely a few dates
MAJORITY = 0.6


def _readings(first: str, second: str) -> list[tuple[int, int]]:
    """(year, month) pairs the two parts can stand for: year then month, or month then year."""
    def year(part: str) -> int:
        return int(part) if len(part) == 4 else 2000 + int(part)

    found = []
    if 1 <= int(second) <= 12:
        found.append((year(first), int(second)))
    if len(first) == 2 and 1 <= int(first) <= 12:
        found.append((year(second), int(first)))
    return found


def minute_month(text: str, reference_year: int) -> str | None:
    """'YYYY-MM' that most of the paper's minute numbers agree on, in a year within one of the paper's
    own, or None."""
    counts = Counter(reading for m in MINUTE_NUMBER_RE.finditer(text)
                     for reading in _readings(m.group("first"), m.group("second"))
                     if abs(reading[0] - reference_year) <= 1)
    if not counts:
        return None
    (year, month), n = counts.most_common(1)[0]
    if n < MIN_AGREEING or n < MAJORITY * sum(counts.values()):
        return None
    return f"{year:04d}-{month:02d}"
