"""spaCy's prefix and suffix rules asked only in the alternatives that can match the word's edge.

The tokenizer splits a word it has not met before with two regexes of some 260 alternatives
each: the prefixes, each opening with '^' ('^§', '^\\(', '^US\\$', ...), and the suffixes, each
ending in '$' (',$', "'s$", '(?<=[0-9])km$', ...). `re` tries every alternative in turn (the
suffixes at every position of the word), though a prefix can match only if it can open with
the word's first character, and a suffix only if it can close with its last. On papers the
process has not seen, this was most of the tokenizer's regex time.

Each alternative's possible first (or last) characters are read from its parse; the
alternatives that can meet a given character, in their order, make one smaller regex, built
the first time a word with that edge comes. Its leftmost match is the full regex's: an
alternative left out cannot match there, and among the rest the first to match at a place is
the one the full regex takes (look-behinds still see the word). The match's span is the full
search's; its groups are numbered in the smaller regex (spaCy reads only the span). A word
ending in a line break (where '$' also matches), an alternative whose edge cannot be told
('.$', a repeat that may be empty), and a regex that does not split cleanly fall back to the
full search.
"""

from __future__ import annotations

import re

try:
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - another Python's re
    parser = C = None

MAX_EDGES = 4096  # distinct edge characters remembered (a paper has a few hundred)


def top_level_alternatives(source: str) -> list[str] | None:
    """`source` cut at each '|' outside groups, classes and escapes (None when it does not cut cleanly)."""
    parts, depth, start, i, n = [], 0, 0, 0, len(source)
    in_class = False
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if source.startswith("^]", i + 1):  # a ']' opening a class is a member, not its end
                i += 2
            elif source.startswith("]", i + 1):
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(source[start:])
    return parts


def _edge(items: list, last: bool):
    """The code-point ranges of the character a match of `items` must open (or close) with, None when
    it cannot be told (any character may stand there, or nothing)."""
    items = list(reversed(items)) if last else list(items)
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the edge character is the next item's
        return _item_edge(op, av, last)
    return None


def _item_edge(op, av, last: bool):
    if op is C.LITERAL:
        return [(av, av)]
    if op is C.IN:
        ranges = []
        for o, a in av:
            if o is C.LITERAL:
                ranges.append((a, a))
            elif o is C.RANGE:
                ranges.append(tuple(a))
            else:
                return None  # NEGATE, CATEGORY (\w, \d ...): not told here
        return ranges
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _edge(sub.data, last)
    if op is C.BRANCH:
        ranges = []
        for branch in av[1]:
            edge = _edge(branch.data, last)
            if edge is None:
                return None
            ranges += edge
        return ranges
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, sub = av
        return _edge(sub.data, last) if low >= 1 else None
    return None


class EdgeDispatch:
    """`search` answers with the span `compiled.search` finds, for a regex whose every alternative is
    anchored at the start ('^...', `last` False) or at the end ('...$', `last` True) of the text.
    `pattern` is the source (spaCy serialises a tokenizer's rule as `<rule>.__self__.pattern`)."""

    def __init__(self, compiled: re.Pattern, last: bool):
        self.compiled, self.pattern, self.last = compiled, compiled.pattern, last
        self.alternatives: list[tuple[str, list | None]] | None = self._alternatives()
        self.by_edge: dict[str, re.Pattern | None] = {}

    def _alternatives(self):
        source, flags = self.pattern, self.compiled.flags
        # '^' and '$' at a line break, or letters in either case: the edge character is not the text's own
        if parser is None or not isinstance(source, str) or flags & (re.MULTILINE | re.IGNORECASE):
            return None
        if self.compiled.groups:
            return None  # a smaller regex would number its groups (and backreferences) differently
        parts = top_level_alternatives(source)
        if not parts or "|".join(parts) != source:
            return None
        anchored = (lambda p: p.endswith("$") and not p.endswith("\\$")) if self.last else (lambda p: p.startswith("^"))
        if not all(anchored(p) for p in parts):
            return None
        try:
            return [(p, _edge(parser.parse(p, flags).data, self.last)) for p in parts]
        except Exception:  # noqa: BLE001 - an unfamiliar parse: search as before
            return None

    def _for_edge(self, char: str) -> re.Pattern | None:
        code = ord(char)
        kept = [p for p, ranges in self.alternatives if ranges is None or any(lo <= code <= hi for lo, hi in ranges)]
        return re.compile("|".join(kept), self.compiled.flags) if kept else None

    def search(self, text: str):
        if self.alternatives is None or not text or (self.last and text[-1] == "\n"):
            return self.compiled.search(text)
        char = text[-1] if self.last else text[0]
        try:
            sub = self.by_edge[char]
        except KeyError:
            sub = self._for_edge(char)
            if len(self.by_edge) < MAX_EDGES:
                self.by_edge[char] = sub
        return sub.search(text) if sub is not None else None


