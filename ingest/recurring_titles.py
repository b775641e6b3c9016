"""An action raised under a heading of its own is spoken of again when the body's next paper in
the archive opens a sentence with that heading, however long between the two.

'a. Playground – The RoSPA report has now been received ... It was resolved that the PC would
contact those who had shown an interest' (Souldern, 2013) is carried on under 'a. Playground –
Paintwork to the fence has been completed' in the next minutes held (2014). The sentence shares
no word of the task and the papers are fourteen months apart, so no matching of words reaches
it: the title is what says which action it reports on. An archive holds a sample of a body's
papers, so 'the next paper' is the next one held, not the next meeting by the calendar; a title
that recurs in every paper (a standing item) still speaks only of the actions last seen in the
paper before, never of older ones it happens to share a title with."""

from __future__ import annotations

from ..extract.action_match import SAME_ITEM, Vocabulary, cosine
from ..extract.close_evidence import subject_word
from ..extract.heading_names import heading
from .action_threads import Thread
from .body_vocabulary import item_vector
from .task_subjects import not_subject_words


def title_subject(vocab: Vocabulary, title: str) -> frozenset[str]:
    """The words a sub-item title is about: not the words most items of the body share, nor
    procedure or the doing of a task."""
    not_subject = not_subject_words(vocab)
    return frozenset(k for k, w in vocab.vector(title).items()
                     if k not in vocab.generic_items and subject_word(k, w, vocab.rare, not_subject))


def spoken_of_again(units: list[dict], threads: list[Thread], meeting_id: int, previous_held: int | None,
                    vocab: Vocabulary) -> list[tuple[Thread, dict]]:
    """(action, the sentence opening its heading again) for each open action raised or reported on
    in the paper before this one that has no sighting here yet."""
    if previous_held is None:
        return []
    headed = [(title_subject(vocab, heading(u["text"])), u) for u in units]
    items = [item_vector(vocab, u.get("item_title")) for u in units]
    under: dict[int, list[Thread]] = {}  # sentence -> the actions its heading names
    for t in threads:
        if not _raised_or_reported_at(t, previous_held) or any(s.meeting_id == meeting_id for s in t.sightings):
            continue
        item = _its_recurring_item(t, vocab)
        at = next((i for i, (subject, _) in enumerate(headed) if t.heading_words and subject == t.heading_words),
                  next((i for i, vector in enumerate(items) if item and vector and cosine(vector, item) >= SAME_ITEM), None))
        if at is not None:
            under.setdefault(at, []).append(t)
    found = []
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
