"""What a later sentence of a body's minutes says of an earlier open action: which open actions it
may speak of, likeliest first, and whether what it says is enough to close one, to give news that
one is still open, or only to show it was spoken of. store_action_links reads each meeting's
sentences with these and decides which sentence is news of which action."""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.action_match import Candidate, Vocabulary, score, shared_phrase, stem
from ..extract.action_status import Reading
from ..extract.close_evidence import PART_ONLY, close_evidence, subject_word
from ..extract.close_theme import place_words
from ..extract.english import reads_as_prose
from ..extract.heading_names import heading, heading_names_action
from ..extract.sub_items import same_item_number
from .action_threads import Thread
from .body_vocabulary import item_vector
from .meeting_gaps import GAP_DAYS, days_between
from .task_subjects import not_subject_words

ABSORB = 0.75  # a paper's own action is news of an earlier one, though it reports it still open


def sentence_candidate(vocab: Vocabulary, unit: dict, owner_names: set[str]) -> Candidate:
    """A sentence of later minutes as the matcher sees it: its words, its item and the owners it names."""
    sequence = vocab.stems(unit["text"])
    return Candidate(words={k: vocab.weight(k) for k in set(sequence)}, context={},
                     item=item_vector(vocab, unit["item_title"]), sequence=tuple(sequence),
                     item_title=unit["item_title"], owners=_named_in(unit["text"], owner_names))


def has_subject(candidate: Candidate, vocab: Vocabulary) -> bool:
    """Whether a task's own words name what it is about: one word that is neither the doing of a task,
    nor procedure, nor a person or post ('will be attending', 'will take this forward' name none)."""
    not_subject = not_subject_words(vocab)
    return any(subject_word(k, w, vocab.rare, not_subject) for k, w in candidate.words.items())


def particular_owners(threads: list[Thread]) -> set[str]:
    """Owners a sentence naming them points to: not the clerk or chair a body puts on a third or
    more of its actions."""
    counts: dict[str, int] = {}
    for t in threads:
        for k in t.candidate.owners:
            counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n < max(2, len(threads) / 3)}


CLOSE_SIGNALS = 2.0  # as many as a close needs (close_evidence.MIN_SIGNALS)
NEWS_SIGNALS = 1.0  # news that an action is still open, deferred or not done: one signal it is this action
# a line of a forward agenda is a few words of a title: one word or phrase it shares with an action
# ('final', 'health and safety') is chance, so it is a sighting on more than one thing saying it is the action
TO_COME_SIGNALS = 1.5


# what says a sentence is where the meeting took an item up: under its own item, in its words, or citing it
TAKEN_UP = ("phrase", "item", "same item", "names its item", "cited")


def closes(t: Thread, sentence: Candidate, vocab: Vocabulary, date: str, particular: set[str],
            cited: bool = False, text: str = "", need: float | None = None, taken_up: bool = False) -> bool:
    """Whether a sentence saying something was done closes this action (close_evidence); with
    `need`, whether the evidence reaches that many signals instead; with `taken_up`, whether it
    is enough or shows the meeting taking the action's item up (TAKEN_UP)."""
    not_subject = not_subject_words(vocab)
    context = frozenset(k for k, w in t.candidate.context.items()
                        if subject_word(k, 2 * w, vocab.rare, not_subject))
    evidence = close_evidence(t.candidate, sentence, vocab.rare, not_subject,
                              owner_is_particular=bool(sentence.owners & t.candidate.owners & particular),
                              cited=cited, years_unseen=_years_unseen(t, date), years_late=_years_late(t, date),
                              context_words=context,
                              trail=tuple(vocab.vector(s.text) for s in t.sightings[1:] if s.state != "mentioned"),
                              text=text, action_text=t.first.row.get("description") or t.first.text,
                              done=need is None and not taken_up)
    if close_observer is not None:
        close_observer({"date": date, "action": t.first.row.get("description") or t.first.text, "first": t.first.date,
                        "sentence": text, "signals": evidence.signals, "reasons": evidence.reasons,
                        "as_done": need is None and not taken_up,
                        "enough": _enough(evidence, need, taken_up)})
    return _enough(evidence, need, taken_up)


def _enough(evidence, need: float | None, taken_up: bool) -> bool:
    if taken_up:
        # (the meeting taking up some of what an action lists settles none of the rest)
        return evidence.enough or (any(r in TAKEN_UP for r in evidence.reasons)
                                   and not any(r.startswith(PART_ONLY) for r in evidence.reasons))
    return evidence.enough if need is None else evidence.signals >= need


# called with each close weighed and its evidence (benchmarks/close_evidence_report.py lists them)
close_observer = None


