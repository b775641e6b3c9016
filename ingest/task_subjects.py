"""Which words name what a task is about, when a body's papers are linked: not the doing ('contact',
'arrange', 'instruct'), not the body's or its people's names, and not where it is put ('agenda').
Two tasks are one only when they share such a word."""

from __future__ import annotations

from ..extract.action_match import Candidate, Vocabulary, combine, stem
from ..extract.close_evidence import subject_word
from ..extract.vote_subject import VOTE_WORDS

# the doing of a task and its outcome, whatever the task is about: a close must share more than
# these (verbs that are seldom a task's subject: not 'book', 'plan', 'order', 'post', 'table')
TASK_WORDS = frozenset(stem(w) for w in """contact investigate look check consider explore review ask enquire inquire
    chase liaise speak talk write approach follow send circulate arrange organise organize obtain seek get find provide
    prepare draft update report confirm inform advise discuss agree bring take make put help work progress resolve ensure
    request respond reply return meet received replied response confirmed approved completed done cost costs quote
    quotes price action actions investigated contacted asked spoke written sent arranged obtained provided attend
    instruct""".split())
AGENDA_WORDS = frozenset(stem(w) for w in ("agenda", "agendas"))  # where a task is put, not what it is about
VOTE_STEMS = frozenset(stem(w) for w in VOTE_WORDS)  # how a motion was put and carried, not what it is about


def not_subject_words(vocab: Vocabulary) -> frozenset[str]:
    """The doing of a task, and the body's own name and its people's names in any form ('Suffolk
    Libraries' in the papers of the Friends of a Library): what no close may rest on."""
    cached = getattr(vocab, "_not_subject", None)
    if cached is None:
        cached = TASK_WORDS | frozenset(stem(w) for w in vocab.ignore)
        vocab._not_subject = cached
    return cached


def shares_subject(a: Candidate, b: Candidate, vocab: Vocabulary) -> bool:
    """Two tasks of one meeting alike only in the doing ('CF to put on September Agenda' under one item,
    'CF to put on next agenda' under another, Souldern 2017) are two tasks: what each is about is its
    item's; worded alike under two items, they are one only when they share a word of a subject. The
    words of the motion that set them are none ('It was proposed by Cllr. D. Jenkins, seconded by ... and
    unanimously agreed that this work be carried out by Mr Bowen', then '... that Mr Thomas be asked to
    carry out the work', Manordeilo 2016: the fencing and the tree survey)."""
    not_subject = not_subject_words(vocab) | AGENDA_WORDS | VOTE_STEMS
    return any(subject_word(k, max(w, b.words[k]), vocab.rare, not_subject) for k, w in a.words.items() if k in b.words)


def subject_in_common(a: Candidate, b: Candidate, vocab: Vocabulary) -> bool:
    """A word of a subject that two tasks' words or items share ('Barclays': 'We have heard nothing from
    Barclays so David will chase this up' under the bank transfer's item)."""
    not_subject = not_subject_words(vocab)
    theirs = b.words_and_item
    return any(subject_word(k, max(w, theirs[k]), vocab.rare, not_subject) for k, w in a.words_and_item.items() if k in theirs)


def one_task_named(earlier: Candidate, later: Candidate, about: dict[str, float], vocab: Vocabulary) -> bool:
    """A later paper's task is an earlier paper's only when their own words (or, for a task that names
    no subject, the sentence before it that does: `about`) share a word of what it is about. Alike in
    the doing and the doer alone, they are two tasks, however closely worded: 'The Clerk to chase up
    Highways' (2010) and 'The Clerk will chase this up again' (the laurel bushes, 2012); 'Clerk to
    instruct.' one year and the next; a membership 'accepted subject to an additional signature' and a
    Complaints Policy 'accepted ... subject to adding the following wording'."""
    theirs = combine(later.words, about) if about else later.words
    not_subject = not_subject_words(vocab) | AGENDA_WORDS
    return any(subject_word(k, max(w, theirs[k]), vocab.rare, not_subject) for k, w in earlier.words.items() if k in theirs)
