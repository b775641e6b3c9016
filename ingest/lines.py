"""Turn the lines of a page into blocks: headings, paragraphs, list items.

PDF text layers and plain-text files both arrive as lines wrapped at some width; this module
re-joins wrapped lines into paragraph-sized blocks using only the text, so it serves every
reader that has no markup.
"""

from __future__ import annotations

import re

from .document import HEADING, LIST_ITEM, PARAGRAPH, Block

# Bullet glyphs seen in council papers, including Symbol/Wingdings private-use code points
# that text layers emit for bullets (U+F0B7, U+F0A7, ...).
BULLET_RE = re.compile(r"^\s*(?:[•●▪■◦○‣⁃∙·\-–—*✓✔➢➤►]|o(?=\s)|[\ue000-\uf8ff])\s*")
NUMBERED_RE = re.compile(
    r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,5}\)|[A-Z]\.|[IVXL]{1,6}\.)\s+(?=\S)"
)
# Lines that always start a block of their own: labels that minutes use for facts.
LABEL_RE = re.compile(
    r"^\s*(?:ACTIONS?\b|RESOLVED\b|DECISION\b|AGREED\b|Present\b|PRESENT\b|Apologies\b|APOLOGIES\b|"
    r"Absent\b|ABSENT\b|In attendance\b|IN ATTENDANCE\b|Also present\b|Members present\b|"
    r"Additional attendees\b|Roll call\b|ROLL CALL\b|MOTION\b|SECOND\b|AYES\b|NOES\b|RESULT\b|"
    r"Date of (?:the )?next meeting\b|DATE OF (?:THE )?NEXT MEETING\b|Minutes (?:from|of)\b|MINUTES (?:FROM|OF)\b|"
    r"Meeting of\b|(?:Date|Time|Venue|Location|Date and Time)\s*:)",
)
ATTENDANCE_LINE_RE = re.compile(r"(?i)^(?:present|apologies|absent|in attendance|also present|attendees|attending)\b"
                                r"[^:;]{0,40}[:;]\s*[A-Z]")
SENTENCE_OPENER_RE = re.compile(r"^\s*(?:The|It|This|These|There|On|At)\s")
SENTENCE_END_RE = re.compile(r"[.:;?!)\]\"”’]\s*$")
# 'Year 1 $32,300.00', 'Nueva Luz $ 498,359.00', 'Reserves 12%': a label and its amount, one value a line
# 'SC to chase outstanding forms', '1-01 Members to comment on', '07.19.07 NO to instruct Nicholsons':
# work given to initials or to the members is a minuted action, whatever its capitals, not a title
ASSIGNMENT_RE = re.compile(
    r"(?:^|\s)(?:[A-Z]{2,4}(?:\s*(?:,|/|&|and)\s*[A-Z]{2,4})*|[Mm]embers|[Cc]ouncillors|[Tt]rustees|[Oo]fficers|"
    r"(?:[Tt]he\s+)?[Cc]lerk)\s+to\s+(?!be\b|the\b|this\b|that\b|these\b|those\b|all\b|our\b|its\b|their\b|date\b)[a-z]{3,}")
# a paragraph or action reference whose space OCR or the text layer lost: '1-03Members to pass any comments' (North
# of Tyne LPC), '9.6Agreed to display a photoboard' (Friends of Halesworth Library), '1.1On 16 December' (Kent)
GLUED_REFERENCE_RE = re.compile(r"^(\s*\d{1,2}[.-]\d{1,3})(?=[A-Z][a-z])")
AMOUNT_END_RE = re.compile(r"(?:[£$€]\s?\d(?:[\d,]|,\s(?=\d{3}\.\d\d))*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion))?|\d[\d,]*(?:\.\d+)?\s?%)\s*$", re.I)


# 'Nick Oakhill (NO) CHAIR', 'John Hoodless (JH)', 'Mrs Claire Page (CP)': a person with the initials the
# minutes will use for them (and perhaps a post, or a second column's name) is a line of an attendance list,
# not a title (Souldern's and Ayton's lists print one member a line, in the same title case as their headings),
# and the lines of such a list are kept apart, one person a line, not re-joined as a wrapped sentence
NAME_WITH_CODE_RE = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<first>[A-Z])[a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?\s+"
    r"(?P<last>[A-Z])[a-z'’\-]+\s*\((?P<code>[A-Z][A-Za-z]{1,3})\)")


# what may follow the initials on a line of its own: the post, nothing else (a second column's names do not
# make the line one person: 'Nick Oakhill (NO) CHAIR Diana Stevens Katy Draper' is read by position)
POST_AFTER_CODE_RE = re.compile(r"\s*(?:[-–]\s*)?(?:\[[^\]]{1,30}\]|[A-Z]{3,}(?:\s+[A-Z]{3,})?|Councillor|Chair(?:man|person)?|"
                                r"Vice[- ]Chair(?:man)?|Clerk|Secretary|Treasurer)?\s*$")


