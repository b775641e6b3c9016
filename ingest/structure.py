"""Find the structure of a Document: which meetings it records or convenes, their agenda
items, and paragraph-sized passages, each with its page. Plain text rules, no NLP."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import find_dates, first_date, first_time
from .document import HEADING, TABLE, Block, Document
from .exempt_marks import is_only_a_marking, marks, marks_item, without_item_marking
from .memo_head import addressee, opens_a_report
from .meeting_finder import FoundMeeting, body_key, clean_body, find_meeting, reads_as_name, to_head
from .next_meetings import NEXT_MEETING_RE, announced_days, meeting_index_at, next_meetings
from .paper_kind import a_listing, document_kind

BODY_WORDS = (
    r"partnership|council|committee|commission|board|cabinet|panel|trustees|group|forum|authority|"
    r"assembly|executive|sub-committee|subcommittee|senate|comm(?:ittee)?|lpc"
)
BODY_WORD_RE = re.compile(rf"\b(?:{BODY_WORDS})\b", re.I)
MEETING_OF_RE = re.compile(
    r"\b(?i:minutes|meeting|notice)\s+of\s+(?i:an?\s+|the\s+)?(?i:(?:extra)?ordinary\s+|annual\s+|regular\s+|special\s+)?"
    r"(?i:meeting\s+of\s+(?:the\s+)?)?(?P<body>[A-Z][\w&'’#\-]*(?:[ \t]+(?:of|the|and|for|on|&|cum|[A-Z#][\w&'’#\-]*))*)",
)
MEETING_CUE_RE = re.compile(
    r"\b(?:meeting|minutes|agenda|held|date and time|date:|summons|notice)\b", re.I
)
# a day of the month's ordinal after its number ('11th November 2012 S Barrett: ...', '24 th May 2018'): a line of a list of
# dates or a signature's date, not an item
ORDINAL = r"[ \t]*(?:st|nd|rd|th)\b"
DAY_LINE_RE = re.compile(r"^\s*\d{1,2}" + ORDINAL, re.I)
ITEM_RE = re.compile(
    r"^\s*(?:item\s+)?(?P<num>\d{1,3}(?:\.\d{1,2})?|\d{2}/\d{2}/\d{1,2}|(?-i:[IVXL]{1,6})(?=\.))(?!" + ORDINAL + ")"
    r"[.)]?\s*(?:[-–:]\s*)?"
    r"(?P<title>(?:\d+/\d+\s*[-–]\s*)?[A-Za-z(\"“'].{1,250})$", re.I
)
SUBITEM_RE = re.compile(r"^\s*\(?(?P<num>[a-z]|[ivx]{1,4})[.)]\s+(?P<title>\S.{1,250})$")
FILE_NUMBER_RE = re.compile(r"^\s*\d{2}-\d{3,5}\s+")  # Legistar file numbers: "23-0015 RECOGNIZING ..."
PRESENTER_RE = re.compile(r"\s*\((?P<who>(?:[A-Z][\w.'’\-]*\s+){0,5}[A-Z][a-z][\w'’\-]*)\)\s*$")
PAGES_RE = re.compile(r"\(?\bpages?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\)?\s*$", re.I)
# a section marking that heads text, not a list of items ('Confidential', 'Exempt information',
# 'PRIVATE BUSINESS' over an HTML page's section with no numbered item): the text under it is
# restricted, as the items after it are. 'EXEMPT ITEMS' and 'PART 2' head items, and over their own
# text print public notes ('At the time of preparing the agenda there were no exempt items', Kent;
# a statutory notice's 'PART 2'); a US 'CLOSED SESSION' heading is public business
ITEMS_SECTION_RE = re.compile(r"\bitems?\b|^\s*part\b|\bsession\b", re.I)
# a heading's own number, when the heading was not taken as an item ('99. CONFIDENTIAL: ...'
# among items numbered '14/06/1'): what follows it still says whether the text under it is public
LEADING_NUMBER_RE = re.compile(r"^\s*(?:item\s+)?(?:\(?\d+[a-z]?\)?(?:[./]\d+[a-z]?)*|\([a-z]{1,3}\))[.:)]?\s+", re.I)
MAX_PASSAGE = 1500
# a numbered title closed by its colon, alone ('9 Future Agenda Items:', '5 Updates:'): it opens the text below it, so it
# is not merged into the short passage above it (whose last sentence would run on into it)
ITEM_OPENING_RE = re.compile(r"\s*\d{1,2}\.?\s+[A-Z][^.:;\n]{2,60}:\s*")
# lines that carry a fact of their own are never merged with their neighbours
MERGE_BLOCKER_RE = re.compile(
    r"(?i)^\s*(?:actions?\b|resolved\b|decision\b|agreed\b|(?:for|against|abstain\w*|abstentions?)\s*\(\d+\)|ayes\b|nays\b|"
    r"noes\b|result\b|motion\b|second\w*\b)")


@dataclass
class Meeting:
    body: str
    date: str
    page: int
    start_time: str | None = None
    venue: str | None = None
    role: str = "records"  # records (minutes) / convenes (agenda, notice)
    next_meeting: str | None = None
    block: int = 0  # index of the block where the meeting starts in this document
    found_by: str = "dated heading"  # what in the paper gave the meeting (see meeting_finder)

    @property
    def key(self) -> tuple[str, str]:
        return (body_key(self.body), self.date)


@dataclass
class AgendaItem:
    meeting: int | None  # index into Structure.meetings
    number: str
    title: str
    page: int
    presenter: str | None = None
    pages: str | None = None
    restricted: bool = False


@dataclass
class Passage:
    page: int
    text: str
    heading: str | None
    meeting: int | None
    item: int | None  # index into Structure.items
    kind: str  # paragraph / list_item / table_row / heading
    restricted: bool = False
    block: Block | None = None


@dataclass
class Structure:
    kind: str
    meetings: list[Meeting] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    next_meeting: str | None = None  # announced next meeting, even when no meeting is dated
    block_meeting: list[int | None] = field(default_factory=list)  # per document block
    block_item: list[int | None] = field(default_factory=list)
    no_meeting_reason: str | None = None  # why a minutes or agenda paper has no meeting

    def real_meeting(self, index: int | None) -> int | None:
        """Index among the meetings that are stored ('again' markers only steer assignment)."""
        if index is None:
            return None
        target = self.meetings[index]
        if target.role == "again":
            index = next(n for n, m in enumerate(self.meetings) if m.key == target.key and m.role != "again")
        real = [n for n, m in enumerate(self.meetings) if m.role != "again"]
        return real.index(index)

    @property
    def stored_meetings(self) -> list[Meeting]:
        return [m for m in self.meetings if m.role != "again"]




def tidy_body(text: str) -> str:
    # one cleaning for a body's name however the paper gave it: the dated heading's name had kept
    # qualifiers the head's scored name loses ('Northwold Parish Council -June', '... Annual')
    return to_head(clean_body(text))


def find_structure(doc: Document) -> Structure:
    listing = a_listing(doc)
    if listing is not None:
        # its pages are kept (searchable), but it has no meeting, items or facts: a list of
        # sources whose table names a body and a date is not that body's paper of that day
        return Structure(kind="other", no_meeting_reason=listing)
    blocks = doc.blocks
    structure = Structure(kind=document_kind(doc))
    _find_meetings(blocks, structure)
    found, reason = find_meeting(doc)
    _reconcile(structure, found, reason)
    _drop_references(structure, blocks)
    next_meetings(blocks, structure)
    _assign(blocks, structure, _report_pages(doc, structure))
    return structure


def _report_pages(doc: Document, s: Structure) -> set[int]:
    """The pages of a paper where a report starts (its head: whom it is from, what it is about). A report's numbered
    headings ('5. Recommendations', '1. Check Summary Information Sheet') are its sections and attachments, not the
    items of the meeting it goes to; minutes and action logs are left alone, since they may quote a letter's head."""
    if s.kind in ("minutes", "action_log"):
        return set()
    return {page.number for page in doc.pages if opens_a_report(page.text or "")}


