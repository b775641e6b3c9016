"""An action raised under a heading of its own is spoken of again when the body's next paper in
the archive opens a sentence with that heading, however long between the two.

'a. Playground – The RoSPA report has now been received ... It was resolved that the PC would
contact those who had shown an interest' (Souldern, 2013) is carried on under 'a. Playground –
Paintwork to the fence has been completed' in the next minutes held (2014). The sentence shares
no word of the task and the papers are fourteen months apart, so no matching of words reaches
it: the title is what says which action it reports on. An archive holds a sample of a body's
papers, so 'the next paper' is the next one held, not the next meeting by the calendar; a title
that recurs in every paper (a standing item) still speaks only of the actions last seen in the
paper before, never of older ones it happens to share a title with. A paper held between that
never opened a sentence with the title did not take it up: the next paper that does still speaks
of the action ('d) Community led plan: ... It was resolved to put a draft plan together', Souldern
2012, is taken up under '8 Community Led Plan' in 2014; the minutes of 2013 never name it)."""

from __future__ import annotations

from ..extract.action_match import SAME_ITEM, Vocabulary, cosine
from ..extract.close_evidence import subject_word
from ..extract.heading_names import heading
from .action_threads import Thread
from .body_vocabulary import item_vector
from .meeting_gaps import GAP_DAYS, days_between
from .task_subjects import VOTE_STEMS, not_subject_words


def title_subject(vocab: Vocabulary, title: str) -> frozenset[str]:
    """The words a sub-item title is about: not the words most items of the body share, nor
    procedure or the doing of a task."""
    # (kept on the vocabulary, which never changes once made: each meeting's sentences and titles are asked again
    # for every paper after it, and an action's title at every meeting it stays open)
    known = vocab.__dict__.setdefault("_title_subjects", {})
    found = known.get(title)
    if found is None:
        not_subject = not_subject_words(vocab)
        found = known[title] = frozenset(k for k, w in vocab.vector(title).items()
                                         if k not in vocab.generic_items and subject_word(k, w, vocab.rare, not_subject))
    return found


def titles_taken_up(units: list[dict], vocab: Vocabulary) -> set[frozenset[str]]:
    """The subjects of the headings a paper's sentences open with and of its items: the titles it took up."""
    return ({title_subject(vocab, heading(u["text"])) for u in units}
            | {title_subject(vocab, u.get("item_title") or "") for u in units}) - {frozenset()}


def spoken_of_again(units: list[dict], threads: list[Thread], meeting: dict, held: list[int],
                    titles_held: dict[int, set[frozenset[str]]], vocab: Vocabulary) -> list[tuple[Thread, dict]]:
    """(action, the sentence opening its heading again) for each open action raised or reported on
    in a paper before this one that has no sighting here yet: the paper before, or an earlier one
    when no paper held since took its title up (by its own heading, or, for an action with none, by
    matters arising naming its item's title and its subject). `held`: the body's papers before this
    one, oldest first; `titles_held`: each one's titles_taken_up."""
    if not held:
        return []
    headed = [(title_subject(vocab, heading(u["text"])), u) for u in units]
    items = [item_vector(vocab, u.get("item_title")) for u in units]
    under: dict[int, list[Thread]] = {}  # sentence -> the actions its heading names
    named_in: dict[int, list[Thread]] = {}  # matters-arising sentence -> the actions whose item title it names
    for t in threads:
        if any(s.meeting_id == meeting["id"] for s in t.sightings):
            continue
        if _raised_or_reported_at(t, held[-1]):
            item = _its_recurring_item(t, vocab)
        elif not (_not_taken_up_since(t, held, titles_held, vocab) and not _long_past_due(t, meeting["date"])):
            continue
        elif not t.heading_words:
            arising = _named_in_matters_arising(t, units, vocab)
            if arising is not None:
                named_in.setdefault(arising, []).append(t)
            continue
        else:
            item = {}  # an older paper's action: by its heading only
        at = next((i for i, (subject, _) in enumerate(headed) if t.heading_words and subject == t.heading_words),
                  next((i for i, vector in enumerate(items) if item and vector and cosine(vector, item) >= SAME_ITEM), None))
        if at is not None:
            under.setdefault(at, []).append(t)
    found = [(t, units[at]) for at, named in named_in.items() for t in _most_named(named, units[at]["text"], vocab)]
    for at, named in under.items():
        u = headed[at][1]
        if len(named) > 1:
            # an item holding several actions ('Nancy Bowles Wood: A new bench has now been installed and the
            # original 2 benches and picnic table have been repainted'): the sentence speaks of those it names
            named = [t for t in named if _names_a_subject_of(t, u["text"], vocab)]
        found += [(t, u) for t in named]
    return found


