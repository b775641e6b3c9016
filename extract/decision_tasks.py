"""Work a meeting's decision gives someone of the paper: 'Resolved: (1) That GK log comments online', 'It was agreed
that the Clerk complete the application form'. Each part of the decision that names a person or post as the one to do
it is also that doer's action, linked to the decision by its passage, unless an action of the same item already gives
that doer that task (the discussion before a resolution and the resolution are one task)."""

from __future__ import annotations

import re

from . import action_facts
from . import actions as act
from .action_match import stems
from .action_split import split_sentences

# a resolution's parts: '(1) ', '2) ', 'b) ' at the start or after a space
PART_RE = re.compile(r"(?:^|(?<=\s))\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)\s+")
# the passages a decision's text may run over, after its own
NEAR = 3
# a part in the bare subjunctive with any verb: 'That GK log comments online', 'That HR use the highlighted areas ...
# to respond to the consultation online' (Wereham): only a resolution words a task so, and TASK_VERBS cannot list every
# deed a resolution sets
BARE_SUBJUNCTIVE_RE = re.compile(
    rf"^\W*(?:[Tt]hat\s+)(?P<subject>{act.ROLE_PHRASE}|{act._NAME})\s+(?P<verb>[a-z]{{2,}})\b(?P<rest>[^.;]*)")
# words that follow a subject without being its deed: auxiliaries and links ('That John Cross be appointed'), and the
# verbs of holding an office or a view ('That Cllr Smith remain as Chair')
NOT_A_DEED = frozenset("""be is are was were has have had will would should shall may might must can could not also and
or of to in on for with at as by from the a an who which whose remain continue stay serve act hold become agree
thanked feel consider""".split())


def decision_tasks(structure, registry, facts) -> None:
    """Each meeting decision's parts that give a named doer work, stored as that doer's actions."""
    for decision in facts["decisions"]:
        if decision.get("source") != "meeting":
            continue
        for fact in _assigned(decision, registry):
            if not _stored_already(fact, decision, facts["actions"], registry):
                action_facts.store(facts, structure, registry, decision["passage"], fact)


def _assigned(decision: dict, registry) -> list[act.ActionFact]:
    """The parts of one decision that name who does the work, as actions of its passage."""
    found = []
    opening = act.DECISION_OPENING_RE.match(decision["text"])
    for part in _parts(decision["text"]):
        read = [f for f in act.implicit(part, registry, decision["page"], decision["passage"]) if _named(f.owners)]
        if not read and (opening or re.match(r"\W*[Tt]hat\s", part)):
            read = _bare_subjunctive(re.sub(r"^\W*(?:resolved|agreed)\W*", "", part, flags=re.I), part, registry, decision)
        found += [_as_resolved(f) for f in read]
    return found


def _parts(text: str) -> list[str]:
    parts = []
    for piece in PART_RE.split(" ".join(text.split())):
        parts += [s.strip() for s in split_sentences(piece) if len(s.strip()) > 12]
    return parts


def _bare_subjunctive(clause: str, part: str, registry, decision: dict) -> list[act.ActionFact]:
    m = BARE_SUBJUNCTIVE_RE.match(clause)
    if not m or m.group("verb") in NOT_A_DEED or re.search(r"(?:ed|ing|ly)$|[^s]s$", m.group("verb")):
        return []
    owners = act.named_doers(m.group("subject"), registry)
    if not _named(owners) or not m.group("rest").strip():
        return []
    return [act.ActionFact(text=part, description=part, owners=owners, page=decision["page"],
                           block=decision["passage"], rule="decision-assigned")]


def _named(owners: list[tuple[str, str]]) -> bool:
    """A person or a post of this body, not an unknown group or a set of initials the paper does not define."""
    return bool(owners) and all(kind in ("person", "role") for _, kind in owners)


def _as_resolved(fact: act.ActionFact) -> act.ActionFact:
    fact.rule = "decision-assigned"
    return fact


def _stored_already(fact: act.ActionFact, decision: dict, actions: list[dict], registry) -> bool:
    """An action near the decision (its item, or the few passages a decision's text runs over) for the same deed by
    the same doer (or by no one named), or printed in the same words: the discussion's sentence and the resolution that
    restates it, or the sentence after 'Resolved' that the decision took in, are one task."""
    doers = {registry.resolve(name).lower() if kind == "person" else name.lower() for name, kind in fact.owners}
    words = set(stems(fact.description))
    mine = _plain(fact.description)
    for a in actions:
        near = abs(a["passage"] - decision["passage"]) <= NEAR or (
            decision["item"] is not None and a["item"] == decision["item"] and a["meeting"] == decision["meeting"])
        if not near:
            continue
        theirs = {o["name"].lower() for o in a["owners"]}
        printed = _plain(a["description"])
        if printed and (printed in mine or mine in printed):
            return True
        if (doers & theirs or not theirs) and action_facts.covers(words, set(stems(a["description"]))):
            return True
    return False


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
