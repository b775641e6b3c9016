"""The sub-item of a paragraph that a sentence belongs to. Matters arising and action logs are
often one paragraph of many follow-ups, each under its own reference or title ('Item 6.IV, trip
to Birmingham – ...', '4.5iii) The Clerk ...', 'Halesworth – the General Manager ...'): the words
of one say nothing about the others, so an action's surroundings stop at its own sub-item."""

from __future__ import annotations

import re

from .close_theme import DASH_RE, LETTER_RE

# a new sub-item after a sentence end: a reference ('Item 3 –', '4.5iii)', '7. Update from'), a
# letter or numeral ('e) ', 'ii) '), or a short title and a dash ('Halesworth – ')
SUB_ITEM_RE = re.compile(
    r"(?<=[.!?:])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=(?:Item\s+)?\d{1,2}(?:\.\d{1,2}){0,9}(?:[a-z]{1,6}\)|\.?\s+[A-Z]|\.[IVX]{1,4}\b|\s*[,–—]\s)"
    r"|(?:[a-z]|[ivx]{1,5})\)\s|[A-Z][\w’'&]*(?:\s[\w’'&]+){0,5}\s[–—]\s)"
    # a lettered reference or numeral with its bracket is an item wherever it stands ('... Clerk 4.8ii) No update')
    r"|\s+(?=\d{1,2}(?:\.\d{1,2}){0,9}[a-z]{1,6}\)\s|[ivx]{1,5}\)\s)")


def sub_items(text: str) -> list[str]:
    return [piece.strip() for piece in SUB_ITEM_RE.split(" ".join((text or "").split())) if piece.strip()]


def opens_sub_item(text: str) -> bool:
    """The text opens a new sub-item as SUB_ITEM_RE reads one after a sentence's end ('4.3 DT was asked ...',
    'd) Newsletter: Items to include are', 'Website – deferred'), not a sum or an address ('514 Foster Drive')."""
    return bool(SUB_ITEM_RE.match(". " + " ".join((text or "").split()), 1))


TITLE_WORDS = 6  # a sub-item's title names its subject in a few words; more is a sentence


def sub_item_title(piece: str) -> str:
    """The title a sub-item opens with, before a dash or a colon ('a. Playground – The RoSPA
    report has now been received ...', 'Website: The framework ...'); empty when it has none."""
    first = re.split(r"(?<=[.!?])\s", LETTER_RE.sub("", (piece or "").strip()), maxsplit=1)[0]
    pieces = DASH_RE.split(first, maxsplit=1)
    title = pieces[0].strip() if len(pieces) == 2 else ""
    return title if title[:1].isupper() and len(title.split()) <= TITLE_WORDS else ""


def own_sub_item(text: str, sentence: str) -> str:
    """The sub-item of `text` holding `sentence` (by its opening words); all of `text` when the
    paragraph has no sub-items or the sentence is not found in one."""
    pieces = sub_items(text)
    if len(pieces) < 2:
        return text or ""
    head = " ".join((sentence or "").split())[:60]
    return next((piece for piece in pieces if head and head in piece), text or "")


# a follow-up's reference to the item of the last minutes it reports on: 'Item 3 – the Halesworth
# meeting was cancelled', 'Item 6.IV, trip to Birmingham –', '11. Pay and Reward – Reward Scheme'
CITED_RE = re.compile(r"^\W*(?:matters\s+arising\W+)?(?:item|minute)?\s*(?P<ref>\d{1,3}(?:\.\d{1,2})*)(?:\.[IVX]{1,4}|[a-z]{1,6}\))?"
                      r"(?:\s*[,–—:-]\s*|\.\s*$|\.?\s+(?=[A-Z]))", re.I)
MATTERS_ARISING_RE = re.compile(r"(?i)\bmatters?\s+arising\b")


def cited_item(sentence: str) -> str | None:
    """The item number a matters-arising sentence opens with ('3', '5.2'), if any."""
    m = CITED_RE.match(sentence or "")
    return m.group("ref") if m else None


def same_item_number(cited: str, number: str | None) -> bool:
    """'3' cites item '3.' and '5.2' cites item 5's point 2 as item '5.2' or item '5'."""
    number = (number or "").strip().rstrip(".")
    return bool(number) and (cited == number or cited.split(".")[0] == number and "." not in number)
