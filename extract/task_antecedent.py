"""The sentence a task with no subject of its own points back to. Pure text, no database.

Minutes set many tasks in words that name no subject: 'The Board unanimously agreed the need for
this group [the Staff Advisory Group] to continue ... The General Manager will meet with them both
to discuss the future'; 'There has been no progress with the marking of a disabled space in the
High Street. Cllr Fatemian to chase.' What the task is about is the sentence before it in its
paragraph, and a later paper reports on it in that sentence's words ('The Committee are delighted
that the Staff Advisory Group is continuing'), never in the task's own ('meet', 'chase')."""

from __future__ import annotations

import re

from .action_match import Vocabulary, stem
from .close_evidence import subject_word
from .close_theme import party_words

# a sentence ends at a full stop, question or exclamation mark before a capital or a digit, not
# at a title or an initial before a name ('Cllr. J. Davies', 'Mr. Bowen', 'St. Mary's')
_END_RE = re.compile(r"(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bRev)(?<!\bNo)(?<!\b[A-Z])"
                     r"[.!?]\s+(?=[A-Z0-9‘'\"“])")


def sentence_before(paragraph: str, task: str) -> str:
    """The sentence just before `task` in `paragraph`, or '' when the task opens the paragraph
    or is not found in it (found by its opening words, whatever spacing the two have)."""
    flat = " ".join((paragraph or "").split())
    head = " ".join((task or "").split())[:60]
    at = flat.find(head) if head else -1
    if at <= 0:
        return ""
    before = flat[:at].rstrip()
    pieces = [p for p in _END_RE.split(before) if p.strip()]
    return pieces[-1].strip() if pieces else ""


# what a task makes or how it is taken on, never what it is about: 'produce a paper', 'check this
# document', 'offered to attend' name no subject, whatever body writes them
TASK_FORMS = frozenset(stem(w) for w in """paper papers report reports document documents note notes proposal proposals
    summary draft produce produced prepare offer offered volunteer volunteered""".split())


def own_subject_words(task: str, words: dict[str, float]) -> dict[str, float]:
    """The task's words less what it makes and the groups it goes to ('for the next Finance and
    Audit Committee' is where the paper goes, not what it is about)."""
    parties = {stem(w) for w in party_words(task)}
    return {k: w for k, w in words.items() if k not in TASK_FORMS and k not in parties}


def antecedent_subject(vocab: Vocabulary, task: str, paragraph: str, not_subject: frozenset[str]) -> dict[str, float]:
    """When the task's own words name no subject ('Cllr Fatemian to chase', 'NS to arrange a
    date'), the subject words of the sentence before it in its paragraph ('There has been no
    progress with the marking of a disabled space in the High Street.'), weighted by their rarity
    in the body's papers; {} for a task with a subject of its own. `not_subject`: the doing of a
    task and the body's own names and people."""
    if any(subject_word(k, w, vocab.rare, not_subject) for k, w in own_subject_words(task, vocab.vector(task)).items()):
        return {}
    return {k: w for k, w in vocab.vector(sentence_before(paragraph, task)).items()
            if subject_word(k, w, vocab.rare, not_subject)}
