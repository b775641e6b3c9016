"""What a sentence says was done, and where: the words a completion verb acts on, and the place
names a text uses. Pure text, no database.

A close needs the done thing to be the action's own subject, not only a word both share
somewhere: 'DN had provided a useful check list of actions associated with the installation of
the Christmas lights' provided a check list, it installed no lights; 'The first meeting has
taken place' is no options appraisal conducted; 'The Handyman had repaired' (a gateway) is no
contact made with him about extra work. A shallow reading of the clause, without a parser (the
project ships no trained English pipeline): in the passive ('The Safety Management policy has
been signed') the done thing is the subject before the verb; in the active ('Highways had
installed the last one') the object after it; a pronoun ('ST confirmed this had been sent'),
or an object left out ('The Handyman had repaired and ...'), points back to what the sentence
opened with, its item's title before a dash ('Notice to The Guild – ...').

A place name ('Lime Kiln Road', 'High Street', 'towards Capel Isaac Chapel') is where, not
what: two sentences about one road can be about a gateway and about fly-tipping; a group's name
('the Staff Advisory Group') is who: its appraisal outcomes are not its paper's amendments."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import hedges
from .action_status import ACTIVE_DONE, DONE_VERBS

_ADV = r"(?:(?:now|already|also|since|recently|just|finally|successfully|duly)\s+)*"
PASSIVE_RE = re.compile(rf"(?i)\b(?:(?:has|have|had)\s+{_ADV}been|was|were|is|are)\s+{_ADV}(?P<verb>{DONE_VERBS})\b")
PERFECT_RE = re.compile(rf"(?i)\b(?:has|have|had)\s+{_ADV}(?P<verb>{DONE_VERBS})\b")
SIMPLE_PAST_RE = re.compile(rf"(?i)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?<!\bwill\s)\b(?P<verb>{ACTIVE_DONE})\b")
# verbs whose subject is what happened ('The first meeting has taken place')
INTRANSITIVE = re.compile(r"(?i)^(?:taken\s+place|held|finished|completed|achieved|resolved)$")
# where a clause starts: what comes before belongs to another clause
CLAUSE_START = re.compile(
    r"(?i)[.;:!?|()\u2013\u2014]|\s-\s|,|\b(?:and|but|that|which|who|how|once|when|whether|if|as|because|although|"
    r"since|while|after|before|so)\b")
# what ends an object: a preposition beyond the object's own 'of', a clause, a participle phrase
OBJECT_END = re.compile(
    r"(?i)\s[a-z]\)\s|[.;:!?|()\u2013\u2014,]|\s-\s|\b(?:and|but|that|which|who|to|from|at|on|in|into|for|by|with|within|since|"
    r"after|before|once|as|when|until|following|associated|regarding|about|so|because|while|over|under|during)\b")
OBJECT_PREPOSITIONS = ("for", "about", "regarding", "on", "into", "to", "with")
PRONOUNS = frozenset("this that it these those they them which one ones all everything both same latter former work".split())
ARTICLES = re.compile(r"(?i)^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|some|all|both|last|first)\s+")
DASH_RE = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014]|:\s")
LETTER_RE = re.compile(r"^\W*(?:[a-z]|[ivx]+|\d+(?:\.\d+)*)\)\s*|^\W*(?:[a-z]\.|\d+(?:\.\d+)*\.?)\s+")

PLACE_NOUNS = ("Road|Street|Lane|Close|Avenue|Drive|Crescent|Gardens|Square|Terrace|Row|Way|Hill|Green|Common|Bridge|"
               "Chapel|Church|Farm|Corner|Cottages?|Park|Place|Grove|Rise|Walk|Mews|Meadows?|Field|Fields|Wood|"
               "road|street|lane")
# 'Lime Kiln Road', 'High Street', 'Capel Isaac Chapel', 'Back lane': capitalised words before a place noun
PLACE_RE = re.compile(rf"\b(?:[A-Z][a-z'’]+\s+){{1,3}}(?:{PLACE_NOUNS})\b")
# a named group, capitalised words before a word for a group ('Staff Advisory Group', 'Finance and
# Audit Committee', 'Halesworth Town Council'): a party, as a place is where
PARTY_NOUNS = "Group|Committee|Council|Board|Team|Panel|Forum|Association|Society|Trust|Partnership|Executive|Department"
PARTY_RE = re.compile(rf"\b(?:(?!(?:The|A|An|This|That|Our|Its|Their)\s)[A-Z][a-z'’&]+\s+(?:(?:and|&)\s+)?){{1,3}}(?:{PARTY_NOUNS})\b")
# ('towards Capel Isaac', 'at Glanrafon', 'at the Old Chalk Pit'): capitalised words after a preposition of place
PLACE_AFTER_RE = re.compile(r"\b(?:towards|near|opposite|outside|along|at)\s+(?:the\s+)?((?:[A-Z][a-z'’]+(?:\s+|,\s*|(?=[.;)])|$)){1,3})")


@dataclass(frozen=True)
class DoneThing:
    words: str  # the words the completion verb acts on, as written
    verb: str
    pointed_back: bool  # a pronoun or an object left out: the words are what the sentence opened with
    heading: str = ""  # what the sentence opened with, its title before a dash or colon ('Car park lighting: ...')


def done_things(text: str) -> list[DoneThing]:
    """What each completion verb of `text` says was done, in order; empty when it has none."""
    text = " ".join((text or "").split())
    found: list[tuple[int, DoneThing]] = []
    taken: list[tuple[int, int]] = []
    for m in PASSIVE_RE.finditer(text):
        if _aux_of_own_clause(text, m):
            found.append((m.start(), _subject(text, m.start(), m.group("verb"))))
            taken.append(m.span())
    for pattern in (PERFECT_RE, SIMPLE_PAST_RE):
        for m in pattern.finditer(text):
            if any(a <= m.start("verb") < b for a, b in taken):
                continue  # the participle of a passive already read
            taken.append(m.span())
            found.append((m.start(), _active(text, m)))
    return [replace(d, heading=_lead_in(text, at)) for at, d in sorted(found, key=lambda f: f[0])]


def _active(text: str, m: re.Match) -> DoneThing:
    verb = m.group("verb")
    obj = _object(text, m.end())
    if obj is None:
        if INTRANSITIVE.match(verb):
            return _subject(text, m.start(), verb)
        return DoneThing(_lead_in(text, m.start()), verb, True)
    if _pronoun(re.split(r"(?i)\s+(?:of|%s)\s+" % "|".join(OBJECT_PREPOSITIONS), obj)[0]):
        return DoneThing(_lead_in(text, m.start()), verb, True)
    return DoneThing(obj, verb, False)


def _aux_of_own_clause(text: str, m: re.Match) -> bool:
    # 'has been signed up to' is a promise, not a close; anything else counts
    return not re.match(r"\s+up\s+(?:to|for)\b", text[m.end():])


def _subject(text: str, at: int, verb: str) -> DoneThing:
    before = text[:at]
    starts = list(CLAUSE_START.finditer(before))
    start = starts[-1].end() if starts else 0
    # who said so is not what was done ('ST confirmed this had been sent', 'JT advised it had been installed'): the
    # words after the last verb of report (the list hedges.py reads reports by)
    words = before[start:]
    said = list(hedges.REPORTED_RE.finditer(words))
    words = words[said[-1].end():].strip() if said else words.strip()
    # an item's title run into its text ('SLS Options Appraisal The first meeting has taken place')
    words = re.split(r"(?<=\S)\s+(?=(?:The|A|An)\s)", words)[-1]
    if starts and starts[-1].group(0).lower() in ("which", "who") and not words:
        # 'a long overdue piece of work which has been completed': what 'which' stands for
        earlier = [s for s in starts[:-1]]
        words = before[earlier[-1].end() if earlier else 0:starts[-1].start()].strip()
        words = re.sub(r"(?i)^.*\b(?:is|was|are|were)\s+", "", words)
    if not words or _pronoun(words):
        return DoneThing(_lead_in(text, at), verb, True)
    return DoneThing(words, verb, False)


NAME_AND_RE = re.compile(r"\b([A-Z][a-z'’-]*) and (?=[A-Z])")  # 'the Health and Safety Executive': one name


def _object(text: str, at: int) -> str | None:
    rest = NAME_AND_RE.sub(r"\1 &&& ", text[at:])
    m = OBJECT_END.search(rest)
    if m and m.start() > 0 and m.group(0).lower() in OBJECT_PREPOSITIONS and rest[:m.start()].strip():
        # the object's own phrase after it ('possible deterrents for the rabbit population'): one, no further
        further = OBJECT_END.search(rest, m.end())
        m = further
    obj = (rest[:m.start()] if m else rest).strip()
    # an object's own 'of' ('a check list of actions'): one noun more, not a chain of them
    obj = " of ".join(re.split(r"(?i)\s+of\s+", obj)[:2])
    if not obj or re.fullmatch(r"(?i)(?:up|off|out|back|on|down|over|away)", obj):
        return None
    return obj.replace("&&&", "and")


# a party's own name, every word capitalised ('the Health and Safety Executive (HSE)', 'Sharon Wareham')
PROPER_NAME_RE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?)*[A-Z][\w'’-]*(?:\s+\([A-Z]+\))?$")


def name_head(words: str) -> str | None:
    """The last word of a party's own name, when the words are one ('Executive' of 'the Health and
    Safety Executive (HSE)'); None for anything else ('The RoSPA report', 'the lamps')."""
    words = words.strip()
    if not PROPER_NAME_RE.match(words) or " " not in words.strip():
        return None
    return re.sub(r"\s+\([A-Z]+\)$", "", words).split()[-1]


