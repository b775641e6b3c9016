"""Attendance lists that the passage-by-passage reading cannot see, read from the paper's lines.

Papers of many bodies print the list under a label in ways that break it up: the name lines are
set in bold or short enough that the reader takes them for headings (which are no passages),
the label closes the title block and the names open the next one ('Present: Mrs. Pat Holton'
then 'Mr. Ray Thompson'), the label sits inside the one paragraph a web page gives the whole
header ('... Wereham Village Hall Attendance: Cllr Jo Bruce JB Chair Cllr ...'), or 'PRESENT'
stands alone with the names below. Here the lines of a meeting's first blocks are read in order,
whatever kind of block holds them: a label, then the lines after it for as long as they read
as names. Every candidate list is scored on what it holds (people with a title, a known given
name or the initials the minutes use, no prose), so a 'present' in a sentence is no list.

Used only for a meeting the passage reading found no attendance for."""

from __future__ import annotations

import re

from ..ingest.document import TABLE, Block
from ..ingest.lines import ATTENDANCE_LABEL_WORDS, ITEM_NUMBER_RE, LINE_LABEL_RE  # noqa: F401  (LINE_LABEL_RE: read from here too)
from .people import (LABEL_RE, LOOSE_LABEL_RE, AttendanceEntry, _entries,
                     _first_sentence, attendance_from_block, is_post, known_given_name, split_title)
from .personhood import BODY_LETTERS_END_RE, why_not_a_person

HEAD_BLOCKS = 60  # the list opens the minutes: only a meeting's first blocks are read

# a label inside a header line: it must look like one (a colon, capitals, or a count in brackets)
# ('PRESENT (Four Councillors):-': a count in brackets, in figures or words)
_COUNT = r"\((?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^)]{0,20}\)"
INLINE_LABEL_RE = re.compile(r"(?<![A-Za-z])(?P<label>(?i:" + ATTENDANCE_LABEL_WORDS + r"))(?:\s*" + _COUNT + r")?\s*[-–—]*\s*:\s*[-–—]*\s*"
                             r"|(?<![A-Za-z])(?P<caps>PRESENT|ATTENDANCE|ATTENDEES)\b\s*(?:" + _COUNT + r")?\s*[-–—:]*\s*(?=[A-Z])")
# three words in lower case in a row: a line of prose, not of names
PROSE_RE = re.compile(r"\b[a-z][a-z'’]+\s+[a-z][a-z'’]+\s+[a-z][a-z'’]+\b")
PUBLIC_RE = re.compile(r"(?i)\b(?:\d+\s+)?(?:members?\s+of\s+(?:the\s+)?(?:public|press)|public\s+members)\b"
                       r"(?:\s*[:\-–]?\s*\d+(?:\s+number)?)?")
# the next item of the minutes ends a list run into the header paragraph (an apologies item goes on)
ITEM_CUT_RE = re.compile(r"\s\d{1,2}(?:\.\d{1,2})?\.?\s+(?!(?i:apolog))[A-Z]")
MAX_LINES = 30
MAX_NAME_LINE = 300  # characters: a line of names, not a paragraph
MAX_LIST_TEXT = 2000  # characters of a list run into a header paragraph


# a cell that is a label alone: a word or two and a colon
COLUMN_LABEL_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Za-z]+)?\s*:")


def _plain_name(cell: str) -> bool:
    words = cell.split()
    return len(words) == 2 and known_given_name(cell) and bool(re.fullmatch(r"[A-Z][a-z'’\-]+", words[1])) and not is_post(cell)


def _column_heads(after: str) -> bool:
    """'Members of the Public: Apologies:' after 'Present:': only more labels, each with its colon, each a column of its
    own; read as the lists read a label (or a count of the public's)."""
    heads = [h.strip() for h in after.split(":")]
    if len(heads) < 2 or heads[-1]:
        return False
    return all(h and (PUBLIC_RE.fullmatch(h) or ((m := LINE_LABEL_RE.match(h)) and m.end() == len(h))) for h in heads[:-1])


