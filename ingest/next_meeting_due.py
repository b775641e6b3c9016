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
    return changed
