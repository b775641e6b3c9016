"""The next meeting a paper announces ('Date of next meeting', 'The next meeting will be held on', 'ADJOURNMENT TO
November 23, 2022'), given to the meeting whose part of the paper announces it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .anothers_meeting import anothers_meeting
from .dates import agree_with_weekday, find_dates, first_date
from .meeting_finder import body_key

if TYPE_CHECKING:
    from .document import Block
    from .structure import Structure

NEXT_MEETING_RE = re.compile(
    r"\b(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+(?:\w+\s+){0,2}meeting|next\s+(?:\w+\s+){0,2}meeting)\b", re.I)
ANNOUNCED_RE = re.compile(
    r"(?i)\bdates?\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\s+(?:\w+\s+){0,2}meetings?|\bnext\s+(?:\w+\s+){0,2}meeting\b"
    r"(?:\s+of\s+(?:the\s+)?[\w\s]{1,40}?)?\s+(?:will\s+be(?:\s+held)?|is|was\s+confirmed\s+as|is\s+scheduled|scheduled)")

# an adjournment to a day names the body's next meeting, as US agendas close: 'ADJOURNMENT TO November 23, 2022'
# (Manhattan Beach), 'ADJOURN meeting to January 25, 2023 at 5:00 p.m.' (Palmdale), 'Adjourn to 6:00 P.M. on December
# 20, 2022' (Rancho Palos Verdes); 'has been adjourned to Thursday, January 12, 2023' (La Cañada Flintridge); and
# minutes: 'the remainder of the Agenda be adjourned until the next regular Parish Council meeting on the 10th January
# 2012' (Wereham). Asked last: an announced next meeting is the surer
ADJOURNED_TO_RE = re.compile(r"(?i)\badjourn(?:ed|ment|s)?\b(?:\s+(?:the\s+)?meeting)?\s*(?:to|until)\b")


def next_meetings(blocks: list[Block], s: Structure) -> None:
    """The announced next meeting ('Date of next meeting', 'The next meeting will be held on');
    otherwise a date right after a mention of the next meeting, or of an adjournment to a day."""
    import datetime as dt

    # (pattern, characters read after it, blocks read after a short one, whether its words name the meeting)
    for pattern, reach, follow, named in ((ANNOUNCED_RE, 200, 5, True), (NEXT_MEETING_RE, 80, 0, True),
                                          (ADJOURNED_TO_RE, 100, 0, False)):
        for i, b in enumerate(blocks):
            for m in pattern.finditer(b.text):
                window = b.text[m.start():m.start() + reach]
                if len(window) < 60 and follow:
                    window += "\n" + "\n".join(x.text for x in blocks[i + 1:i + follow])
                owner = meeting_index_at(s, i)
                ref = s.meetings[owner] if owner is not None else None
                if not follow and named and ref is not None and _anothers_next_meeting(m.group(0), ref.body):
                    continue
                reference = dt.date.fromisoformat(ref.date[:7] + "-01") if ref else None
                date = (_own_listed_date(window[len(m.group(0)):], ref.body, reference) if follow and ref else None) \
                    or first_date(window, reference=reference)
                if not date or date.precision != "day":
                    continue
                iso = date.iso
                if ref is not None and iso <= ref.date:
                    # the next meeting is after this one: "14th January" in December minutes is next
                    # year's; "Thursday 7th February 2018" in November 2018 minutes is 2019's
                    iso = (_next_year(iso) if not re.search(r"(?:19|20)\d\d|\d[/.]\d", date.text)
                           else agree_with_weekday(iso, date.text))
                if ref is None:
                    s.next_meeting = s.next_meeting or iso
                elif iso > ref.date and ref.next_meeting is None:
                    ref.next_meeting = iso
        if s.next_meeting or any(m.next_meeting for m in s.meetings):
            return


def announced_days(blocks: list[Block]) -> set[str]:
    """Every day the paper gives as a next meeting, whichever meeting's part gives it: a dated heading of that day
    further on ('K. TENTATIVE AGENDA November 23, 2022' above 'L. ADJOURNMENT TO November 23, 2022') is the next
    meeting's, not a second meeting the paper records."""
    days = set()
    for b in blocks:
        for pattern, reach in ((ANNOUNCED_RE, 200), (NEXT_MEETING_RE, 80), (ADJOURNED_TO_RE, 100)):
            for m in pattern.finditer(b.text):
                date = first_date(b.text[m.start():m.start() + reach])
                if date and date.precision == "day":
                    days.add(date.iso)
    return days


# the words of a listed meeting's line that name no meeting: when and where it is ('on Thursday 14th at 7.30pm')
LISTED_FILLER = frozenset("""on at the held will be is are in from starting start of pm am mon monday tue tues tuesday wed
    wednesday thu thur thurs thursday fri friday sat saturday sun sunday""".split())


def _own_listed_date(listing: str, body: str, reference):
    """The body's own meeting in a list of the next meetings ('Date of next meetings: Planning meeting 15th August /
    PC meeting 14th September' in Souldern Parish Council's minutes, 'Board Away Day 18th February Board Meeting 26th
    February' in Suffolk Libraries'): the first day-precise date whose line does not name another body's meeting or
    event. None when every dated line does (the caller then takes the first date)."""
    start = 0
    for d in find_dates(listing, reference=reference):
        line = re.split(r"[\n|;•,]", listing[start:d.start])[-1]
        start = d.end
        named = " ".join(w for w in re.findall(r"[A-Za-z]+", line) if w.lower() not in LISTED_FILLER)
        if d.precision == "day" and not (named and _anothers_next_meeting(named, body)):
            return d
    return None


def _anothers_next_meeting(said: str, body: str) -> bool:
    """'the next Community Group Meeting in Bury St. Edmunds on 10th February' in a board's minutes
    is another body's meeting, not the board's next one (a due 'by the next meeting' then fell due on
    it); an initialism ('the next SPC meeting') may be the body's own."""
    plain = " ".join(w for w in re.findall(r"[A-Za-z]+", said) if not w.isupper())
    return anothers_meeting(plain, set(body_key(body or "").split()))


def _next_year(iso: str) -> str:
    return iso if iso[5:] == "02-29" else f"{int(iso[:4]) + 1:04d}{iso[4:]}"


def meeting_index_at(s: Structure, block_index: int) -> int | None:
    current = None
    for n, m in enumerate(s.meetings):
        if m.block <= block_index:
            current = n
    if current is None:
        return None
    m = s.meetings[current]
    if m.role == "again":
        return next(k for k, x in enumerate(s.meetings) if x.key == m.key and x.role != "again")
    return current
