"""Apologies given in the minutes' opening items, wherever they are written, set against the
attendance lists.

Many bodies print who was there in a list and the apologies in a sentence of item 1 ("1. Welcome
and Apologies Mike Readman, Mike Hoskings", "Apologies were accepted for Cllr Anderson and Cllr
Smith.", "There were apologies of absence from Cllr Colin Sampson.", "Apologies for absence had
been received from: ..."), or under an "Apologies" heading with the names in the next paragraph.
The list reading takes labels with a colon; these sentences it leaves. Read here, a name already
on the list of those present becomes an apology (an 'Attendees' list of the members invited,
with item 1 giving who sent apologies)."""

from __future__ import annotations

import re

from ..ingest.document import TABLE, Block
from .attendance_runs import NAME_SHAPE_RE
from .literal_gate import Gated
from .names import name_key
from .people import _entries, _first_sentence, known_given_name, split_title
from .roles import PERSONAL_TITLE_RE

OPENING_BLOCKS = 40  # apologies open the minutes: only a meeting's first blocks are read
FOLLOW_BLOCKS = 3  # an 'Apologies' heading: its names are in the next short paragraphs
MAX_FOLLOW_CHARS = 200

# 'Apologies', 'Apologies for absence were received and accepted from:', 'apologies of absence from',
# 'accepting apologies for absence:', 'Apologies were accepted for': the wording, then the names; a few words of
# the sentence's own may stand before its 'from' ('were received before the meeting from Cllr Anderson', Northwold)
APOLOGIES_RE = Gated(re.compile(
    r"(?i)(?<![\w-])(?P<no>no\s+|any\s+)?apolog(?:ies|y)\b(?:\s+(?:for|of)\s+absence)?"
    r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been|also|duly))*"
    r"(?:\s+(?:received|accepted|given|tendered|submitted|noted|offered|sent|recorded|presented))?"
    r"(?:\s+and\s+(?:accepted|noted|approved))?(?:\s+(?:for|of)\s+absence)?"
    r"(?:(?:\s+(?-i:[a-z]+)){0,4}?\s+(?:from|for|by)\b)?\s*(?:the\s+following\s*)?[:\-–—]?\s*"), "apolog")
# the next item ends the names: '... Cllr Colin Sampson. 91/19 Declarations', '... Mack 2. No declarations'
ITEM_CUT_RE = re.compile(r"\s(?:\d{1,3}/\d{2}|\d{1,2}(?:\.\d{1,2})?\.?)\s+[A-Z]")


