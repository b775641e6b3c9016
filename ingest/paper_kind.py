"""What kind of paper a document is: minutes, agenda, agenda pack, action log, report or other.

A word in the title decides only when the paper says so plainly; otherwise the kind is scored
from what minutes and agendas do everywhere: minutes list who was present and record what was
resolved in the past tense; agendas summon, give notice, and list what the meeting is 'to
receive' or 'to consider'. The file name counts a little, as a person filing papers names them.
"""

from __future__ import annotations

import os
import re

from .document import Document
from .dates import find_dates
from .welsh import PAST_TENSE as WELSH_PAST, PRESENT_LABEL as WELSH_PRESENT

# an action log's title: a line of its own, after the body's name at most ('Ashdown Bowls Club Committee Action
# log'); an agenda item that reviews the log ('1. Review of minutes ... Review of action log.') is no title
ACTION_LOG_RE = re.compile(r"(?m)^(?!\s*\d)(?:[^\n.:;]{0,60}\s)?action (?:log|tracker|plan|sheet)s?\s*$")
# "minutes" that name this paper, not an agenda item about earlier minutes
MINUTES_WORD_RE = re.compile(
    r"(?<!approval of )(?<!approval of the )(?<!to approve the )(?<!to confirm the )(?<!to receive the )"
    r"(?<!to sign the )(?<!confirmation of )(?<!confirmation of the )\bminutes?\b(?!\s+of\s+(?:the\s+)?(?:last|previous))")
PRESENT_RE = re.compile(r"(?m)(?:^|\b(?:members|councillors|trustees|commissioners|directors)\s+)(?:present|attendance|attendees)\b\s*[:(\-–]|"
                        r"^\s*present\b|\bin attendance\b|\bwere present\b|\bminute taker\b|\broll call\b.{0,80}\b(?:present|absent)\b" + "|" + WELSH_PRESENT)
PAST_RE = re.compile(r"\b(?:resolved(?: that)?|it was (?:agreed|resolved|noted|proposed)|was agreed|were approved|were received|"
                     r"proposed by|seconded by|motion carried|carried unanimously|welcomed (?:everyone|all|members)|"
                     r"meeting (?:closed|ended) at|declared the meeting closed|apologies were|" + WELSH_PAST + r")\b")
SUMMONS_RE = re.compile(r"\b(?:you are (?:hereby )?(?:summoned|invited|requested)|summons|notice is (?:hereby )?given|"
                        r"will be held|to be held|notice of (?:the )?meeting|public notice|invites you)\b")
AGENDA_ITEM_RE = re.compile(r"(?m)^\s*(?:\d{1,2}[.)]?|[a-z][.)])\s+to (?:receive|consider|approve|note|agree|resolve|discuss|confirm|elect|adopt)\b")
REPORT_RE = re.compile(r"\b(?:annual report|report|register|strategy|plan|statement of accounts|financial statements)\b")


# a file, a folder or a web address named in the text ('kcc_Agenda 30th-Jan-2025.pdf', 'assets/pdf/',
# '../gold/FORMAT.md', 'https://...'): what a list of sources or an index of papers is made of
REFERENCE_RE = re.compile(r"(?i)(?:https?://|www\.)\S+|[\w\-<>]+\.(?:pdf|html?|docx?|md|json|txt|csv|xlsx?|php)\b|"
                          r"(?<![\w/])(?:\.\./|[\w\-]+/)(?:[\w\-.]+/)*(?![\w/])")
# each of those holds a '/', a file's extension after a dot, or 'www.': a test led by a literal, where
# REFERENCE_RE tries every position of every line of a paper (an eighth of the lines pass)
_EXTENSION_RE = re.compile(r"(?i)\.(?:pdf|html?|docx?|md|json|txt|csv|xlsx?|php)\b")


def _names_a_reference(line: str) -> bool:
    return ("/" in line or "." in line and (_EXTENSION_RE.search(line) is not None or "www." in line.lower())) \
        and REFERENCE_RE.search(line) is not None


