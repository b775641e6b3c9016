"""The next meeting a paper announces ('Date of next meeting', 'The next meeting will be held on', 'ADJOURNMENT TO
November 23, 2022'), given to the meeting whose part of the paper announces it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .anothers_meeting import anothers_meeting
from .dates import agree_with_weekday, find_dates, first_date
from .meeting_finder import body_key
from .welsh import CHAIR_SIGN, NEXT_MEETING as WELSH_NEXT_MEETING

if TYPE_CHECKING:
    from .document import Block
    from .structure import Structure

NEXT_MEETING_RE = re.compile(
    r"\b(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+(?:\w+\s+){0,2}meeting|next\s+(?:\w+\s+){0,2}meeting|" + WELSH_NEXT_MEETING + r")\b", re.I)
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
                elif named and not follow and _heads_alone(b.text, m):
                    window += "\n" + "\n".join(_under_heading(blocks, i))
                owner = meeting_index_at(s, i)
                ref = s.meetings[owner] if owner is not None else None
                if not follow and named and ref is not None and _anothers_next_meeting(m.group(0), ref.body):
                    continue
                reference = dt.date.fromisoformat(ref.date[:7] + "-01") if ref else None
                date = (_own_listed_date(window[len(m.group(0)):], ref.body, reference) if follow and ref else None) \
                    or first_date(window, reference=reference)
                if (not date or date.precision != "day") and named and ref is not None and len(ref.date) == 10:
                    iso = _weekday_and_day(window[len(m.group(0)):][:100], ref.date)
                    if iso and ref.next_meeting is None:
                        ref.next_meeting = iso
                    continue
                if not date or date.precision != "day":
                    continue
                iso = date.iso
                if ref is not None and iso <= ref.date:
                    # the next meeting is after this one: "14th January" in December minutes is next
                    # year's; "Thursday 7th February 2018" in November 2018 minutes is 2019's
                    iso = (_next_year(iso) if not re.search(r"(?:19|20)\d\d|\d[/.]\d", date.text)
                           else agree_with_weekday(iso, date.text))
                    if iso <= ref.date and len(ref.date) == 10 and int(iso[:4]) == int(ref.date[:4]) - 1 \
                            and named and ref.date < _next_year(iso) <= _days_on(ref.date, 123):
                        # last year's year kept by a January paper ('The next meeting will on 20th March 2013' in
                        # minutes of 30 January 2014): the day and month are the next meeting's, in the meeting's year
                        iso = _next_year(iso)
                if ref is None:
                    s.next_meeting = s.next_meeting or iso
                elif iso > ref.date and ref.next_meeting is None:
                    ref.next_meeting = iso
        if s.next_meeting or any(m.next_meeting for m in s.meetings):
            return
    _signed_on(blocks, s)


# minutes close with the line the chair signs them on, at the body's next meeting: the day may be printed there already
# ('…………8th July 2015 CHAIRPERSON' in Manordeilo and Salem's minutes; 'Chairman: Jane O Ritchie' then 'Date: 23 April
# 2024', the next Annual Parish Meeting, in Bishopdale's; 'Signed: R. Crisp, Chairman Date: 3rd February 2015' in
# Northwold's, which gives its next meeting in words too). Asked last, of the paper's last blocks only
SIGN_WORD_RE = re.compile(r"(?i)\b(?:chair(?:man|person|woman)?|signed|signature|" + CHAIR_SIGN + r")\b")
# between the signature's word and its date: only dots, rules, punctuation, 'Date:' or a name ('Signed: R. Crisp, Chairman')
_SIGN_GAP_RE = re.compile(r"(?i)^[\W_]*(?:date[\W_]*)?$")
SIGNED_WITHIN_DAYS = 400  # an annual meeting signs its minutes at the next year's


def _signed_on(blocks: list[Block], s: Structure) -> None:
    import datetime as dt

    if not blocks:
        return
    owner = meeting_index_at(s, len(blocks) - 1)
    ref = s.meetings[owner] if owner is not None else None
    if ref is None or ref.role != "records" or ref.next_meeting or len(ref.date) != 10:
        return
    day = dt.date.fromisoformat(ref.date)
    for date in _signature_dates(blocks, dt.date(day.year, day.month, 1)):
        iso = date.iso
        if iso <= ref.date and not date.year_stated:
            iso = _next_year(iso)
        if 0 < (dt.date.fromisoformat(iso) - day).days <= SIGNED_WITHIN_DAYS:
            ref.next_meeting = iso
            return


def _signature_dates(blocks: list[Block], reference=None) -> list:
    """The dates beside the chair's signature in the paper's last blocks."""
    found = []
    tail = [b.text[-300:] for b in blocks[-3:]]
    for k, text in enumerate(tail):
        signs = list(SIGN_WORD_RE.finditer(text))
        # 'Date: 23 April 2024' alone, under the line the chair signs
        if not signs and k and re.match(r"(?i)\s*date\b", text) and _signature_line(tail[k - 1]):
            signs = [re.match(r"(?i)\s*date\b", text)]
        for date in find_dates(text, reference=reference):
            if date.precision == "day" and any(
                    _SIGN_GAP_RE.match(text[date.end:w.start()] if w.start() >= date.end else text[w.end():date.start])
                    for w in signs):
                found.append(date)
    return found


def _signature_line(text: str) -> bool:
    """Whether a block closes on the chair's signature line ('Chairman: Jane O Ritchie' above 'Date: 23 April 2024'): a
    short last line that opens with the signature's word (SIGN_WORD_RE), not a sentence that names the chair."""
    # its last line, or the last sentence of it where the reader ran the signature on from the closing sentence
    last = re.split(r"(?<=[.!?])\s+", text.strip().rsplit("\n", 1)[-1].strip())[-1]
    return len(last) <= 60 and bool(SIGN_WORD_RE.match(last))


