"""'By the next meeting' is the body's next meeting, read from the archive when it holds it.

A paper's own statement of its next meeting can be wrong for a due date: Suffolk Libraries' 11
September 2012 minutes mention 'the next Board Meeting ... on 11th September', the day they were
held, which the reader rolled to 11 September 2013, so every 'update at the next board' of that
paper fell due a year late (the board met again on 17 October). Once a body's papers are linked,
the next meeting is known: the body's next paper in the archive, when it comes within about four
months (a paper further off leaves meetings out between); otherwise the date the paper states, when
it is after the meeting and within those four months; otherwise no date is given rather than a
wrong one."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..extract.due import NEXT_MEETING_RE, next_meeting_month
from .anothers_meeting import anothers_meeting

NEXT_WITHIN_DAYS = 123  # about four months: a body that meets at all meets again within them


def _day(text: str, last: bool) -> dt.date:
    if re.fullmatch(r"\d{4}-\d{2}", text or ""):
        year, month = int(text[:4]), int(text[5:7])
        return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    return dt.date.fromisoformat((text or "")[:10])


def _days(earlier: str, later: str) -> int | None:
    try:
        return (_day(later, last=False) - _day(earlier, last=True)).days
    except ValueError:
        return None


def next_meeting_due(seen_on: str, stated: str | None, later_dates: list[str]) -> tuple[str, str] | None:
    """(date, precision) of the next meeting after a paper of `seen_on`: the body's next paper
    (`later_dates`, sorted) within about four months, else the stated next meeting if after the
    meeting and within them, else None."""
    found: list[tuple[str, str]] = []
    for date in later_dates:
        gap = _days(seen_on, date)
        if gap is None or gap <= 0:
            continue
        if gap <= NEXT_WITHIN_DAYS:
            if re.fullmatch(r"\d{4}-\d{2}", date):
                year, month = int(date[:4]), int(date[5:7])
                found.append((f"{date}-{calendar.monthrange(year, month)[1]:02d}", "month"))
            else:
                found.append((date[:10], "day"))
        break
    gap = _days(seen_on, stated) if stated else None
    if gap is not None and 0 < gap <= NEXT_WITHIN_DAYS:
        found.append((stated[:10], "day"))
    # each is a meeting after this one; the next is the first of them (the archive may lack a
    # meeting the paper names, and a paper may name its next meeting wrongly)
    return min(found) if found else None


# what the body's own next meeting may be called: 'the next Board', 'the next full Council meeting'
def due_at_next_meeting(due_text: str | None) -> bool:
    return bool(NEXT_MEETING_RE.search(due_text or ""))


def redate(rows: list[dict], meetings: list[dict]) -> list[dict]:
    """The sightings (rows with seen_on's `date`, due_text, due_date, due_precision) whose due
    is the next meeting, given the body's meetings (id, date, next_meeting, body): each row
    changed in place; returns those whose date changed."""
    dates = sorted({m["date"] for m in meetings if m.get("date")})
    stated = {m["id"]: m.get("next_meeting") for m in meetings}
    body_words = {w.lower() for m in meetings for w in re.findall(r"[A-Za-z]+", m.get("body") or "")}
    changed = []
    for row in rows:
        if not due_at_next_meeting(row.get("due_text")) or not row.get("date"):
            continue
        if anothers_meeting(NEXT_MEETING_RE.search(row["due_text"]).group(0), body_words):
            found = None
        else:
            found = next_meeting_due(row["date"], stated.get(row.get("meeting_id")), [d for d in dates if d > row["date"]])
        month = next_meeting_month(row["due_text"])
        if month and (not found or int(found[0][5:7]) != month):
            continue  # 'the next Board meeting in November': the month the paper names stands unless the archive shows that meeting
        date, precision = found if found else (None, None)
        if (date, precision) != (row.get("due_date"), row.get("due_precision")):
            row["due_date"], row["due_precision"] = date, precision
            row["due_kind"] = "resolved" if date else None
            changed.append(row)
    # and 'at the October meeting': the day the body keeps in that month (redate_named_months)
    return changed + [r for r in redate_named_months(rows, meetings) if r not in changed]


# 'at the October meeting', 'to the April meeting', 'by the meeting in July', 'at the PC meeting in December': the body's
# own meeting of a month the paper names (not 'the June Planning meeting', 'the SNAP meeting in July': another's)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_OWN = r"(?:(?:monthly|ordinary|full|parish\s+council|pc|council)\s+)?"
NAMED_MONTH_MEETING_RE = re.compile(
    rf"(?i)^(?:(?:at|to|for|by|before|until|in)\s+)?(?:the\s+)?{_MONTH}(?:['’]s)?\s+{_OWN}meeting$|"
    rf"^(?:at|to|for|by|before|until)\s+the\s+{_OWN}meeting\s+in\s+{_MONTH}$")
REGULAR_WITHIN_DAYS = 1000  # the meetings of about three years around a paper show the day a body keeps
REGULAR_AT_LEAST = 3  # meetings on that day, the paper's own among them
REGULAR_SHARE = 0.75  # of the body's meetings in those years (an extraordinary meeting falls on another day)


def _place(day: dt.date) -> tuple[int, int]:
    """(weekday, which of the month's such weekdays): 2016-09-14 is the second Wednesday, (2, 2)."""
    return day.weekday(), (day.day - 1) // 7 + 1


def regular_place(seen_on: str, dates: list[str]) -> tuple[int, int] | None:
    """The weekday of the month a body keeps for its meetings around a paper's meeting (Manordeilo and Salem meets
    on the second Wednesday, Northwold on the first Tuesday), when its meetings in the archive show one: at least
    REGULAR_AT_LEAST on the paper's own meeting's place, and REGULAR_SHARE of those within REGULAR_WITHIN_DAYS."""
    try:
        own = dt.date.fromisoformat(seen_on[:10]) if len(seen_on or "") >= 10 else None
    except ValueError:
        return None
    if own is None:
        return None
    near = []
    for d in dates:
        if len(d or "") < 10:
            continue
        try:
            day = dt.date.fromisoformat(d[:10])
        except ValueError:
            continue
        if abs((day - own).days) <= REGULAR_WITHIN_DAYS:
            near.append(_place(day))
    same = sum(1 for p in near if p == _place(own))
    return _place(own) if same >= REGULAR_AT_LEAST and same >= REGULAR_SHARE * len(near) else None


def day_in_month(place: tuple[int, int], year: int, month: int) -> dt.date | None:
    weekday, nth = place
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def redate_named_months(rows: list[dict], meetings: list[dict]) -> list[dict]:
    """The sightings whose due is the body's meeting of a month the paper names ('at the October meeting'), dated by
    the paper as the month's end when it states no meeting in that month: the archive's meeting of the body in that
    month when it holds one, else the day in that month the body keeps for its meetings when the archive shows one
    (regular_place); else the month's end again. Worked out from the due's month
    each time, so a relink after papers come or go gives the same as a first link. Returns the rows changed."""
    dates = sorted({m["date"] for m in meetings if m.get("date")})
    stated = {m["id"]: m.get("next_meeting") for m in meetings}
    changed = []
    for row in rows:
        text = " ".join((row.get("due_text") or "").split())
        due = row.get("due_date") or ""
        if not NAMED_MONTH_MEETING_RE.match(text) or len(due) < 7 or not row.get("date") or row.get("due_kind") == "printed":
            continue
        said = stated.get(row.get("meeting_id")) or ""
        if said[:7] == due[:7]:
            continue  # the paper states its meeting in that month: its day stands
        year, month = int(due[:4]), int(due[5:7])
        # the archive's own meeting of that month, when it holds one; else the day the body keeps
        held = next((d for d in dates if len(d) >= 10 and d[:7] == due[:7] and d[:10] > row["date"][:10]), None)
        place = regular_place(row["date"], dates) if not held else None
        day = dt.date.fromisoformat(held[:10]) if held else day_in_month(place, year, month) if place else None
        if day and day.isoformat() > row["date"][:10]:
            found = (day.isoformat(), "day")
        else:
            found = (f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}", "month")
        if found != (row.get("due_date"), row.get("due_precision")):
            row["due_date"], row["due_precision"] = found
            row["due_kind"] = "resolved"
            changed.append(row)
    return changed
