"""The characters a pattern cannot match without, read from the pattern itself.

Statistics run some fifty non-figure patterns over every sentence with a bare count ('24/00108',
'.... 4', '(3)', '96-27 9'); most need a character that most sentences lack ('/', three full
stops, a bracket, a hyphen). The regex engine tries each such pattern at every position before it
fails. `required_characters` reads a pattern's parse and returns sets of characters such that every
match holds at least one character of each set; a sentence without one of a set cannot match, and
the pattern is not run on it. A sentence with them runs the pattern as before, so the answers are
the pattern's own.

Only characters without case are taken from a case-insensitive part (IGNORECASE lets 'K' match the
Kelvin sign, 's' the long s); a part the reading does not follow (a class with ranges or
categories, a group repeated perhaps zero times, a look-around) requires nothing, so the sets are
always necessary, never sufficient. Python's own parser (`re._parser`) is private: if it is missing
or changes shape, nothing is gated."""

from __future__ import annotations

import re

try:
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - another Python's re: no gate
    parser = C = None

MAX_SET = 8  # a larger set is in nearly every sentence: not worth testing


def _caseless(c: str, ignore_case: bool) -> bool:
    return not ignore_case or (c.isascii() and c.lower() == c.upper())


def _required(items, ignore_case: bool) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    for op, av in items:
        if op is C.LITERAL:
            c = chr(av)
            if _caseless(c, ignore_case):
                found.append(frozenset(c))
        elif op is C.IN:
            chars = set()
            for sub_op, sub_av in av:
                if sub_op is not C.LITERAL or not _caseless(chr(sub_av), ignore_case):
                    chars = None
                    break
                chars.add(chr(sub_av))
            if chars:
                found.append(frozenset(chars))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, _, sub = av
            if low >= 1:
                found += _required(sub, ignore_case)
        elif op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            found += _required(sub, case)
        elif op is C.BRANCH:
            firsts = [(_required(branch, ignore_case) or [None])[0] for branch in av[1]]
            if all(firsts):
                found.append(frozenset().union(*firsts))
        # AT, ASSERT, ASSERT_NOT, ANY, CATEGORY, GROUPREF, ...: nothing a match must hold
    return found


def required_characters(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of characters, each of which some character of every match of `pattern` (compiled with
    `flags`) belongs to."""
    if parser is None:
        return ()
    try:
        parsed = parser.parse(pattern, flags)
        sets = _required(parsed, bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unfamiliar parse: no gate rather than a wrong one
        return ()
    return tuple(dict.fromkeys(s for s in sets if len(s) <= MAX_SET))


def may_match(sets: tuple[frozenset[str], ...], text: str) -> bool:
    for chars in sets:
        for c in chars:
            if c in text:
                break
        else:
            return False
    return True


class CharGated:
    """A compiled pattern asked only of a text holding a character of each of its required sets; it
    answers search, match, fullmatch, finditer and findall as the pattern does (and anything else
    the pattern has, from the pattern itself)."""

    __slots__ = ("pattern", "sets")

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.sets = pattern, required_characters(pattern.pattern, pattern.flags)

    def search(self, text: str, *args):
        return self.pattern.search(text, *args) if may_match(self.sets, text) else None

    def match(self, text: str, *args):
        return self.pattern.match(text, *args) if may_match(self.sets, text) else None

    def fullmatch(self, text: str, *args):
        return self.pattern.fullmatch(text, *args) if may_match(self.sets, text) else None

    def finditer(self, text: str, *args):
        return self.pattern.finditer(text, *args) if may_match(self.sets, text) else iter(())

    def findall(self, text: str, *args):
        return self.pattern.findall(text, *args) if may_match(self.sets, text) else []

    def __getattr__(self, name):
        return getattr(self.pattern, name)
