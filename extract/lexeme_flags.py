"""A spaCy Matcher whose word-list, regex and length tests are lexeme flags.

spaCy's Matcher checks a token attribute against a value in C, but a test such as
{"LOWER": {"IN": [...]}}, {"SHAPE": {"IN": [...]}}, {"TEXT": {"REGEX": ...}} or
{"LENGTH": {">=": 2}} is a Python call for every token of every passage: most of the person
matcher's time. Each of those tests depends on the word alone, so it is computed once per word
of the vocabulary instead and stored as a lexeme flag (spaCy sets it on every new word as the
tokenizer meets it), which the Matcher then checks in C. The matches are the same: a flag holds
exactly when the test holds on that word."""

from __future__ import annotations

import re

from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.vocab import Vocab

# word attributes a lexeme holds (token-level ones, such as NORM, can differ from the lexeme's)
WORD_ATTRS = ("ORTH", "LOWER", "SHAPE", "LENGTH", "PREFIX", "SUFFIX")
FIRST_FREE_FLAG = 19  # spaCy's own flags (IS_ALPHA ... IS_CURRENCY) take bits 1 to 18


class _WordTest:
    """One predicate on a word's string, kept on the vocabulary with its key so that another
    matcher on the same vocabulary reuses its flag."""

    def __init__(self, key: tuple, base, op: str, arg):
        self.key, self.base, self.op = key, base, op
        self.arg = frozenset(arg) if op in ("IN", "NOT_IN") else re.compile(arg) if op == "REGEX" else arg

    def __call__(self, word: str) -> bool:
        value = self.base(word)
        if self.op == "IN":
            return value in self.arg
        if self.op == "NOT_IN":
            return value not in self.arg
        if self.op == "REGEX":
            return bool(self.arg.search(value))
        return {"==": value == self.arg, "!=": value != self.arg, ">=": value >= self.arg, "<=": value <= self.arg,
                ">": value > self.arg, "<": value < self.arg}[self.op]


def _base(vocab: Vocab, attr: str):
    if attr == "ORTH":
        return lambda word: word
    if attr == "LENGTH":
        return len
    return vocab.lex_attr_getters.get(IDS[attr])


def _flag(vocab: Vocab, attr: str, op: str, arg) -> int | None:
    key = (attr, op, repr(sorted(arg) if isinstance(arg, (list, set, tuple, frozenset)) else arg))
    for bit, getter in vocab.lex_attr_getters.items():
        if isinstance(getter, _WordTest) and getter.key == key:
            return bit
    free = next((b for b in range(FIRST_FREE_FLAG, 64) if b not in vocab.lex_attr_getters), None)
    base = _base(vocab, attr)
    if free is None or base is None:
        return None
    return vocab.add_flag(_WordTest(key, base, op, arg), flag_id=free)


def _translated(vocab: Vocab, spec: dict) -> dict:
    out = {}
    for name, value in spec.items():
        attr = "ORTH" if name.upper() == "TEXT" else name.upper()
        if isinstance(value, dict) and len(value) == 1 and attr in WORD_ATTRS:
            (op, arg), = value.items()
            numeric = attr == "LENGTH" and op in ("==", "!=", ">=", "<=", ">", "<") and isinstance(arg, int)
            strings = attr != "LENGTH" and (op in ("IN", "NOT_IN") and all(isinstance(a, str) for a in arg)
                                            or op == "REGEX" and isinstance(arg, str))
            bit = _flag(vocab, attr, op, arg) if numeric or strings else None
            if bit is not None:
                out[f"FLAG{bit}"] = True
                continue
        out[name] = value
    return out


def with_word_flags(matcher: Matcher, vocab: Vocab) -> Matcher:
    """A matcher with the same rules as `matcher`, its per-word tests turned into lexeme flags."""
    flagged = Matcher(vocab, validate=False)  # the schema knows no FLAGnn keys; the rules were validated once
    for key in list(matcher._patterns):
        on_match, patterns = matcher.get(key)
        flagged.add(vocab.strings[key], [[_translated(vocab, spec) for spec in pattern] for pattern in patterns],
                    on_match=on_match, greedy=matcher._filter.get(key))
    return flagged
