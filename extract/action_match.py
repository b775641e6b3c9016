"""Is this later text about that earlier action? Pure scoring, no database.

Later papers paraphrase ('the portrait had been ordered' for 'order a portrait'), so wording is
compared as word stems weighted by how rare each word is in the body's papers (a word every
paper uses, 'library' or 'trustees', says little; 'planters' or 'HSBC' says a lot), plus the
agenda item the action sits under (recurring items carry follow-ups), its owners and its
reference ('05-13', 'Action 4') when it has one."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

STOP = set("""a an the to and of for in on at by with from about be is are was were will would should shall
this that these those it its as or into any all their them they he she his her our we us i you your has have had
been being do does did not no so if but than then there here which who whom what when where also may might can
could must per via each other such only very more most some further up out over under again once both new one two
ms mr mrs dr cllr councillor agreed asked stated advised informed noted said requested meeting next item minutes
action actions update updated progress report chair chairman chairs
proposed propose discussion discuss discussed take took taken place time detail details possible future current
currently apparent kindly good well great thanked thanks number trustees trustee members member councillors
officers staff everyone whether tabled tabling""".split())  # words any minute may use of anything
IRREGULAR = {"spoke": "speak", "spoken": "speak", "sent": "send", "bought": "buy", "held": "hold", "made": "make",
             "paid": "pay", "met": "meet", "brought": "bring", "written": "write", "wrote": "write", "gave": "give",
             "given": "give", "taken": "take", "took": "take", "told": "tell", "found": "find", "kept": "keep"}
TITLE_WORDS = 16  # an item title names its subject in a few words (as minutes_units.MAX_TITLE_WORDS)
SAME_ITEM = 0.8  # two item titles this alike are the same recurring item
STEM = 6  # a crude but symmetric stem: 'enquire', 'enquiries' and 'enquiry' meet at 'enquir'
DATE_RE = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?:\s+\d{4})?")
REF_RE = re.compile(r"(?i)^\s*(?:action\s+(?:no\.?\s*)?)?((?:[a-z]{3,9}\s?\d{2}[-./]\d{1,3}(?:\(\d+\))?)|"
                    r"\d{1,3}(?:[-./]\d{1,3})+(?:\(\d+\))?|\d{1,4})(?![\w-])")  # 05-13, Action 4, July22.03, 03.19.04(2)


@lru_cache(maxsize=65536)  # a body's papers use a few thousand words, each stemmed over and over
def stem(word: str) -> str:
    word = IRREGULAR.get(word, word)
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + repl
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # planned -> plann -> plan
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]  # 'update' meets 'updated', 'enquire' meets 'enquired'
    return word[:STEM]


# 'in order to comply with the insurance' orders nothing: left in, 'order' is a shared subject word
# with 'a new basketball net has been ordered' (Souldern) or 'order a portrait'
IN_ORDER_RE = re.compile(r"\bin\s+order\s+(?=to\b|that\b|for\b)")


WORD_RE = re.compile(r"[a-z][a-z'’\-]*[a-z]|[a-z]")


def stems(text: str, ignore: frozenset[str] | set[str] = frozenset()) -> list[str]:
    text = (text or "").lower()
    if "order" in text:  # (IN_ORDER_RE needs the word: most texts are returned as they are)
        text = IN_ORDER_RE.sub(" ", text)
    # (a comprehension over the cached pairs: a body's vocabulary stems every one of its passages)
    return [stemmed for w, stemmed in map(_word_stem, WORD_RE.findall(text.replace("’", "'")))
            if stemmed is not None and w not in ignore]


@lru_cache(maxsize=65536)  # a body's linking stems the same few thousand words tens of thousands of times
def _word_stem(word: str) -> tuple[str, str | None]:
    """The word without its apostrophes, and its stem (None for a short or everyday word)."""
    word = word.replace("'s", "").replace("'", "")
    return word, (None if len(word) < 3 or word in STOP else stem(word))


class Vocabulary:
    """Document frequencies of stems over one body's passages: the weight of a shared word."""

    def __init__(self, texts: list[str], ignore: set[str] = frozenset(), mask: re.Pattern | None = None,
                 generic_items: set[str] = frozenset()):
        self.ignore = frozenset(ignore)
        # phrases that say who, never what (a body's posts named in full): left out of the words
        # compared, not of the counts (a word is as common as the papers make it: 'management'
        # is no rarer for 'Manager' being a post's word)
        self.mask = mask
        self.df: Counter = Counter()
        for t in texts:
            self.df.update(set(stems(t, self.ignore)))
        self.n = max(1, len(texts))
        self.generic_items = frozenset(generic_items)  # item-title words most meetings share
        # a body's linking stems the same sentence, description and item title again for each
        # meeting and each action it is weighed against: each text once (the ignored words and
        # the mask never change after this)
        self._stems: dict[str, tuple[str, ...]] = {}
        self._weights: dict[str, float] = {}  # (so are the counts: a stem's weight once)

    @cached_property
    def rare(self) -> float:
        """The weight of a word found in at most four passages."""
        return math.log((self.n + 1) / 5) + 0.1

    def weight(self, s: str) -> float:
        found = self._weights.get(s)
        if found is None:
            found = self._weights[s] = math.log((self.n + 1) / (self.df.get(s, 0) + 1)) + 0.1
        return found

    def weight_without(self, s: str, passages: int) -> float:
        """The weight of a word had `passages` of the passages using it not been written."""
        return math.log((self.n + 1) / (max(0, self.df.get(s, 0) - passages) + 1)) + 0.1

    def stems(self, text: str) -> tuple[str, ...]:
        found = self._stems.get(text)
        if found is None:
            found = self._stems[text] = tuple(stems(self.mask.sub(" ", text) if self.mask is not None and text else text,
                                                    self.ignore))
        return found

    def vector(self, text: str, scale: float = 1.0) -> dict[str, float]:
        return {s: self.weight(s) * scale for s in set(self.stems(text))}