# --- meetings -----------------------------------------------------------------------------

OTHER_PAPER_SCORE = 5.0


def _reconcile(s: Structure, found: FoundMeeting | None, reason: str | None) -> None:
    """Join the scored meeting of the paper's head with the meetings dated headers give
    further in (an agenda pack holds its own meeting and the minutes of the previous one)."""
    stored = s.stored_meetings
    if found is not None and s.kind in ("report", "other") and found.score < OTHER_PAPER_SCORE:
        found = None  # a report's date is its own (publication, year end), unless the paper plainly states a meeting
    if found is None:
        if not stored and s.kind in ("minutes", "agenda", "agenda_pack", "action_log"):
            s.no_meeting_reason = reason
        return
    first = stored[0] if stored else None
    if first is not None and first.date == found.date:
        first.found_by = found.found_by
        mine, theirs = set(body_key(first.body).split()), set(body_key(found.body).split())
        if mine < theirs or (mine == theirs and len(found.body) < len(first.body)) or (
                not reads_as_name(first.body) and reads_as_name(found.body)):
            # the fuller name ("Parish Council" under "Burton-cum-Walden Parish Council"), or the
            # same words without a repeat ("Committee North of Tyne LPC Committee")
            _rename(s, first.key, found.body, found.date)
        return
    role = "convenes" if s.kind in ("agenda", "agenda_pack") else "records"
    meeting = Meeting(found.body, found.date, found.page, start_time=found.start_time, role=role, block=0,
                      found_by=found.found_by)
    if first is not None and first.block <= found.block:
        # a dated header above the scored date names another day: the scores decide
        _rename(s, first.key, found.body, found.date)
        s.meetings[s.meetings.index(first)] = Meeting(
            found.body, found.date, found.page, start_time=found.start_time or first.start_time, venue=first.venue,
            role=first.role, next_meeting=first.next_meeting, block=first.block, found_by=found.found_by)
        return
    s.meetings.insert(0, meeting)


