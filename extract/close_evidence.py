"""Does a later sentence that says something was done close this earlier action? Pure scoring, no
database.

A close is the strongest thing a later paper can say about an action, and the cheapest to get
wrong: 'the Clerk had asked BC Sampson if he could chase up the matter' (a footpath) is not the
kebab shop the Clerk was to 'chase up the matter' of; 'before a decision was made' closes no
contractor's reply; 'the paper bank is located next to the bus shelter' orders no new board.
Each shares one word with the action, and one word, however rare in a small body's papers, is
chance. So a close is scored on several signals that each say the sentence is about this
action, and needs at least two of them:

- the action's own subject words in the sentence (not the doing of a task, not the words of
  procedure any minute uses of anything): one such word is one signal, two are two, a phrase of
  them in the same order one more;
- two subject words of the paragraph around the action (its own sub-item);
- the sentence sits under the action's own item, or an item that names the action's subject;
- it names the action's owner (a person: the clerk or the chair is on half a body's actions);
- it cites the item of the last minutes the action was raised under;
- it reports the outcome of the action's own task ('order' and 'had been delivered');
- it speaks of the subject in the words the action's earlier news used.

Against it: the sentence sits under an item of its own about something else (a specific title
sharing no subject word with the action), it is about much else (many words the body hardly uses
that the action never used: a payments table), or the action was last seen over a year before
(one signal less for each year)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from .action_match import Candidate, cosine, outcome_of, stem, stems
from .action_parts import action_parts, parts_named
from .close_theme import done_things, name_head, party_words, place_words
from .minutes_approval import minutes_approved

KEEP_STOP_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve fifteen twenty forty fifty
    sixty hundred first third front bottom empty serious amount whole""".split())

# the words of procedure: any minute uses them of any subject, so sharing one says nothing of
# which task a sentence is about, however seldom a small body's papers happen to use it
PROCEDURE_WORDS = frozenset(stem(w) for w in """matter matters issue issues decision decisions decide decided item items point
    points comment comments view views concern concerns question questions response responses information letter
    letters email emails relevant wish wished wishes need needs needed time times date dates day days week weeks month
    months year years public resident residents people person parish council borough county district village local
    area areas thing things way ways part parts end start case cases regard regards regarding respect note noted
    mention mentioned reference meeting meetings minute record records problem problems situation position
    opportunity further following previous recent recently raise raised invite invited explain explained
    advise advised support supported hand hands present given off service services clerk chair chairman chairwoman
    secretary treasurer councillor vice chief head lead january february march april may june july august september october
    november december monday keep kept use used due success successful unsuccessful carry carried undertake
    undertaken piece pieces ongoing owner owners urgency urgent urgently clarify clarification understand understanding tuesday wednesday thursday friday saturday sunday""".split())
# and English's own function words ('although', 'however', 'within'), save the numbers and a few
# words that can name a thing ('three quotes', 'the front windows')
PROCEDURE = PROCEDURE_WORDS | frozenset(stem(w) for w in STOP_WORDS if w not in KEEP_STOP_WORDS)

# outcomes any news of anything may mention ('a letter had been received', 'approved')
WEAK_OUTCOMES = frozenset(stem(w) for w in "received approved approval response replied confirmed".split())
MIN_SIGNALS = 2.0
PART_ONLY = "some of the things it lists"  # the reason a close of part of a listed action gives
FOREIGN = 6  # rare words of the sentence the action never used: a sentence about much else
SAME_ITEM = 0.8


@dataclass(frozen=True)
class CloseEvidence:
    signals: float
    reasons: tuple[str, ...]

    @property
    def enough(self) -> bool:
        return self.signals >= MIN_SIGNALS


def subject_word(k: str, w: float, rare: float, task_words: frozenset[str]) -> bool:
    return w >= 0.6 * rare and k not in task_words and k not in PROCEDURE