def combine(*vectors: dict[str, float]) -> dict[str, float]:
    """Several texts as one vector: a word keeps its strongest weight."""
    out: dict[str, float] = {}
    for v in vectors:
        for k, w in v.items():
            out[k] = max(out.get(k, 0.0), w)
    return out


def norm(a: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in a.values()))


def cosine(a: dict[str, float], b: dict[str, float], na: float | None = None, nb: float | None = None) -> float:
    """Norms may be given when known (a candidate keeps its own), so a long paragraph's is not
    summed again for every pair."""
    if not a or not b:
        return 0.0
    if len(b) < len(a):
        a, b, na, nb = b, a, nb, na
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if not dot:
        return 0.0
    na = norm(a) if na is None else na
    nb = norm(b) if nb is None else nb
    return dot / (na * nb) if na and nb else 0.0


def coverage(a: dict[str, float], b: dict[str, float]) -> float:
    """How much of `a`'s weight `b` shares: a short follow-up ('planters have been ordered')
    covers the words that matter of a long action."""
    total = sum(a.values())
    return sum(w for k, w in a.items() if k in b) / total if total else 0.0


def shared_share(a: dict[str, float], b: dict[str, float]) -> float:
    """The weight two texts share over the weight of the shorter: 'Planters ... have been
    ordered' is about the action that names planters, however long its paragraph."""
    shared = sum(min(w, b[k]) for k, w in a.items() if k in b)
    smaller = min(sum(a.values()), sum(b.values()))
    return shared / smaller if smaller else 0.0


def dates_in(text: str) -> set[str]:
    return {re.sub(r"\s+", " ", d.lower()) for d in DATE_RE.findall(text or "")}


def different_dated_items(title_a: str | None, title_b: str | None) -> bool:
    """'Minutes of the meeting held 5th May' and '... held 2nd June' are different items though
    their words agree: each meeting has its own."""
    da, db = dates_in(title_a or ""), dates_in(title_b or "")
    return bool(da and db and not da & db)


def ref_of(ref: str | None) -> str | None:
    m = REF_RE.match(ref or "")
    return re.sub(r"\s+", "", m.group(1).lower()).replace(".", "-").replace("/", "-") if m else None