def _drop_references(s: Structure, blocks: list[Block]) -> None:
    """Only an agenda pack holds other meetings' minutes. In a paper of one meeting, a later dated
    header that is earlier than the paper's meeting (the minutes being approved, the agenda's issue
    date), on the same day (the same meeting again), in a calendar line, or on a day the paper
    announces as its next meeting refers to it: the paper's own meeting goes on."""
    stored = s.stored_meetings
    if s.kind == "agenda_pack" or len(stored) < 2:
        return
    first = stored[0]
    announced: set[str] | None = None  # read only when a later header is in question
    for m in stored[1:]:
        text = blocks[m.block].text if m.block < len(blocks) else ""
        if m.date == first.date:
            _rename(s, m.key, first.body, first.date)
            m.role = "again"
            continue
        if m.date > first.date and len(find_dates(text)) <= 1:
            announced = announced_days(blocks) if announced is None else announced
            if m.date not in announced:
                continue  # a later meeting the paper records
        if first.role == "convenes" and m.role == "records" and m.date < first.date and not re.search(r"(?i)\bminutes\b", text):
            # an agenda with the last meeting's minutes after it, the date a line of their title (Norwalk's 'MINUTES OF
            # THE REGULAR MEETING / NORWALK HOUSING AUTHORITY / ... / OCTOBER 18, 2022'); an item's line naming minutes
            # and their day ('1. Minutes of the ... Meeting held on 16th July 2015', Souldern's) refers to them
            continue
        dropped = m.key
        s.meetings = [x for x in s.meetings if x.key != dropped]


def _rename(s: Structure, key: tuple[str, str], body: str, date: str) -> None:
    """A meeting and the markers that return to it take a new body and date together."""
    for m in s.meetings:
        if m.key == key:
            m.body, m.date = body, date