def _lines(blocks: list[tuple[int, Block]]) -> list[tuple[int, Block, str]]:
    out = []
    for i, b in blocks:
        if b.kind == TABLE:
            for row in b.rows or []:
                cells = [c.strip() for c in row if c and c.strip() and c.strip() not in ("-", "–")]
                # a label further along a row heads a column of its own ('Name | Post | Apologies:'):
                # the row is read up to it
                # (any label: 'Mark Pogmore (MPO) | Councillor | Chair: | Frank Reid', Boughton's list beside its officers)
                # and a second person's name after the first's post starts another column's row ('Frank Reid (FRE) |
                # Councillor/Chairman | Andy Beeston')
                cut = next((k for k, c in enumerate(cells) if k and (LINE_LABEL_RE.match(c) and re.search(r":\s*$", c)
                                                                     or COLUMN_LABEL_RE.fullmatch(c))
                            or k >= 2 and is_post(cells[k - 1]) and _plain_name(c)), None)
                cells = cells[:cut] if cut is not None else cells
                if len(cells) > 1 and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?\.?", cells[0]):
                    cells = [f"{cells[0]} {cells[1]}"] + cells[2:]  # the item number's own cell
                if cells:
                    out.append((i, b, " – ".join(cells)))  # 'Name (MW) – Organisation': one person a row
        else:
            out += [(i, b, line.strip()) for line in b.text.splitlines() if line.strip()]
    return out


