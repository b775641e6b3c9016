"""An action to attend or hold an event is done once the event has been held: a later paper that
speaks of the event, after the date the action's own paper gave for it, reports it past, though it
never says 'attended' or 'held' ('SK and JO offered to attend. The first meeting
will take place on 1st October 2014', then November's 'Contract Sum Negotiations The Chair
discussed the contract sum negotiations with the Board'; 'the Halesworth meeting ... has been
rescheduled for 10th March 2014. The General Manager, Community Lead and Vice Chair will be
attending', then March's 'SK reported that the Halesworth Community Group had been advised').

The later sentence must name the event itself, not only the task's other business: a word on the
Antiques Street Market the trustees were to help at is no news that they went to 'the next Events
Group meeting, 24th August' before it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..extract.action_match import OUTCOMES, Vocabulary, stem, stems
from ..extract.action_split import split_sentences
from ..extract.action_status import Reading
from ..extract.close_evidence import PROCEDURE, subject_word
from .dates import find_dates

# the tasks whose outcome is an event held (action_match's outcomes: 'arrange', 'organise', 'plan' -> 'held'),
# and attending one
EVENT_TASKS = frozenset({stem("attend"), stem("hold")} | {v for v, outcomes in OUTCOMES.items() if stem("held") in outcomes})
CLAUSE_END = ",.;:(–—"  # what a task attends or holds is named by its words to its clause's end


@dataclass(frozen=True)
class Event:
    on: str  # the last date its paper gives for it (ISO day)
    words: frozenset[str]  # the stems that name it


def event_of(text: str, sub_item: str, date: str, vocab: Vocabulary) -> Event | None:
    """The event an action to attend or hold something is for, when its own sentence or the one next to
    it in its sub-item says when the event is, after the paper's date; None for any other action."""
    if _task_at(text) is None:
        return None
    try:
        reference = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    around = _neighbours(text, sub_item)
    for dated in ([text], around):
        days = [d.iso for s in dated for d in find_dates(s, reference=reference) if d.precision == "day" and d.iso > date]
        if days:
            break
    else:
        return None
    words = _what(text) or next((w for w in map(_what, around) if w), frozenset())
    if not words:
        # ('... will be attending.': what, the sentence saying when it is says)
        words = frozenset(k for s in dated for k in set(vocab.stems(s))
                          if k not in EVENT_TASKS and subject_word(k, vocab.weight(k), vocab.rare, frozenset()))
    return Event(max(days), words) if words else None


def held(event: Event | None, news: Reading, sentence: str, date: str) -> Reading:
    """A sentence speaking of an action to attend or hold an event, after the event's date, in words that
    name the event, with no news of its own: it has been held. News is left as it is: 'deferred' or 'not
    yet' say it has not, 'ongoing' that a run of meetings goes on. The sentence's own words must name it:
    under the item 'Update from the Events Group', a word on the market the group ran says nothing of the
    group's meeting the trustees were to attend."""
    if (event is None or news.status != "open" or news.state != "mentioned" or not date
            or event.on >= date or not event.words & set(stems(sentence))):
        return news
    return Reading("completed", "done", sentence[:80])


def _neighbours(text: str, sub_item: str) -> list[str]:
    """The sentences just before and after the action's own in its sub-item."""
    sentences = split_sentences(sub_item or "")
    head = " ".join((text or "").split())[:60]
    at = next((i for i, s in enumerate(sentences) if head and head in " ".join(s.split())), None)
    return [] if at is None else sentences[max(at - 1, 0):at] + sentences[at + 1:at + 2]


def _task_at(text: str) -> int | None:
    """Where the task's verb to attend or hold something is among its words (not a past tense: 'staff
    who attended the forums' is no task to attend)."""
    return next((i for i, w in enumerate((text or "").split())
                 if stem(w.strip(CLAUSE_END).lower()) in EVENT_TASKS and not w.lower().rstrip(CLAUSE_END).endswith("ed")
                 and w.lower().rstrip(CLAUSE_END) != "held"), None)


def _what(text: str) -> frozenset[str]:
    """The stems of what the task attends or holds: its words after the verb to its clause's end
    ('attend the next Events Group meeting, 24th August' -> event, group), none of procedure."""
    tokens = (text or "").split()
    at = _task_at(text)
    if at is None or tokens[at][-1:] in CLAUSE_END:
        return frozenset()
    words = []
    for w in tokens[at + 1:]:
        words.append(w)
        if w[-1:] in CLAUSE_END:
            break
    return frozenset(k for k in stems(" ".join(words)) if k not in PROCEDURE and k not in EVENT_TASKS and not k.isdigit())
