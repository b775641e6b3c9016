"""A post written in lower case, read as the post it is.

Minutes capitalise a post as often as not: 'The clerk was asked to complain to CGM' (Northwold), 'The
clerk agreed to keep a copy of the deed on file' (Wereham), 'clerk was instructed to purchase the
necessary paint' (Wereham), 'Our chair would contact the landowner'. The task rules find a post by its
capitals ('the Clerk', 'Our Chair', 'Minute Secretary'), as they find names, so these read as no one's.
`cased` gives the sentence with such a post capitalised, letter for letter the same length, so a task
found in it has the paper's own words at the same places (`as_printed`)."""

from __future__ import annotations

import re

# the posts every body has, with the words that qualify them; only after 'the' or 'our', or opening a clause in
# minute style ('clerk was instructed to ...'), where the word cannot be a common noun's use ('a clerk', 'clerks')
POST_RE = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bour\s)|(?<=\bThe\s)|(?<=\bOur\s)|(?<=[-–—:;,]\s)|^)"
    r"(?P<post>(?:(?:parish|town|locum|acting|deputy|assistant|minute|honorary|hon\.)\s+)?"
    r"(?:vice[- ])?(?:clerk|chair(?:man|woman|person)?|secretary|treasurer))\b(?![-'’])")


def cased(sentence: str) -> str:
    """The sentence with each lower-case post capitalised ('the clerk' -> 'the Clerk', 'our vice chair' ->
    'our Vice Chair'); the sentence itself when it has none."""
    if not any(w in sentence for w in ("clerk", "chair", "secretary", "treasurer")):
        return sentence
    return POST_RE.sub(lambda m: re.sub(r"\b[a-z]", lambda c: c.group(0).upper(), m.group("post")), sentence)


def as_printed(fact_text: str, sentence: str, read: str) -> str:
    """A fact's words, found in the cased sentence `read`, as the paper printed them in `sentence`."""
    at = read.find(fact_text)
    return sentence[at:at + len(fact_text)] if at >= 0 else fact_text