def _find_meetings(blocks: list[Block], s: Structure) -> None:
    names_next: dict[int, bool] = {}  # each block is asked this by the four after it: read once

    def says_next(j: int) -> bool:
        if j not in names_next:
            names_next[j] = bool(NEXT_MEETING_RE.search(blocks[j].text))
        return names_next[j]

    for i, b in enumerate(blocks):
        text = _candidate_text(b)
        if not text or NEXT_MEETING_RE.search(text) or ((ITEM_RE.match(text) or DAY_LINE_RE.match(text)) and i > 3):
            continue  # deep in the paper, an item or a line of dates ('4th August 2018' under a signature) is no meeting
        if any(says_next(j) for j in range(max(0, i - 4), i)):
            continue  # the date of the next meeting is not a meeting this paper records
        date = first_date(text[:300])
        if not date or date.precision != "day":
            continue
        near_start = i < 12
        context = [blocks[j] for j in range(max(0, i - (7 if near_start else 4)), i) if blocks[j].kind != TABLE]
        own_body = _body_from(text)
        if own_body and not (near_start or b.kind == HEADING or re.match(r"(?i)\s*(?:a\s+)?(?:minutes|meeting|notice) of", text)):
            own_body = None
        date_line = (
            (len(text) - len(date.text) < 70 or date.start < 5
             or bool(re.match(r"(?i)\s*(?:date|meeting of|minutes from)\b", text)))
            and date.start < 40
            and not re.search(r"(?i)\b(?:approved|adopted|confirmed|signed|agreed)\b", text)
        )
        heading_body = _body_from_headings(context) if date_line else None
        if heading_body and re.search(r"(?i)\bmeetings\b", " ".join(c.text for c in context[-2:])):
            # a calendar of future meetings ("City Council Meetings" then dates) convenes nothing,
            # but its first date after this paper's meeting is the next meeting of the same body
            first = next((m for m in s.meetings if m.role != "again"), None)
            if first and first.next_meeting is None and date.iso > first.date and (
                    set(body_key(first.body).split()) & set(body_key(heading_body).split()) - {"meetings"}):
                first.next_meeting = date.iso
            continue
        same_date = next((m for m in s.meetings if m.date == date.iso and m.role != "again"), None)
        if same_date and (date_line or own_body):
            # a report's "Date:" line, or a later page of the same meeting: blocks after it belong to it again
            s.meetings.append(Meeting(same_date.body, same_date.date, b.page, role="again", block=_page_top(blocks, i, s)))
            continue
        explicit = next((bb for c in reversed(context) if (bb := _body_from(c.text))), None) if date_line else None
        if own_body:
            body = own_body
        elif explicit and near_start:
            body = explicit  # "FORMAL MEETING OF CITY COUNCIL" above the date line
        elif date_line and heading_body and (near_start or any(c.kind == HEADING for c in context[-2:])):
            body = heading_body
        elif date_line and near_start:
            body = next((bb for c in reversed(context) if (bb := _body_from(c.text))), None) or _body_after(blocks, i)
        else:
            body = None
        if not body:
            continue
        window = " ".join(c.text for c in context[-3:]) + " " + text
        role = "records"
        first_of_agenda = not s.meetings and s.kind in ("agenda", "agenda_pack")
        if first_of_agenda and not re.search(r"\bminutes\b", window, re.I):
            role = "convenes"
        elif re.search(r"\b(?:will be held|agenda|a g e n d a|summons|notice)\b", window, re.I) and not re.search(
                r"\bminutes\b", window, re.I) and not _records_its_agenda(s, window):
            role = "convenes"
        s.meetings.append(Meeting(
            body=body, date=date.iso, page=b.page, start_time=first_time(text[date.end:date.end + 60] or text),
            venue=_venue(blocks, i), role=role, block=i,
        ))


def _page_top(blocks: list[Block], i: int, s: Structure) -> int:
    """Where a meeting's return begins: the top of the page whose dated header marks it, when another meeting's
    part ran up to an earlier page (Norwalk's agenda report prints 'TO: / FROM: ...' above its 'Housing Authority
    Agenda Report / November 15, 2022': the page is the agenda's, not the enclosed minutes' before it)."""
    last = max((m.block for m in s.meetings), default=-1)
    top = i
    while top - 1 > last and blocks[top - 1].page == blocks[i].page:
        top -= 1
    return top if last < 0 or blocks[last].page < blocks[i].page else i


def _candidate_text(b: Block) -> str | None:
    if b.kind != TABLE:
        return b.text
    # a header table: "Date: Wednesday 2nd May 2018 | Time: 09.30 | Location: ..."
    first = " ".join(b.rows[0]) if b.rows else ""
    return first if re.search(r"(?i)\bdate\b", first) else None


def _body_from(text: str) -> str | None:
    m = MEETING_OF_RE.search(text)
    if m and BODY_WORD_RE.search(m.group("body")):
        body = tidy_body(m.group("body"))
        body = re.sub(r"\s+(?:on|at|in)\b.*$", "", body)
        return body or None
    # "Kingston and North Kingston Neighbourhood Committee - Thursday 15 January 2026 7:30 pm"
    head = re.split(r"\s+[-–—]\s+|,\s*(?=(?:mon|tue|wed|thu|fri|sat|sun))|\s{2,}", text, maxsplit=1, flags=re.I)[0]
    # a report's front lines ('From: ... To: County Council – 9th January 2025'): the meeting it is addressed to
    head = (addressee(head) or head).strip()
    if head != text and len(head) < 90 and BODY_WORD_RE.search(head) and not re.search(r"\d", head):
        return tidy_body(head)
    return None