# 'Cllr Phillip Norris PN Vice Chair': a name, with or without its title, then its initials
# ('MCa' tells Margaret Carey from Michael Cook)
TITLED_CODED_RE = re.compile(r"\b(?P<title>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                             r"(?P<name>(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+)(?P<post>\s*\([^()]{1,25}\))?\s+"
                             r"(?P<code>[A-Z]{2,4}[a-z]?)\b(?!\s*\()")


def _coded(text: str) -> str:
    def bracket(m: re.Match) -> str:
        initials = "".join(w[0] for w in m.group("name").split())
        code = re.sub(r"[a-z]", "", m.group("code"))
        if code[0] != initials[0] or code[-1] != initials[-1]:
            return m.group(0)
        return f"{m.group('title') or ''}{m.group('name')}{m.group('post') or ''} ({m.group('code')}), "
    return TITLED_CODED_RE.sub(bracket, text)


def _status(label: str) -> str:
    label = label.lower()
    return ("apologies" if label.startswith("apolog") else "absent" if label.startswith("absent") else
            "in_attendance" if label.startswith(("also", "in ")) else "present")


def _peopleish(entries: list[AttendanceEntry], coded: str) -> int:
    """How many entries carry a sign of being a person: a title, a known given name, or the
    initials the minutes give them."""
    return sum(1 for e in entries if e.person.title or known_given_name(e.person.name) or
               re.search(re.escape(e.person.name) + r"\s*\([A-Z]{2,4}[a-z]?\)", coded))


def _name_line(line: str) -> bool:
    """A line holding only names (with posts, bodies, initials): no item number, no prose."""
    if len(line) > MAX_NAME_LINE or ITEM_NUMBER_RE.match(line) or LINE_LABEL_RE.match(line) or PROSE_RE.search(PUBLIC_RE.sub("", line)):
        return False
    coded = _coded(PUBLIC_RE.sub(",", line))
    entries = _entries(coded, "present", Block("paragraph", coded, 1), 0)
    return bool(entries) and _peopleish(entries, coded) >= max(1, len(entries) // 2)


# 'Apologies for Absence accepted from:', 'Apologies received from': one label however it is worded
APOLOGIES_WORDING_RE = re.compile(r"(?i)\bapologies(?:\s+for\s+absence)?(?:\s+also)?\s+(?:were\s+|had\s+been\s+)?"
                                  r"(?:accepted|received)(?:\s+and\s+accepted)?\s+from\s*:?")


def _with_colon(line: str, label: re.Match) -> str:
    """'Apologies' alone on its line, under names of another label: closed by a colon, as the list reader knows a label
    (without it, 'Apologies' and the names under it were read as more of the names present)."""
    if ":" in label.group(0):
        return line
    return line[:label.end()].rstrip(" -–—;") + ": " + line[label.end():]


def _read_list(text: str, block: Block, n: int) -> list[AttendanceEntry]:
    text = APOLOGIES_WORDING_RE.sub("Apologies:", PUBLIC_RE.sub(",", text))
    # a label without a colon is no part of the first name ('Present Rob Boyd RB Kenny Combe')
    m = LINE_LABEL_RE.match(text)
    coded = text[:m.end()] + _coded(text[m.end():]) if m else _coded(text)
    entries = attendance_from_block(Block(block.kind, coded, block.page), n)
    if not entries and not LABEL_RE.match(coded):
        m = LINE_LABEL_RE.match(coded)
        if m:  # 'PRESENT' alone, '1. Apologies': the label without a colon
            status = _status(re.sub(r"\s+", " ", m.group("label")).strip())
            entries = _entries(_first_sentence(coded[m.end():]), status, block, n)
    return entries


def _score_ok(entries: list[AttendanceEntry], text: str) -> bool:
    if not entries:
        return False
    people = _peopleish(entries, _coded(text))
    if len(entries) == 1:  # one name under 'Apologies': it must read as a person
        return people == 1 and len(entries[0].person.name.split()) >= 2
    return people >= 0.6 * len(entries)


def lists_in_head(blocks: list[tuple[int, Block]]) -> list[tuple[int, list[AttendanceEntry]]]:
    """(block index, entries) for every labelled list in these blocks that reads as people."""
    lines = _lines(blocks)
    found = []
    k = 0
    consumed = 0  # lines up to here belong to a list already read
    while k < len(lines):
        i, block, line = lines[k]
        start = None
        m = LINE_LABEL_RE.match(line)
        if m:
            start = 0
        else:
            m = INLINE_LABEL_RE.search(line)
            if m:
                start = m.start()
        if start is None:
            k += 1
            continue
        if start == 0 and not ITEM_NUMBER_RE.match(line) and k > consumed and k and (
                _name_line(lines[k - 1][2]) or is_post(lines[k - 1][2])):
            k += 1  # a label between names no label heads: columns read across, whose names are whose is lost
            continue
        if start == 0 and m.end() == len(line) and not ITEM_NUMBER_RE.match(line):
            line = _with_colon(line, m)  # 'PRESENT' alone, its names below: a label as 'Apologies' below them is
        text = line[start:start + MAX_LIST_TEXT]  # a list is short: a run of thousands of words is none
        cut = ITEM_CUT_RE.search(text, 1)
        text = text[:cut.start()] if cut else text
        after = text[LINE_LABEL_RE.match(text).end():] if LINE_LABEL_RE.match(text) else ""
        if (len(LABEL_RE.findall(text)) >= 2 and not re.search(r"[:;]\s*[A-Z][a-z]", text)) or _column_heads(after):
            k += 1  # 'Present: Members of the Public: Apologies:': columns side by side, unknown here
            continue
        j = k + 1
        while j < len(lines) and j - k <= MAX_LINES:
            nxt = lines[j][2]
            label = LINE_LABEL_RE.match(nxt)
            if label and not ITEM_NUMBER_RE.match(nxt):
                text += "\n" + _with_colon(nxt, label)  # 'Also in attendance:' goes on the same list
            elif _name_line(nxt):
                text += (", " if text.rstrip()[-1:] not in (":", ",") else " ") + nxt
            elif PUBLIC_RE.fullmatch(nxt.strip(" :.0-9")) or PUBLIC_RE.match(nxt):
                pass  # 'Members of the Public: 9'
            else:
                break
            j += 1
        entries = _read_list(text.replace("\n", ". "), block, i)
        # a roll, its list's label under an attendance label of its own ('ROLL CALL: Present: Brooks, Coleman, ...
        # Absent: Cownie.'), names members by surname alone, as the passage reading takes them when the line is a
        # paragraph, not a heading: each word a name may be (personhood), three at least
        roll = bool(start and LABEL_RE.search(line[:start])) and len(entries) >= 3 and all(
            why_not_a_person(e.person.name) is None for e in entries)
        # 'Simon' alone, with no title, names no one the archive can keep
        entries = [e for e in entries if split_title(e.person.name)[1] and not BODY_LETTERS_END_RE.search(e.person.name)
                   and (e.person.title or len(e.person.name.split()) >= 2 or roll)]
        if roll or _score_ok(entries, text):
            found.append((i, entries))
            k = consumed = j
        else:
            k += 1
    return found


# 'K Draper', 'D Masterson Jones', 'Kirsty Allpress': initials or a given name, then a surname
NAME_SHAPE_RE = re.compile(r"^(?:[A-Z]{1,2}\.?\s+|[A-Z][a-z]+\s+)(?:[A-Z]\.?\s+)?[A-Z][A-Za-z'’]+(?:[- ][A-Z][A-Za-z'’]+)?$")


def lists_in_columns(columns: list[tuple[str, list[str]]], page: int, n: int) -> list[AttendanceEntry]:
    """The names the reader found under labels printed side by side (ingest/label_columns.py),
    each with its own label's status; members of the public named under their own label attend
    the meeting without being members of the body: in attendance (a count there names no one)."""
    entries: list[AttendanceEntry] = []
    for label, names in columns:
        status = "in_attendance" if PUBLIC_RE.search(label) else _status(label)
        text = ", ".join(_coded(name) for name in names)
        found = [e for e in _entries(text, status, Block("paragraph", text, page), n)
                 if split_title(e.person.name)[1] and not BODY_LETTERS_END_RE.search(e.person.name)
                 and (e.person.title or len(e.person.name.split()) >= 2)]
        # the labels side by side already say this is a list: names of a name's shape suffice
        if _score_ok(found, text) or (found and all(e.person.title or NAME_SHAPE_RE.match(e.person.name) for e in found)):
            entries += found
    return entries