def name_with_code(text: str, alone: bool = False) -> bool:
    """A person with the initials the minutes use for them opens the line; with `alone`, the line
    holds that person (and their post) and nothing else."""
    m = NAME_WITH_CODE_RE.match(text)
    return bool(m) and m.group("code")[0] == m.group("first") and m.group("last") in m.group("code").upper()[1:] and (
        not alone or bool(POST_AFTER_CODE_RE.fullmatch(text[m.end():])))


# 'Catherine Chisholm CC Kenny Combe KC', 'Jim Fullarton (SBC) JF Isabel Kellie IK', 'Rob Boyd (Chair) RB': a
# member of a grid, the name followed by the initials the minutes use for it (Ayton prints its attendance so); the
# lines join a grid's rows by it and the attendance reader brackets each code by it (extract/people.py)
CODED_UNIT_RE = re.compile(r"\b(?P<name>(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+)(?P<post>\s*\([^()]{1,25}\))?\s+"
                           r"(?P<code>[A-Z]{2,4}|[A-Z]{2}[a-z])\b(?!\s*\()")


def coded_row(text: str, least: int = 2) -> bool:
    """The line is nothing but names, each with its initials after it (two at least, unless the row
    goes on a grid: 'Planning Applications PA' alone is a heading with its code)."""
    units = list(CODED_UNIT_RE.finditer(text))
    if len(units) < least or CODED_UNIT_RE.sub("", text).strip():
        return False
    for m in units:
        words = m.group("name").split()
        if m.group("code")[0] != words[0][0] or words[-1][0] not in m.group("code")[1:].upper():
            return False
    return True


def is_heading_line(line: str) -> bool:
    """Short, unpunctuated lines in title or upper case read as headings."""
    text = line.strip()
    if not text or len(text) > 90 or text.endswith((".", ",", ";")) and not text.isupper():
        return False
    if name_with_code(text, alone=True) or coded_row(text):
        return False
    if AMOUNT_END_RE.search(text):
        return False  # a figure is what the line says, not the title of what follows
    if ASSIGNMENT_RE.search(text):
        return False
    if re.search(r"\S:\s+\S", text) and not re.match(r"^\s*(?:\d+|[A-Z]{2,})\b", text):
        return False  # "For (52): Councillors Smith, Jones" is a labelled line, not a heading
    body = NUMBERED_RE.sub("", text, count=1)
    if ATTENDANCE_LINE_RE.match(body):
        return False  # '1. Apologies; David Thomas, Andrew Payne': the names are the point, not a title
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’&\-]*", body)]
    if not words or len(words) > 14:
        return False
    if body.isupper() and len(body) > 3:
        return True
    small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at", "or", "from", "&"}
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capitalised / len(words) >= 0.75 and not text.endswith(":") or (
        bool(NUMBERED_RE.match(text)) and len(words) <= 10 and not SENTENCE_END_RE.search(text)
    )


# a line opening with an item's number ('11.20.01 Apologies', '3. Minutes'): where a list of names ends, for the
# attendance reader of lines (extract/attendance_runs.py) and the reader of columns by position (label_columns.py)
ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
LIST_LINE = "\x00"  # marks a line joined to its block by a new line: one person of a list a line
ATTENDANCE_LABEL_WORDS = (r"(?:members|councillors|directors|trustees|governors)\s+present|present|attendees|attendance|"
                          r"in\s+attendance|also\s+(?:present|in\s+attendance)|apologies(?:\s+for\s+absence)?(?:\s+accepted\s+from)?|absent")
# an attendance label opening a line: '1. Apologies', 'PRESENT', 'Present:', 'Attendance:', 'Members present (17):'; the
# one label the lines, the attendance reader and the side column's guard all read (extract/attendance_runs.py)
LINE_LABEL_RE = re.compile(r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?P<label>" + ATTENDANCE_LABEL_WORDS +
                           r")\b\s*(?:\([^)]{0,30}\))?\s*[-–—]*\s*[:;]?\s*[-–—]*\s*", re.I)


def _label_alone(line: str) -> bool:
    """An attendance label alone on its line, closed by its colon: 'Present:', 'Members present (17):' (a numbered
    '3 Apologies for Absence' is an item's heading)."""
    text = line.strip()
    m = LINE_LABEL_RE.match(text)
    return bool(m) and m.end() == len(text) and text.endswith(":")


