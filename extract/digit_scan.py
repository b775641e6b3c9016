"""A pattern whose every match begins with a digit, tried only where a digit stands.

The figure patterns of statistics ('12%', '3 per 1,000', '25 metres', a bare count) and many of
the non-figure ones open with a look-behind and a number: the regex engine runs the look-behind
and fails on the next character at every position of a sentence, some 30 to 100 microseconds a
pattern on a sentence of 250 characters, for a dozen patterns on every sentence with a figure.
A match can begin only at a digit, so trying the pattern anchored at each digit of the sentence in
turn (a sentence has a few), past the end of the last match, finds what finditer finds: finditer
too looks for the leftmost match from the end of the last one, and a match anchored at a place is
the one a search finds there (look-behinds and word boundaries still see the text before it).

Whether a pattern opens with a digit is read from its parse (`re._parser`, private: if it is
missing or changes shape the pattern runs as before)."""

from __future__ import annotations

import re
from typing import Iterator

try:
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - another Python's re
    parser = C = None

_DIGIT = re.compile(r"\d")  # Unicode digits, as \d in the patterns (a superset of [0-9])
_last: tuple = (None, ())  # one tuple, replaced whole: a thread never reads one text's answer for another


def digit_positions(text: str) -> tuple[int, ...]:
    """Where the digits of `text` stand; the last text's answer is kept (several patterns read one sentence)."""
    global _last
    last = _last
    if last[0] is text or last[0] == text:
        return last[1]
    positions = tuple(m.start() for m in _DIGIT.finditer(text))
    _last = (text, positions)
    return positions


def _opens_with_digit(items) -> bool:
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: it is asked at the digit as the search would ask it there
        if op is C.IN:
            return bool(av) and all(
                (o is C.CATEGORY and a is C.CATEGORY_DIGIT) or (o is C.RANGE and 48 <= a[0] <= a[1] <= 57)
                or (o is C.LITERAL and 48 <= a <= 57) for o, a in av)
        if op is C.LITERAL:
            return 48 <= av <= 57
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            return av[0] >= 1 and _opens_with_digit(av[2])
        if op is C.SUBPATTERN:
            return _opens_with_digit(av[3])
        if op is C.BRANCH:
            if all(op2 in (C.AT, C.ASSERT, C.ASSERT_NOT) for branch in av[1] for op2, _ in branch):
                continue  # '(?:^|(?<=[.:;]\s))': zero-width whichever branch holds
            return all(_opens_with_digit(branch) for branch in av[1])
        return False
    return False


def opens_with_digit(pattern: re.Pattern) -> bool:
    """Whether every match of `pattern` begins with a digit (False when it cannot be told)."""
    if parser is None:
        return False
    try:
        return _opens_with_digit(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unfamiliar parse: run the pattern as before
        return False


class DigitLed:
    """`pattern`, its finditer and search tried at the digits only when every match opens with one;
    anything else is the pattern's own."""

    __slots__ = ("pattern", "led")

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.led = pattern, opens_with_digit(pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if not self.led:
            return self.pattern.finditer(text)
        return self._at_digits(text)

    def _at_digits(self, text: str) -> Iterator[re.Match]:
        match, end = self.pattern.match, 0
        for at in digit_positions(text):
            if at < end:
                continue
            m = match(text, at)
            if m:
                yield m
                end = m.end()  # never empty: it holds a digit

    def search(self, text: str):
        if not self.led:
            return self.pattern.search(text)
        return next(self._at_digits(text), None)

    def __getattr__(self, name):
        return getattr(self.pattern, name)