def _pronoun(words: str) -> bool:
    bare = ARTICLES.sub("", words.strip().lower())
    return bare in PRONOUNS or not re.search(r"[a-z]{3,}", bare) or bool(re.fullmatch(r"(?:last|first|next|other)?\s*ones?", bare))


def _lead_in(text: str, at: int) -> str:
    """What the sentence opened with, before the clause that says something was done: its
    item's title before a dash ('Notice to The Guild – ST confirmed this had been sent'), within
    the same sentence."""
    before = re.split(r"[.;!?]\s", text[:at])[-1]
    pieces = DASH_RE.split(before)
    return LETTER_RE.sub("", " – ".join(pieces[:-1])).strip() if len(pieces) >= 2 else ""


def party_words(text: str) -> set[str]:
    """The words of the named groups a text speaks of ('The Staff Advisory Group (SAG) presented' ->
    staff, advisory, group), lower case: who acts or is asked, not what is done."""
    return {w.lower() for m in PARTY_RE.finditer(text or "") for w in m.group(0).split()}


def place_words(text: str) -> set[str]:
    """The words of the place names a text uses ('Lime Kiln Road' -> lime, kiln, road), lower case."""
    out: set[str] = set()
    for m in PLACE_RE.finditer(text or ""):
        out.update(w.lower().strip("'’") for w in m.group(0).split())
    for m in PLACE_AFTER_RE.finditer(text or ""):
        out.update(w.lower().strip("'’,") for w in m.group(1).split())
    return out