@dataclass
class Candidate:
    """An action as the matcher sees it: its own words, the words around it and its item."""
    words: dict[str, float]
    context: dict[str, float]
    item: dict[str, float]
    item_title: str | None = None
    owners: set[str] = field(default_factory=set)  # person keys or group names, lower case
    ref: str | None = None
    # the words of the task as later papers restated it ('Mike will advertise' the post an
    # earlier paper said needed filling): what its outcome may be reported as
    tasks: frozenset[str] = frozenset()
    sequence: tuple[str, ...] = ()  # its own words' stems in order, for the phrases it shares (shared_phrase)

    # A body's linking scores every open action against every sentence of each later meeting:
    # what depends on one side only is worked out once per candidate, not once per pair. The
    # vectors are never changed after a candidate is made.
    @cached_property
    def wording(self) -> dict[str, float]:
        """The action's own words and the words around it, as one vector."""
        return combine(self.words, self.context)

    @cached_property
    def wording_and_item(self) -> dict[str, float]:
        return combine(self.wording, self.item)

    @cached_property
    def words_and_item(self) -> dict[str, float]:
        return combine(self.words, self.item)

    @cached_property
    def words_norm(self) -> float:
        return norm(self.words)

    @cached_property
    def wording_norm(self) -> float:
        return norm(self.wording)

    @cached_property
    def item_dates(self) -> set[str]:
        # (a title's own date: 'Minutes of the meeting held 5th May'; a table cell's whole text read as
        # the title dates whatever it reports, 'World Music Day is on 19th and 20th October', not the item)
        title = self.item_title or ""
        return dates_in(title) if len(title.split()) <= TITLE_WORDS else set()


def enough_in_common(mine: dict[str, float], theirs: dict[str, float], rare: float, same_people: bool = False) -> bool:
    """Two words in common, or one the body's papers hardly use ('planters', 'HSBC'), or one
    word and the same people ('Sheila and Alison attended' the forum they agreed to attend):
    one everyday word alone ('purchase', 'options') does not make two tasks one."""
    shared = mine.keys() & theirs.keys()
    # (the earlier side may weigh its subject more: the word its own news keeps repeating)
    return len(shared) >= 2 or any(max(mine[k], theirs[k]) >= rare for k in shared) or (same_people and bool(shared))


# what doing a task is reported as: 'Mike will advertise' is done when someone 'was duly
# elected'; 'apply to the Council' when funding was 'secured'; 'order a portrait' when it 'had
# been delivered'. Each pair is a task's verb and the words of its outcome, as stems.
_OUTCOMES = [
    ("advertise recruit seek nominate vacancy", "elected appointed recruited filled joined"),
    ("order purchase buy obtain procure", "ordered purchased bought delivered arrived installed fitted received"),
    ("apply application bid", "secured awarded granted successful success approved approval received"),
    ("enquire ask contact chase liaise speak talk write approach", "replied response confirmed approved approval spoke heard"),
    ("attend", "attended"),
    ("arrange organise organize plan hold", "held success successful arranged organised organized"),
    ("draft prepare revise write", "circulated sent approved revised finalised written"),
    ("send circulate post publish distribute", "sent circulated posted published distributed"),
    ("cost quote price", "purchased ordered approved bought"),
    ("investigate look consider explore review", "decided concluded remain recommended"),
]
OUTCOMES: dict[str, set[str]] = {}
for _verbs, _outcomes in _OUTCOMES:
    for _v in {stem(v) for v in _verbs.split()}:
        # only an outcome in other words than the task's own: 'post' meets 'posted' as a shared word already
        OUTCOMES.setdefault(_v, set()).update(stem(o) for o in _outcomes.split() if stem(o) != _v)


def outcome_of(earlier_words, later_words) -> bool:
    """Does the later text report the outcome of a task the earlier one sets?"""
    return any(o in later_words for v in earlier_words for o in OUTCOMES.get(v, ()))


