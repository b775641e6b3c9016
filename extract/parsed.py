"""A passage as spaCy parsed it, with its sentences read once.

Several extractors walk each passage's sentences (statistics, decisions, actions, people), and
spaCy builds a sentence's text again from its tokens at every `.text`. A Parsed passage keeps
its sentences and their texts after the first walk, cut from the passage's own string (spaCy's
doc.text is that string exactly, and a sentence's text is doc.text[start_char:end_char]).
Everything else is the spaCy Doc's or Span's own."""

from __future__ import annotations

from spacy.tokens import Doc, Span


class Sentence:
    __slots__ = ("span", "text", "start_char", "end_char")

    def __init__(self, span: Span, text: str):
        self.span, self.start_char, self.end_char = span, span.start_char, span.end_char
        self.text = text[self.start_char:self.end_char]

    def __getattr__(self, name):
        return getattr(self.span, name)

    def __iter__(self):
        return iter(self.span)

    def __len__(self):
        return len(self.span)

    def __getitem__(self, i):
        return self.span[i]


class Parsed:
    __slots__ = ("doc", "text", "_sents")

    def __init__(self, doc: Doc, text: str):
        self.doc, self.text, self._sents = doc, text, None

    @property
    def sents(self) -> tuple[Sentence, ...]:
        if self._sents is None:
            self._sents = tuple(Sentence(s, self.text) for s in self.doc.sents)
        return self._sents

    def __getattr__(self, name):
        return getattr(self.doc, name)

    def __iter__(self):
        return iter(self.doc)

    def __len__(self):
        return len(self.doc)

    def __getitem__(self, i):
        return self.doc[i]