def subject_weights(t: Thread, vocab: Vocabulary) -> dict[str, float]:
    """A word the action and its own news share is its subject ('blinds': 'proceed with the
    blackout blinds', then 'quotes for the installation of blackout blinds'), and its rarity is
    how seldom the body speaks of it elsewhere: the action's own trail repeating it makes it no
    everyday word. Without this, each paper of the thread lowers the weight of the word that
    names it, and the next news ('The blinds will be fitted 5th November') finds nothing once
    the body's earlier minutes are in the archive too. A word near everyday already ('contact',
    'provide') is left as it is."""
    words = dict(t.candidate.words)
    trail = [set(vocab.stems(s.text)) for s in t.sightings]
    for k, w in words.items():
        told = sum(k in said for said in trail)
        if told >= 2 and w >= 0.8 * vocab.rare:  # its own words and a piece of its news
            words[k] = max(w, vocab.weight_without(k, told))
    return words


def under_its_heading(t: Thread, unit: dict, vocab: Vocabulary) -> bool:
    """The sentence opens with a heading named for the action ('Leadership Programme This new programme
    launches on Monday', Suffolk; 'Football Club: The Chairman of the club ... gave an update', Souldern)."""
    return heading_names_action(t.candidate, item_vector(vocab, heading(unit["text"])), vocab.rare, not_subject_words(vocab))


def long_gap(t: Thread, date: str) -> bool:
    """Over a year since the action was last seen: the archive lacks the papers between, so
    words the two papers share by chance ('site', 'work', 'training delivered') are no link.
    Bodies that meet monthly or quarterly always have a paper within the year."""
    days = days_between(max((s.date for s in t.sightings if s.date), default=""), date)
    return days is not None and days > GAP_DAYS