def lines_to_blocks(lines: list[str], page: int) -> list[Block]:
    """Group wrapped lines into blocks. An empty string in `lines` is a hard break."""
    blocks: list[Block] = []
    current: list[str] = []
    kind = PARAGRAPH
    typical = _typical_width(lines)
    carried: str | None = None

    def flush():
        nonlocal current, kind
        text = "".join(("\n" if s.startswith(LIST_LINE) else " ") + s.strip(LIST_LINE + " ")
                       for s in current if s.strip(LIST_LINE + " ")).strip()
        if text:
            blocks.append(Block(kind, text, page))
        current, kind = [], PARAGRAPH

    for raw in lines:
        line = GLUED_REFERENCE_RE.sub(r"\1 ", raw.rstrip())
        if not line.strip():
            flush()
            continue
        if current and _figure_cut(current[-1], line):
            current[-1] = current[-1].rstrip() + line.strip()  # '2024-' / '25 revenue budget': one figure, not item 25
            carried = line.strip()  # how the page's line ends is still this line's width, not the joined one's
            continue
        starts_item = bool(BULLET_RE.match(line) or NUMBERED_RE.match(line) and not _runs_on(current, line, typical, carried))
        starts_label = bool(LABEL_RE.match(line))
        if current and len(line) < 120 and name_with_code(line.strip(), alone=True) and (
                name_with_code(current[-1].strip(LIST_LINE + " "), alone=True) or _label_alone(current[-1])) \
                or current and len(line) < 120 and coded_row(line.strip(), least=1) and (
                coded_row(current[-1].strip(LIST_LINE + " ")) or coded_row(LINE_LABEL_RE.sub("", current[-1], count=1))):
            current.append(LIST_LINE + line.strip())
            carried = None
            continue
        if current:
            prev = current[-1].lstrip(LIST_LINE)
            prev_short = len(carried if carried is not None else prev.strip()) < 0.7 * typical
            ends = bool(SENTENCE_END_RE.search(prev) or AMOUNT_END_RE.search(prev))
            sentence_after_label = bool(LABEL_RE.match(current[0]) and SENTENCE_OPENER_RE.match(line))
            if starts_item or starts_label or sentence_after_label or (ends and prev_short) or kind == HEADING or (
                prev_short and len(current) == 1 and (is_heading_line(prev) or ATTENDANCE_LINE_RE.match(NUMBERED_RE.sub("", prev.strip(), count=1)))
            ):
                if len(current) == 1 and kind == PARAGRAPH and is_heading_line(prev) and not LABEL_RE.match(prev):
                    kind = HEADING
                flush()
            elif _joins_hyphen(prev):
                current[-1] = prev[:-1].rstrip("\x02-")
                current[-1] = current[-1] + line.strip()
                continue
        if not current:
            if BULLET_RE.match(line) and not NUMBERED_RE.match(line):
                kind = LIST_ITEM
                line = BULLET_RE.sub("", line, count=1)
            elif NUMBERED_RE.match(line):
                kind = LIST_ITEM
        current.append(line)
        carried = None
    if len(current) == 1 and kind == PARAGRAPH and is_heading_line(current[0]) and not LABEL_RE.match(current[0]):
        kind = HEADING
    flush()
    for b in blocks:  # a numbered short title is a heading, not a list item
        if b.kind == LIST_ITEM and NUMBERED_RE.match(b.text) and is_heading_line(b.text) and len(b.text) < 70:
            b.kind = HEADING
    return blocks


# a full line that stops on a preposition, an article or a comma has not ended its sentence: 'school buildings
# scheduled for' / '27 November 2025.' (Bredon), 'meetings held on' / '29 October 2024 ...' (Kent), 'Git N Go Store
# #10,' / '816 East Euclid; ...' (Des Moines), '... contacting the Commission Office at' / '(213) 367-1356' (LADWP).
# 'and' and 'or' are left out: '...; and' / '2. Schedule ...' and '...; or' / 'b) be significant ...' join a list's items.
RUNS_ON_RE = re.compile(r"(?i)(?:\b(?:of|the|to|between|for|with|at|in|on|by|from|a|an)|,)\s*$")


def _runs_on(current: list[str], line: str, typical: int, carried: str | None) -> bool:
    """Whether a line that opens like a numbered item ('27 November', '816 East Euclid') carries on the sentence the
    full line before it left unfinished, so is no item."""
    if not current:
        return False
    prev = current[-1].lstrip(LIST_LINE).strip()
    return len(carried if carried is not None else prev) >= 0.7 * typical and bool(RUNS_ON_RE.search(prev))


# a figure the line cut after its hyphen: '(2024-' / '25 published', 'Motion Carried 7-' / '0.', 'ORDINANCE NO. 298-' / '22'
FIGURE_CUT_RE = re.compile(r"(?<![-–])\b\d+(?:[-–]\d+)*[-–]$")


def _figure_cut(previous: str, line: str) -> bool:
    """Whether a line carries on a figure the previous line broke at a hyphen (Kent's '2024-' / '25 revenue budget',
    Des Moines' 'Motion Carried 7-' / '0.'): its opening number is the figure's end, not a list's number."""
    return bool(FIGURE_CUT_RE.search(previous.rstrip()) and re.match(r"\s*\d", line))


def _joins_hyphen(line: str) -> bool:
    # pdfium marks a hyphen it knows to be a line-break hyphen with \x02
    return line.endswith("\x02")


def _typical_width(lines: list[str]) -> int:
    widths = sorted(len(s.strip()) for s in lines if s.strip())
    if not widths:
        return 80
    return max(40, widths[int(len(widths) * 0.8)])