def close_evidence(action: Candidate, sentence: Candidate, rare: float, task_words: frozenset[str], *,
                   owner_is_particular: bool = False, cited: bool = False, years_unseen: int = 0, years_late: int = 0,
                   context_words: frozenset[str] = frozenset(), trail: tuple[dict[str, float], ...] = (),
                   text: str = "", action_text: str = "", done: bool = False) -> CloseEvidence:
    """How many things say `sentence` is news of `action`. `owner_is_particular`: the owner it
    names is not one the body puts on most of its actions. `context_words`: the subject words of
    the paragraph the action sat in (its own sub-item), which an item title may name. `trail`: the
    words of what later papers already said of it. `text`, `action_text`: the two as written
    (their place names, what the sentence says was done); `done`: the sentence is weighed as
    news that the action was done, so what it says was done must be the action's subject."""
    if minutes_approved(text):
        return CloseEvidence(-MIN_SIGNALS, ("the minutes approved",))
    reasons: list[str] = []
    signals = 0.0
    # a place name is where, not what: it counts only beside a word of the subject itself
    places = frozenset(stem(w) for w in place_words(text) | place_words(action_text))
    if done:
        # and a group's name is who: news that the Staff Advisory Group's paper was updated is not its
        # appraisal outcomes done (where the meeting takes the group's item up, its name is the subject)
        places |= frozenset(stem(w) for w in party_words(text) | party_words(action_text))
    own = sorted(k for k, w in action.words.items()
                 if k in sentence.words and subject_word(k, max(w, sentence.words[k]), rare, task_words))
    if own and set(own) <= places:
        reasons.append("a place only " + " ".join(own))
        own = []
    if own:
        # one word the body's papers hardly use ('planters', 'HSBC') says more than an uncommon one
        single = 1.5 if max(action.words[k] for k in own) >= rare else 1.0
        signals += 2 if len(own) >= 2 else single
        reasons.append("words " + " ".join(own))
    if _phrase(action, sentence, task_words, places) >= rare:
        signals += 1
        reasons.append("phrase")
    action_subject = {k for k, w in action.words.items() if subject_word(k, w, rare, task_words)}
    action_subject |= {k for k, w in action.item.items() if subject_word(k, w, rare, task_words)}
    action_subject |= context_words
    if sentence.item:
        item_subject = {k for k, w in sentence.item.items() if subject_word(k, w, rare, task_words)}
        same = action.item and cosine(action.item, sentence.item) >= SAME_ITEM
        if same or item_subject & action_subject:
            # the action's own recurring item ('Update of bank transfer from HSBC') again
            signals += 1.5 if same else 1
            reasons.append("same item" if same else "item")
        elif item_subject and not own:
            # under an item of its own about something else, sharing no subject word with the task
            signals -= 1
            reasons.append("another item")
    around = {k for k in context_words if k in sentence.words} - set(own)
    if len(around) >= 2 and not around <= places:
        # the words around the task name it too ('accept the quote from Smith Heating ... RH will
        # book the installation', then 'The new boiler was installed by Smith Heating')
        signals += 1
        reasons.append("words around it " + " ".join(sorted(around)))
    item_words = {k for k, w in action.item.items() if subject_word(k, w, rare, task_words)} - set(own)
    if item_words & sentence.words.keys():
        # its own words name what the action's item is about ('decided to remain with HSBC' of an
        # action under 'Update of bank transfer from HSBC')
        signals += 0.5
        reasons.append("names its item")
    if any(len({k for k in said if k in sentence.words and subject_word(k, said[k], rare, task_words)}) >= 2
           for said in trail):
        # it speaks as the action's earlier news did ('Car park lighting (minute 7.1): the parish
        # council has not yet replied', then 'Car park lighting: the parish council replaced the lamps')
        signals += 1
        reasons.append("its earlier news")
    if owner_is_particular:
        signals += 1
        reasons.append("owner")
    if cited:
        signals += 1
        reasons.append("cited")
    if outcome_of(action.words.keys() | action.tasks, {k for k in sentence.words if k not in WEAK_OUTCOMES}):
        signals += 0.5
        reasons.append("outcome")
    known = action.words.keys() | action.item.keys() | context_words | {k for said in trail for k in said}
    foreign = [k for k, w in sentence.words.items() if w >= rare and k not in known and k not in task_words]
    if len(foreign) >= FOREIGN and len(foreign) > 3 * len(own):
        # a list or a paragraph about much else (a payments table naming the body's suppliers):
        # what it shares with the action is likelier chance
        signals -= 1
        reasons.append(f"about much else ({len(foreign)} words)")
    if done and text:
        said, weight = _what_was_done(action, sentence, text, rare, task_words, places, context_words)
        if said:
            signals += weight
            reasons.append(said)
        if weight < 0 and not cited:
            # news that something else was done is no news that this was, however many words the two
            # share ('the Parish Council had contacted the Health and Safety Executive' of asking a mill
            # for its health and safety procedures), unless it cites the action's own item
            signals = min(signals, MIN_SIGNALS - 0.5)
    named, of = _parts_named(action_text, sentence, task_words, places)
    if 0 < named < of:
        # an action that lists several things is done when each is: news of some is progress
        signals = min(signals, MIN_SIGNALS - 0.5)
        reasons.append(f"{PART_ONLY} ({named} of {of})")
    if years_unseen or years_late:
        # the papers between are missing, or the task was due long before: each year makes a
        # shared word likelier chance, and news of the same subject likelier another year's work
        # (the Christmas lights of 2019 are not those to install in November 2016)
        signals -= max(years_unseen, years_late)
        reasons.append(f"{years_unseen} year(s) unseen" if years_unseen >= years_late else f"{years_late} year(s) past due")
    return CloseEvidence(signals, tuple(reasons))


