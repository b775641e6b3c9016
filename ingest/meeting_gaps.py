"""How far apart two of a body's papers are, in days, and whether the archive lacks a meeting
between them: a year and more apart, words two papers share are likelier chance than one action
carried on, and a paper months after the last is not 'the next meeting' that last paper sent
business to. Pure dates, no database."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

GAP_DAYS = 366  # longer than any body waits between two meetings
CONSECUTIVE_DAYS = 120  # two papers this close are one meeting and the next


@lru_cache(maxsize=8192)  # a body's linking asks of the same few hundred pairs of dates thousands of times
def days_between(earlier: str, later: str) -> int | None:
    """Days from one paper to a later one. A paper dated to the month ('2016-09': an archive page
    covering several meetings) counts from the end of the earlier month to the start of the
    later one, the shortest the gap can be: left unmeasured, a gap of three years between
    Northwold's June 2013 and September 2016 papers let words shared by chance link them."""
    try:
        return (day_of(later, last=False) - day_of(earlier, last=True)).days
    except ValueError:
        return None


MONTH_RE = re.compile(r"\d{4}-\d{2}")  # a paper dated to the month


def day_of(text: str, last: bool) -> dt.date:
    if MONTH_RE.fullmatch(text or ""):
        year, month = int(text[:4]), int(text[5:7])
        return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    return dt.date.fromisoformat((text or "")[:10])


MISSED_DAYS = 14  # a meeting put off by a week or two is still the next; one weeks before this paper is not


def a_meeting_missed(earlier: dict, later: dict) -> bool:
    """The earlier paper names its next meeting weeks before the later paper's date: the archive
    lacks that meeting's minutes, so the later paper is not the meeting after the earlier one
    (Suffolk Libraries' 29 May 2013 minutes name 8 July; the next paper held is 21 August's, whose
    talk of 'the current quarterly reports' is no meeting taking up what 29 May sent to the next)."""
    announced = earlier.get("next_meeting")
    if not announced or announced <= earlier["date"]:
        return False
    days = days_between(announced, later["date"])
    return days is not None and days > MISSED_DAYS
