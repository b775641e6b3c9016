"""Due dates of actions: explicit dates in any common format, and relative ones resolved
against the meeting's date and the next meeting's date ("to the March CSP Board", "by the
next meeting", "within 60 days", "at the June 2023 CSP")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..ingest.dates import MONTHS, find_dates
from .due_days import cell_day_month, period_end, yearless_day

MONTH_WORD = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:'?s)?"
# 'put on next agenda': on the agenda of the body's next meeting ('the next agenda item' is no meeting)
NEXT_MEETING_RE = re.compile(
    r"(?i)\b(?:the\s+)?next\s+(?:\w+\s+){0,3}?(?:meeting|board|committee|council|session|cabinet|agenda(?!\s+item))\b")
MONTH_MEETING_RE = re.compile(
    rf"(?i)\b(?:at|to|in|for|from|before|on)\s+(?:the\s+)?{MONTH_WORD}\b(?!\s+\d)(?:\s+\w+){{0,2}}?\s+(?:meeting|board|committee|council|csp|session|cabinet|agenda|agm|(?-i:[A-Z]{{2,5}}))\b"
)
MONTH_DEADLINE_RE = re.compile(rf"(?i)\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?{MONTH_WORD}\b(?!\s+\d)")
# a span from the meeting: 'within two weeks' (North of Tyne LPC), and 'next month', the same span as 'within a month' ('The
# band would be booked next month', Stoke Ferry); not at 'next month's meeting' (a meeting), nor 'next week', when a thing is
# to happen rather than a deadline ('will be presented to the SCC Commissioner next week', Suffolk Libraries: its gold
# leaves the due empty)
WITHIN_RE = re.compile(r"(?i)\b(?:within\s+(?P<n>\d+|one|two|three|four|six|a)\s+(?P<unit>day|week|month|year)s?|"
                       r"next\s+(?P<next>month))\b(?!['’]s|\s+meeting)")
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "a": 1}
ATTEND_RE = re.compile(r"(?i)\b(?:attend\w*|represent)\b")
# the day the task itself happens, told by its own verb: 'a handover taking place on 15th July' (Souldern), 'the
# childrens event planned for 13th December', 'to be finalised 19th April' (Friends of Halesworth Library); 'the stall
# on 6th June', a date hung on a noun, stays an event
HAPPENS_ON_RE = re.compile(
    r"(?i)\b(?:tak(?:e|es|ing)\s+place|(?:be|is|are|being)\s+held|planned|scheduled|arranged|finali[sz]ed|will\s+be)"
    r"\s+(?:on\s+|for\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$")
# 'raise the matter at the Area Forum on 5th June', 'consider the audit report at our meeting on the 17th April':
# the day of the meeting the task is for ('their meeting on ...' is another body's business)
AT_MEETING_ON_RE = re.compile(
    r"(?i)\b(?:at|to|for)\s+(?!their\b|his\b|her\b)(?:the\s+|our\s+)?(?:[\w&'-]+\s+){0,4}?(?:meeting|forum|board|committee|council|agm|conference)\s+on\s+(?:the\s+)?$")
# 'for the next Board meeting in November', 'at the next CDC Parish Liaison meeting in November'
NEXT_IN_MONTH_RE = re.compile(rf"(?i)(?:\s+[\w&'-]+){{0,2}}?\s+in\s+{MONTH_WORD}\b(?!\s+\d)")
# the same meeting named without 'next': 'by the meeting in July' (Wereham), 'brought back to the Board meeting in
# March' (Suffolk Libraries), 'at the SNAP meeting in July' (Stoke Ferry)
MEETING_IN_MONTH_RE = re.compile(
    r"(?i)\b(?:by|at|to|for|before|until)\s+the\s+(?:[\w&'-]+\s+){0,2}?(?:meeting|board|committee|council|session)"
    r"(?=\s+in\s+[a-z])")


# a question the task asks is no deadline of it: 'ask the planning team ... whether it was being called in also at
# the June Committee' (Stoke Ferry); the question runs to the sentence's end or to the next clause of the
# task's own ('considering whether any items should be added ... and that a decision would be made at the PC meeting
# in December', West Dereham)
QUESTION_CLAUSE_RE = re.compile(r"(?i)\bwhether\b.*?(?=,?\s+and\s+that\b|;|\.\s|\.?$)", re.S)


@dataclass
class Due:
    date: str  # YYYY-MM-DD (a month-only due is the month's last day)
    precision: str  # day / month
    text: str
    # 'printed': a whole date, its year written; 'resolved': worked out from the meeting's own date (a day without
    # its year, 'within two weeks', 'the March meeting', 'by the end of the week')
    kind: str = "resolved"


def month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    month = d.month - 1 + n
    year = d.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def next_meeting_said(text: str) -> str | None:
    m = NEXT_MEETING_RE.search(text or "")
    return m.group(0) if m else None


# haste with no day: 'Rebecca and Sarah were asked to provide a copy ... as soon as possible' (NoT LPC), 'JM to come back
# with a date ... as soon as possible' (West Dereham), 'she will arrange this as soon as possible' (Stoke Ferry), 'be placed
# to the website urgently by the Clerk' (West Dereham), 'This needs to be actioned as a matter of urgency' (Suffolk
# Libraries). The words are the due a reader is given; no date is made of them. ('effective immediately' is a
# resignation's date, and 'as soon as possible' inside a rule for how things are done is no deadline: only a task's
# own words are read here.)
URGENCY_RE = re.compile(r"(?i)\b(?:as\s+soon\s+as\s+(?:possible|practicable|practical)|a\.s\.a\.p\b\.?|"
                        # (not a firm's name: 'Bid from ASAP Software Express', Des Moines)
                        r"asap(?!\s+(?-i:[A-Z][a-z]))|urgently|as\s+a\s+matter\s+of\s+(?:urgency|priority)|without\s+delay)(?!\w)")


def urgency_said(text: str) -> str | None:
    """The words that ask for the task soon, with no date ('as soon as possible', 'ASAP', 'urgently')."""
    m = URGENCY_RE.search(text or "")
    return m.group(0) if m else None


def next_meeting_month(text: str) -> int | None:
    """The month 'the next <body> meeting in <Month>' names, if the text says one."""
    m = NEXT_MEETING_RE.search(text or "")
    named = NEXT_IN_MONTH_RE.match(text, m.end()) if m else None
    return MONTHS[named.group("month").lower()[:3]] if named else None


def _meeting_in_month(text: str) -> tuple[int, str] | None:
    """(month, words) of 'the next Board meeting in November' or 'the meeting in July'."""
    for m in (NEXT_MEETING_RE.search(text), MEETING_IN_MONTH_RE.search(text)):
        named = NEXT_IN_MONTH_RE.match(text, m.end()) if m else None
        if named:
            return MONTHS[named.group("month").lower()[:3]], m.group(0) + named.group(0)
    return None


def _in_month(month: int, ref: dt.date, next_meeting: str | None, said: str) -> Due:
    # 'at the September meeting' said on 11 September is this month's (a committee meeting later in
    # it), not next year's: the month that comes next, this one included
    year = ref.year if month >= ref.month else ref.year + 1
    if next_meeting and next_meeting[5:7] == f"{month:02d}" and next_meeting[:4] in (str(year), str(ref.year)):
        return Due(next_meeting, "day", said)
    return Due(month_end(year, month), "month", said)


def find_due(text: str, meeting_date: str | None, next_meeting: str | None, dayfirst: bool = True,
             cell: bool = False, year_end: tuple[int, int] | None = None) -> Due | None:
    """cell: the text is a due column's cell ('Action date', 'Due'), whose date is the deadline whatever words
    surround it ('15/8' printed after the owner's code). year_end: the (month, day) the body's financial year ends,
    when known."""
    ref = dt.date.fromisoformat(meeting_date) if meeting_date and len(meeting_date) == 10 else None  # YYYY-MM: month only
    # a paper dated only to its month still places 'the January meeting' (December 2017's is January 2018)
    month_ref = ref or (dt.date(int(meeting_date[:4]), int(meeting_date[5:7]), 1)
                        if meeting_date and re.fullmatch(r"\d{4}-\d{2}", meeting_date) else None)
    dates = find_dates(text, dayfirst=dayfirst, reference=ref)
    if cell and not dates:
        dates = [d for d in [cell_day_month(text, ref, dayfirst)] if d]
    for d in dates:
        before = text[max(0, d.start - 25):d.start]
        deadline = cell or bool(re.search(r"(?i)\b(?:by|before|until|till|no later than|deadline|due)\s*(?:the\s+)?$", before))
        if ref and not d.year_stated:
            d.iso = yearless_day(d, ref, rolls=deadline)
            if d.iso is None:
                continue  # past, too far on, or its weekday fits no year near the meeting's
        # 'at a meeting in January 2026' said on 15 January 2026: a month is past only once it has ended
        elif ref and (d.date < ref if d.precision == "day" else d.iso < ref.isoformat()[:7]) and not deadline:
            continue  # a date in the past of the meeting is history, not a due date
        # a date that states its year, in any notation ('6.2.19', '6 February 2019'), dates the task, not just an event
        # the meeting the task is for is asked of first: 'confirm attendances to the Planning Committee on 4th June'
        # is dated by its meeting whatever else the sentence says; a task to attend an event is due on its day,
        # whichever side of the date the paper says so ('tour on Friday 19th October – Cllr P Norris to attend')
        if not d.year_stated and not deadline \
                and not AT_MEETING_ON_RE.search(text[max(0, d.start - 80):d.start]) and not ATTEND_RE.search(text) \
                and not HAPPENS_ON_RE.search(text[max(0, d.start - 50):d.start]):
            continue  # "the stall on 6th June" is an event; "by February 2" is a deadline; to attend it, both
        kind = "printed" if d.year_stated else "resolved"
        if d.precision == "month":
            y, m = int(d.iso[:4]), int(d.iso[5:7])
            return Due(month_end(y, m), "month", d.text, kind)
        return Due(d.iso, "day", d.text, kind)
    # a meeting or month named in a question the task asks dates the question, not the task
    text = QUESTION_CLAUSE_RE.sub(lambda q: " " * len(q.group(0)), text)
    ended = period_end(text, ref, year_end) if ref else None
    if ended:
        return Due(*ended)
    m = WITHIN_RE.search(text)
    if m and ref:
        said = m.group("n") or "a"
        n = int(said) if said.isdigit() else WORD_NUMBERS[said.lower()]
        unit = (m.group("unit") or m.group("next")).lower()
        if unit == "day":
            return Due((ref + dt.timedelta(days=n)).isoformat(), "day", m.group(0))
        if unit == "week":
            return Due((ref + dt.timedelta(weeks=n)).isoformat(), "day", m.group(0))
        target = _add_months(ref, n * (12 if unit == "year" else 1))
        return Due(month_end(target.year, target.month), "month", m.group(0))
    named = _meeting_in_month(text)
    if named and month_ref:  # the month the paper gives the meeting: the next meeting's date only if in it
        # and only if the meeting is the body's: 'the SNAP meeting in July' is some other body's, in July
        own = re.search(r"(?i)\bnext\b", named[1]) or re.match(r"(?i)\w+\s+the\s+(?:meeting|board|committee|council)\b", named[1])
        return _in_month(named[0], month_ref, next_meeting if own else None, named[1])
    m = NEXT_MEETING_RE.search(text)
    if m and next_meeting:
        return Due(next_meeting, "day", m.group(0))
    m = _month_end_said(text) or MONTH_MEETING_RE.search(text) or MONTH_DEADLINE_RE.search(text)
    if m and month_ref:
        month = MONTHS[m.group("month").lower()[:3]]
        if re.match(r"(?i)before\s+(?!(?:the\s+)?end\b)", m.group(0)) and m.re.pattern == MONTH_DEADLINE_RE.pattern:
            month = month - 1 or 12  # 'before April' is done by the end of March
        return _in_month(month, month_ref, next_meeting, m.group(0).strip())
    return None


def _month_end_said(text: str) -> re.Match | None:
    """'by the end of May': the month's end is the deadline even when the task names a meeting in another month after
    it, so it is asked of before the meetings are (and only where a month's end is said: elsewhere the meeting's
    month is read first)."""
    if "end of" not in " ".join(text.lower().split()):
        return None
    return next((m for m in MONTH_DEADLINE_RE.finditer(text) if re.search(r"(?i)\bend\b", m.group(0))), None)
