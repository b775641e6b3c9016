"""A costly pattern asked only of a text that holds one of the words it cannot match without.

Many rules are case-insensitive regexes that start with a character class or a lazy run
('[A-Z][\\w ]{1,40}?\\s*\\(moved\\)'), so the regex engine tries every position of every sentence
before it fails: a moved-and-seconded pattern cost more on a sentence without "second" in it than
the rest of the sentence's decision rules together. Every match of such a pattern contains one
of a few literal words; a substring test for them, over the text folded to lower case once, is
a necessary condition and costs next to nothing. The answers are the pattern's own: when a word
is there the pattern runs as before, and when none is there the pattern could not have matched.

Folding agrees with re's IGNORECASE on every character that matches an ASCII letter: besides
the ASCII capitals, re lets 'İ' and 'ı' match 'i', 'ſ' match 's' and the Kelvin sign match 'k'
(str.lower alone would turn 'İ' into two characters and leave 'ı' and 'ſ' alone)."""

from __future__ import annotations

import re

_ODD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_last_fold: tuple = (None, "")  # one tuple, replaced whole: a thread never reads one text's fold for another


def fold(text: str) -> str:
    """The text as IGNORECASE compares it with lower-case ASCII words (the last text's is kept: the
    gates of several patterns read one sentence in turn)."""
    global _last_fold
    last = _last_fold
    if text is last[0]:
        return last[1]
    low = text.lower()  # the Kelvin sign is 'k' already; 'İ' became 'i' and a combining dot
    if not (low.isascii() or not ("\u0131" in low or "\u017f" in low or "\u0307" in low)):
        low = text.translate(_ODD).lower()
    _last_fold = (text, low)
    return low


class Gated:
    """`pattern` with the literal (lower-case ASCII) words one of which each of its matches contains;
    search, match and finditer answer as the pattern does. `also`: a second list, one of which each
    match contains too (a pattern tried at every position whose first list holds a common word, such
    as ':' or 'to'). Pass `folded` (fold(text)) when several gates read the same text."""

    __slots__ = ("pattern", "words", "also")

    def __init__(self, pattern: re.Pattern, *words: str, also: tuple[str, ...] = ()):
        assert words and all(w.isascii() and w == w.lower() for w in words + tuple(also))
        self.pattern, self.words, self.also = pattern, words, also

    def can_match(self, text: str, *, folded: str | None = None) -> bool:
        folded = fold(text) if folded is None else folded
        # the loop in C: a gate has up to 30 words
        return any(map(folded.__contains__, self.words)) and (not self.also or any(map(folded.__contains__, self.also)))

    # search, match and finditer test the words themselves rather than through can_match: some 180,000
    # calls over 133 papers, where one more call with a keyword cost a fifth of a gate's time

    def search(self, text: str, *, folded: str | None = None):
        folded = fold(text) if folded is None else folded
        if any(map(folded.__contains__, self.words)) and (not self.also or any(map(folded.__contains__, self.also))):
            return self.pattern.search(text)
        return None

    def match(self, text: str, *, folded: str | None = None):
        folded = fold(text) if folded is None else folded
        if any(map(folded.__contains__, self.words)) and (not self.also or any(map(folded.__contains__, self.also))):
            return self.pattern.match(text)
        return None

    def finditer(self, text: str, *, folded: str | None = None):
        folded = fold(text) if folded is None else folded
        if any(map(folded.__contains__, self.words)) and (not self.also or any(map(folded.__contains__, self.also))):
            return self.pattern.finditer(text)
        return iter(())
