"""Whether a passage is written in English, told by its function words.

English prose cannot go far without its small words ('the', 'of', 'to', 'was', 'that'): they are a third or
more of the lower-case words of any English sentence. A passage of a bilingual paper in Welsh (or the
Spanish of a Californian agenda) has almost none, while its names, figures and dates look the same as in
English. The test asks only what English knows (spaCy's English stop words), so it needs no word list of
any other language."""

from __future__ import annotations

import re
import string
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

# one-letter words ('a', 'i') are words of Welsh too, and say nothing either way
FUNCTION_WORDS = frozenset(w for w in STOP_WORDS if len(w) >= 2)
LOWER_WORD_RE = re.compile(r"(?<![\w'’])[a-zà-öø-ÿŵŷ][^\W\d_]*(?:['’][^\W\d_]+)?")
# lists of names, addresses and dates have few lower-case words: too few to judge, and read as English
MIN_WORDS = 8
_PUNCTUATION = string.punctuation + "‘’“”–—…•"
MAX_SHARE = 0.1
# a list of names and sums ('Finance and Audit Sylvia Knights Jonathan Ogden ...', 'Clerk’s salary £118.44 ...
# K & M Lighting Services ...') runs long without them: a fifth of prose's words at the least
PROSE_SHARE = 0.2


def reads_as_english(text: str) -> bool:
    """False when the passage has enough lower-case words to judge and almost none of them are English
    function words."""
    words = [w for w in LOWER_WORD_RE.findall(text) if len(w) >= 2]
    if len(words) < MIN_WORDS:
        return True
    # each distinct word is looked up once, weighed by how often it stands in the passage
    known = sum(n for w, n in Counter(words).items() if w.split("'")[0].split("’")[0] in FUNCTION_WORDS or w in FUNCTION_WORDS)
    return known > MAX_SHARE * len(words)


def reads_as_prose(text: str) -> bool:
    """False when the text is long enough to judge and under a fifth of all its words, names and figures
    counted, are English function words: a list of the paper's names, payees and sums, not a statement."""
    words = [w.strip(_PUNCTUATION).lower() for w in text.split()]
    words = [w for w in words if w]
    if len(words) < MIN_WORDS:
        return True
    return sum(w in FUNCTION_WORDS for w in words) >= PROSE_SHARE * len(words)