def _body_from_headings(context: list[Block]) -> str | None:
    """The nearest heading naming a body; a place line before a generic one is prefixed."""
    for n in range(len(context) - 1, -1, -1):
        c = context[n]
        if (c.kind != HEADING and len(c.text) > 60) or not _title_like(c.text):
            continue
        if re.match(r"(?i)(?:and|&)\s", c.text) and n > 0:
            continue  # 'AND IMPROVEMENT AUTHORITY': the second body of a joint meeting, named under the first
        if re.search(r"(?i)\b\d+\s+[\w.]+\s+(?:street|st|road|rd|avenue|ave|lane|drive|way)\b|\bchambers?\b|\bhall\b,", c.text):
            continue  # a venue or an address, not a body
        label_free = re.sub(r"(?i)\b(?:regular|special|meeting|minutes|agenda|a g e n d a)\b", "", c.text).strip()
        label_free = re.sub(r"(?i)^(?:of|from)\s+", "", label_free)
        if len(c.text) < 90 and BODY_WORD_RE.search(c.text) and not re.search(r"(?<!#)\b\d{4}", c.text):
            body = tidy_body(label_free or c.text)
            prev = context[n - 1].text if n > 0 else ""
            if (len(body.split()) <= 2 and prev and len(prev) < 40 and not BODY_WORD_RE.search(prev)
                    and not re.search(r"(?<!#)\b\d(?!\d*$)", prev) and not MEETING_CUE_RE.search(prev)
                    and not re.search(r"(?i)a g e n d a|report", prev)):
                body = tidy_body(prev) + " " + body
            return body
    return None


def _body_after(blocks: list[Block], i: int) -> str | None:
    """A cover page that gives the date first and the body below it (US agendas)."""
    window = blocks[i + 1:i + 10]
    body = None
    for b in window:
        if len(b.text) < 50 and BODY_WORD_RE.search(b.text) and _title_like(b.text):
            body = tidy_body(re.sub(r"(?i)\b(?:regular|special|meeting|minutes|agenda)\b", "", b.text))
            break
    if not body:
        return None
    if len(body.split()) <= 2:
        place = next((m.group(1) for c in window if (m := re.match(r"(?i)^(?:city|town|county|village) of (.+)$", c.text.strip()))), None)
        if place:
            body = f"{place.strip()} {body}"
    return body


def _title_like(text: str) -> bool:
    small = {"of", "and", "the", "for", "on", "&", "cum", "in", "at", "to", "upon"}
    words = re.findall(r"[A-Za-z#][\w'’\-#]*", text)
    return bool(words) and all(w[0].isupper() or w[0] == "#" or w.lower() in small or w[0].isdigit() for w in words)


def _venue(blocks: list[Block], i: int) -> str | None:
    for b in blocks[i:i + 4]:
        m = re.search(r"(?i)\bvenue\s*[:\-]\s*(.+)", b.text)
        if m:
            return tidy_venue(m.group(1))
        m = re.search(r"(?i)\bheld (?:in|at) (?:the )?(.+?)(?:,? on\b|\.|$)", b.text)
        if m:
            return tidy_venue(m.group(1))
    return None


# what runs on after a venue on its line: the time ('... Workspace at 7 p.m.', 'Community Centre At 7'),
# the day ('CHURCH MONDAY 13th September 2010'), a link's words ('View directions'), the next
# heading set in spaced capitals ('MS Teams A G E N D A')
VENUE_TAIL_RE = re.compile(
    r"(?i)\s+(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\b|[ap]\b|o'?clock|$)|"
    r"\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"[.,]?\s+view\s+(?:directions|map)\b|"
    r"(?-i:\s+(?:[A-Z]\s){2,}[A-Z]\b)")


def tidy_venue(text: str) -> str | None:
    """The venue alone. A 'venue' in lower case is a statute's words ('a place reasonably
    accessible to the public ...'), not a place's name."""
    text = text.strip()
    m = VENUE_TAIL_RE.search(text)
    if m and m.start() > 0:
        text = text[:m.start()]
    text = text.strip(" ,.;:-–")
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return None
    return text[:200]


def _records_its_agenda(s: Structure, window: str) -> bool:
    """A paper read as minutes speaks of the agenda it records ('The City Council took the
    following action on items listed in the attached meeting agenda'): its first meeting is the
    one it records unless the words say the meeting is still to come."""
    return s.kind == "minutes" and not s.meetings and not re.search(r"(?i)\b(?:will be held|summons|notice)\b", window)


# --- items and passages --------------------------------------------------------------------

