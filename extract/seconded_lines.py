"""A line that only says who proposed and who seconded, and at most how the vote went: 'Prop. JT, 2nd DC, All in
favour.' (Stoke Ferry), 'Prop. JB, 2nd GK, 5 in favour, 2 against.' (Wereham), 'Proposed CR; 2nd RD.', 'Prop: AM 2nd
CR' (Souldern). Parish minutes print it as a paragraph of its own under what it carried, so it is the record of a
decision whose words are the passage before: the vote of the decision minuted just above it (it gives that decision its
mover and seconder), or, where the passage above decides nothing the extractor reads as a decision ('The Chair advised
that a letter of application for co-option ... had been received from Jim Neal.'), the decision itself, named by that
passage."""

from __future__ import annotations

import re

from .decisions import ATTRIBUTION_RE, CUE_RE
from .movers import moved_and_seconded
from .vote_records import side_counts

# everyone or most for it: 'All in favour', 'all agreed', 'unanimously', 'Carried'
_CARRIED_RE = re.compile(r"(?i)\b(?:all\s+(?:in\s+favour|agreed|present\s+agreed)|unanimous(?:ly)?|nem\.?\s*con|carried|agreed|approved)\b")


def is_seconded_line(text: str) -> bool:
    """Whether the text is only a proposer/seconder line (with the vote's count or outcome, nothing moved in it)."""
    t = text.strip()
    # (a semicolon between the names, 'Proposed CR; 2nd RD.' (Souldern), read as the comma ATTRIBUTION_RE takes: only
    # here, where the line opens its passage; inside a passage 'Proposed: X; seconded: Y.' stays with its sentence)
    return len(t) < 160 and bool(ATTRIBUTION_RE.match(t.replace(";", ",", 1))) and moved_and_seconded(t)[0] is not None


def vote_kind(text: str) -> str | None:
    """'agreed' where the line says the vote carried (all in favour, a count with more for than against), else None."""
    counts = side_counts(text)
    if counts and counts.get("for") is not None:
        return "agreed" if counts["for"] > (counts.get("against") or 0) else "rejected"
    return "agreed" if _CARRIED_RE.search(text) else None


def decided_above(sentences: list[str], most: int = 600) -> list[str]:
    """What a seconded line opening its passage carried, in the passage above's sentences: back to the last sentence
    that holds a decision verb ('All resolved that the CGM quotation should be accepted with the following clauses: ...
    NC to seek advice on this from NALC. RL to keep a close eye on works. NC/JB to make initial contact.', Wereham), at
    most five sentences and `most` characters; where none holds one, the whole passage when it is short ('9.1.4 Need
    identified to check the field regularly for dog mess. NC was asked to include a point in the next G4 ...', Wereham);
    else [] (the caller names it otherwise)."""
    taken: list[str] = []
    for sentence in reversed(sentences[-5:]):
        taken.insert(0, sentence)
        if sum(map(len, taken)) > most:
            return []
        if CUE_RE.search(sentence):
            return taken
    return taken if len(sentences) <= 5 and sum(map(len, taken)) <= most // 2 else []
