"""The words of a body's papers the action linking weighs: how rare each word is in its passages
and item titles, and the words that never say what an action is about (people's names, the body's
own name and posts, item titles every meeting shares, catch-all items such as 'Matters Arising')."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from ..extract.action_match import Vocabulary, stems
from ..extract.action_status import reading
from ..extract.literal_gate import Gated
from ..extract.roles import is_post
from .action_threads import Sighting
from .minutes_units import a_title


def _generic_item_words(db, meeting_ids: list[int]) -> set[str]:
    """Item titles most meetings share ('Matters Arising', 'Chairman's Report') say nothing
    about which action a sentence under them is about."""
    per_meeting: dict[int, set[str]] = {}
    marks = ",".join("?" * len(meeting_ids))
    for meeting_id, title in db.execute(f"select meeting_id, title from agenda_items where meeting_id in ({marks})", meeting_ids):
        per_meeting.setdefault(meeting_id, set()).update(stems(title or ""))
    if len(per_meeting) < 3:
        return set()
    counts: dict[str, int] = {}
    for words in per_meeting.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return {w for w, n in counts.items() if n / len(per_meeting) > 0.6}


# items that gather whatever comes up say nothing about which action a sentence under them is about
# ('Library Manager's Report', 'Update from the Events Group': someone's news on many things) ...
CATCH_ALL_ITEM_RE = re.compile(r"(?i)\b(?:reports?|update\s+from|matters\s+arising|any\s+other\s+business|aob|"
                               r"correspondence|minutes\s+of|apologies|action\s+(?:log|points|list|tracker)|"
                               # the procedure every meeting goes through: whatever is misfiled under
                               # it, the item names no subject
                               r"introductions?|welcome|declarations?\s+of\s+interests?|members\s+of\s+the\s+public|public\s+(?:participation|forum|session|question)|"
                               r"date\s+of\s+(?:the\s+)?next\s+meeting)\b")
# ... while 'Feedback from the Community Forum' or 'Progress of stair risers' name their subject
# once the framing words are gone
FRAMING_RE = re.compile(r"(?i)\b(?:update[sd]?\s+(?:of|on)|feedback\s+(?:from|on)|progress\s+(?:of|on))\b")


# every sentence under an item weighs its title again, at each meeting: a body has a few hundred
# titles and its linking asks for them thousands of times (the vectors are never changed)
_ITEM_VECTORS: WeakKeyDictionary[Vocabulary, dict[str | None, dict[str, float]]] = WeakKeyDictionary()


def item_vector(vocab: Vocabulary, title: str | None) -> dict[str, float]:
    known = _ITEM_VECTORS.setdefault(vocab, {})
    if title not in known:
        known[title] = _title_vector(vocab, title)
    return known[title]


def _title_vector(vocab: Vocabulary, title: str | None) -> dict[str, float]:
    if not a_title(title) or CATCH_ALL_ITEM_RE.search(title or ""):
        return {}
    generic = vocab.generic_items
    # 'Rota for SL forums - deferred until next meeting': what the item is about, not its news
    said = _title_reading(title or "")
    news = set(vocab.vector(said.words)) if said else set()
    return {k: w for k, w in vocab.vector(FRAMING_RE.sub(" ", title or "")).items() if k not in generic and k not in news}


# item titles come back at every meeting of a body; a Reading is frozen, so one may be shared
_title_reading = lru_cache(maxsize=8192)(reading)


def _people_words(db, meeting_ids: list[int], sightings: list[Sighting]) -> set[str]:
    """Names are owners, not what an action is about: the words of every name the body's
    papers use are left out of the wording compared. The names as the body's own papers give
    them (attendance lists, owners), not every alias the archive has merged into those people:
    those change with other bodies' papers and with each run's merge, and the links of one body
    must not."""
    marks = ",".join("?" * len(meeting_ids))
    names = [r[0] for r in db.execute(f"select distinct name from attendance where meeting_id in ({marks})", meeting_ids)]
    names += [o["name"] for s in sightings for o in json.loads(s.row.get("owners") or "[]") if o.get("kind") == "person"]
    return {w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name or "")}


EVERY_BODYS_POSTS = ("Vice Chair", "Vice Chairman", "Deputy Chair", "Deputy Clerk")  # named beside a name, seldom listed as posts


def _posts_named(db, meeting_ids: list[int]) -> re.Pattern | Gated | None:
    """The body's posts of two words or more as its papers name them ('Business & Performance
    Manager', 'Community Lead', 'Vice Chair'): who is to do a task, never what it is about. Left in
    the words compared, 'The Business and Performance Manager will produce a paper' on the reserves
    was taken up by 'The Business and Performance Manager gave the following highlights' of the
    management accounts (Suffolk), and a task with no subject of its own ('The General Manager,
    Community Lead and Vice Chair will be attending') seemed to have one. A post's own words
    elsewhere ('a task group focusing on Marketing') still count."""
    marks = ",".join("?" * len(meeting_ids))
    titles = {r[0] for r in db.execute(f"""select distinct r.title from roles r where coalesce(r.meeting_id,
        (select md.meeting_id from meeting_documents md where md.document_id = r.document_id limit 1)) in ({marks})""",
        meeting_ids)} | set(EVERY_BODYS_POSTS)
    phrases = set()
    first_words = set()  # each phrase opens with its first word: a text holding none of them is not masked
    for title in titles:
        title = re.sub(r"\([^)]*\)", " ", title or "").strip(" .,;:")
        words = re.findall(r"[A-Za-z]+", title)
        if 2 <= len(words) <= 6 and is_post(title) and title[:1].isupper():
            parts = [part for part in re.split(r"\s*(?:&|\band\b)\s*", title) if part]
            phrases.add(r"\s*(?:&|\band\b)\s*".join(r"\s+".join(re.escape(w) for w in part.split()) for part in parts))
            first_words.add(parts[0].split()[0].lower())
    if not phrases:
        return None
    mask = re.compile(r"(?i)\b(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + r")\b")
    # (the mask is asked of every sentence and action of the body: an alternation of a dozen posts, tried at
    # every character, cost a tenth of a large body's linking; a word test first, where the words are ASCII)
    return Gated(mask, *sorted(first_words)) if all(w.isascii() for w in first_words) else mask


def _body_words(db, meeting_ids: list[int]) -> set[str]:
    """The words of the body's own name ('Friends', 'Library' for the Friends of a Library)
    are in every paper of it, whatever the action."""
    marks = ",".join("?" * len(meeting_ids))
    names = [r[0] for r in db.execute(f"select distinct body from meetings where id in ({marks})", meeting_ids)]
    return {w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name or "")}


def body_vocabulary(db, ids: list[int], sightings: list[Sighting], counted: list[int] | None = None) -> Vocabulary:
    """How rare each word is in the passages and item titles of a body's meetings (`ids`; or of
    `counted` among them: a council's own papers, not the annual meeting linked with it, whose
    few papers would shift every word's weight in the council's linking)."""
    counted = ids if counted is None else counted
    marks = ",".join("?" * len(counted))
    texts = [r[0] for r in db.execute(f"select text from passages where meeting_id in ({marks})", counted)]
    texts += [r[0] for r in db.execute(f"select title from agenda_items where meeting_id in ({marks})", counted)]
    marks = ",".join("?" * len(ids))
    return Vocabulary(texts, _people_words(db, ids, sightings) | _body_words(db, ids), mask=_posts_named(db, ids),
                      generic_items=_generic_item_words(db, counted))