def _assign(blocks: list[Block], s: Structure, report_pages: set[int] = frozenset()) -> None:
    heading = None
    item_idx: int | None = None
    restricted_section = False
    marked_text = False  # under a marking that heads text (ITEMS_SECTION_RE)
    seen: dict[tuple[int | None, str], int] = {}
    current_top: str | None = None
    in_report = False  # from a report's head to the next meeting: its numbered lines are its sections
    for i, b in enumerate(blocks):
        meeting_idx = meeting_index_at(s, i)
        if meeting_idx is not None and s.meetings[meeting_idx].block == i:
            item_idx, current_top, in_report = None, None, False
        in_report = in_report or b.page in report_pages
        forms = marks(b.text) if len(b.text) < 120 else {}
        if "section" in forms:
            restricted_section = True
            marked_text = marked_text or not ITEMS_SECTION_RE.search(b.text)
        elif len(b.text) < 120 and _numbered_marking(b.text):
            restricted_section = marked_text = True  # '3. Confidential': the item and what follows it
        elif "opens" in forms:
            restricted_section = marked_text = False
        if b.kind == TABLE and b.rows:
            in_section = marked_text  # as the table starts
            row_item: dict[int, int | None] = {}  # a row opening an item -> that item
            item_before = item_idx
            for r, row_items in _items_from_table(b) if not in_report else ():
                number, title, presenter, pages, restricted = row_items
                closes = "closes" in marks(title or "")
                if number and number[0].islower() and current_top:
                    restricted = restricted or _parent_restricted(s, seen, meeting_idx, current_top)
                    number = f"{current_top}({number})"
                elif number:
                    restricted = restricted or _parent_restricted(s, seen, meeting_idx, number.split(".")[0])
                    current_top = number
                item_idx = _add_item(s, seen, meeting_idx, number, title, b.page, presenter, pages,
                                     restricted or restricted_section)
                row_item[r] = item_idx
                restricted_section = restricted_section or closes
            # each row sits under the item its own number opens, or the one a row above it opened (the
            # item before the table, for rows carried over from the page before): a minutes table whose
            # rows are its items ('9. | SL Reserves – designation ...', Suffolk Libraries) puts each
            # item's text under that item, not all of them under the table's last
            row_at = None
            for r, row in enumerate(b.rows):
                row_at = row_item.get(r, row_at)
                text = " | ".join(c for c in row if c)
                if text:
                    s.passages.append(_passage(b, text, heading, meeting_idx, item_before if row_at is None else row_at,
                                               "table_row", s, in_section))
            s.block_meeting.append(meeting_idx)
            s.block_item.append(item_idx)
            continue
        parsed = _item_from_line(b, blocks[i + 1] if i + 1 < len(blocks) else None) if meeting_idx is not None else None
        if parsed and not parsed[0][0].islower() and current_top and _num(parsed[0]) < _num(current_top):
            earlier = seen.get((meeting_idx, parsed[0]))
            if earlier is None or not _same_title(s.items[earlier].title, parsed[1]):
                parsed = None  # "4. Improve use of resources" inside item 8: a numbered list, not item 4
        by_number = parsed is None and meeting_idx is not None
        if by_number:
            parsed = _next_by_number(b, current_top)
        if parsed and _leaps_ahead(parsed[0], current_top, blocks[i + 1:i + 80]):
            parsed = None  # "100 Club/Quizzes – David" in a list under item 9, item 10 below it: a line, not item 100
        if parsed:
            number, title, presenter, pages, restricted = parsed
            if number[0].islower() and current_top:
                restricted = restricted or _parent_restricted(s, seen, meeting_idx, current_top)
                number = f"{current_top}({number})"
            else:
                restricted = restricted or _parent_restricted(s, seen, meeting_idx, number.split(".")[0])
                current_top = number
                if by_number and not (heading and marks_item(LEADING_NUMBER_RE.sub("", heading))):
                    # the item's own title line heads its text, not the heading before it ('2 Declarations of
                    # Interest' over items 3-17); a restricting heading stays over what follows it
                    heading = f"{number} {title}"
            if not in_report:  # a report's section heads its text as an item would, but is no item
                item_idx = _add_item(s, seen, meeting_idx, number, title, b.page, presenter, pages,
                                     restricted or restricted_section)
        if b.kind == HEADING:
            heading = b.text
        else:
            s.passages.append(_passage(b, b.text, heading, meeting_idx, item_idx, b.kind, s, marked_text))
        s.block_meeting.append(meeting_idx)
        s.block_item.append(item_idx)
        # the exclusion item itself is public (its resolution is read out in public): what follows it is not
        restricted_section = restricted_section or _closes_the_meeting(b)
    _merge_short_passages(s)


def _numbered_marking(text: str) -> bool:
    """An item whose title is only a marking of text ('3. Confidential', '14. Exempt Information');
    not one heading items or a US closed session's public report ('IV. CLOSED SESSION REPORT')."""
    bare = LEADING_NUMBER_RE.sub("", text)
    return bare != text and "section" in marks(bare) and not ITEMS_SECTION_RE.search(bare)