def score(earlier: Candidate, later: Candidate, report: bool = False, rare: float = 0.0, clip: bool = True) -> float:
    """0..1: how surely the later text speaks of the earlier action. A `report` (a sentence
    of later minutes, not an action of its own) may be much shorter than the action, so what
    it shares counts against its own length too. Unclipped (`clip=False`), two strong
    candidates can still be ranked."""
    if earlier.ref and later.ref:
        return 1.0 if earlier.ref == later.ref else 0.0
    da, db = earlier.item_dates, later.item_dates
    if da and db and not da & db:  # different_dated_items
        return 0.0
    mine = earlier.wording
    theirs = later.wording
    same_people = bool(earlier.owners and later.owners and earlier.owners & later.owners)
    item = cosine(earlier.item, later.item) if earlier.item and later.item else 0.0
    # the same item of its own again ('Friends and SL website' at one meeting, 'Friends and the
    # SL Website' at the next): the later text sits where the action's news is given, though
    # it may share only the item's one everyday word ('website') with it
    if not (item >= SAME_ITEM or enough_in_common(earlier.wording_and_item, later.wording_and_item, rare, same_people)):
        return 0.0
    text = max(cosine(earlier.words, later.words, earlier.words_norm, later.words_norm),
               0.8 * cosine(mine, theirs, earlier.wording_norm, later.wording_norm))
    if report and not any(k in earlier.words or k in earlier.item for k in later.words_and_item):
        return 0.0  # a report shares a word with the task itself or its item, not only with the talk around it
    if report:
        # a short report names what matters and little else: the rarer the words it shares
        # with the action, the surer the match, however long the action's paragraph
        # (its three strongest shared words: a long paragraph shares many words with anything)
        shared = sum(sorted((max(w, earlier.words.get(k, 0.0)) * (1.0 if k in earlier.words else 0.5)
                             for k, w in later.words.items() if k in mine),
                            reverse=True)[:3])
        text = max(text, shared / (shared + (1.5 * rare if rare else 6.0)))  # one rare word alone: about 0.4
    elif same_people:
        # the same person's task restated in other words ('update the signatories' for 'have
        # the signatories updated'): what the two tasks themselves share, however long each is
        shared = sum(sorted((w for k, w in later.words.items() if k in earlier.words), reverse=True)[:3])
        text = max(text, 0.8 * shared / (shared + 6.0))
    if not report and earlier.owners and later.owners and not earlier.owners & later.owners:
        text *= 0.4  # 'Ali will look at the options' is not 'Sheila and Mike agreed to look at the options'
    if report and later.item:
        # the item a report sits under may name the action's subject ('Feedback from the
        # Community Forum' under which 'Sheila and Alison attended')
        item = max(item, 0.8 * shared_share(later.item, earlier.words))
    owners = 1.0 if same_people else 0.0
    outcome = 0.2 if report and text > 0.1 and outcome_of(earlier.words.keys() | earlier.tasks, later.words) else 0.0
    # a recurring item of its own ('Update of bank transfer from HSBC') carries its actions' news
    value = text + (0.45 if report else 0.25) * item + 0.1 * owners * (text > 0.1) + outcome
    return min(1.0, value) if clip else value


def may_be_news(earlier: Candidate, later: Candidate, shared: list[str], rare: float) -> bool:
    """False when `score(earlier, later, report=True)` is surely 0, told from the words their
    `wording_and_item` share alone (`shared`, every one of them) by score's own first tests: a
    body's linking looks up the open actions sharing a word with each sentence, and most share
    one everyday word, which scores nothing (a fifth of the pairs reach any score)."""
    if earlier.ref and later.ref:
        return True
    own, item, theirs = earlier.words, earlier.item, later.words_and_item  # (locals: some 50,000 pairs a body)
    if not any((k in own or k in item) and k in theirs for k in shared):
        return False  # a report shares a word with the task itself or its item
    if len(shared) >= 2:
        return True
    k = shared[0]
    # one word in common: enough_in_common's rare word or same people, or the same item
    # (two items sharing no word are not alike)
    return (max(earlier.wording_and_item[k], later.wording_and_item[k]) >= rare
            or bool(earlier.owners and later.owners and earlier.owners & later.owners)
            or (k in earlier.item and k in later.item))


def words_index(candidates: list[Candidate]) -> dict[str, list[int]]:
    """Each word of the candidates' wording and items -> the indexes of the candidates using it."""
    by_word: dict[str, list[int]] = {}
    for i, c in enumerate(candidates):
        for k in c.wording_and_item:
            by_word.setdefault(k, []).append(i)
    return by_word


def words_shared(by_word: dict[str, list[int]], candidate: Candidate) -> dict[int, list[str]]:
    """Each candidate of `by_word` (words_index) sharing a word with this one's wording and item ->
    every word they share."""
    shared: dict[int, list[str]] = {}
    for k in candidate.wording_and_item:
        for i in by_word.get(k, ()):
            shared.setdefault(i, []).append(k)
    return shared


def shared_phrase(a: Candidate, b: Candidate) -> float:
    """The weight of the heaviest run of two or more words the two texts share in the same
    order: 'the Safety Management policy has been signed' names 'the adoption of the safety
    management policy', though 'safety' and 'management' alone are everyday in a library
    society's papers. 'General Manager' weighs little, whatever paper it is in."""
    best = 0.0
    x, y = a.sequence, b.sequence
    for i in range(len(x)):
        for j in range(len(y)):
            k = 0
            while i + k < len(x) and j + k < len(y) and x[i + k] == y[j + k]:
                k += 1
            if k >= 2:
                best = max(best, sum(a.words.get(w, 0.0) for w in x[i:i + k]))
    return best