def _parts_named(action_text: str, sentence: Candidate, task_words: frozenset[str],
                 places: frozenset[str]) -> tuple[int, int]:
    """How many of the things the action lists (action_parts) the sentence names, and of how
    many; (0, 0) when it lists none or an entry has no word of its own."""
    parts = [{k for k in stems(p) if k not in PROCEDURE and k not in task_words and k not in places}
             for p in action_parts(action_text)]
    if not parts or not all(parts):
        return 0, 0
    return parts_named([sorted(p) for p in parts], set(sentence.words)), len(parts)


def _what_was_done(action: Candidate, sentence: Candidate, text: str, rare: float, task_words: frozenset[str],
                   places: frozenset[str], context_words: frozenset[str] = frozenset()) -> tuple[str, float]:
    """Whether what the sentence says was done is the action's subject. When it is ('The Safety
    Management policy has been signed' of adopting the safety management policy; 'The new boiler
    was installed' of booking the installation the boiler's quote was accepted for) nothing is
    taken off; when each thing it says was done is something else, two signals are ('The first
    meeting has taken place' of an options appraisal to conduct; 'a useful check list' provided,
    of lights to install; 'Comments had been made' of gardens to replant). No word either way
    when it names nothing of its own ('the work has been completed')."""
    subject = {k for k, w in action.words.items() if subject_word(k, w, rare, task_words)}
    subject |= {k for k, w in action.item.items() if subject_word(k, w, rare, task_words)}
    # (the paragraph's subject too: 'RH will book the installation' after the quote for a boiler)
    subject = (subject | context_words) - places
    others = []
    for thing in done_things(text):
        words = {k for k in stems(thing.words) if k not in PROCEDURE and k not in task_words and k not in places}
        if thing.pointed_back:
            words |= {k for k in sentence.item if k not in PROCEDURE and k not in task_words and k not in places}
        # under a title of the action's own subject the thing done is its part ('Car park lighting: the
        # parish council replaced the lamps' of the lighting to see to)
        words |= {k for k in stems(thing.heading) if k in subject}
        # the doing itself may be the action's subject ('The new boiler was installed' of 'book the installation')
        words |= {k for k in stems(thing.verb) if k in subject}
        head = None if thing.pointed_back else name_head(thing.words)
        if head is not None and stem(head.lower()) not in action.words and words & subject:
            # a party named in full is that party: 'had contacted the Health and Safety Executive' is not
            # the mill asked for its health and safety procedures, whatever words the two names share
            others.append(thing.words)
            continue
        if words & subject:
            # (no signal more: the words themselves already counted; it only keeps the close from the veto)
            return "what was done " + " ".join(sorted(words & subject)), 0.0
        # a thing of procedure is the action's when the action speaks of it ('The letter has been sent'
        # of writing a letter), else another ('Comments had been made')
        plain = {k for k in stems(thing.words) if k in PROCEDURE_WORDS and k not in task_words and k not in places}
        if not words and plain & action.words.keys():
            return "what was done " + " ".join(sorted(plain & action.words.keys())), 0.0
        if words or plain:
            others.append(thing.words)
    if others:
        return "something else done: " + "; ".join(others)[:80], -2.0
    return "", 0.0


def _phrase(action: Candidate, sentence: Candidate, task_words: frozenset[str], places: frozenset[str] = frozenset()) -> float:
    """The weight of the heaviest run of two or more words both texts have in the same order,
    none of them a word of procedure: 'the Safety Management policy has been signed' names 'the
    adoption of the safety management policy' though each word alone is everyday in a library
    society's papers. Not a run of words of procedure ('signed off work' is not 'sign off on the
    contract') or of the doing of tasks alone."""
    best = 0.0
    x, y = action.sequence, sentence.sequence
    for i in range(len(x)):
        for j in range(len(y)):
            k = 0
            while i + k < len(x) and j + k < len(y) and x[i + k] == y[j + k] and x[i + k] not in PROCEDURE:
                k += 1
            if k >= 2 and any(w not in task_words and w not in places for w in x[i:i + k]):  # ('three quotes', not 'chase up')
                best = max(best, sum(action.words.get(w, 0.0) for w in x[i:i + k]))
    return best
