"""Who took part in a meeting, said in a sentence whose subject they are, a clause or more from the verb.

A member co-opted or elected at the meeting signs their declaration and then sits with the council:
'Jim Neal received and signed a copy of a declaration ..., and joined the meeting with immediate
effect.' (Stoke Ferry), 'Mrs. Everitt then joined the Councillors' (Wereham), 'As Cllr Gail Boughen had
previously received the Code of Conduct, they were signed together with the declaration and she joined
the meeting.' (Stoke Ferry): present from then on. Someone not on the lists was there all the same:
'Ms Grehan had given her formal apologies but was attending the meeting virtually.' (Kent: a member,
present), 'Lucy Cornish was attending the meeting regarding the Playground' (Souldern: a guest, in
attendance). The name next to the verb is attendance_facts.ARRIVAL_RE's; these are further off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .people import status_of
from .literal_gate import Gated
from .roll_sentences import SENTENCE_END_RE

# joined the meeting, or the body's members: the councillors, the council, the board, the table
# (each asked of every passage: only where its verb is)
JOINED_RE = Gated(re.compile(r"\b(?:then\s+)?joined\s+the\s+(?i:meeting|councillors|council|board|table)\b"), "joined")
ATTENDING_RE = Gated(re.compile(r"\b(?:was|were)\s+attending\s+the\s+meeting\b"), "attending")
TITLE = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)"
# (a title starts a name, never goes on one: 'As Cllr Gail Boughen' is 'As' and 'Cllr Gail Boughen')
NAME_RE = re.compile(TITLE + r"?(?:[A-Z]\.\s*){0,2}[A-Z][a-z'’\-]+(?:\s+(?!" + TITLE + r")[A-Z][a-z'’\-]+){0,2}")
LONGEST_CLAUSE = 240  # characters between the name and the verb: one sentence, not a paragraph


@dataclass
class Said:
    candidates: list[str]  # who it may be, names with their titles as printed, likeliest first
    status: str  # 'present', or 'in_attendance' for a guest


def said_to_attend(text: str) -> list[Said]:
    """Each saying in the text that someone joined or was attending the meeting, with who it may be: the
    name opening the sentence, then the other names it gave before the verb, the nearest first. The
    caller keeps the first candidate that is a person."""
    out = []
    for verb in (JOINED_RE, ATTENDING_RE):
        for m in verb.finditer(text):
            start = max((e.end() for e in SENTENCE_END_RE.finditer(text, 0, m.start())), default=0)
            sentence = text[start:m.start()]
            if len(sentence) > LONGEST_CLAUSE:
                continue
            # the sentence's subject when it opens with a name; else ('... and she joined the meeting') the
            # names it gave before the verb, the nearest first
            names = list(NAME_RE.finditer(sentence))
            opening = names[:1] if names and names[0].start() == 0 else []
            candidates = [n.group(0) for n in opening + names[len(opening):][::-1]]
            # who joins sits with the members; who was attending is a guest unless a member's signs say otherwise
            member = verb is JOINED_RE or _sent_apologies(sentence)
            out.append(Said(candidates, "present" if member else "in_attendance"))
    return out


def _sent_apologies(sentence: str) -> bool:
    """A member's sign: apologies sent before they came after all ('had given her formal apologies but was attending'),
    a word the attendance labels read as a member's absence (people.status_of, the reading of every body's labels)."""
    return any(status_of(word.strip(".,;:")) == "apologies" for word in sentence.split())


def fullest(text: str, name: str) -> str:
    """The fullest form of a surname the text prints: 'Mrs. Everitt then joined' after 'Mrs. D. Everitt
    and M/s M. Norris were duly elected' is D. Everitt; the name itself when the text gives none or two."""
    last = name.split()[-1]
    fuller = {re.sub(r"^" + TITLE, "", m.group(0)) for m in NAME_RE.finditer(text) if m.group(0).split()[-1] == last}
    fuller = {f for f in fuller if len(f.split()) > len(name.split())}
    return fuller.pop() if len(fuller) == 1 else name
