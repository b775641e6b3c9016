"""'Did you mean planning?': a search whose words the papers hardly hold is offered the words they
hold often that are one or two letters away, read from the archive's own index (no word list:
place names and officers' names are corrected only to what the papers print).

The index holds stems ('planning' is 'plan'), so the typed word is stemmed the same way (FTS5's
porter tokenizer on a table in memory) and compared with the stems; the suggestion shown is the
word as the papers print it most often under that stem."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter, OrderedDict

MIN_PAPERS = 3  # a stem in fewer passages than this is no better spelt than the typed word
MAX_WORDS = 4  # words of one search looked at
FEW_HITS = 3  # a search with fewer hits is offered a spelling
_WORD = re.compile(r"(?<![\w\"*:^-])([^\W\d_]{4,30})(?![\w\"*:-])")
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}

_local = threading.local()
_VOCABULARIES: OrderedDict = OrderedDict()  # (path, version) -> {first letter: [(stem, passages)]}
_LOCK = threading.Lock()


def stem(word: str) -> str | None:
    """The word as the index stores it (porter, accents removed, lower case)."""
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = _local.conn = sqlite3.connect(":memory:")
        conn.execute("create virtual table s using fts5(x, tokenize='porter')")
        conn.execute("create virtual table v using fts5vocab(s, row)")
    conn.execute("insert into s (rowid, x) values (1, ?)", [word])
    found = conn.execute("select term from v").fetchall()
    conn.execute("delete from s")
    return found[0][0] if len(found) == 1 else None


def _vocabulary(path: str, version) -> dict[str, list[tuple[str, int]]]:
    key = (path, version)
    with _LOCK:
        if key in _VOCABULARIES:
            _VOCABULARIES.move_to_end(key)
            return _VOCABULARIES[key]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("create virtual table temp.mb_vocabulary using fts5vocab(main, 'passages_fts', 'row')")
        rows = conn.execute("select term, doc from temp.mb_vocabulary where doc >= ?", [MIN_PAPERS]).fetchall()
    except sqlite3.Error:
        rows = []
    finally:
        conn.close()
    by_letter: dict[str, list[tuple[str, int]]] = {}
    for term, count in rows:
        if term.isalpha():
            by_letter.setdefault(term[0], []).append((term, count))
    with _LOCK:
        _VOCABULARIES[key] = by_letter
        while len(_VOCABULARIES) > 8:
            _VOCABULARIES.popitem(last=False)
    return by_letter


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


def _closest(word_stem: str, vocabulary) -> tuple[str, int] | None:
    most = 1 if len(word_stem) <= 5 else 2
    own = next((n for t, n in vocabulary.get(word_stem[0], ()) if t == word_stem), 0)
    if own:
        return None  # the papers print it often enough: not a misspelling
    best = None
    for term, count in vocabulary.get(word_stem[0], ()):
        if term == word_stem:
            continue
        d = distance(word_stem, term, most)
        if d <= most and (best is None or (d, -count) < (best[0], -best[2])):
            best = (d, term, count)
    return (best[1], best[2]) if best else None


def _printed(conn, term: str) -> str | None:
    """How the papers print the stem most often ('planning' for 'plan')."""
    rows = conn.execute("select highlight(passages_fts, 1, char(1), char(2)) from passages_fts "
                        "where passages_fts match ? limit 30", ['"' + term + '"']).fetchall()
    printed = Counter(m.lower() for (text,) in rows for m in re.findall("\x01([^\x02]{1,40})\x02", text or ""))
    return printed.most_common(1)[0][0] if printed else None


def suggestion(conn, path: str | None, version, q: str) -> str | None:
    """The search with its misspelt words replaced, or None when none is found."""
    if not path or not q:
        return None
    words = [w for w in dict.fromkeys(m.group(1) for m in _WORD.finditer(q)) if w not in _OPERATORS][:MAX_WORDS]
    if not words:
        return None
    vocabulary = _vocabulary(path, version)
    changed = q
    for word in words:
        word_stem = stem(word)
        if not word_stem:
            continue
        closest = _closest(word_stem, vocabulary)
        printed = _printed(conn, closest[0]) if closest else None
        if printed and printed != word.lower():
            printed = printed.upper() if word.isupper() else printed.capitalize() if word[0].isupper() else printed
            changed = re.sub(rf"(?<![\w\"*:^-]){re.escape(word)}(?![\w\"*:-])", printed, changed)
    return changed if changed != q else None
