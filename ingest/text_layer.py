"""Is a PDF page's text layer language? A font without a Unicode map gives glyph numbers read as
characters: 'hƉƉĞƌĂůĞƐ' for 'Upper Dales'. Such a page is read as a scan is (OCR), not taken as text."""

from __future__ import annotations

import re

MIN_LETTERS = 40  # fewer letters (a page number, a signature line) say nothing either way
# Latin Extended-A/B, IPA and the combining marks, and the Coptic letters of the Greek block: the
# code points a glyph number lands on when a font's own numbering is read as Unicode. Ordinary
# text in a Latin script uses a few of them (Welsh ŵ, Polish ł), never most of its letters.
ODD_RANGES = ((0x0100, 0x036F), (0x03E2, 0x03FF))
MOST_LETTERS_ODD = 0.3
# a token that reads as a word: letters of one alphabet, maybe with an apostrophe or hyphen
WORD_RE = re.compile(r"[A-Za-z\u00C0-\u00FF][a-z\u00DF-\u00FF'’\-]+|[A-Z]{2,}")
FEW_WORDS = 0.5


ODD_RE = re.compile("[" + "".join(f"\\u{lo:04X}-\\u{hi:04X}" for lo, hi in ODD_RANGES) + "]")


def _odd(c: str) -> bool:
    return any(lo <= ord(c) <= hi for lo, hi in ODD_RANGES)


def not_language(text: str) -> bool:
    """True when the page's letters are mostly odd code points and its tokens mostly not words."""
    # this runs on every page: first a count by the regular expression engine of the odd code points,
    # letters or not, which can only be more than the odd letters the rule below needs
    if len(ODD_RE.findall(text)) < MIN_LETTERS * MOST_LETTERS_ODD:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    if sum(map(_odd, letters)) / len(letters) < MOST_LETTERS_ODD:
        return False
    tokens = [t for t in text.split() if any(c.isalpha() for c in t)]
    words = sum(1 for t in tokens if WORD_RE.fullmatch(t.strip(".,;:()[]\"“”!?")))
    return words / len(tokens) < FEW_WORDS
