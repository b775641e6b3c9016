"""The one reading of what a paper prints to withhold business from the public.

Bodies say it in several places and in their own words, and every form is read here, by one pattern over one
vocabulary of markings, so that a new body's form joins the reading instead of adding a rule of its own:

- an item marked exempt, before its title or after it ('RESTRICTED: Prevent Update', 'CONFIDENTIAL ITEM: Land at
  Mill Lane', 'Land at Mill Lane (Exempt information - Paragraph 3)', '... - Confidential');
- a heading over exempt business ('EXEMPT ITEMS', 'PART 2', 'CLOSED SESSION', 'Items to be considered in private');
- the item or line that closes the meeting to the public before its exempt business ('Exclusion of the Press and
  Public' under the Public Bodies (Admission to Meetings) Act 1960; a US agenda's 'RECESS TO CLOSED SESSION');
- the line that opens it again ('UNRESTRICTED ITEMS', 'PART 1', '6:00 PM - OPEN SESSION', 'The press and public
  were readmitted');
- a placeholder standing for an exempt report's pages ('Document is Restricted');
- a paper marked as a whole on its front lines ('NOT FOR PUBLICATION by virtue of paragraph 3 ...').

`marks(text)` names the forms a line (or a front page's lines) prints; `structure`, `furniture` and `restriction`
act on them. A marking is a promise: widening this reading withholds more, and nothing here may withhold less.
"""

from __future__ import annotations

import re

from .text_fold import holds_any

# the words that mark business exempt, as councils and boards print them; a paragraph's words are kept from the
# marker's tail ('(Exempt from CEQA)' is a public finding)
_MARK = r"(?:restricted|exempt|(?:private\s+and\s+)?confidential|not\s+for\s+publication|in\s+camera)"
_MARK_TAIL = r"(?:\s+(?:items?|information|report|business|session|matters?))?"
_STATUTE = r"(?:\s*[-–:,]?\s*(?:under\s+|by\s+virtue\s+of\s+)?(?:para(?:graph)?s?\.?|schedule|section|s\.|category)\b[^()]*)?"
_PRESS_AND_PUBLIC = r"(?:the\s+)?(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public)"
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s*m\.?\s*[-–]\s*)?"  # '6:00 PM - OPEN SESSION'

_BEFORE_TITLE = rf"\s*(?:{_MARK}|PART\s*(?:2|II|B|TWO)){_MARK_TAIL}\s*[:\-–]\s*"
_AFTER_TITLE = rf"(?:\s*[(\[]{_MARK}{_MARK_TAIL}{_STATUTE}[)\]]|\s+[-–]\s+{_MARK}{_MARK_TAIL})\s*$"
# 'EXEMPT ITEMS', 'PART 2', or a line that is only the marking ('CONFIDENTIAL', 'PRIVATE BUSINESS')
_SECTION = (r"\s*(?:exempt items|restricted items|part\s*(?:2|ii|b)\b|confidential items|closed session"
            r"|(?:restricted|exempt|confidential|private)(?:\s+(?:items?|information|business|matters?))?\s*:?\s*$"
            r"|items?\s+(?:to\s+be\s+)?(?:considered|taken|held|dealt\s+with)\s+in\s+private\b)")
# a UK exclusion item names the public it excludes; a US agenda recesses to the closed session whose business it
# lists next, and returns to open session after it
_CLOSES = (rf"\s*(?:(?:exclusion|exclude)\s+(?:of\s+)?{_PRESS_AND_PUBLIC}\b"
           r"|(?:recess|adjourn|retire)\w*\s+(?:in)?to\s+(?:a\s+)?(?:closed|executive)\s+session\b)")
_OPENS = (rf"\s*{_CLOCK}(?:unrestricted items|open items|part\s*(?:1|i|a)\b|open session"
          rf"|{_PRESS_AND_PUBLIC}\s+(?:were|was)\s+re-?admitted)")
_PLACEHOLDER = r"\s*document is restricted\.?\s*$"
_UNPUBLISHED = r"\bnot\s+for\s+(?:publication|public\s+release)\b"

# each form is looked for from the text's start (a lookahead that may fail), so one match names every form the text
# prints; the closing condition fails the match when it prints none
MARKING_RE = re.compile(
    rf"^(?:(?=(?P<before>{_BEFORE_TITLE}))|)"
    rf"(?:(?=[\s\S]*?(?P<after>{_AFTER_TITLE}))|)"
    rf"(?:(?=(?P<section>{_SECTION}))|)"
    rf"(?:(?=(?P<closes>{_CLOSES}))|)"
    rf"(?:(?=(?P<opens>{_OPENS}))|)"
    rf"(?:(?=(?P<placeholder>{_PLACEHOLDER}))|)"
    rf"(?:(?=[\s\S]*?(?P<unpublished>{_UNPUBLISHED}))|)"
    r"(?(before)|(?(after)|(?(section)|(?(closes)|(?(opens)|(?(placeholder)|(?(unpublished)|(?!))))))))",
    re.I,
)
ITEM_FORMS = ("before", "after")  # a marking on an item's own title
# Every match of every form above holds one of these words (IGNORECASE's folding): the markings' own words
# (_MARK: restricted, exempt, confidential, publication, camera), PART, 'closed' and 'private' sessions and items,
# excluding the public, recessing into a session, 'open' items and sessions, the public readmitted. A line holding
# none prints no marking, and asking the pattern of it cost a paper's every line all seven lookaheads (39,774 lines
# asked over the 132 papers of benchmarks/bench_real.py, 2,432 holding one of the words). A form added above
# brings its words here, or lines printing only that form go unread: tests/test_exempt_marks_gate.py reads every
# example of the forms through both.
FORM_WORDS = ("restricted", "exempt", "confidential", "camera", "part", "closed", "private", "exclu", "session",
              "open", "admitted", "public")


def marks(text: str) -> dict[str, tuple[int, int]]:
    """The forms of marking `text` prints, each with its span."""
    if not holds_any(text, FORM_WORDS):
        return {}
    m = MARKING_RE.match(text)
    if not m:
        return {}
    return {form: m.span(form) for form, found in m.groupdict().items() if found is not None}


def marks_item(text: str) -> bool:
    """The title (or heading) carries an exempt item's marking."""
    return any(form in ITEM_FORMS for form in marks(text))


def without_item_marking(title: str) -> str:
    """The title with its marking taken off, before and after it."""
    found = marks(title)
    if "after" in found:
        title = title[:found["after"][0]]
    if "before" in found:
        title = title[found["before"][1]:]
    return title


def is_only_a_marking(text: str) -> bool:
    """'(Exempt)' after a title: a marking in brackets, not a presenter's name."""
    return any(span == (0, len(text)) for form, span in marks(text).items() if form in ITEM_FORMS)