def _closes_the_meeting(b: Block) -> bool:
    return len(b.text) < 160 and "closes" in marks(LEADING_NUMBER_RE.sub("", b.text))


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _num(number: str) -> float:
    if re.fullmatch(r"[IVXL]+", number):
        values = [ROMAN[c] for c in number]
        return float(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))
    m = re.match(r"\d+(?:\.\d+)?", number.replace("/", ""))
    return float(m.group(0)) if m else 0.0


def _leaps_ahead(number: str, current_top: str | None, later: list[Block]) -> bool:
    """Items run on from the one before: a number far past the current item ('100 Club/Quizzes'
    under item 9, '27 November 2025. She undertook ...' under item 5) is a line of text when the
    item that does come next ('10 Library Managers Report') follows it. A body that numbers its
    minutes on across the year ('2. RESOLVED ...' then '283. Apologies') has no such next item."""
    if current_top is None or not number[:1].isdigit() or not current_top[:1].isdigit() or "/" in number + current_top:
        return False
    top, new = _num(current_top), _num(number)
    if new <= 2 * top + 10:
        return False
    following = str(int(top) + 1)
    return any((m := ITEM_RE.match(b.text)) and m.group("num").rstrip(".") == following
               for b in later if b.kind != TABLE and len(b.text) < 300)


