"""'Did you mean planning?': a search whose words the papers hardly hold is offered the words they
hold often that are one or two letters away, read from the archive's own index (no word list:
place names and officers' names are corrected only to what the papers print).

The index holds stems ('planning' is 'plan'), so the typed word is stemmed the same way (FTS5's
porter tokenizer on a table in memory) and compared with every stem, whatever letter the typo is
in; the stems near enough are found through the letter pairs they share with it, not by reading
the whole vocabulary. What is offered is a word the papers print under one of those stems, the
one nearest to what was typed ('plannning' is offered 'planning', not the stem's commonest
printing 'plan')."""

from __future__ import annotations

import re
import sqlite3
import threading
from array import array
from collections import Counter, OrderedDict

from .ingest.stem_counts import MIN_PASSAGES, STEMS_TABLE

TOKENIZE = "porter"  # the passages' index's tokenizer (ingest/schema.py), to stem a word as it does
MAX_WORDS = 4  # words of one search looked at
FEW_HITS = 3  # a search with fewer hits is offered a spelling
STEMS_READ = 5  # the nearest stems whose printed words are read
PRINTINGS_READ = 200  # passages read for how a stem is printed: bounded, whatever the archive
# a word of the search, in a phrase too; not a prefix (plan*), a column (heading:), a word left out (-x)
_WORD = re.compile(r"(?<![\w*:^-])([^\W\d_]{4,30})(?![\w*:-])")
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}

_local = threading.local()
_VOCABULARIES: OrderedDict = OrderedDict()  # (path, version) -> _Vocabulary
_LOCK = threading.Lock()


def stem(word: str) -> str | None:
    """The word as the index stores it (porter, accents removed, lower case)."""
    return stems([word])[0]


def stems(words: list[str]) -> list[str | None]:
    """Each word as the index stores it, None for what is not one word; in one pass over a
    table in memory, one per thread."""
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = _local.conn = sqlite3.connect(":memory:")
        conn.execute(f"create virtual table s using fts5(x, tokenize='{TOKENIZE}')")
        conn.execute("create virtual table v using fts5vocab(s, instance)")
    conn.executemany("insert into s (rowid, x) values (?, ?)", enumerate(words))
    terms: dict[int, list[str]] = {}
    for term, doc in conn.execute("select term, doc from v"):
        terms.setdefault(doc, []).append(term)
    conn.execute("delete from s")
    return [terms[i][0] if len(terms.get(i, ())) == 1 else None for i in range(len(words))]


def _one_edit(word: str, letters: str) -> set[str]:
    """Every word one letter added, dropped, changed or two swapped from `word`."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
            | {a + c + b[1:] for a, b in cuts if b for c in letters} | {a + c + b for a, b in cuts for c in letters})


def _pairs(word: str) -> set[str]:
    """The word's letter pairs, its first and last letters paired with its edges."""
    padded = f"^{word}$"
    return {padded[i:i + 2] for i in range(len(padded) - 1)}


class _Vocabulary:
    """The stems of the archive's passages held by at least MIN_PASSAGES of them, with the
    stems holding each letter pair, so that the stems near a word are found by the pairs they
    share with it: an edit changes at most three pairs (two letters swapped), so a stem `most`
    edits away shares all but 3 * most of them."""

    def __init__(self, rows):
        self.stems: list[str] = []
        self.passages: dict[str, int] = {}
        self.by_pair: dict[str, array] = {}
        letters: set[str] = set()
        for term, count in rows:
            if not term.isalpha():
                continue
            index = len(self.stems)
            self.stems.append(term)
            self.passages[term] = count
            letters.update(term)
            for pair in _pairs(term):
                self.by_pair.setdefault(pair, array("i")).append(index)
        self.letters = "".join(sorted(letters))  # what a typo's letter is changed to

    def near(self, word: str, most: int) -> list[tuple[int, str, int]]:
        """The stems at most `most` edits from `word`, as (edits, stem, passages), nearest and commonest first."""
        pairs = _pairs(word)
        shared = Counter()
        for pair in pairs:
            shared.update(self.by_pair.get(pair, ()))
        need = max(1, len(pairs) - 3 * most)
        found = []
        for index, n in shared.items():
            term = self.stems[index]
            if n >= need and term != word and abs(len(term) - len(word)) <= most:
                d = distance(word, term, most)
                if d <= most:
                    found.append((d, term, self.passages[term]))
        return sorted(found, key=lambda t: (t[0], -t[2], t[1]))


def _vocabulary(path: str, version) -> _Vocabulary:
    key = (path, version)
    with _LOCK:
        if key in _VOCABULARIES:
            _VOCABULARIES.move_to_end(key)
            return _VOCABULARIES[key]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = _stems(conn)
    except sqlite3.Error:
        rows = []
    finally:
        conn.close()
    vocabulary = _Vocabulary(rows)
    with _LOCK:
        _VOCABULARIES[key] = vocabulary
        while len(_VOCABULARIES) > 8:
            _VOCABULARIES.popitem(last=False)
    return vocabulary


