"""Due days a paper prints without the whole of their date, resolved against the meeting's own date: a day and month
with no year ('by 6th January' said in December is next January's), a weekday that must agree with the year chosen
('Friday 19th October'), a due cell's bare '27/5', and the end of a period ('by the end of the week', 'by the end of
the financial year'). A day that cannot be placed is left undated rather than guessed."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..ingest.dates import DateMention, find_dates, named_weekday

# how far ahead a day printed without its year may fall: a body's deadlines run at most about a year on
MAX_AHEAD_DAYS = 400
# the end of a period the meeting is in: 'the spoil will be removed by the end of the week' (Souldern), 'present their
# claims by the end of the financial year' (Suffolk Libraries)
PERIOD_END_RE = re.compile(
    r"(?i)\b(?:by|before|until|at|towards)\s+the\s+end\s+of\s+(?:the\s+|this\s+)?"
    r"(?P<period>(?:financial|fiscal)\s+year|week|month|year)\b(?!\s+(?:of\b|\d|to\b))")


def yearless_day(d: DateMention, ref: dt.date, rolls: bool) -> str | None:
    """The day a date printed without its year (given the meeting's year by find_dates) falls on: the first such day
    after the meeting, whose weekday agrees when the paper names one. `rolls`: the date is a deadline, which
    lies ahead, so a day already past this year is next year's ('by 6th January' said in December); an event's day
    is next year's only when its printed weekday says so."""
    wanted = named_weekday(d.text)
    for year in (ref.year, ref.year + 1):
        try:
            day = d.date.replace(year=year)
        except ValueError:
            continue  # 29 February in a year without it
        if day == ref:
            return None  # the meeting's own day ('change of date of meeting from 7 January', Stoke Ferry) is no due
        if day < ref or (day - ref).days > MAX_AHEAD_DAYS:
            continue
        if wanted is not None and day.weekday() != wanted:
            continue
        if year > ref.year and not rolls and wanted is None:
            return None
        return day.isoformat()
    return None


def cell_day_month(text: str, ref: dt.date | None, dayfirst: bool) -> DateMention | None:
    """A due cell's bare day and month ('27/5', Boughton's action log): the numeric date find_dates reads once the
    meeting's year is put after it, as find_dates gives a named month's its reference year."""
    cell = (text or "").strip()
    if ref is None or "/" not in cell or "." in cell:
        return None
    found = find_dates(f"{cell}/{ref.year}", dayfirst=dayfirst)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(cell) + 5):
        return None  # the cell holds more than the day and month
    return DateMention(found[0].iso, 0, len(cell), cell, "day", year_stated=False)


def period_end(text: str, ref: dt.date, year_end: tuple[int, int] | None) -> tuple[str, str, str] | None:
    """(date, precision, words) of 'by the end of the week/month/year/financial year' from the meeting's date; a
    financial year's end only where the body's is known (`year_end`, (month, day))."""
    m = PERIOD_END_RE.search(text or "")
    if not m:
        return None
    period = " ".join(m.group("period").lower().split())
    if period == "week":  # the working week's Friday (a meeting at a weekend: the coming one)
        return (ref + dt.timedelta(days=(4 - ref.weekday()) % 7)).isoformat(), "day", m.group(0)
    if period == "month":
        return f"{ref.year:04d}-{ref.month:02d}-{calendar.monthrange(ref.year, ref.month)[1]:02d}", "month", m.group(0)
    if period == "year":
        return f"{ref.year:04d}-12-31", "month", m.group(0)
    if year_end is None:
        return None
    month, day = year_end
    end = dt.date(ref.year, month, day)
    return (end if end >= ref else end.replace(year=ref.year + 1)).isoformat(), "day", m.group(0)


def financial_year_end(description: str, paper_texts) -> tuple[int, int] | None:
    """(month, day) the body's financial year ends, read only for a task that speaks of one: a paper in pounds is a UK
    body's, whose year ends on 31 March; elsewhere it is not guessed."""
    said = " ".join((description or "").lower().split())
    if "financial year" not in said and "fiscal year" not in said:
        return None
    return (3, 31) if any("£" in t for t in paper_texts) else None


# a task that is someone's going to an event: 'PK would attend.', 'SK and JO offered to attend.', 'Richard Fawcett and the
# Community Lead will be in attendance.' (not 'staff who attended', past, nor 'should they wish to attend', a choice)
ATTENDING_RE = re.compile(
    r"(?i)\b(?:(?:will|would|shall|to|agreed\s+to|offered\s+to|volunteered\s+to)\s+(?:also\s+)?(?:attend|be\s+attending|"
    r"be\s+in\s+attendance)|(?:is|are)\s+(?:to\s+)?attend(?:ing)?)\b")


def attending_day(description: str, passage: str, ref: dt.date | None) -> DateMention | None:
    """The day of the event a task to attend it goes to, when the task's own words give none: the one day after the
    meeting its passage names ('A Pathways Afternoon was being held ... on Wed 18 Sep ’13. ... PK would attend.', West
    Dereham; 'the Halesworth meeting was cancelled and has been rescheduled for 10th March 2014. The General Manager,
    Community Lead and Vice Chair will be attending.', 'SK and JO offered to attend. The first meeting will take place on
    1st October 2014.', Suffolk Libraries). Two days ahead in the passage leave it undated: which one is not said."""
    if ref is None or not ATTENDING_RE.search(description or "") or re.search(
            r"(?i)\b(?:if|wish|wished|could|may|might|future|every|each|all\s+(?:\w+\s+)?meetings)\b", description):
        return None  # a choice, or a standing duty ('would attend all future Board meetings'): no one day
    days = {}
    for d in find_dates(passage or "", reference=ref):
        if d.precision != "day":
            continue
        iso = d.iso if d.year_stated else yearless_day(d, ref, rolls=False)
        if iso is None or iso <= ref.isoformat() or (dt.date.fromisoformat(iso) - ref).days > MAX_AHEAD_DAYS:
            continue
        days.setdefault(iso, d)
    if len(days) != 1:
        return None
    (iso, d), = days.items()
    return DateMention(iso, d.start, d.end, d.text, "day", d.year_stated)