def _names_a_subject_of(t: Thread, text: str, vocab: Vocabulary) -> bool:
    not_subject = not_subject_words(vocab)
    return any(k in t.candidate.words and k not in t.heading_words and subject_word(k, w, vocab.rare, not_subject)
               for k, w in vocab.vector(text).items())


def _title_of(t: Thread, vocab: Vocabulary) -> frozenset[str]:
    """The subject of the heading the action was raised under, else of its item's title."""
    return t.heading_words or title_subject(vocab, t.first.row.get("item_title") or "")


def _not_taken_up_since(t: Thread, held: list[int], titles_held: dict[int, set[frozenset[str]]],
                        vocab: Vocabulary) -> bool:
    """Raised or given news at an earlier paper held, and no paper held since opened a sentence
    or an item with its title: those papers passed the subject by, they did not pass the action over."""
    last = t.sightings[-1]
    title = _title_of(t, vocab)
    if not title or last.meeting_id not in held or not _raised_or_reported_at(t, last.meeting_id):
        return False
    since = held[held.index(last.meeting_id) + 1:]
    return all(title not in titles_held.get(m, ()) for m in since)


def _named_in_matters_arising(t: Thread, units: list[dict], vocab: Vocabulary) -> int | None:
    """The matters-arising sentence that names the action's item by its title, two words or more, and
    a subject of the action's own sub-item besides ('There was no further update regarding the tree survey
    at Caledfwlch play area', Manordeilo 2018, of 2016's item 'CALEDFWLCH PLAY AREA' and its sub-item
    'a survey done of the trees ... Mr Thomas be asked to carry out the work')."""
    title = _title_of(t, vocab)
    if len(title) < 2:
        return None
    return next((i for i, u in enumerate(units) if u.get("arising") and title <= set(vocab.stems(u["text"]))
                 and _own_subject_named(t, u["text"], vocab)), None)


def _own_subject_named(t: Thread, text: str, vocab: Vocabulary) -> set[str]:
    """The subject words of the action's own that the text names, its title's aside; for a task whose own
    words name none ('that Mr Thomas be asked to carry out the work'), those of the sub-item it sits in. A
    task with a subject of its own ('give actual number of trees ... a more accurate estimate of costs') is
    named by it or not at all."""
    not_subject = not_subject_words(vocab) | VOTE_STEMS
    title = _title_of(t, vocab)

    def subject(vector: dict[str, float]) -> set[str]:
        return {k for k, w in vector.items() if k not in title and subject_word(k, w, vocab.rare, not_subject)}

    own = subject(t.candidate.words) or subject({k: 2 * w for k, w in t.candidate.context.items()})
    return own & set(vocab.stems(text))


def _most_named(named: list[Thread], text: str, vocab: Vocabulary) -> list[Thread]:
    """Of the actions under one title a sentence names, those it names by the most words of their own."""
    counts = [len(_own_subject_named(t, text, vocab)) for t in named]
    return [t for t, n in zip(named, counts) if n == max(counts)]


def _long_past_due(t: Thread, date: str) -> bool:
    """Due over a year before: a heading naming it papers later is the next of a standing subject
    ('BCKLWN - ... change of date of meeting ... to Tuesday 17 February 2009', then 2012's 'BCKLWN -
    Change of Bin Service', Stoke Ferry), not the task taken up late."""
    due = max((s.row.get("due_date") or "" for s in t.sightings if s.kind == "extracted"), default="")
    days = days_between(due, date) if due else None
    return days is not None and days > GAP_DAYS


def _raised_or_reported_at(t: Thread, meeting_id: int) -> bool:
    """Last seen at `meeting_id`, and there raised or given news: a title seen again only (this
    rule's own sighting) does not carry the action on to the paper after, or a standing item would
    keep each action raised under it alive for ever."""
    last = t.sightings[-1]
    return last.meeting_id == meeting_id and last.state != "mentioned"


def _its_recurring_item(t: Thread, vocab: Vocabulary) -> dict[str, float]:
    """The item the action was raised under and reported on under again at a later meeting
    ('Sponsorship of stair risers', then 'Progress of stair risers'): an item that has carried it
    across two papers is its thread. Empty when none has."""
    last = t.sightings[-1]
    if last.meeting_id == t.first.meeting_id:
        return {}
    first, again = (item_vector(vocab, s.row.get("item_title")) for s in (t.first, last))
    return again if first and again and cosine(first, again) >= SAME_ITEM else {}
