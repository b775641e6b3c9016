"""The trained sentence classifier (extract/sentence_model.py) as one more signal on the
implicit actions of minutes, where rules written for some bodies miss the wording of others.

It combines with the rules in one way, only on the sentences the implicit rules read (minutes
passages of papers without an action column, outside marked sections): a sentence no rule took,
scored ACTION >= ADD_AT, whose subject is a person, a post or a group of the paper, becomes an
action owned by that subject (rule "model"). Nothing the rules found is removed: dropping
implicit finds the model scores low was measured on held-out sources and removed mostly true
actions (17 of the 20 it would drop), so the model only adds."""

from __future__ import annotations

import os

from . import actions as act
from .people import GROUP_WORDS
from .sentence_model import score

ADD_AT = 0.8
# the bar can be moved for a measurement (training/evaluate_lobo.py --add-at) without a code change
ADD_AT_ENV = "MINUTEBOOK_SENTENCE_ADD_AT"
DROP_BELOW = 0.05  # only for the training script's comparison: extraction never drops (see above)
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who"}


def rescore(sentences: list[tuple[int, str, int]], found: list[tuple[int, act.ActionFact]], registry,
            add_at: float | None = None) -> list[tuple[int, act.ActionFact]]:
    """`sentences`: (passage index, sentence, page) the implicit rules read; `found`: every
    action of the paper so far. Returns `found` with the model's additions."""
    if not sentences:
        return found
    if add_at is None:
        add_at = float(os.environ.get(ADD_AT_ENV) or ADD_AT)
    scores = score([text for _, text, _ in sentences])
    if not any(scores):
        return found  # no model: rules only
    kept = list(found)
    taken: dict[int, list[str]] = {}
    for n, f in kept:
        taken.setdefault(n, []).extend(_squeeze(t) for t in (f.text, f.description) if t)
    for (n, text, page), s in zip(sentences, scores):
        if s.get("ACTION", 0.0) < add_at or _taken(text, taken.get(n, ())):
            continue
        owners = [o for o in act.subject_owners(text, registry) if _owner_like(o)]
        if owners:
            kept.append((n, act.ActionFact(text=text, description=text, owners=owners, page=page, block=n, rule="model")))
    return kept


def _squeeze(text: str) -> str:
    return " ".join(text.lower().split())


def _taken(sentence: str, texts) -> bool:
    """A rule took the sentence, or a part of it: "LH agreed to apply for additional hedging ...
    and the Clerk to speak to the Handyman ..." split by the rules into two actions is not a
    sentence no rule took (the whole sentence added again was a third, wrong action: West
    Dereham, Oct 2016, leave-one-source-out run of 25 Nov 2026)."""
    s = _squeeze(sentence)
    return any(len(t) >= 12 and (t in s or s in t) for t in texts)


def _owner_like(owner: tuple[str, str]) -> bool:
    """A subject that can own the work: a person or a post, or a group by its word (Members,
    Trustees, the Committee, an acronym). subject_owners calls any other opening words a group,
    which let the model's additions be owned by "With the change" (kcc), "Clerk 5xv) With regard"
    (mscc), "I need all Cllr.'s" (sf), "MW said that he wished" (wtsb): all wrong additions in the
    leave-one-source-out run of 25 Nov 2026. A pronoun ("She undertook to report ...") names no owner."""
    name, kind = owner
    if name.lower() in PRONOUNS:
        return False
    return kind != "group" or bool(GROUP_WORDS.match(name.strip()))
