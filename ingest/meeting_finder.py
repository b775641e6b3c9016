"""The meeting a paper records or convenes (body and date), chosen by scoring candidates.

Papers state their meeting in many ways: a title line ("CORPORATE PARENTING PANEL– 29 October
2024"), a sentence ("DRAFT MINUTES OF THE ... MEETING HELD AT ... ON THURSDAY 08 NOVEMBER 2018"),
a label table ("Title of Meeting | ... / Date | 26th May 2016"), a front sheet, the document's
title, or only the file name. Rather than one exact pattern per format, every date and every
body-like name near the start of the paper is a candidate, scored on signals that hold across
formats: where it sits, whether it is a heading, the words around it (minutes, meeting, held,
agenda, present; next meeting, approved, published), a weekday and a time beside it, agreement
with the file name and the title, repetition, and the shape of a body's name.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import DateMention, find_dates, first_time
from .document import HEADING, TABLE, Document
from .memo_head import addressee
from .minute_numbers import minute_month
from .welsh import english_head

HEAD_LINES = 40  # lines (blocks, table rows) at the start of a paper that may state its meeting
BODY_WORDS = (
    r"partnership|council|committee|commission|board|cabinet|panel|trustees|group|forum|authority|"
    r"assembly|executive|sub-committee|subcommittee|senate|lpc|association|federation|society|"
    r"governors|corporation|ips|branch|friends|parish\s+meeting|town\s+meeting"
)
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
BODY_WORD_RE = re.compile(rf"\b(?:{BODY_WORDS})\b", re.I)
MEETING_CUE_RE = re.compile(r"(?i)\b(?:minutes?|meeting|held|agenda|a g e n d a|notice|summons|convened|session)\b")
HELD_RE = re.compile(r"(?i)\b(?:held|meeting|convened|took place|will take place|to be held)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,120}$")
LABEL_RE = re.compile(r"(?i)(?:^|[|:]\s*|\s{2,})(?:date(?:\s+(?:of|and\s+time\s+of)\s+meeting)?|meeting\s+date|when|on)\s*[:|\-–]?\s*$")
NEXT_RE = re.compile(r"(?i)\bnext\s+(?:\w+\s+){0,3}meeting|\bfuture\s+meeting|\bforthcoming\b|\bdates?\s+of\s+(?:future\s+)?meetings\b")
# "Minutes of the meeting held on 7th June, 2017" opening a line is the paper's own title; only minutes
# that something is done to ("To agree Minutes of …", "That the minutes of …") speak of another meeting
PRIOR_RE = re.compile(
    r"(?i)\b(?:previous|last|approv\w*|confirm\w*|signed|correct\s+record|true\s+record|adopted|matters?\s+arising|"
    r"(?:the|agree\w*|receiv\w*|accept\w*|note\w*|that|read)\s+minutes\s+of\s+the\s+(?:\w+\s+){0,5}meeting\s+(?:held|dated|of)|"
    r"dated)\b")
PREVIOUS_MEETING_RE = re.compile(r"(?i)\b(?:previous|last|preceding)\s+(?:\w+\s+){0,2}meeting\b[^.;]{0,40}$")
PREVIOUS_MEETING = "previous meeting"
# "Draft minutes, subject to approval at the next meeting" speaks of this meeting's minutes
SUBJECT_TO_RE = re.compile(
    r"(?i)\b(?:(?:subject\s+to|until|pending|to\s+be)\s+(?:the\s+)?)?(?:approv\w*|confirm\w*|ratif\w*|sign\w*)\s+"
    r"(?:at|by)\s+(?:the\s+)?next\s+(?:\w+\s+){0,2}meeting\b")
ISSUED_RE = re.compile(
    r"(?i)\b(?:published|issued|printed|circulated|despatched|dispatched|date\s+of\s+(?:issue|publication|report)|"
    r"deadline|expires?|closing\s+date|received|report\s+date|updated|revised|version|effective|from|until|by)\b\W*$")
ITEM_PREFIX_RE = re.compile(r"^\s*(?:item\s+)?(?:\d{1,3}(?:\.\d+)*|\d{1,3}/\d{2,4}|[ivx]{1,5}|[a-z])[.)]?\s+(?=\S)", re.I)
WEEKDAY_WORD_RE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
WEEKDAY_RE = re.compile(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)")


@dataclass
class Candidate:
    value: str  # ISO date, or a body's name
    line: int  # index among the head lines
    block: int  # index of the block in the document
    page: int
    source: str  # how the paper gives it: title line, held on, label, front sheet, document title, file name
    score: float
    text: str = ""  # the line it was found in


@dataclass
class FoundMeeting:
    body: str
    date: str
    page: int
    block: int
    found_by: str
    start_time: str | None = None
    score: float = 0.0


@dataclass
class HeadLine:
    text: str
    block: int
    page: int
    heading: bool
    label: str | None = None  # the label cell of a label table row ("Date", "Title of Meeting")


def head_lines(doc: Document) -> list[HeadLine]:
    """The first lines of a paper, table rows as 'label | value' lines with their label kept; a Welsh paper's in the
    English words its signals are read in (welsh.english_head: 'Cyngor Cymuned X' is X Community Council)."""
    lines: list[HeadLine] = []
    for i, b in enumerate(doc.blocks):
        if len(lines) >= HEAD_LINES:
            break
        if b.kind == TABLE and b.rows:
            for row in b.rows[:12]:
                cells = [c.strip() for c in row if c and c.strip()]
                if not cells:
                    continue
                label = cells[0] if len(cells) > 1 and len(cells[0]) < 40 else None
                lines.append(HeadLine(english_head(" | ".join(cells)), i, b.page, False, label))
            continue
        lines.append(HeadLine(english_head(b.text), i, b.page, b.kind == HEADING))
    return lines


# --- dates ------------------------------------------------------------------------------------

def file_name_dates(path: str) -> tuple[set[str], str | None]:
    """Every date the file name could mean, and the one it surely means (a four-digit year and
    an unambiguous order), if any."""
    stem = os.path.splitext(os.path.basename(path))[0]
    text = re.sub(r"[_]+", " ", stem)
    readings: set[str] = set()
    sure = None
    for m in re.finditer(r"(?<!\d)(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?!\d)", text):  # 2018-05-02
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            readings.add(iso)
            sure = sure or iso
    for m in re.finditer(r"(?<!\d)(\d{1,2})[-.](\d{1,2})[-.](\d{4}|\d{2})(?![\d])", text):  # 23-01-2019, 29.10.24, 15-06-10
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year = y if y > 100 else 2000 + y
        for iso in (_iso(year, b, a), _iso(year, a, b)):
            if iso:
                readings.add(iso)
        if y > 100 and _iso(year, b, a):
            sure = sure or _iso(year, b, a)
        if y <= 100 and _iso(2000 + a, b, y):  # yy-mm-dd
            readings.add(_iso(2000 + a, b, y))
    for d in find_dates(re.sub(r"[-.]", " ", text)):  # "30th-Jan-2025"
        if d.precision == "day":
            readings.add(d.iso)
            sure = sure or d.iso
    return readings, sure


def _iso(year: int, month: int, day: int) -> str | None:
    import datetime as dt

    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_candidates(doc: Document, lines: list[HeadLine]) -> list[Candidate]:
    name_dates, _ = file_name_dates(doc.path)
    title_dates = {d.iso for d in find_dates(doc.title or "") if d.precision == "day"}
    reference = _reference_year(doc, lines)
    found: list[Candidate] = []
    for n, line in enumerate(lines):
        for d in find_dates(line.text, reference=reference):
            if d.precision != "day":
                continue
            score, source = _date_signals(line, lines, n, d)
            if PREVIOUS_MEETING_RE.search(line.text[max(0, d.start - 80):d.start]):
                source = PREVIOUS_MEETING  # 'Minutes of previous meeting (29th May 2014)'
            if not re.search(r"(?:19|2[0O])[\dO]{2}|\d[/.]\d", d.text):
                score -= 0.5  # "Meeting 1st November": the year comes from the paper's other dates
            score += 2.0 if d.iso in name_dates else 0.0
            score += 1.0 if d.iso in title_dates else 0.0
            found.append(Candidate(d.iso, n, line.block, line.page, source, score, line.text))
    counts: dict[str, int] = {}
    for c in found:
        counts[c.value] = counts.get(c.value, 0) + 1
    for c in found:
        c.score += min(1.5, 0.5 * (counts[c.value] - 1))  # a meeting's date is restated: header, footer, signature
    return found


def _reference_year(doc: Document, lines: list[HeadLine]):
    """The year a paper's day-and-month dates belong to: the file name's, else the first year near its start."""
    import datetime as dt

    _, sure = file_name_dates(doc.path)
    if sure:
        return dt.date(int(sure[:4]), 1, 1)
    for text in [doc.title or ""] + [line.text for line in lines[:15]] + [os.path.basename(doc.path)]:
        m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)
        if m:
            return dt.date(int(m.group(0)), 1, 1)
    years = re.findall(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])", doc.text[:20000])
    if years:  # the year the paper speaks of most
        return dt.date(int(max(set(years), key=years.count)), 1, 1)
    return None


def _date_signals(line: HeadLine, lines: list[HeadLine], n: int, d: DateMention) -> tuple[float, str]:
    text = line.text
    before = text[max(0, d.start - 120):d.start]
    after = text[d.end:d.end + 40]
    score = 2.0 * max(0.0, 1 - n / 25) + (0.5 if line.page == 1 else 0.0)
    source = "front sheet"
    if line.heading:
        score += 1.0
    if line.label and re.search(r"(?i)\bdate\b", line.label) or LABEL_RE.search(before):
        score += 2.0
        source = "label"
    if HELD_RE.search(before):
        score += 2.0
        source = "held on"
    elif MEETING_CUE_RE.search(text) or any(MEETING_CUE_RE.search(lines[k].text) for k in range(max(0, n - 2), n)):
        score += 1.0
    if BODY_WORD_RE.search(text[:d.start]) and len(text) < 200:
        score += 1.0
        if source == "front sheet":
            source = "title line"
    if WEEKDAY_RE.match(d.text):
        score += 1.0
    if first_time(after) or first_time(before[-30:]):
        score += 0.5
    before = SUBJECT_TO_RE.sub(" ", before)
    previous = SUBJECT_TO_RE.sub(" ", lines[n - 1].text) if n else ""
    if NEXT_RE.search(before[-80:]) or (len(previous) < 80 and NEXT_RE.search(previous[-40:])):
        score -= 6.0  # the next meeting is announced, not recorded
    if PRIOR_RE.search(before[-70:]) or ITEM_PREFIX_RE.match(text) and n > 2:
        score -= 2.5  # an item about earlier minutes, a signature date
    if ISSUED_RE.search(before[-40:]):
        score -= 2.0  # a publication or a deadline date
    if len(text) > 300 or (len(text) > 150 and n > 10):
        score -= 1.0  # a date inside running prose
    return score, source


# --- bodies -----------------------------------------------------------------------------------

def body_candidates(doc: Document, lines: list[HeadLine]) -> list[Candidate]:
    found: list[Candidate] = []
    for n, line in enumerate(lines):
        for name, how in _names_in(line):
            score = _body_score(name, line, n, how)
            if score is not None:
                found.append(Candidate(name, n, line.block, line.page, how, score, line.text))
    found += _named_organisations(doc, lines)
    for name, how in _names_in(HeadLine(doc.title or "", 0, 1, True)):
        score = _body_score(name, HeadLine(doc.title, 0, 1, True), 12, how)
        if score is not None:
            found.append(Candidate(name, -1, 0, 1, "document title", score - 0.5, doc.title))
    keys: dict[str, int] = {}
    for c in found:
        keys[body_key(c.value)] = keys.get(body_key(c.value), 0) + 1
    for c in found:
        c.score += min(1.5, 0.5 * (keys[body_key(c.value)] - 1))
    return found


def _named_organisations(doc: Document, lines: list[HeadLine]) -> list[Candidate]:
    """A body whose name has no committee word ('Stoke Ferry Village Hall', a charity): the
    paper's first title-like line, when the document's own title repeats it."""
    title = (doc.title or "").lower()
    found = []
    for n, line in enumerate(lines[:3]):
        for part, _ in _names_in(line):
            name = clean_body(part)
            if (len(name) > 6 and name.lower() in title and not BODY_WORD_RE.search(name) and name_shape(name)
                    and 2 <= len(name.split()) <= 6):
                found.append(Candidate(name, n, line.block, line.page, "title line", 2.0 - 0.3 * n, line.text))
                break
    return found


MEETING_OF_RE = re.compile(
    r"(?i:\b(?:minutes|meeting|notice|agenda|summons)\s+(?:of|for)\s+(?:an?\s+|the\s+)?)"
    r"(?:(?i:(?:extra)?ordinary|annual|regular|special|general|public|open|formal|virtual|remote)\s+)*"
    r"(?:(?i:meeting\s+(?:of\s+)?(?:the\s+)?))?(?P<body>[A-Z][\w&'’#\-]*(?:[ \t]+(?:of|the|and|for|on|&|cum|[A-Z#][\w&'’#\-]*))*)")




def _names_in(line: HeadLine):
    """Body-like names a line offers: 'minutes of the X', a label row's value, a title segment; a report's front line
    offers only what follows its 'To:' (its author's post is no body: 'From: Jane Harper, Chair To: ...')."""
    # a report's front line ('From: Roger Gough, Leader of the Council To: County Council – 9th January 2025'): the
    # meeting is the one it is addressed to
    text = WEEKDAY_WORD_RE.sub(" | ", addressee(line.text) or line.text)
    if line.label and re.search(r"(?i)\b(?:title|name|meeting|committee|body|board|group)\b", line.label) \
            and not re.search(r"(?i)\bdate|time|venue|place|location\b", line.label):
        yield text.split("|", 1)[1].strip(), "label"
    # dates, times and separators split a title line into parts
    bare = text
    for d in reversed(find_dates(bare)):
        bare = bare[:d.start] + " | " + bare[d.end:]
    for m in MEETING_OF_RE.finditer(bare):
        yield m.group("body"), "meeting of"
    bare = re.sub(r"(?i)\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}\b", " | ", bare)
    for part in re.split(r"\s+[-–—:]\s*|[-–—]\s+|[|,;()]|\s{3,}|(?<=[a-z])[–—]", bare):
        part = part.strip()
        if part and len(part) < 100:
            yield part, "title line"


def _body_score(name: str, line: HeadLine, n: int, how: str) -> float | None:
    if not BODY_WORD_RE.search(name):
        return None  # cleaning only cuts a name and changes its case: it gives a body's word to none (most parts of a line)
    body = clean_body(name)
    if not body or not BODY_WORD_RE.search(body) or not name_shape(body):
        return None
    score = 2.0 * max(0.0, 1 - n / 25) + (1.0 if line.heading else 0.0)
    score += {"label": 2.0, "meeting of": 1.5, "title line": 0.5}[how]
    if MEETING_CUE_RE.search(line.text) or line.label:
        score += 1.0
    if len(line.text) > 250:
        score -= 1.5  # a name inside running prose
    words = body.split()
    score += 0.5 if 2 <= len(words) <= 8 else -1.0
    if re.search(r"(?i)\b(?:report|update|appendix|item|reports|minutes|papers?|plan|strategy)\b", body):
        score -= 2.0
    return score


@lru_cache(maxsize=4096)  # a head line's parts are offered again by each of the paper's lines and stages
def clean_body(name: str) -> str:
    """A body's name without the meeting's qualifiers around it ('Draft minutes of the annual
    ... meeting'), with capitals where the paper shouted."""
    text = re.sub(r"\s+", " ", name).strip(" -–—:,.|")
    after = re.match(r"(?i)^.*?\bmeeting\s+(?:of\s+(?:the\s+)?)?(.+)$", text)
    if after and BODY_WORD_RE.search(after.group(1)):
        text = after.group(1)  # "COMMITTEE MEETING NORTH OF TYNE LPC COMMITTEE"
    text = re.sub(r"(?i)^(?:(?:draft|unconfirmed|approved|the|minutes?|agenda|notice|of|for|an?|summary|"
                  r"(?:extra)?ordinary|annual|special|regular(?:ly)?|scheduled|general|public|open|formal|virtual|remote|meeting)\s+)+", "", text)
    text = re.sub(r"(?i)^(?:documents?|pack|papers|reports?\s+pack)\s+for\s+(?:the\s+)?", "", text)  # '(Public Pack)Agenda Document for Cabinet'
    text = re.sub(r"(?i)(?:\s+(?:(?:extra)?ordinary|annual|special|regular|general|virtual|remote|public|open|formal|"
                  r"(?<!parish )(?<!town )meetings?|minutes?|agenda|notice|held|on|at|in|draft|agm|a\.g\.m\.?|"
                  r"adjourned|cancell?ed|postponed|rescheduled))+$", "", text)
    text = re.sub(rf"(?i)(?:(?:\s+|\s*[-–—]\s*)(?:{MONTHS}|\d{{4}}))+$", "", text)  # 'Northwold Parish Council -June'
    text = re.sub(r"(?i)(?<!parish)(?<!town)\s+(?:meeting|minutes|held|agenda)\b.*$", "", text)
    # what that cut leaves at the end: 'SOULDERN PARISH COUNCIL ANNUAL [MEETING HELD IN ...]'
    text = re.sub(r"(?i)(?:\s+(?:(?:extra)?ordinary|annual|special|regular|general))+$", "", text)
    # 'West Dereham Annual Parish Council': the annual meeting of the council, not another body
    # (the Annual Parish Meeting of a parish's electors is one: its 'Meeting' is no council's)
    text = re.sub(r"(?i)\s+(?:annual|(?:extra)?ordinary|special)\s+(?=(?:parish\s+|town\s+|community\s+|city\s+)?"
                  r"(?:council|committee|board)\b)", " ", text)
    text = re.sub(r"^[’'s]+\s+", "", text).strip(" -–—:,.|")
    # a covering letter's salutation before the name it addresses: 'Dear Member COUNTY COUNCIL - THURSDAY, 9 JANUARY'
    text = re.sub(r"^(?i:dear\s+(?:members?|councillors?|sirs?(?:\s*(?:/|or)\s*madam)?|all|colleagues?))\s+(?=\S)", "", text)
    if text.isupper() and len(text) > 4:
        small = {"of", "and", "the", "for", "on", "cum", "in", "at", "upon"}
        text = " ".join(w.lower() if w.lower() in small and i else w if _acronym(w) else _capitalised(w)
                        for i, w in enumerate(text.split()))
        text = re.sub(r"(?<=-)(Cum|Upon|On|In|Le|By)(?=-)", lambda m: m.group(1).lower(), text)
    return text.strip()


def _capitalised(word: str) -> str:
    # each part of a hyphened place: 'BURTON-CUM-WALDEN' is 'Burton-cum-Walden' (cum is lowered after), not 'Burton-cum-walden'
    return "-".join(part.capitalize() for part in word.split("-"))


# the words a body's name can end with: the kind of body it is (the name's head). Words after the last of them, on
# the line the name was read from, say what the meeting is about or what the heading heads, not who meets:
# 'SOULDERN PARISH COUNCIL PLANNING MEETING' is the parish council meeting on planning, 'COUNCIL ACTION' heads Des
# Moines' roll-call box, '... Local Pharmaceutical Committee Networking' is the LPC's evening
HEAD_WORDS = set("""council councils committee sub-committee subcommittee commission commissioners board cabinet panel
trustees governors forum authority assembly senate lpc association federation society corporation partnership group
ips ltd limited plc inc trust""".split())
# ... unless they are where it meets ('Council Chamber') or someone's post ('Committee Clerk'): no body at all
NOT_A_TOPIC = set("""room rooms chamber chambers hall house building offices office suite centre center member members
chair chairman chairs clerk leader leaders officer officers tax meeting meetings report reports""".split())


def to_head(body: str) -> str:
    """A body's name ending at its head word: one or two capitalised words after it are cut."""
    words = body.split()
    heads = [i for i, w in enumerate(words) if w.lower().strip(".,:;'’") in HEAD_WORDS]
    if not heads or heads[-1] == len(words) - 1:
        return body
    tail = words[heads[-1] + 1:]
    if len(tail) > 2 or any(not w[:1].isupper() or w.lower().strip(".,:;'’") in NOT_A_TOPIC | JOINING_WORDS
                            or not w.strip(".,:;'’").isalpha() for w in tail):
        return body
    return " ".join(words[:heads[-1] + 1])


JOINING_WORDS = {"of", "and", "for", "on", "the", "in", "at", "to", "upon", "cum", "with", "de", "&"}


def _acronym(word: str) -> bool:
    """A short word a shouted name keeps in capitals ('LPC', 'IPS', 'MSC'): one that cannot be said as
    a word. A consonant then a vowel ('LA Cañada', 'DES Moines', 'SEX Offender Management Board')
    is a word, and in 'AND Improvement Authority' the continuation of a line above."""
    return len(word) <= 3 and word.isalpha() and not re.fullmatch(r"(?i)[^aeiou][aeiouy][^aeiou]?", word)


def name_shape(body: str) -> bool:
    """A body's name is a short run of capitalised words (small words between), no digits but '#21'."""
    if len(body) > 90 or re.search(r"(?<!#)\b\d", body) or re.match(r"(?i)(?:item|re|to|and|or|held|venue|at|in)\b", body):
        return False
    if re.match(r"(?:[A-Z]|[IVX]{1,4})\.\s", body) or AGENDA_WORDS_RE.search(body):
        return False  # "B. Unfinished Business of the Planning Commission": an agenda heading
    if re.search(r"(?i)\b(?:room|chambers?|building|suite|offices)$", body):
        return False  # where the meeting is held ("the Board Room", "Council Chambers"), not who meets
    small = {"of", "and", "the", "for", "on", "&", "cum", "in", "at", "to", "upon", "with", "de"}
    words = re.findall(r"[A-Za-z#][\w'’\-#.]*", body)
    if words and words[-1].lower() in small - {"&"} or " _ " in body:
        return False  # a line cut mid-sentence ('Council Chambers DUE TO A LACK OF'), a name and its chair ('... _ Sara Vasquez')
    return bool(words) and len(words) <= 12 and all(w[0].isupper() or w[0] == "#" or w.lower() in small for w in words)


def reads_as_name(body: str) -> bool:
    """A body's name as a heading gives it, not a venue, an address or a line run on past it."""
    return name_shape(body) and bool(BODY_WORD_RE.search(body))


AGENDA_WORDS_RE = re.compile(r"(?i)\b(?:business|items?|comments?|dockets?|wifi|reports?|updates?|members)\b")
GENERIC_BODY_WORDS = set("""city town county village borough parish community district council commission board committee
planning parks recreation trustees housing authority special regular of the and""".split())
PLACE_RES = (
    re.compile(r"^\s*(?:City|Town|County|Village|Borough|CITY|TOWN|COUNTY|VILLAGE|BOROUGH) (?:of|OF) ([A-Z][\w.'’\- ]{2,30}?)\s*$"),
    re.compile(r"(?:Street|Avenue|Drive|Road|Boulevard|St\.|Ave\.|Blvd\.?|STREET|AVENUE|DRIVE|ROAD),?\s+([A-Z][\w.'’\- ]{2,25}?),\s*(?:CA|California|CALIFORNIA)\b"),
)


def with_place(body: str, lines: list[HeadLine], title: str, text: str = "", line: int = -1) -> str:
    """'City Council' of a US agenda is the council of the city the front sheet names ('City of
    Hermosa Beach', '202 C Street, San Diego, California'): a generic name takes its place. A
    front sheet that names no place leaves it to the paper's own words: the one city it calls
    'City of X', at least twice (place_named_in)."""
    words = body_key(body).split()
    if not words:
        return body
    generic = len(words) <= 4 and set(words) <= GENERIC_BODY_WORDS
    for text_line in [title] + [x.text for x in lines[:15]] if generic else []:
        for pattern in PLACE_RES:
            m = pattern.search(text_line or "")
            if m:
                place = clean_body(m.group(1)) if m.group(1).isupper() else m.group(1).strip()
                return _placed_body(place, body)
    # a committee's own name without its city ('Board of Water and Power Commissioners') takes only the city of the
    # letterhead it stands in
    place = letterhead_place(lines, line) or (place_named_in(text, set(words)) if generic else None)
    return _placed_body(place, body) if place else body


LETTERHEAD_LINES = 8  # of the first page: where a front sheet names its city
# 'Burbank, California 91502', '111 North Hope Street, Los Angeles, CA 90012': a US city, state and ZIP code ending a line
CITY_STATE_ZIP_RE = re.compile(r"(?:^|,\s*)(?P<place>[A-Z][A-Za-z.'’\-]+(?:[ \t]+[A-Z][A-Za-z.'’\-]+){0,2}),\s*"
                               r"(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\s+\d{5}(?:-\d{4})?\s*$")


def letterhead_place(lines: list[HeadLine], body_line: int) -> str | None:
    """The city of the address a front sheet's letterhead prints around a body's name ('PARKS AND RECREATION BOARD'
    over 'Burbank, California 91502'; the Board of Water and Power Commissioners over '..., Los Angeles, CA 90012'):
    only when the name itself stands in those first lines of the first page."""
    head = [line for line in lines[:LETTERHEAD_LINES] if line.page == lines[0].page] if lines else []
    if not 0 <= body_line < len(head):
        return None
    for line in head:
        m = CITY_STATE_ZIP_RE.search(line.text.strip()) if len(line.text) <= 80 else None
        if m:
            place = m.group("place")
            return clean_body(place) if place.isupper() else place  # 'PALMDALE, CA 93550'
    return None


def _placed_body(place: str, body: str) -> str:
    if place.lower() in body.lower():
        return body
    return place + " " + without_kind(body)


# a place styled by its kind, 'City of Greenville', 'CITY OF LA PUENTE': read in a paper's words (place_named_in) and
# off a name that opens with it (without_kind)
KIND_OF_PLACE_RE = re.compile(r"\b(?P<kind>City|Town|Village|CITY|TOWN|VILLAGE) (?:of|OF) "
                              r"(?P<place>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3})")


def without_kind(name: str) -> str:
    """A name that opens with its place's kind, without it: the body of the 'City of Westlake Village' is named
    by the place alone ('Westlake Village City Council'); any other name as it is."""
    m = KIND_OF_PLACE_RE.match(name)
    return name[m.start("place"):] if m else name
PLACE_KINDS = {"city", "town", "village", "county", "borough", "parish", "community", "district"}


def place_named_in(text: str, body_words: set[str]) -> str | None:
    """The place a paper's generic body belongs to, from its own words: Greenville's minutes of a
    'FORMAL MEETING OF CITY COUNCIL' speak of 'the City of Greenville', La Puente's Planning
    Commission agenda of the 'CITY OF LA PUENTE'. Only one place named so, at least twice (the
    longest run of capitals after 'of' may run on: 'City of Greenville Resident' is Greenville),
    and of the body's own kind: a 'Parish Council' is no city's."""
    kinds = body_words & PLACE_KINDS
    mentions = []
    for m in KIND_OF_PLACE_RE.finditer(text[:200_000]):
        if kinds and kinds != {m.group("kind").lower()}:
            continue
        place = m.group("place")
        mentions.append(clean_body(place).split() if place.isupper() else place.split())
    if len(mentions) < 2:
        return None
    shortest = min(mentions, key=len)
    if any(m[:len(shortest)] != shortest for m in mentions):
        return None  # two places: the paper is about both, or neither is its own
    return " ".join(shortest)


@lru_cache(maxsize=4096)  # a paper's few bodies are keyed again for every candidate and meeting
def body_key(body: str) -> str:
    """Spellings of one body's name that should be one meeting series: case, 'the', possessives,
    and the meeting's qualifiers (annual, extraordinary, draft, minutes, meeting) do not count."""
    k = body.lower().replace("’", "'")
    k = re.sub(r"'s\b", "", k)
    k = re.sub(r"[^a-z0-9#& ]+", " ", k)
    k = re.sub(r"\b(?:the|draft|unconfirmed|minutes of|meeting of|minutes|agenda|(?:extra)?ordinary|annual|special|"
               r"regular|general|virtual|remote|public|open|formal|meetings?)\b", " ", k)
    k = re.sub(r"^\s*(?:city|town|village|county)\s+of\s+", "", k)  # "City of Manhattan Beach Planning Commission"
    k = re.sub(r"\s+(?:board)\s*$", "", k.strip())
    return re.sub(r"\s+", " ", k).strip()


# --- choosing ---------------------------------------------------------------------------------

DATE_THRESHOLD = 3.05
BODY_THRESHOLD = 1.5


def _most_specific(best: Candidate, bodies: list[Candidate]) -> Candidate:
    """'Parish Council' in 'the meeting of the Parish Council' is the 'Stoke Ferry Parish Council'
    of the title: a fuller name of the same body, nearly as well placed, is the better name."""
    words = _name_words(best.value)
    fuller = [c for c in bodies if words < _name_words(c.value) and c.score >= best.score - 3
              and c.score >= BODY_THRESHOLD]
    return max(fuller, key=lambda c: (c.score, -c.line)) if fuller else best


def _name_words(name: str) -> set[str]:
    # without the meeting's qualifiers: a web page's heading 'Northwold Parish Council April Meeting' is the minutes'
    # 'Northwold and Whittington Parish Council' without its second village, not another body
    return set(body_key(clean_body(name)).split())


MONTH_MEETING_RE = re.compile(rf"(?i)\b(?P<month>{MONTHS})\s+(?:(?:parish|council|committee|board|general|ordinary)\s+)?meeting\b")


def _weekday_date(doc: Document, lines: list[HeadLine]) -> Candidate | None:
    """'GENERAL MEETING MONDAY 6 NOVEMBER': the year from the signals the paper offers (weekday_year)."""
    from .weekday_year import year_for_weekday_date

    head = lines[:15]
    found = year_for_weekday_date([x.text for x in head], doc.path, doc.created, doc.text)
    if found is None:
        return None
    iso, n, text = found
    return Candidate(iso, n, head[n].block, head[n].page, "weekday and day", 0.0, text)


def _month_only(doc: Document, lines: list[HeadLine]) -> Candidate | None:
    """'Minutes of the January meeting of Wretton Parish Council' on a page dated April 2009:
    a paper that names only its meeting's month is dated to the month (YYYY-MM), the year taken
    from the page's own month and year (a December meeting on a page of March 2018 is 2017's)."""
    from .dates import MONTHS as MONTH_NUMBERS

    for n, line in enumerate([HeadLine(doc.title or "", 0, 1, True)] + lines[:6]):
        m = MONTH_MEETING_RE.search(line.text)
        if not m:
            continue
        month = MONTH_NUMBERS[m.group("month").lower()[:3]]
        stated = [d for text in [doc.title or ""] + [x.text for x in lines[:6]] for d in find_dates(text)
                  if d.precision == "month"]
        if not stated:
            return None
        year, page_month = int(stated[0].iso[:4]), int(stated[0].iso[5:7])
        if month > page_month:
            year -= 1
        return Candidate(f"{year:04d}-{month:02d}", max(0, n - 1), line.block, line.page, "month only", 0.0, line.text)
    return None


def _minute_month(doc: Document, lines: list[HeadLine]) -> str | None:
    reference = _reference_year(doc, lines)
    return minute_month(doc.text[:60000], reference.year) if reference else None


def _numbered_month_first(dates: list[Candidate], month: str) -> list[Candidate]:
    """The minute numbers are one more signal among the sure dates (those over the threshold): one in the month
    they carry is favoured as a restated date would be. They make no unsure date sure: a payment's date in the
    meeting's month is not its day."""
    def rank(c: Candidate):
        return c.score < DATE_THRESHOLD, -(c.score + (1.0 if c.value[:7] == month else 0.0)), c.line
    return sorted(dates, key=rank)


def find_meeting(doc: Document) -> tuple[FoundMeeting | None, str | None]:
    """The paper's own meeting, or None and the reason."""
    lines = head_lines(doc)
    dates = sorted(date_candidates(doc, lines), key=lambda c: (-c.score, c.line))
    # a date the paper gives to the meeting whose minutes it approves is not its own, though its
    # header repeats it (a header copied from the last minutes and not updated: Suffolk Libraries'
    # minutes of 31 July 2014 are headed 'Date 29th May 2014' and approve the minutes of 29 May)
    earlier = {c.value for c in dates if c.source == PREVIOUS_MEETING}
    dates = [c for c in dates if c.value not in earlier]
    numbered = _minute_month(doc, lines)
    if numbered:
        dates = _numbered_month_first(dates, numbered)
    bodies = body_candidates(doc, lines)
    date = dates[0] if dates and dates[0].score >= DATE_THRESHOLD else None
    if date is None:
        _, sure = file_name_dates(doc.path)
        if sure:
            date = Candidate(sure, 0, 0, 1, "file name", 0.0)
    if date is None:
        date = _weekday_date(doc, lines) or _month_only(doc, lines) or (
            Candidate(numbered, 0, lines[0].block if lines else 0, lines[0].page if lines else 1, "minute numbers", 0.0)
            if numbered else None)
    if date is None:
        why = ("no date near a meeting word on the first pages, and none in the file name" if dates else
               "no day-precise date on the first pages or in the file name")
        return None, why
    for b in bodies:  # a body named on the date's own line, or just above it, belongs to it
        if b.line >= 0:
            b.score += max(0.0, 1.5 - 0.5 * abs(b.line - date.line))
    body = max(bodies, key=lambda c: (c.score, -c.line), default=None)
    if body is not None:
        body = _most_specific(body, bodies)
    if body is None or body.score < BODY_THRESHOLD:
        return None, f"a date ({date.value}) but no body named near the start"
    text = date.text or ""
    return FoundMeeting(with_place(to_head(clean_body(body.value)), lines, doc.title or "", doc.text, body.line), date.value, date.page, date.block, date.source,
                        first_time(text[text.find(date.value[:4]):] if date.value[:4] in text else text),
                        date.score), None