def _same_title(a: str, b: str) -> bool:
    wa = set(re.findall(r"[a-z]{3,}", a.lower()))
    wb = set(re.findall(r"[a-z]{3,}", b.lower()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _passage(b, text, heading, meeting_idx, item_idx, kind, s, marked: bool = False) -> Passage:
    # restricted when its item is, and whatever sits under a RESTRICTED heading whatever the item,
    # or under a marking that heads text ('Confidential': ITEMS_SECTION_RE) before any item
    restricted = marked or (item_idx is not None and s.items[item_idx].restricted) or bool(
        heading and marks_item(LEADING_NUMBER_RE.sub("", heading)))
    return Passage(b.page, text, heading, meeting_idx, item_idx, kind, restricted, b)


def _parent_restricted(s, seen, meeting_idx, top: str) -> bool:
    """A sub-item ("(a) ...", "11.2 ...") is restricted when the item it belongs to is."""
    parent = seen.get((meeting_idx, top))
    return parent is not None and s.items[parent].restricted


def _add_item(s, seen, meeting_idx, number, title, page, presenter, pages, restricted) -> int | None:
    key = (meeting_idx, number)
    if key in seen:
        item = s.items[seen[key]]
        item.presenter = item.presenter or presenter
        item.pages = item.pages or pages
        return seen[key]
    s.items.append(AgendaItem(meeting_idx, number, title, page, presenter, pages, restricted))
    seen[key] = len(s.items) - 1
    return seen[key]


def _split_title(title: str):
    restricted = marks_item(title)
    title = without_item_marking(title).strip()
    pages = None
    m = PAGES_RE.search(title)
    if m:
        pages = re.sub(r"\s+", "", m.group("pages")).replace("–", "-")
        title = title[: m.start()].strip()
    title = re.sub(r"\s*\((?:item\s+\d+)\)\s*$", "", title, flags=re.I)
    return title.strip(" .-–"), pages, restricted


def _item_from_line(b: Block, following: Block | None = None):
    if b.kind not in (HEADING, "list_item", "paragraph") or len(b.text) > 300:
        return None
    m = ITEM_RE.match(b.text) or SUBITEM_RE.match(b.text)
    if not m:
        return None
    number = m.group("num").rstrip(".")
    if "." in number and b.kind != HEADING:
        return None  # "1.2 DT requested ...": a numbered paragraph, not an item
    raw = FILE_NUMBER_RE.sub("", m.group("title"))
    if re.fullmatch(r"(?i)report|item|presentation", raw.strip()) and following is not None:
        raw = FILE_NUMBER_RE.sub("", following.text)  # "b) REPORT" with the title on the next line
    presenter = None
    who = PRESENTER_RE.search(raw)
    # '4. Caretaker staffing (Exempt)': a restriction marker in brackets, not who presents the item
    if who and re.search(r"[a-z]", who.group("who")) and not is_only_a_marking(who.group(0)):
        presenter = " ".join(who.group("who").split()[-2:])  # "(City Clerk Myra Maravilla)"
        raw = raw[: who.start()]
    title, pages, restricted = _split_title(raw)
    agenda_phrasing = bool(re.match(r"(?i)to\s+(?:receive|consider|note|approve|agree|confirm|elect|discuss)\b", title))
    limit = 25 if agenda_phrasing else 16
    if b.kind != HEADING and (len(title) > 200 or title.endswith(".") or len(title.split()) > limit):
        return None
    if title.endswith(":") and ("." in number or not (agenda_phrasing or b.kind == HEADING and len(title) < 60)):
        return None  # "1.2 The July meeting focused on the following items:"
    title = title.rstrip(":").strip()
    if not re.search(r"[A-Za-z]{3}", title):
        return None
    return number, title, presenter, pages, restricted


# a numbered line that opens with a short title closed by its colon: '4 Updates:', '8 Community Led Plan: Some
# progress has been made ...', '6. Ordering construction of the following: (A) ...'. A figure after the colon
# makes the line a label and its value, as in a list of ways to join a meeting ('3. PHONE - Toll Free: (833)
# 548-0276; Meeting ID: ...'), not an item.
TITLE_BEFORE_COLON_RE = re.compile(r"^\s*(?P<num>\d{1,2})\.?\s+(?P<title>[A-Z][^:.;]{2,60}?):(?!\s*\(?\d)(?:\s|$)")


def _next_by_number(b: Block, current_top: str | None):
    """The next item, when the title tests refuse its line (a title closed by a colon, or run on into its
    text) but the paper's own numbering says so: its number follows the current item's."""
    if b.kind != "list_item" or not current_top or not current_top.isdigit():
        return None
    m = TITLE_BEFORE_COLON_RE.match(b.text)
    if not m or int(m.group("num")) != int(current_top) + 1 or MERGE_BLOCKER_RE.match(m.group("title")):
        return None  # '4. RESOLVED that Cabinet agree to:': a numbered resolution, not an item
    title, pages, restricted = _split_title(m.group("title"))
    return m.group("num"), title, None, pages, restricted


def _items_from_table(b: Block):
    """Agenda tables: a number-and-title cell, then presenter and pages cells where present. Yields
    each item with the index of the row that opens it."""
    rows = b.rows or []
    header = [c.lower() for c in rows[0]] if rows else []
    presenter_col = next((n for n, c in enumerate(header) if re.search(r"present|lead|officer|by", c)), None)
    pages_col = next((n for n, c in enumerate(header) if re.fullmatch(r"pages?", c.strip())), None)
    for r, row in enumerate(rows):
        cells = [c for c in row]
        if not cells:
            continue
        first = cells[0]
        m = ITEM_RE.match(first) or SUBITEM_RE.match(first)
        title_cell = first
        number = None
        if m:
            number, title_cell = m.group("num").rstrip("."), m.group("title")
        elif len(cells) > 1 and re.fullmatch(r"\(?\d{1,3}[.)]?|\(?[a-z]\)", first.strip()):
            number, title_cell = first.strip("(). "), cells[1]
        if not number:
            continue
        title, pages, restricted = _split_title(title_cell)
        presenter = cells[presenter_col] if presenter_col is not None and presenter_col < len(cells) else None
        if pages_col is not None:
            # a range under the 'Pages' head reads as the title's own '(Pages 1 - 6)' does, its head the word
            head = rows[0][pages_col]
            page_cells = [m.group("pages") for c in cells[1:] if (m := PAGES_RE.fullmatch(f"{head} {c.strip()}"))]
            if page_cells or pages_col < len(cells) and cells[pages_col]:
                pages = re.sub(r"\s+", "", page_cells[-1] if page_cells else cells[pages_col]).replace("–", "-")
        if presenter and (re.fullmatch(r"[\d\s\-–]+", presenter) or presenter == title_cell):
            presenter = None
        yield r, (number, title, presenter or None, pages, restricted)


def _merge_short_passages(s: Structure) -> None:
    """Join runs of very short paragraphs (label lines, list fragments) under one heading."""
    merged: list[Passage] = []
    for p in s.passages:
        prev = merged[-1] if merged else None
        if (prev and p.kind != "table_row" and prev.kind != "table_row" and prev.page == p.page
                and prev.item == p.item and prev.heading == p.heading and prev.meeting == p.meeting
                and len(prev.text) < 80 and len(p.text) < 80 and len(prev.text) + len(p.text) < MAX_PASSAGE
                and not MERGE_BLOCKER_RE.match(p.text) and not MERGE_BLOCKER_RE.match(prev.text)
                and not ITEM_OPENING_RE.fullmatch(p.text)):
            prev.text = f"{prev.text}\n{p.text}"
            continue
        merged.append(p)
    s.passages[:] = merged