def _stems(conn) -> list[tuple[str, int]]:
    """The stems at least MIN_PASSAGES passages hold, with how many: from the public copy's table of
    them (ingest/stem_counts.py), or else (the archive itself, in full mode) from the index, a
    walk of every stem's passages (half a second at 1M passages)."""
    if conn.execute("select 1 from sqlite_master where name = ?", [STEMS_TABLE]).fetchone():
        return conn.execute(f"select term, doc from [{STEMS_TABLE}]").fetchall()
    conn.execute("create virtual table temp.mb_vocabulary using fts5vocab(main, 'passages_fts', 'row')")
    return conn.execute("select term, doc from temp.mb_vocabulary where doc >= ?", [MIN_PASSAGES]).fetchall()


def distance(a: str, b: str, most: int) -> int:
    """Edits from a to b (a letter added, dropped, changed, or two swapped), more than `most` as most + 1."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > most:
            return most + 1
        previous2, previous = previous, row
    return previous[-1]


def _printings(conn, term: str) -> Counter:
    """The words the papers print under a stem, with how often ('planning', 'plans' for 'plan').
    The passages holding the stem are read from the index's own list of them: a query for the stem
    would stem it again ('committe', the stem of 'committee', is searched as 'committ'), so they
    are matched by it as a prefix, and of the words so marked those of the stem are kept."""
    try:
        conn.execute("create virtual table if not exists temp.mb_instances using fts5vocab(main, 'passages_fts', 'instance')")
    except sqlite3.Error:
        return Counter()
    rows = conn.execute(
        "select highlight(passages_fts, 1, char(1), char(2)) from passages_fts where passages_fts match ? "
        "and rowid in (select doc from temp.mb_instances where term = ? limit ?)",
        ['"' + term + '"*', term, PRINTINGS_READ]).fetchall()
    marked = Counter(m.lower() for (text,) in rows for m in re.findall("\x01([^\x02]{1,40})\x02", text or ""))
    return Counter({word: n for word, n in marked.items() if stem(word) == term})


def _candidates(word: str, word_stem: str, vocabulary: _Vocabulary) -> list[tuple[int, str, int]]:
    """The stems a misspelt word may have meant, as (edits, stem, passages), likeliest first: those
    of the words one edit from it as typed ('decsion' -> 'decision' -> 'decis', which stemming
    the typo itself does not come near), then the stems near its stem."""
    most = 1 if len(word_stem) <= 5 else 2
    found = {}
    for term in stems(sorted(_one_edit(word.lower(), vocabulary.letters))):
        if term in vocabulary.passages:
            found[term] = (0, term, vocabulary.passages[term])
    for edits, term, passages in vocabulary.near(word_stem, most):
        found.setdefault(term, (edits, term, passages))
    return sorted(found.values(), key=lambda t: (t[0], -t[2], t[1]))


def _respelt(conn, word: str, vocabulary: _Vocabulary, seen: int) -> str | None:
    """The printed word nearest to a typed one under the stems it may have meant, or None when
    the papers print the typed word's stem often enough (not a misspelling) or nothing near it.
    A word the papers print, in `seen` passages, is taken for a typo of another only one letter
    away and far commoner ('plannning' in one passage of the wild archive, 'planning' in 582):
    'reject' is not 'project', nor 'special' 'social'."""
    word_stem = stem(word)
    if not word_stem or word_stem in vocabulary.passages:
        return None
    most = 1 if len(word) <= 5 else 2
    typed = word.lower()
    best = None
    for edits, term, passages in _candidates(word, word_stem, vocabulary)[:STEMS_READ]:
        for printed, times in _printings(conn, term).items():
            # the printed word is compared with what was typed: the stem hides the ending
            key = (distance(typed, printed, most + 1), edits, -passages, -times, printed)
            if best is None or key < best:
                best = key
    if best is None or best[0] > most:
        return None  # the stem is near, but no printing of it is near what was typed
    if seen and (best[0] > 1 or -best[2] < COMMONER * seen):
        return None
    printed = best[-1]
    return printed.upper() if word.isupper() else printed.capitalize() if word[0].isupper() else printed


SHORT = 5  # a word this long that the papers print, if rarely, is taken as meant: one letter from another word is common
COMMONER = 20  # times as many passages as a printed word's that another must be in to be offered for it


def _passages(conn, word: str) -> int:
    """The passages holding the word (at most MIN_PASSAGES: more and it is no misspelling)."""
    return conn.execute("select count(*) from (select 1 from passages_fts where passages_fts match ? limit ?)",
                        ['"' + word.replace('"', "") + '"', MIN_PASSAGES]).fetchone()[0]


def suggestion(conn, path: str | None, version, q: str) -> str | None:
    """The search with its misspelt words replaced, or None when none is found. A short word the
    papers print, if rarely, is kept: 'saef haven' is offered 'safe haven', not 'safe have'
    ('haven' is in two passages of the wild archive); a longer one only for a far commoner one (_respelt)."""
    if not path or not q:
        return None
    words = [w for w in dict.fromkeys(m.group(1) for m in _WORD.finditer(q)) if w not in _OPERATORS][:MAX_WORDS]
    if not words:
        return None
    vocabulary = _vocabulary(path, version)
    changed = q
    for word in words:
        seen = _passages(conn, word)
        if seen and len(word) <= SHORT:
            continue
        printed = _respelt(conn, word, vocabulary, seen)
        if printed and printed.lower() != word.lower():
            changed = re.sub(rf"(?<![\w*:^-]){re.escape(word)}(?![\w*:-])", printed, changed)
    return changed if changed != q else None
