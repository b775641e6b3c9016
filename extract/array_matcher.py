"""A spaCy Matcher's rules run over a batch of docs at once, as arrays.

spaCy's Matcher walks every token of every doc through a state machine, one doc at a time: the
person matcher's rules cost more than a tenth of extraction there. Rules whose tokens test only
word attributes for equality (ORTH, LOWER, IS_TITLE, lexeme flags, ...) with the operators "?" and
"{n,m}" have a fixed set of lengths, so each rule is a few alternatives of fixed length, and an
alternative matches at a position exactly when every one of its token tests holds at its offset
there: a handful of numpy operations over all the tokens of a batch of docs. The matches are the
Matcher's: the same (key, start, end) triples, each once (spaCy drops the duplicates that reach one
triple by two paths too). A rule this cannot express leaves the whole matcher to spaCy."""

from __future__ import annotations

import itertools
import re

import numpy
from spacy.attrs import IDS, LENGTH, LOWER, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.matcher import Matcher
from spacy.tokens import Doc

# attributes a token takes from its word alone, as Doc.to_array and the Matcher both read them
# (ids below 64 are the lexeme flags: IS_ALPHA ... IS_CURRENCY and any FLAGnn)
WORD_ATTRS = {ORTH, LOWER, SHAPE, PREFIX, SUFFIX, LENGTH}
QUANTIFIER = re.compile(r"\{(\d*)(,?)(\d*)\}")


class Unsupported(ValueError):
    """A rule uses a test or operator the array form does not have."""


def _repeats(op: str | None) -> range:
    if op is None or op == "1":
        return range(1, 2)
    if op == "?":
        return range(0, 2)
    m = QUANTIFIER.fullmatch(op or "")
    if not m or not m.group(3):
        raise Unsupported(f"operator {op!r}")
    low = int(m.group(1) or 0)
    high = int(m.group(3)) if m.group(2) else low
    return range(low, high + 1)


class ArrayMatcher:
    def __init__(self, matcher: Matcher):
        self.vocab = matcher.vocab
        self.fallback = matcher
        self.columns: list[int] = []  # the attribute ids read from each doc, in order
        self.alternatives: list[tuple[int, tuple[tuple[tuple[int, int], ...], ...]]] = []
        try:
            for key in list(matcher._patterns):
                _, patterns = matcher.get(key)
                for pattern in patterns:
                    tokens = [(self._tests(spec), spec.get("OP")) for spec in pattern]
                    for counts in itertools.product(*(_repeats(op) for _, op in tokens)):
                        expanded = tuple(tests for (tests, _), n in zip(tokens, counts) for _ in range(n))
                        if expanded and (key, expanded) not in self.alternatives:
                            self.alternatives.append((key, expanded))
        except Unsupported:
            self.alternatives = []
        self.usable = bool(self.alternatives)
        self._rows = numpy.zeros((0, len(self.columns)), dtype=numpy.uint64)  # a word's columns, one row a word
        self._row_of: dict[int, int] = {}  # word (orth id) -> its row

    def _word_rows(self, docs: list[Doc]) -> numpy.ndarray:
        """Every token's columns, as Doc.to_array(self.columns) gives them for the docs one after another. Every
        column is the word's own (WORD_ATTRS and lexeme flags), so a token's row is its word's: the docs give
        their words' ids alone, and each word new to the matcher has its row read once, from a doc of the new
        words (reading all the columns of every token was a third of the person matcher's time)."""
        orths = numpy.concatenate([d.to_array(ORTH) for d in docs if len(d)])
        unique, inverse = numpy.unique(orths, return_inverse=True)
        words = unique.tolist()
        new = [w for w in words if w not in self._row_of]
        if new:
            strings = self.vocab.strings
            rows = Doc(self.vocab, words=[strings[w] for w in new]).to_array(self.columns).reshape(len(new), -1)
            held = len(self._row_of)
            if held + len(new) > len(self._rows):  # room for twice as many words: each row is copied O(1) times
                grown = numpy.zeros((max(held + len(new), 2 * len(self._rows)), len(self.columns)), dtype=numpy.uint64)
                grown[:held] = self._rows[:held]
                self._rows = grown
            self._rows[held:held + len(new)] = rows
            self._row_of.update(zip(new, range(held, held + len(new))))
        at = numpy.fromiter((self._row_of[w] for w in words), dtype=numpy.int64, count=len(words))
        return self._rows[at[inverse]]

    def _tests(self, spec: dict) -> tuple[tuple[int, int], ...]:
        tests = []
        for name, value in spec.items():
            if name == "OP":
                continue
            attr = ORTH if name.upper() == "TEXT" else IDS.get(name.upper())
            if attr is None or not (attr < 64 or attr in WORD_ATTRS):
                raise Unsupported(f"attribute {name!r}")
            if isinstance(value, bool):
                value = int(value)
            elif isinstance(value, str):
                value = self.vocab.strings.add(value)
            elif not isinstance(value, int):
                raise Unsupported(f"test {value!r}")  # IN, REGEX, comparisons: spaCy's predicates
            if attr not in self.columns:
                self.columns.append(attr)
            tests.append((self.columns.index(attr), value))
        return tuple(tests)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        # one doc alone: numpy's cost per operation outweighs spaCy's walk, and the matches are the same
        return self.fallback(doc)

    def find(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """Every doc's matches, as the Matcher gives them: (key, start, end), each triple once."""
        if not self.usable:
            return [self.fallback(doc) for doc in docs]
        lengths = [len(d) for d in docs]
        total = sum(lengths)
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if not total:
            return found
        values = self._word_rows(docs)
        owner = numpy.repeat(numpy.arange(len(docs)), lengths)  # which doc each token of the batch is in
        offsets = list(itertools.accumulate([0] + lengths[:-1]))
        holds: dict[tuple, numpy.ndarray] = {}  # each token's tests, evaluated once for the batch

        def holding(tests):
            if tests not in holds:
                ok = numpy.ones(total, dtype=bool)
                for column, value in tests:
                    ok &= values[:, column] == numpy.uint64(value)
                holds[tests] = ok
            return holds[tests]

        seen = set()
        for key, tokens in self.alternatives:
            n = len(tokens)
            if n > total:
                continue
            ok = holding(tokens[0])[:total - n + 1].copy()
            for i in range(1, n):
                ok &= holding(tokens[i])[i:total - n + 1 + i]
            starts = numpy.flatnonzero(ok)
            starts = starts[owner[starts] == owner[starts + n - 1]]  # a match lies within one doc
            for start, d in zip(starts.tolist(), owner[starts].tolist()):
                match = (key, start - offsets[d], start - offsets[d] + n)
                if (d, match) not in seen:
                    seen.add((d, match))
                    found[d].append(match)
        return found
