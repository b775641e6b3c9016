"""Whose decision a clause tells of, read from the name of its subject. Minutes report what other
bodies decided as often as what the meeting did: 'Norfolk County Council agreed to extend the
funding' in a parish council's minutes, 'SCC have approved the budget' in a library board's, 'the
Police decided not to attend'. A subject that names an organisation, in words that are not the
meeting's own body's ('the Parish Council' at Stoke Ferry Parish Council, 'the County Council' at
Kent County Council, 'the Board' at any board), is another body: its decision is reported, not
the meeting's. The words of the own body come from the meeting the paper records; with no meeting
known nothing is said."""

from __future__ import annotations

import re

# the kinds of organisation a subject can name
ORGANISATION_WORDS = {"council", "committee", "trust", "association", "authority", "agency", "company", "department",
                      "board", "society", "club", "partnership", "group", "network", "service", "services", "government",
                      "ministry", "ltd", "limited", "plc", "police", "constabulary", "highways", "commission", "panel", "executive", "inspectorate",
                      "office", "cabinet"}
# words any body uses of itself or of its own kind and its members
# (not the tier of a council, 'parish', 'county', 'district': another tier is another council, and the own body's tier
# comes with its name)
OWN_KIND_WORDS = {"the", "of", "council", "councils", "committee",
                  "sub", "board", "panel", "cabinet", "meeting", "full", "whole", "members", "councillors", "trustees",
                  "directors", "governors", "commission", "commissioners", "forum", "group", "partnership", "all", "its", "our"}
NAME_WORD_RE = re.compile(r"[A-Za-z][\w’'&\-]*")
# the active perfect's auxiliary and an adverb between a name and its verb: 'the Drainage Board had', 'the Scrutiny
# Committee unanimously' (not 'has been': the name of a passive is what was decided)
AUXILIARY_RE = re.compile(r"(?:\s+(?:has|have|had)(?:\s+(?:now|also|since|already))?)?(?:\s+[a-z]+ly)?\s*$")
# the kinds of body a meeting can be of: a board's minutes telling what 'the Staffing Committee' or 'the Committee'
# approved tell another body's decision (Suffolk Libraries' board), as a parish council's telling what 'the Drainage
# Board' agreed do (Wereham); a body whose own name carries that kind may be meant ('Training Committee approved ...'
# at North of Tyne LPC's committee: an item title, then its own committee)
KIND_WORDS = {"committee", "sub-committee", "board", "panel", "group", "cabinet", "forum", "partnership", "commission", "council",
              "trust", "association", "society"}


def _name_at_end(subject: str) -> list[str]:
    """The capitalised name the subject ends with, its small joining words kept: 'Village Gates Project – Norfolk
    County Council' -> Norfolk County Council; 'after the meeting the Police' -> the Police."""
    subject = re.split(r"\s[–—-]\s|\||,", re.sub(r"\([^)]*\)", " ", subject))[-1]
    subject = AUXILIARY_RE.sub("", subject)
    words = subject.split()  # a figure or a sign ends the name as a word of prose does
    name: list[str] = []
    for w in reversed(words):
        if name and w.lower() == "the":
            name.insert(0, w)
            break  # 'Policy Review The Board': a run-in heading before its article is no part of the name
        if NAME_WORD_RE.fullmatch(w) and w[0].isupper() or (name and w.lower() == "of"):
            name.insert(0, w)
            continue
        break
    while name and name[0].lower() == "of":
        name.pop(0)
    return name


def _acronym(body: str) -> str:
    return "".join(w[0] for w in NAME_WORD_RE.findall(body) if w[0].isupper()).lower()


def names_other_body(subject: str, own_body: str | None) -> bool:
    """Whether the subject of a decision verb names an organisation that is not the meeting's own body."""
    if not own_body:
        return False
    name = _name_at_end(subject)
    if not name or (len(name) > 1 and all(w.isupper() for w in name)):
        return False  # a line in capitals ('READ AND APPROVE THE MINUTES'): its capitals name nothing
    # (an acronym alone says nothing: a parish's minutes write its members' initials so, 'FRE elected as Chairman')
    if not any(w.lower() in ORGANISATION_WORDS for w in name):
        return False
    own = {w.lower() for w in NAME_WORD_RE.findall(own_body)} | OWN_KIND_WORDS | {_acronym(own_body)}
    named = [w.lower() for w in name if w.lower() != "the"]
    # one word before the own body's kind may be a run-in label, not a name: 'Training Committee approved AG and CD
    # to attend' (North of Tyne LPC's item 'Training'), '• Treasurer ... Committee agreed'
    return len(named) > 1 and any(w not in own for w in named[1:]) or (len(named) == 1 and named[0] not in own) \
        or other_kind(named, own_body)


def other_kind(named: list[str], own_body: str) -> bool:
    """Whether a name (its words in lower case) is of a kind of body the meeting's own is not: its last word a kind
    ('committee') that the own body's name, itself of some kind ('Suffolk Libraries IPS - Board'), does not carry."""
    own = {w.lower() for w in NAME_WORD_RE.findall(own_body)}
    return bool(named) and named[-1] in KIND_WORDS and named[-1] not in own and bool(own & KIND_WORDS)
