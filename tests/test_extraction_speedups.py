"""Ways of running extraction faster must find exactly what the plain way finds, on real papers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutebook.extract import nlp as nlp_module
from minutebook.ingest.document import ReadError
from minutebook.ingest.pipeline import find_structure, read_document
from minutebook.serve import corpus_dir

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _passage_texts() -> list[str]:
    paths = sorted(corpus_dir().glob("*.pdf")) + sorted(corpus_dir().glob("*.html"))
    if (SHARED / "real").is_dir():
        paths += sorted((SHARED / "real").glob("*.pdf"))[:8]
    texts = []
    for path in paths:
        try:
            doc = read_document(str(path), ocr=False)
        except ReadError:  # a scan: OCR is not what this compares
            continue
        texts += [re.sub(r"(?<=[a-z])\(", " (", p.text) for p in find_structure(doc).passages]
    return texts


def test_person_matcher_with_word_flags_finds_what_the_plain_rules_find(monkeypatch):
    flagged = nlp_module.build_default()
    monkeypatch.setattr(nlp_module, "with_word_flags", lambda matcher, vocab: matcher)
    plain = nlp_module.build_default()
    texts = _passage_texts()
    assert len(texts) > 200
    found = 0
    for text in texts:
        a, b = plain(text), flagged(text)
        raw_a = sorted((plain.vocab.strings[k], s, e) for k, s, e in plain.get_pipe("person_matcher").matcher(a))
        raw_b = sorted((flagged.vocab.strings[k], s, e) for k, s, e in flagged.get_pipe("person_matcher").matcher(b))
        assert raw_a == raw_b, text
        assert [(s.start, s.end) for s in a.spans.get("people", [])] == [(s.start, s.end) for s in b.spans.get("people", [])]
        found += len(raw_a)
    assert found > 100  # the rules do match on these papers: the comparison is not of two empty lists


def test_word_flags_are_shared_by_matchers_on_one_vocabulary():
    nlp = nlp_module.build_default()
    flags = lambda: sorted(bit for bit, getter in nlp.vocab.lex_attr_getters.items() if hasattr(getter, "word_test_key"))
    before = flags()
    assert before, "the person matcher's word tests became flags"
    nlp_module.PersonMatcher(nlp, "again")
    assert flags() == before
