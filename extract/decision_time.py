"""Whether a decision is told as taken before this meeting: 'Cheque for CGM agreed last month', 'The Council agreed at
the previous meeting to donate £5000 ...', 'Village grass cutting contract agreed for 2 years – still applies'. The time
must be the decision's own. A paper handed out before is no earlier decision ('The minutes having been previously
circulated they were agreed as a true record', Northwold; 'Standing Order Annex A which had been previously circulated
was approved', Souldern), nor is another thing decided before and only named ('... will run in conjunction with the
Terms of Reference approved at the previous meeting', Souldern)."""

from __future__ import annotations

import datetime as dt
import re

# an earlier meeting's decision told again: '... agreed at the previous meeting', 'Cheque for CGM agreed last month'
# (Northwold), 'Village grass cutting contract agreed for 2 years – still applies for 2013/14' (Souldern)
PRIOR_RE = re.compile(
    r"(?i)\b(?:previously|provisionally|earlier|already|last\s+(?:year|month)|still\s+(?:applies|stands|in\s+force)|"
    r"at\s+(?:its|the|their|our)\s+(?:previous|last|prior)\s+meeting|"
    r"at\s+(?:our|its|the)\s+meeting\s+(?:on|of|held|\d)|first\s+in\s+(?:19|20)\d\d|"
    r"(?P<verb>agreed|approved|decided|resolved)\s+(?:at|in|during)\s+(?:the|a|an|our|its|their)\s+(?!this\b)"
    r"(?:[\w-]+\s+){0,3}(?:meeting|session|discussion|workshop))\b")
# a paper handed out before the meeting: 'previously circulated', 'already been distributed', 'circulated previously'
HANDED_OUT_RE = re.compile(r"(?i)\b(?:previously|already)\s+(?:been\s+)?(?:circulated|distributed|issued|e-?mailed|sent|supplied|"
                           r"tabled)\b|\b(?:circulated|distributed|issued|e-?mailed|sent)\s+(?:out\s+)?previously\b")


def told_earlier(clause: str, verb_at: int | None) -> bool:
    """Whether the words of a decision's clause put it before this meeting; verb_at: where the decision's own verb
    stands in the clause (None: the whole clause is the decision's), for a time told with a decision verb."""
    clause = HANDED_OUT_RE.sub(lambda m: " " * len(m.group(0)), clause)
    return any(m.group("verb") is None or verb_at is None or m.start() == verb_at for m in PRIOR_RE.finditer(clause))


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december")
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|" \
         r"nov(?:ember)?|dec(?:ember)?)"
# the decision's own day, straight after its verb and the meeting that took it: 'The Document was agreed at Full Council
# on 27th November' (Northwold, of the borough's council), 'was agreed by County Council on 13th February 2025' (Kent's
# cabinet report), 'this had been agreed by the Borough Council on 25 January' (Stoke Ferry); not a date that names a
# paper or a meeting before the verb ('The Minutes of the meeting held on 5th July 2016 were adopted')
VERB_DATE_RE = re.compile(
    r"(?i)(?P<verb>agreed|approved|adopted|decided|resolved|ratified|endorsed|accepted)\s+"
    r"(?:(?:at|by)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’&-]+\s+){1,5}?)?on\s+(?:the\s+)?"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH.replace("month", "month2") +
    r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)(?:\s+(?P<year>(?:19|20)\d\d))?\b")


def dated_before(clause: str, verb_at: int | None, meeting_date: str | None) -> bool:
    """Whether the decision's verb is given a day of its own before this meeting's: taken at another meeting, told here.
    A day without its year is the last such day on or before the meeting (a January meeting's '27th November' is the
    November before). A meeting known by its month only ('2015-01') is after every day of an earlier month."""
    if not meeting_date or len(meeting_date) < 7:
        return False
    try:  # a month-only meeting is taken at its first day: a day of the same month is never before it
        held = dt.date.fromisoformat(meeting_date[:10] if len(meeting_date) >= 10 else meeting_date[:7] + "-01")
    except ValueError:
        return False
    month_only = len(meeting_date) < 10
    for m in VERB_DATE_RE.finditer(clause):
        if verb_at is not None and m.start() != verb_at:
            continue
        month = MONTHS.index(next(n for n in MONTHS if n.startswith((m.group("month") or m.group("month2")).lower()[:3]))) + 1
        day = int(m.group("day") or m.group("day2"))
        year = int(m.group("year")) if m.group("year") else held.year
        try:
            when = dt.date(year, month, day)
            if not m.group("year") and (when > held if not month_only else month > held.month):
                when = dt.date(year - 1, month, day)
            if month_only and (when.year, when.month) == (held.year, held.month):
                continue
        except ValueError:
            continue
        if when < held:
            return True
    return False