def _years_unseen(t: Thread, date: str) -> int:
    """Whole years, counted up, since the action was last seen, beyond the first: 0 within a year."""
    days = days_between(max((s.date for s in t.sightings if s.date), default=""), date)
    return 0 if days is None or days <= GAP_DAYS else -(-(days - GAP_DAYS) // 365)


def _years_late(t: Thread, date: str) -> int:
    """Whole years, counted up, beyond the first since the action was last due: 0 within a year
    or when no paper gave it a due date."""
    due = max((s.row.get("due_date") or "" for s in t.sightings if s.kind == "extracted"), default="")
    days = days_between(due, date) if due else None
    return 0 if days is None or days <= GAP_DAYS else -(-(days - GAP_DAYS) // 365)


def sure_news(news: Reading, value: float) -> bool:
    """News that closes an earlier action, or any news matched beyond doubt: a paper's own
    'forms awaiting signature. ACTION: Ahop' may as well be a task of its own."""
    return news.state != "mentioned" and (news.status == "completed" or value >= ABSORB)


def names_the_task(action: Candidate, sentence: Candidate, rare: float, with_item: bool = False) -> bool:
    """A sentence with no news of an action is a sighting of it only when it names the task
    itself: two of its less common words, or one the body's papers hardly use ('headsets',
    'HSBC'); everyday words ('suggested', 'group', 'staff') are chance. `with_item`: the item
    either sits under counts as the task's name ('Update of bank transfer from HSBC')."""
    mine = action.words_and_item if with_item else action.words
    theirs = sentence.words_and_item if with_item else sentence.words
    shared = [mine[k] for k in theirs if k in mine and mine[k] >= 0.6 * rare]
    return len(shared) >= 2 or any(w >= rare for w in shared) or shared_phrase(action, sentence) >= rare


def named_again(t: Thread, sentence: Candidate, text: str, date: str, held_before: list[str], rare: float) -> bool:
    """A sentence with no news of an action is a sighting of it, by its words alone, only when it
    names the task in a statement of the body's business, and the papers held since the action was
    last seen have not passed it over. A list of payees and sums or of a committee's members shares
    words with any task by chance (Wretton 2020's 'K & M Lighting Services ... E.ON (street lighting
    electric)' is no sighting of 2009's 'The electricity company will be contacted'). Two papers held
    between that never spoke of it, or one and a year gone, and the same words are a new matter
    (Suffolk's 2013-09 and 2014-09 committee lists 'Health and Safety Bob Roberts', of January 2013's
    review of the safety management system; Stoke Ferry's 2020 Covid scheme of delegation, of a 2017
    letter on lighting). The next paper held may be a year on, an archive being a sample of a body's
    papers: it still speaks of what the last one set."""
    return (names_the_task(t.candidate, sentence, rare) and not _passed_over(t, date, held_before) and reads_as_prose(text)
            and not _a_place_only(t, sentence, text, rare))


def _a_place_only(t: Thread, sentence: Candidate, text: str, rare: float) -> bool:
    """The less common words the two share are all a place's name: where, not what ('The tenant is
    repairing the fence at the Old Chalk Pit', Northwold 2011, is no sighting of 2010's 'Agreements for
    hire of Constables Charity Land, Garden Land and the Old Chalk Pit will be considered')."""
    action_text = t.first.row.get("description") or t.first.text
    places = {stem(w) for w in place_words(text) | place_words(action_text)}
    shared = {k for k, w in t.candidate.words.items() if k in sentence.words and w >= 0.6 * rare}
    return bool(shared) and shared <= places


def _passed_over(t: Thread, date: str, held_before: list[str]) -> bool:
    last = max((s.date for s in t.sightings if s.date), default="")
    silent = sum(1 for held in held_before if last < held < date)
    return silent >= 2 or (silent == 1 and long_gap(t, date))


def a_place_only(t: Thread, sentence: Candidate, text: str, vocab: Vocabulary) -> bool:
    """The action's own subject words the sentence shares are all of a place's name: where, not what
    (Souldern's 'Nancy Bowles Wood: ... the picnic table have been repainted' and 'circulate the rules of
    the wood'). The sentence may still be news of the next action, whatever it says of this one."""
    not_subject = not_subject_words(vocab)
    own = {k for k, w in t.candidate.words.items()
           if k in sentence.words and subject_word(k, max(w, sentence.words[k]), vocab.rare, not_subject)}
    places = {stem(w) for w in place_words(text) | place_words(t.first.row.get("description") or t.first.text)}
    return bool(own) and own <= places


def about_the_task(action: Candidate, sentence: Candidate, rare: float) -> bool:
    """News is of an action only when the sentence, or the item it sits under, shares with
    the action a word that is not everyday."""
    theirs = sentence.words_and_item
    return any(w >= 0.6 * rare for k, w in action.words_and_item.items() if k in theirs)


LETTERS_RE = re.compile(r"[A-Za-z]+")


def _named_in(text: str, owner_keys: set[str]) -> set[str]:
    """The owners a sentence names, by full name or given name ('Sheila and Alison attended')."""
    words = {w.lower() for w in LETTERS_RE.findall(text)}
    lowered = text.lower()  # (once a sentence: it is weighed against every owner of the open actions)
    return {k for k in owner_keys if k in lowered or _given_name(k) in words}


@lru_cache(maxsize=4096)
def _given_name(key: str) -> str | None:
    return next(iter(key.split()), None)


def own_news(said: Reading | None, t: Thread) -> Reading | None:
    """'The shed has been ordered and will be in place for the AGM': what is still to come is
    not this action (to order a shed) unless its verb is the action's own ('the letter has been
    revised and will be sent' keeps 'send the letter' open)."""
    if said is None or not said.pending:
        return said
    verb = stem(said.pending.lower())
    if verb in t.candidate.words or verb in t.candidate.context:
        return said
    return Reading("completed", "done", said.words)


CITED = 0.6  # a follow-up citing the item of the last minutes an action sits under, and naming it


def item_numbers_of(db, threads: list[Thread], previous_meeting: int | None) -> dict[int, str]:
    """Thread index -> the number of the item it was raised under, for the actions of the last meeting."""
    wanted = {i: t.first.row.get("agenda_item_id") for i, t in enumerate(threads)
              if previous_meeting is not None and t.first.meeting_id == previous_meeting and t.first.row.get("agenda_item_id")}
    if not wanted:
        return {}
    items = sorted(set(wanted.values()))
    numbers = dict(db.execute(f"select id, number from agenda_items where id in ({','.join('?' * len(items))})",
                              items).fetchall())
    return {i: numbers.get(item) for i, item in wanted.items() if numbers.get(item)}


def last_seen_at(t: Thread, meeting_id: int | None) -> bool:
    return meeting_id is not None and any(s.meeting_id == meeting_id for s in t.sightings)


def cited_actions(cites: str | None, threads: list[Thread], sharing: list[int], item_numbers: dict[int, str],
           previous_meeting: int | None, candidate: Candidate, rare: float) -> set[int]:
    """The open actions of the last meeting's item a matters-arising sentence cites ('Item 3 –
    the Halesworth meeting was cancelled'), that it also names by a word of their own that is
    not everyday: the item holds several actions, the words tell which."""
    if not cites or not item_numbers:
        return set()
    return {i for i in sharing if same_item_number(cites, item_numbers.get(i))
            and any(w >= 0.6 * rare for k, w in threads[i].candidate.words.items() if k in candidate.words)}


def ranked_actions(threads: list[Thread], sharing: list[int], candidate: Candidate, rare: float,
            cited: set[int] = frozenset()) -> list[tuple[int, float]]:
    """The open actions a sentence may speak of, likeliest first."""
    scored = [(i, round(score(threads[i].candidate, candidate, report=True, rare=rare, clip=False), 3)) for i in sharing]
    scored = [(i, max(value, CITED) if i in cited else value) for i, value in scored]

    def when(i):
        first = threads[i].first
        return (first.date, first.row.get("path") or "", first.page)

    # on a tie the latest action on the subject is the one a report speaks of, and of two as
    # likely, the one whose owner the report names
    scored.sort(key=lambda x: when(x[0]), reverse=True)
    return sorted(scored, key=lambda x: (-x[1], not (threads[x[0]].candidate.owners & candidate.owners)))