# a heading that is only the words naming the next meeting ('7. Next Meeting', 'DATE OF NEXT MEETING:'): its date is
# in the lines under it
_HEADING_FILLER_RE = re.compile(r"(?i)^\W*(?:item\s+)?(?:\d{1,3}[a-z]?|[a-z]|[ivx]{1,5})?[.):]?\s*$|^[\s:\-–—.]*$")


def _heads_alone(text: str, m: re.Match) -> bool:
    """The words close their block and open it, or close it as a label does (a colon, capitals: the reader may join a
    heading to the paragraph above it); 'to be discussed at the next meeting.' closes its block too, but as prose."""
    if not _HEADING_FILLER_RE.match(text[m.end():]):
        return False
    said = m.group(0)
    return bool(_HEADING_FILLER_RE.match(text[:m.start()])) or ":" in text[m.end():] or said.isupper() or all(
        w[0].isupper() for w in said.split() if w.lower() not in ("of", "the", "and"))


def _under_heading(blocks: list[Block], i: int) -> list[str]:
    """The (at most two) blocks under a heading, up to the next numbered item (a line the structure reads as one)."""
    from .structure import ITEM_RE  # (structure reads the next meetings with this module)

    out = []
    for x in blocks[i + 1:i + 3]:
        if ITEM_RE.match(x.text.strip().split("\n", 1)[0]):
            break
        out.append(x.text)
    return out


# a weekday and a day with no month ('Next meeting: Tues 3rd', 'Date of next meeting: Wednesday 9th'): the first
# such day after the meeting, when the named weekday fits it; a day without its weekday is too loose to read
_WEEKDAY_DAY_RE = re.compile(
    r"(?i)\b(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?(?P<day>[0-3]?\d)"
    r"(?:st|nd|rd|th)?\b(?![/.:]\d)(?!\s*(?:[ap]\.?m\b|%|(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_and_day(text: str, meeting: str) -> str | None:
    import datetime as dt

    m = _WEEKDAY_DAY_RE.search(text)
    if not m:
        return None
    wanted, day = _WEEKDAYS.index(m.group("weekday").lower()[:3]), int(m.group("day"))
    after = dt.date.fromisoformat(meeting)
    year, month = after.year, after.month
    for _ in range(4):  # a body meets again within about four months
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and candidate > after and candidate.weekday() == wanted:
            return candidate.isoformat()
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


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
    # and the day the chair is to sign the minutes ('8th April 2025 CHAIRPERSON' closing them): no meeting they record
    days.update(d.iso for d in _signature_dates(blocks) if d.year_stated)
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
    dates = find_dates(listing, reference=reference)
    for n, d in enumerate(dates):
        line = re.split(r"[\n|;•,]", listing[start:d.start])[-1] if start >= 0 else ""
        start = d.end
        named = " ".join(w for w in re.findall(r"[A-Za-z]+", line) if w.lower() not in LISTED_FILLER)
        after = re.match(r"\s*[-–—:]\s*([^\n|;•,]*)", listing[d.end:dates[n + 1].start if n + 1 < len(dates) else None])
        if not named and after:
            # the meeting named after its date: '18th September 2014 – New Board Induction 25th September 2014 – Board
            # Meeting' (Suffolk Libraries); those words are not the next date's
            named = " ".join(w for w in re.findall(r"[A-Za-z]+", after.group(1)) if w.lower() not in LISTED_FILLER)
            start = -1
        if d.precision == "day" and not (named and _anothers_next_meeting(named, body)):
            return d
    return None


def _anothers_next_meeting(said: str, body: str) -> bool:
    """'the next Community Group Meeting in Bury St. Edmunds on 10th February' in a board's minutes
    is another body's meeting, not the board's next one (a due 'by the next meeting' then fell due on
    it); an initialism ('the next SPC meeting') may be the body's own."""
    plain = " ".join(w for w in re.findall(r"[A-Za-z]+", said) if not w.isupper())
    return anothers_meeting(plain, set(body_key(body or "").split()))


def _days_on(iso: str, days: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


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
