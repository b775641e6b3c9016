"""Whether a passage is scattered fragments rather than written text: the OCR of a drawing, a site plan, a map
or a form ('qe } ca oJ} LANDSCAPED 8 la = : AREA 3 2', Gardena's parcel map), or a table cell whose words the
reader broke ('Mayoral Power of | Pag | x e 13 | X', Kent). The digits strewn in such a passage are labels,
scale marks or broken words, never how many of something.

Written text, in any layout, is made of words: a table's cells hold names and abbreviations, a list its
markers ('a.', 'iv)'), an attendance list initials before surnames. What OCR makes of lines and hatching is
not: symbols no writer types ('}', '=', '°', '■'), case that changes inside a word ('oJ', 'pS'), one- and
two-letter scraps that are no English word ('qe', 'ma', 'aq'), and capitals standing alone ('r q Fs | = 5').
A passage where a third or more of the words are such scraps is fragments."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# a character no writer types in running text or a table (a table's own bars are dropped before)
STRAY_SYMBOL_RE = re.compile(r"[^\w\s.,;:()\[\]!?'’‘\"“”&/%£$€@#+*\-–|]")
NUMBER_RE = re.compile(r"[\d.,/%£$€-]+")
LIST_MARKER_RE = re.compile(r"\(?(?:[a-z]|[ivx]{1,4})[.)]")
# case that changes inside a word, except in names and brands that print so ('McDonald', 'DeVries', 'eBay')
INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")
CAMEL_NAME_RE = re.compile(r"(?:Mc|Mac|O')?[A-Z][a-z]+[A-Z][a-z]+|[a-z]+[A-Z][a-z]+|[A-Z]+s")
# the short words English writes that are no stop word: times, ordinals, titles, abbreviations
SHORT_WORDS = frozenset(w for w in STOP_WORDS if len(w) <= 2) | {
    "am", "pm", "st", "nd", "rd", "th", "mr", "ms", "dr", "eg", "ie", "vs", "ok", "km", "kg", "ft", "mph", "hr"}
# a capital alone is an initial when a name follows ('J Smith'), a word when it is 'A' or 'I'
NAME_NEXT_RE = re.compile(r"[A-Z][a-z]")
SCRAPS_SHARE = 1 / 3
MIN_SCRAPS = 2
# the shape of a passage shows in its first words: a long passage is not read to its end
WORDS_READ = 120


# a capital alone that is neither 'A' nor 'I' nor followed by a full stop: an initial when a name follows it
_INITIAL = "initial"


def _scrap(token: str, following: str) -> bool | None:
    """Whether a token is a scrap; None for a number, which says nothing either way."""
    kind = _token_kind(token)
    return not NAME_NEXT_RE.match(following) if kind is _INITIAL else kind


@lru_cache(maxsize=8192)
def _token_kind(token: str) -> bool | None | str:
    """_scrap's answer from the token alone (a passage's words recur: 111,000 asks for the bench's papers),
    or _INITIAL when the word after it decides."""
    if STRAY_SYMBOL_RE.search(token):
        return True
    core = token.strip(".,;:()[]!?'\"’‘“”")
    if not core or NUMBER_RE.fullmatch(core):
        return None
    if LIST_MARKER_RE.fullmatch(token):
        return False
    if INNER_CAPITAL_RE.search(core) and not CAMEL_NAME_RE.fullmatch(core):
        return True
    if len(core) <= 2 and core.islower():
        return core not in SHORT_WORDS
    if len(core) == 1 and core.isupper():
        return _INITIAL if core not in "AI" and not token.endswith(".") else False
    return False


def reads_as_fragments(text: str) -> bool:
    """True when a third or more of the passage's words (and at least two) are scraps no writer makes."""
    tokens = [t for t in text.split(None, WORDS_READ)[:WORDS_READ] if t != "|"]
    judged = [s for s in (_scrap(t, tokens[i + 1] if i + 1 < len(tokens) else "") for i, t in enumerate(tokens))
              if s is not None]
    scraps = sum(judged)
    return scraps >= MIN_SCRAPS and scraps >= SCRAPS_SHARE * len(judged)