def a_listing(doc: Document) -> str | None:
    """A list of files, folders or links with no meeting in it (an archive's README or SOURCES
    file, an index page) is no committee paper, whatever committee words its descriptions use:
    the reason, or None. Told by what its lines are, not by its file name."""
    lines = [row_text for b in doc.blocks
             for row_text in ([" | ".join(r) for r in b.rows] if b.rows else b.text.splitlines() or [b.text])
             if row_text.strip()]
    if not lines:
        return None
    naming = [line for line in lines if _names_a_reference(line)]
    references = sum(len(REFERENCE_RE.findall(line)) for line in naming)
    if references >= 3 and len(naming) >= 0.25 * len(lines):
        return (f"a list of files and links ({len(naming)} of its {len(lines)} lines name one), "
                "with no meeting of its own: not a committee paper")
    # a calendar of meetings ('Wed, 04 September 2019 | LPC Committee Meeting', 'September 26, 2019 1:30 p.m. JSTC'): a
    # line a meeting, none of them minuted here (North of Tyne LPC's minutes index page, Cuyahoga's and Cook County's
    # calendars); minutes that list the year's dates keep their own record (who was present, what was resolved)
    dated = [line for line in lines if _opens_with_date(line)]
    if len(dated) >= 6 and len(dated) >= 0.25 * len(lines):
        body = "\n".join(lines[:400]).lower()
        if not PRESENT_RE.search(body) and len(PAST_RE.findall(body)) < 2:
            return (f"a list of meeting dates ({len(dated)} of its {len(lines)} lines open with one), "
                    "with no meeting of its own: not a committee paper")
    return None


_EARLY_DIGIT_RE = re.compile(r"^\W{0,3}(?:\w+,?\s+){0,2}\d")


def _opens_with_date(line: str) -> bool:
    if not _EARLY_DIGIT_RE.match(line):
        return False
    found = find_dates(line[:40])
    return bool(found) and found[0].start <= 6


def document_kind(doc: Document) -> str:
    blocks = doc.blocks
    title = (doc.title or "").lower()
    top = " ".join(b.text for b in blocks[:3]).lower() + " " + title
    head = "\n".join(b.text for b in blocks[:6]).lower() + "\n" + title
    body = "\n".join(b.text for b in blocks[:60]).lower()
    name = re.sub(r"[_\-.]+", " ", os.path.basename(doc.path).lower())
    if ACTION_LOG_RE.search(head):
        return "action_log"
    minutes = agenda = 0.0
    minutes += 3 if MINUTES_WORD_RE.search(top) else 2.5 if MINUTES_WORD_RE.search(head) else 0
    agenda += 3 if re.search(r"\bagenda\b|\ba g e n d a\b", top) else 2.5 if re.search(r"\bagenda\b", head) else 0
    minutes += 2 if PRESENT_RE.search(body) else 0
    minutes += min(3, len(PAST_RE.findall(body)) * 0.75)
    agenda += 2 if SUMMONS_RE.search(body) else 0
    agenda += 2 if len(AGENDA_ITEM_RE.findall(body)) >= 2 else 0
    minutes += 1.5 if re.search(r"\bminutes?\b", name) else 0
    agenda += 1.5 if re.search(r"\b(?:agenda|notice)\b", name) else 0
    if (minutes >= 3 and agenda >= 3 and len(doc.pages) > 4 and MINUTES_WORD_RE.search(head)
            and re.search(r"\bagenda\b|\ba g e n d a\b", top) and not (MINUTES_WORD_RE.search(top) and "a g e n d a" not in top)):
        return "agenda_pack"  # an agenda with the papers, the previous minutes among them
    if max(minutes, agenda) >= 2.5:
        return "minutes" if minutes > agenda else "agenda"
    if REPORT_RE.search(head):
        return "report"
    return "other"
