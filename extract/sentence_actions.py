"""The trained sentence classifier (extract/sentence_model.py) as one more signal on the
implicit actions of minutes, where rules written for some bodies miss the wording of others.

It combines with the rules in one way, only on the sentences the implicit rules read (minutes
passages of papers without an action column, outside marked sections): a sentence no rule took,
scored ACTION >= ADD_AT, whose subject is a person, a post or a group of the paper, becomes an
action owned by that subject (rule "model"). Nothing the rules found is removed: dropping
implicit finds the model scores low was measured on held-out sources and removed mostly true
actions (17 of the 20 it would drop), so the model only adds."""

from __future__ import annotations

from . import actions as act
from .sentence_model import score

ADD_AT = 0.8
DROP_BELOW = 0.05  # only for the training script's comparison: extraction never drops (see above)
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who"}


def rescore(sentences: list[tuple[int, str, int]], found: list[tuple[int, act.ActionFact]], registry,
            add_at: float = ADD_AT) -> list[tuple[int, act.ActionFact]]:
    """`sentences`: (passage index, sentence, page) the implicit rules read; `found`: every
    action of the paper so far. Returns `found` with the model's additions."""
    if not sentences:
        return found
    scores = score([text for _, text, _ in sentences])
    if not any(scores):
        return found  # no model: rules only
    kept = list(found)
    taken = {(n, f.text) for n, f in kept}
    for (n, text, page), s in zip(sentences, scores):
        if (n, text) in taken or s.get("ACTION", 0.0) < add_at:
            continue
        owners = act.subject_owners(text, registry)
        if owners:
            # "She undertook to report ...": someone is tasked, but a pronoun names no owner
            owners = [o for o in owners if o[0].lower() not in PRONOUNS]
            kept.append((n, act.ActionFact(text=text, description=text, owners=owners, page=page, block=n, rule="model")))
    return kept
