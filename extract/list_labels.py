"""A list item's label by its shape: '(1)', '1)', '1.', '(a)', 'a)', a bullet, or none. The parts of a resolution, the
points a lead-in introduces and an agenda's lettered sub-items are told apart by whether their labels keep one shape."""

from __future__ import annotations

import re

LABEL_SHAPES = ((re.compile(r"^\s*\(\d{1,3}\)"), "(1)"), (re.compile(r"^\s*\d{1,3}\)"), "1)"),
                (re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s"), "1."), (re.compile(r"^\s*\((?:[ivx]{1,4}|[a-z])\)"), "(a)"),
                (re.compile(r"^\s*(?:[ivx]{1,4}|[a-z])[.)]\s"), "a)"), (re.compile(r"^\s*[•·●▪◦‣*–-]"), "•"))


def label_shape(text: str) -> str:
    return next((shape for pattern, shape in LABEL_SHAPES if pattern.match(text)), "")


# any decision whose sentence ends on a colon: what it decided follows ('As Cabinet Member for ... I agree to:' then
# APPROVE ... / DELEGATE ... (Kent's records of decision), 'the Scrutiny Committee unanimously agreed the following
# motion:' (Kent), 'It was agreed that NO would instruct Nicholsons to carry out work on the following trees:'
# (Souldern), 'Mr X proposed and Mr Y seconded the following amendment to the motion set out in paragraph 5:' (Kent));
# a lead-in may name at length what follows: 'RESOLVED The Parish Council agreed the following response to the Borough
# Council regarding Green Space provision:' (Stoke Ferry), 'The following planning applications were discussed and
# there were no objections to any of them:' (Souldern)
LEAD_IN_RE = re.compile(r"(?i)(?:\bfollowing\b[^.:;]{0,100}|\b(?:to|that|notes|below|resolves?)\s*):\s*$")