def apologies_in_opening_items(doc, structure, registry, facts) -> None:
    away = {(a["meeting"], name_key(registry.resolve(a["name"]))) for a in facts["attendance"]
            if a["status"] in ("apologies", "absent")}
    passage_of: dict[int, int] = {}
    for n, p in enumerate(structure.passages):
        if p.block is not None:
            passage_of.setdefault(id(p.block), n)
    opening: dict[int, list[Block]] = {}
    for i, m in enumerate(structure.block_meeting[:len(doc.blocks)]):
        if m is None:
            continue
        meeting = structure.real_meeting(m)
        if structure.stored_meetings[meeting].role != "records":
            continue
        if len(opening.setdefault(meeting, [])) < OPENING_BLOCKS:
            opening[meeting].append(doc.blocks[i])
    for meeting, blocks in opening.items():
        for k, block in enumerate(blocks):
            for text in _texts(block):
                for m in APOLOGIES_RE.finditer(text):
                    if m.group("no") or re.search(r":\s*$", text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
                        continue  # 'Present: Members of the Public: Apologies:': labels side by side over columns
                    body = text[m.end():]
                    if not _outside_brackets(body).strip(" .:;-–") and not _apology_entries(body, block):
                        # the heading names no one ('Accepted apologies for absence (LGA 1972, Section 85(1) &
                        # (2))', Northwold): its names are in the paragraphs that follow
                        body = _following_names(blocks[k + 1:k + 1 + FOLLOW_BLOCKS])
                    for e in _apology_entries(body, block):
                        person = registry.add(e.person)
                        key = (meeting, name_key(registry.resolve(person.name)))
                        if key in away:
                            continue
                        away.add(key)
                        registry.away.add(name_key(person.name))
                        n = passage_of.get(id(block), 0)
                        facts["attendance"].append({"meeting": meeting, "name": person.name, "status": "apologies",
                                                    "role": None, "page": block.page, "passage": n,
                                                    "listed_as": e.person.name, "title": e.person.title})
                        surface = f"{e.person.title} {e.person.name}" if e.person.title else e.person.name
                        facts["mentions"].append({"name": person.name, "alias": surface, "page": block.page,
                                                  "passage": n, "text": text[:500], "kind": "attendance"})


def _outside_brackets(text: str) -> str:
    """The text without what it says in brackets, nested ones included."""
    while True:
        shorter = re.sub(r"\([^()]*\)", "", text)
        if shorter == text:
            return text
        text = shorter


def _texts(block: Block) -> list[str]:
    if block.kind == TABLE:
        return [" ".join(c for c in row if c) for row in block.rows or []]
    return [block.text]


def _following_names(blocks: list[Block]) -> str:
    """The short paragraphs after a label standing alone, up to the next item."""
    out = []
    for b in blocks:
        text = b.text.strip()
        if b.kind == TABLE or len(text) > MAX_FOLLOW_CHARS or re.match(r"\d", text) or b.kind == "heading":
            break
        if _names_only(text).strip(" ,.") != text.strip(" ,."):
            break  # 'Councillor Alun Davies took the Chair': prose, not the list
        out.append(text.rstrip(","))
        if not re.search(r"(?:,|\band|&)$", text):
            break  # the list goes on past its paragraph only after a comma ('Ms Paula Kellingray,')
    return ", ".join(out)


# words that open the next item or sentence, never a name ('Apologies Alison Wheeler Welcome Leon ...',
# a table's cell run into the next heading), and the small words a list of names holds
NEXT_ITEM_WORDS = {"Welcome", "Declarations", "Declaration", "Minutes", "Matters", "Introduction", "Introductions",
                   "Apologies", "The", "There", "It", "This", "Chair's", "Chairman's", "Public"}
LIST_WORDS = {"and", "for", "from", "of", "by", "de", "van", "von", "der", "da", "la", "le", "cllr", "cllrs"}


def _names_only(body: str) -> str:
    """The names, up to the first word of prose (outside brackets: '(work commitment)')."""
    depth = 0
    for m in re.finditer(r"[()]|[A-Za-z'’]+", body):
        word = m.group(0)
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif not depth and (word in NEXT_ITEM_WORDS or word[0].islower() and len(word) >= 3 and word not in LIST_WORDS):
            if word in REASON_WORDS:
                # 'Paula Kellingray (PK) due to her being away, and Tom Foy (TF) due to work commitments': the
                # reason given for one name, then the list goes on after the next comma
                rest = re.search(r",\s*(?:and\s+)?", body[m.end():])
                if rest:
                    return body[:m.start()] + ", " + _names_only(body[m.end() + rest.end():])
            return body[:m.start()]
    return body


REASON_WORDS = {"due", "owing", "because", "who", "being", "unwell", "illness", "holiday", "away", "work"}


def _up_to_full_stop(body: str) -> str:
    """The text before the first full stop after a word, a title's own stop aside ('Cllr. Ian Mack', Wretton)."""
    for m in re.finditer(r"(?<=[a-z]{3})\.(?:\s|$)", body):
        if not PERSONAL_TITLE_RE.match(body[body.rfind(" ", 0, m.start()) + 1:m.end()] + " "):
            return body[:m.start()]
    return body


def _apology_entries(body: str, block: Block):
    body = body.replace("\n", " ")
    cut = ITEM_CUT_RE.search(body)
    body = _first_sentence(body[:cut.start()] if cut else body)
    body = _up_to_full_stop(body)
    body = _names_only(body)
    out = []
    for e in _entries(body, "apologies", block, 0):
        bare = split_title(e.person.name)[1].strip()
        words = bare.split()
        if not words or not (e.person.title or known_given_name(bare) or NAME_SHAPE_RE.match(bare)):
            continue
        if len(words) < 2 and not e.person.title:
            continue  # 'Simon' alone names no one
        out.append(e)
    return out
