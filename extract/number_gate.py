"""A pattern of the form 'one of these words, then a number' asked only of a sentence in which one
of its words stands right before a number.

The non-figure patterns of statistics ('item 5', 'District: 3', 'Act 1972', 'Route 66', 'Sept 29')
begin with a case-insensitive alternation of words, so the regex engine tries every word at every
position of a sentence before it fails; on sentences with a bare count they all run, and the list
of labels ('item|items|page|...|report') alone was a fifth of the statistics' time. Each of their
matches has one of the words, then only spaces, '(', '.' or ':', then the first digit of a run of
digits. So the words that stand that way before each run of digits of the sentence (read once a
sentence, a few runs each) tell which of these patterns can match at all; a pattern whose words are
not among them finds nothing, and one whose words are runs as before, on the whole sentence.

Which patterns have this form, and their words, is read from each pattern's own text: a pattern
edited later is gated by its new words, or not at all when it no longer has the form."""

from __future__ import annotations

import re

from .literal_gate import fold

# what may stand between the word and the number in a gated pattern, and what is skipped back over
SEPARATORS = frozenset("(.:")
# the characters that IGNORECASE lets match [a-z] (literal_gate.fold turns them into ASCII)
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a")

_HEAD = re.compile(r"\(\?i\)(?:\\b|\(\?<!\[a-z\]\))\(\?:(?P<words>[a-z|?\\.]+)\)(?P<prefix>\[a-z\]\*)?"
                   r"(?P<between>(?:\\s[*+]|\\\(\?|\\\.\?|:)*)\\d")
_WORD = re.compile(r"(?P<stem>[a-z]+?)(?P<optional>[a-z]\?)?(?:\\\.\?)?")
_DIGIT_RUN = re.compile(r"\d+")


def words_before_number(pattern: str) -> tuple[frozenset[str], bool] | None:
    """The words one of which stands right before a number in each match of `pattern` (lower case),
    and whether they are prefixes of that word rather than the whole word; None when the pattern is
    not of the form 'a case-insensitive word from a list, then separators, then a digit'."""
    m = _HEAD.match(pattern)
    if not m:
        return None
    words = set()
    for alternative in m.group("words").split("|"):
        w = _WORD.fullmatch(alternative)
        if not w:
            return None
        stem = w.group("stem")
        words.add(stem)
        if w.group("optional"):
            words.add(stem + w.group("optional")[0])
    return frozenset(words), bool(m.group("prefix"))


class NumberWords:
    """The words (folded to lower case) that stand before each run of digits of a sentence, across only
    spaces, '(', '.' and ':'; the word being the whole run of letters there."""

    __slots__ = ("sentence", "_words")

    def __init__(self, sentence: str):
        self.sentence, self._words = sentence, None

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            s, found = self.sentence, set()
            for m in _DIGIT_RUN.finditer(s):
                j = m.start()
                while j and (s[j - 1].isspace() or s[j - 1] in SEPARATORS):  # str.isspace is re's \s
                    j -= 1
                i = j
                while i and s[i - 1] in LETTERS:
                    i -= 1
                if i < j:
                    found.add(fold(s[i:j]))
            self._words = frozenset(found)
        return self._words

    def can_match(self, gate: tuple[frozenset[str], bool] | None) -> bool:
        if gate is None:
            return True
        words, prefixes = gate
        if prefixes:
            return any(w.startswith(p) for w in self.words for p in words)
        return not words.isdisjoint(self.words)
