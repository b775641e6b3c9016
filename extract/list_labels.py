"""A list item's label by its shape: '(1)', '1)', '1.', '(a)', 'a)', a bullet, or none. The parts of a resolution, the
points a lead-in introduces and an agenda's lettered sub-items are told apart by whether their labels keep one shape."""

from __future__ import annotations

import re

LABEL_SHAPES = ((re.compile(r"^\s*\(\d{1,3}\)"), "(1)"), (re.compile(r"^\s*\d{1,3}\)"), "1)"),
                (re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s"), "1."), (re.compile(r"^\s*\((?:[ivx]{1,4}|[a-z])\)"), "(a)"),
                (re.compile(r"^\s*(?:[ivx]{1,4}|[a-z])[.)]\s"), "a)"), (re.compile(r"^\s*[•·●▪◦‣*–-]"), "•"))


def label_shape(text: str) -> str:
    return next((shape for pattern, shape in LABEL_SHAPES if pattern.match(text)), "")
