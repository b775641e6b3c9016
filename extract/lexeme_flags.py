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
from spacy.lang import lex_attrs
from spacy.matcher import Matcher
from spacy.vocab import Vocab

# word attributes a lexeme holds (token-level ones, such as NORM, can differ from the lexeme's)
WORD_ATTRS = ("ORTH", "LOWER", "SHAPE", "LENGTH", "PREFIX", "SUFFIX")
FIRST_FREE_FLAG = 19  # spaCy's own flags (IS_ALPHA ... IS_CURRENCY) take bits 1 to 18


def _word_test(key: tuple, base, op: str, arg):
    """One predicate on a word's string, as the vocabulary's getter for its flag. It runs once for
    every new word the tokenizer meets, so it is one closure chosen here rather than a dispatch on
    the operator per call; it carries its key so that another matcher on the same vocabulary
    reuses its flag."""
    if op in ("IN", "NOT_IN"):
        values = frozenset(arg)
        test = (lambda w: base(w) in values) if op == "IN" else (lambda w: base(w) not in values)
    elif op == "REGEX":
        search = re.compile(arg).search
        test = lambda w: search(base(w)) is not None  # noqa: E731
    else:
        compare = {"==": int.__eq__, "!=": int.__ne__, ">=": int.__ge__, "<=": int.__le__, ">": int.__gt__,
                   "<": int.__lt__}[op]
        test = lambda w: compare(base(w), arg)  # noqa: E731
    test.word_test_key = key
    return test


def _base(vocab: Vocab, attr: str):
    if attr == "ORTH":
        return lambda word: word
    if attr == "LENGTH":
        return len
    getter = vocab.lex_attr_getters.get(IDS[attr])
    # spaCy's own `lower` is str.lower behind one more Python call, made for every new word
    return str.lower if getter is lex_attrs.lower else getter


def _flag(vocab: Vocab, attr: str, op: str, arg) -> int | None:
    key = (attr, op, repr(sorted(arg) if isinstance(arg, (list, set, tuple, frozenset)) else arg))
    for bit, getter in vocab.lex_attr_getters.items():
        if getattr(getter, "word_test_key", None) == key:
            return bit
    free = next((b for b in range(FIRST_FREE_FLAG, 64) if b not in vocab.lex_attr_getters), None)
    base = _base(vocab, attr)
    if free is None or base is None:
        return None
    return vocab.add_flag(_word_test(key, base, op, arg), flag_id=free)


def word_flag(vocab: Vocab, name: str, test) -> int:
    """A flag that holds on every word for which `test(word)` holds, set by the vocabulary once per
    word (the same flag again when another component asks for it by the same name)."""
    key = ("WORD", name)
    for bit, getter in vocab.lex_attr_getters.items():
        if getattr(getter, "word_test_key", None) == key:
            return bit
    free = next((b for b in range(FIRST_FREE_FLAG, 64) if b not in vocab.lex_attr_getters), None)
    if free is None:
        raise RuntimeError("no lexeme flag is free for the word test " + name)

    def flag(word: str) -> bool:
        return test(word)
    flag.word_test_key = key
    return vocab.add_flag(flag, flag_id=free)


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