class FromFirstOpening:
    """`finditer` answers as `compiled.finditer` does, searching from the first character of the text
    that one of its alternatives can open with. The infixes ('\\.\\.+', '(?<=[0-9])[+\\-*^](?=[0-9-])',
    a hyphen or a colon between letters, ...) each open with a punctuation mark or a symbol, and most words
    hold none: one scan for those characters replaces trying every alternative at every position. No
    match starts before that character, and look-behinds still see the text before it."""

    def __init__(self, compiled: re.Pattern):
        self.compiled, self.pattern = compiled, compiled.pattern
        self.words_open_none = False  # no alternative opens with a letter or a digit: a word of them is passed by
        self.openings: re.Pattern | None = self._openings()

    def _opening_chars_alphanumeric(self, edges) -> bool:
        return any(chr(c).isalnum() for edge in edges for lo, hi in edge for c in range(lo, hi + 1))

    def _openings(self) -> re.Pattern | None:
        source, flags = self.pattern, self.compiled.flags
        if parser is None or not isinstance(source, str) or flags & re.IGNORECASE:
            return None
        parts = top_level_alternatives(source)
        if not parts or "|".join(parts) != source:
            return None
        try:
            edges = [_edge(parser.parse(p, flags).data, False) for p in parts]
        except Exception:  # noqa: BLE001 - an unfamiliar parse: search as before
            return None
        if any(edge is None for edge in edges):
            return None  # an alternative that may open with anything (or match nothing)
        self.words_open_none = not self._opening_chars_alphanumeric(edges)
        ranges = [r for edge in edges for r in edge]
        # an ASCII text is scanned for the ASCII openings alone: the whole class, with its symbols beyond the
        # Basic Multilingual Plane, is a list of ranges that re walks at every character
        self.ascii_openings = _class([(lo, min(hi, 127)) for lo, hi in ranges if lo < 128])
        return _class(ranges)

    def finditer(self, text: str):
        if self.openings is None:
            return self.compiled.finditer(text)
        if self.words_open_none and text.isalnum():
            return iter(())  # (str.isalnum, in C, is far cheaper than the class's scan)
        first = (self.ascii_openings if text.isascii() else self.openings).search(text)
        return self.compiled.finditer(text, first.start()) if first is not None else iter(())


def _class(ranges: list[tuple[int, int]]) -> re.Pattern:
    if not ranges:
        return re.compile(r"(?!)")  # never matches
    return re.compile("[" + "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges) + "]")


def with_edge_dispatch(tokenizer) -> None:
    """The tokenizer's prefix and suffix rules asked only in their alternatives that can meet the word's edge,
    and its infix rule from the first character one of its alternatives can open with."""
    # each of the three setters loads the tokenizer's special cases again (some 540 of them, 0.04 s,
    # in the start-up every ingest waits for before its workers fork): they are set with none, then
    # given back once, which loads them against the three new rules as the last setter would
    rules = tokenizer.rules
    tokenizer.rules = {}
    try:
        for name, last in (("prefix_search", False), ("suffix_search", True)):
            search = getattr(tokenizer, name, None)
            compiled = getattr(search, "__self__", None)
            if isinstance(compiled, re.Pattern) and search == compiled.search:
                setattr(tokenizer, name, EdgeDispatch(compiled, last).search)
        finditer = getattr(tokenizer, "infix_finditer", None)
        compiled = getattr(finditer, "__self__", None)
        if isinstance(compiled, re.Pattern) and finditer == compiled.finditer:
            tokenizer.infix_finditer = FromFirstOpening(compiled).finditer
    finally:
        tokenizer.rules = rules
