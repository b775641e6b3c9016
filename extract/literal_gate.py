"""A costly pattern asked only of a text that holds one of the words it cannot match without.

Many rules are case-insensitive regexes that start with a character class or a lazy run
('[A-Z][\\w ]{1,40}?\\s*\\(moved\\)'), so the regex engine tries every position of every sentence
before it fails: a moved-and-seconded pattern cost more on a sentence without "second" in it than
the rest of the sentence's decision rules together. Every match of such a pattern contains one
of a few literal words; a substring test for them, over the text folded to lower case once, is
a necessary condition and costs next to nothing. The answers are the pattern's own: when a word
is there the pattern runs as before, and when none is there the pattern could not have matched.
The folding (ingest/text_fold.py) agrees with re's IGNORECASE on every character that matches
an ASCII letter."""

from __future__ import annotations

import re

from ..ingest.text_fold import fold


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

    def sub(self, repl, text: str, count: int = 0, *, folded: str | None = None) -> str:
        folded = fold(text) if folded is None else folded
        if any(map(folded.__contains__, self.words)) and (not self.also or any(map(folded.__contains__, self.also))):
            return self.pattern.sub(repl, text, count)
        return text  # (what the pattern's sub gives a text it cannot match)

    def finditer(self, text: str, *, folded: str | None = None):
        folded = fold(text) if folded is None else folded
        if any(map(folded.__contains__, self.words)) and (not self.also or any(map(folded.__contains__, self.also))):
            return self.pattern.finditer(text)
        return iter(())
