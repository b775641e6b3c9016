"""Full-text search over passages, decisions and actions, for the site's search page and the
canned queries: a user's words become a valid FTS5 query, hits are ranked with bm25 and carry a
highlighted snippet, the meeting, the paper's title and the page to open."""

from __future__ import annotations

import bisect
import json
import operator
import re
import sqlite3
import threading
import unicodedata
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field

from .data_version import PragmaReader
from .ingest.publish import FILTER_INDEX, STATE_TABLE
from .ingest.recent_index import FROM_KEY, RECENT_FTS
from .snippet_marks import CLOSE, OPEN, highlight_html

KINDS = ("passages", "decisions", "actions")
SORTS = ("newest", "oldest")
_TERM = re.compile(r'"[^"]*"|[^\s"]+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


_CURLY_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})

_checker = threading.local()


def _valid(query: str) -> bool:
    """FTS5 parses a query only when it runs one, so try it on an empty table in memory (one per
    thread, made once: making it was a tenth of a computed search)."""
    conn = getattr(_checker, "conn", None)
    if conn is None:
        conn = _checker.conn = sqlite3.connect(":memory:")
        # "text" is the one column every index shares (passages add heading, actions description):
        # a column filter such as "heading:x" is valid on one index and an error on the others
        conn.execute("create virtual table t using fts5(text)")
    try:
        conn.execute("select * from t where t match ?", [query]).fetchall()
        return True
    except sqlite3.Error:
        return False


def fts_query(text: str | None) -> str:
    """The user's query as FTS5 syntax: kept as typed when it is valid (phrases in quotes,
    OR, NOT, NEAR, prefix*), otherwise every word quoted, so that no input is an error."""
    text = _CONTROL.sub(" ", text or "").strip()  # a NUL ends SQLite's copy of the query mid-string
    if not text:
        return ""
    # words pasted from a PDF or a word processor: the ligature in 'ﬁnance' is 'fi' in the index (its
    # text is normalised so), and a phrase in curly quotes is a phrase
    text = unicodedata.normalize("NFKC", text).translate(_CURLY_QUOTES)
    text = _and_not(_near(text))
    if _valid(text):
        return text
    text = text if text.count('"') % 2 == 0 else text.replace('"', " ")
    terms, excluded = [], []
    for term in _TERM.findall(text):
        inner = term.strip('"').replace('"', " ").strip()
        if not inner:
            continue
        if not term.startswith('"') and _HYPHENATED.fullmatch(inner):
            # 'co-operation' as the papers print it, split ('co operation') or run together
            terms.append(f'("{inner.replace("-", " ")}" OR "{inner.replace("-", "")}")')
        elif not term.startswith('"') and inner.startswith("-") and inner.strip("-"):
            # '-meeting', as search engines take it: without that word
            excluded.append('"' + inner.lstrip("-") + '"')
        else:
            terms.append('"' + inner + '"')
    if not terms:  # nothing left to exclude from: the words are looked for instead
        return " ".join(excluded)
    return " ".join(terms + [f"NOT {e}" for e in excluded])


# 'speed NEAR limit' as people type it (FTS5 reads a bare NEAR as the word 'near'): NEAR(speed limit)
_NEAR_TERM = r'(?:"[^"]+"|[^\s"()]+)'
_NEAR_BETWEEN = re.compile(rf'(?<![^\s(]){_NEAR_TERM}(?:\s+NEAR(?:/\d{{1,3}})?\s+{_NEAR_TERM})+(?![^\s)])')
_NEAR_WORD = re.compile(r'\s+NEAR(?:/(\d{1,3}))?\s+')
_SPLIT_QUOTES = re.compile(r'("[^"]*")')


def _near(text: str) -> str:
    if "NEAR" not in text or text.count('"') % 2:
        return text
    parts = _SPLIT_QUOTES.split(text)  # a NEAR inside a phrase is the phrase's word
    if not any("NEAR" in p for p in parts[::2]):
        return text
    return _NEAR_BETWEEN.sub(_near_group, text)


# 'cctv AND NOT camera' as search engines and catalogues take it: FTS5's NOT already means "and
# not", and 'AND NOT' is a syntax error to it, so the words were searched for, 'and' and 'not'
# among them, and nothing was found
_AND_NOT = re.compile(r'("[^"]*")|(?<=\S)\s+AND\s+NOT\s+(?=\S)')  # a phrase is matched whole, and kept


def _and_not(text: str) -> str:
    if "AND" not in text or text.count('"') % 2:
        return text
    return _AND_NOT.sub(lambda m: m.group(1) or " NOT ", text)


def _near_group(m: re.Match) -> str:
    """'a NEAR b NEAR/5 c' -> NEAR(a b c, 5): one group, the widest distance asked."""
    parts = _NEAR_WORD.split(m.group(0))
    terms, distances = parts[::2], [int(d) for d in parts[1::2] if d]
    return f"NEAR({' '.join(terms)}{', ' + str(max(distances)) if distances else ''})"


_LOWER_OR = re.compile(r'(?<=\S)\s+or\s+(?=\S)')
# a search of nothing but operators ('OR', 'AND NOT') or of words to leave out ('-x'): FTS5 cannot
# run it as typed, and its words were looked for, with nothing on the page to say so
_ONLY_OPERATORS = re.compile(r"\s*(?:(?:AND|OR|NOT|NEAR)\s*)+")
_ONLY_LEFT_OUT = re.compile(r"\s*(?:-[^\s\-\"]\S*\s*)+")


def query_hints(text: str) -> list[str]:
    """What a search may not mean as typed: operators FTS5 reads as words."""
    hints = []
    bare = _SPLIT_QUOTES.sub(" ", text or "")
    if _LOWER_OR.search(bare):
        hints.append("“or” was looked for as a word: to find either word, type OR in capitals (funding OR grant).")
    if re.match(r"\s*NOT\s", bare):
        hints.append("NOT leaves out the words after it only when words come before it (planning NOT appeal): "
                     "here “not” was looked for as a word.")
    elif text and _ONLY_OPERATORS.fullmatch(text):
        hints.append(f"“{text.strip()}” goes between words (funding OR grant, planning NOT appeal); alone, it was "
                     "looked for as a word.")
    elif text and _ONLY_LEFT_OUT.fullmatch(text):
        words = [w.lstrip("-") for w in text.split()]
        hints.append(f"A - leaves a word out of what the other words find; with no other word, “{' '.join(words)}” "
                     f"{'was' if len(words) == 1 else 'were'} looked for instead.")
    return hints


def with_acronyms(conn: sqlite3.Connection, text: str) -> str:
    """An FTS5 query that also finds the expansion of an acronym the papers define ("VAWG"), and
    a word the papers print hyphenated ("cooperation" finds "co-operation"; with_compounds)."""
    query = with_compounds(conn, text, fts_query(text))
    if not query:
        return ""
    row = conn.execute("select expansion from acronyms where acronym = ? limit 1", [text.strip()]).fetchone() \
        if _has_table(conn, "acronyms") else None
    if row and row[0]:
        return f'({query}) OR "{row[0].replace(chr(34), " ")}"'
    return query


_WORD = re.compile(r"(?<![\w\"*:-])([^\W\d_]{4,30})(?![\w\"*:-])")
MAX_COMPOUND_WORDS = 3  # words of one query looked up; a search is a few words
# passages of a split's phrase read for its hyphenated printing: a common phrase ('in the' for
# 'inthe') matches most of the archive, and the look runs outside the SQL time limit, so its cost
# must not grow with the archive; a printing past the first few hundred is too rare to matter
COMPOUND_CANDIDATES = 300
_COMPOUNDS: OrderedDict = OrderedDict()  # (connection, data_version, word) -> spaced form or None
_COMPOUNDS_LOCK = threading.Lock()


def compound_of(conn: sqlite3.Connection, word: str) -> str | None:
    """The word split where the archive's own papers print it with a hyphen ("co operation" for
    "cooperation", "e mail" for "email"), or None. Read from the index, not from a word list:
    a split is taken when the passages' index holds its two halves as a phrase and one of those
    passages prints them joined by a hyphen, so "into" never becomes "in to" unless a paper
    writes "in-to". Kept per connection and database state."""
    if not _has_table(conn, "passages_fts"):
        return None
    word = word.lower()
    # the connection itself in the key (its id could name another later), unwrapped: the search
    # page wraps its connection anew for every search
    key = (getattr(conn, "_conn", conn), conn.execute("pragma data_version").fetchone()[0], word)
    with _COMPOUNDS_LOCK:
        if key in _COMPOUNDS:
            _COMPOUNDS.move_to_end(key)
            return _COMPOUNDS[key]
    found = None
    for cut in range(1, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        # the phrase's passages are the only candidates (stemmed: 'co operation' matches
        # 'co-operative' too), so the first one printing the hyphenated word ends the look
        if conn.execute("select 1 from (select rowid from passages_fts where passages_fts match ? limit ?) c "
                        "join passages p on p.id = c.rowid where instr(lower(p.text), ?) limit 1",
                        [f'"{head} {tail}"', COMPOUND_CANDIDATES, f"{head}-{_stem_part(tail)}"]).fetchone():
            found = f"{head} {tail}"
            break
    with _COMPOUNDS_LOCK:
        _COMPOUNDS[key] = found
        while len(_COMPOUNDS) > 256:
            _COMPOUNDS.popitem(last=False)
    return found


def _stem_part(word: str) -> str:
    """The start of a word that its inflections share, as the index's stemming treats them alike
    ('operation', 'operative', 'operating' share 'operat'): a short word whole."""
    return word[:-3] if len(word) > 6 else word


def with_compounds(conn: sqlite3.Connection, text: str, query: str) -> str:
    """`query` with each plain word of it that the papers also print hyphenated looked for in
    both spellings: 'cooperation' becomes '(cooperation OR "co operation")', which FTS5 matches in
    'co-operation' and 'co operation' too. Words inside a phrase or with an operator are left
    as typed, and a query that would no longer parse is kept as it was."""
    if not query:
        return query
    words = [m.group(1) for m in _WORD.finditer(query) if m.group(1) not in ("AND", "OR", "NOT", "NEAR")]
    words += re.findall(r'"([^\W\d_]{4,30})"', query)  # a word quoted by fts_query
    changed = query
    for word in list(dict.fromkeys(words))[:MAX_COMPOUND_WORDS]:
        spaced = compound_of(conn, word)
        if spaced:
            changed = re.sub(rf'(?<![\w"*:-]){re.escape(word)}(?![\w"*:-])', f'({word} OR "{spaced}")', changed, count=1)
            changed = re.sub(rf'(?<![\w-])"{re.escape(word)}"', f'("{word}" OR "{spaced}")', changed, count=1)
    return changed if changed == query or _valid(changed) else query


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where name = ?", [name]).fetchone() is not None


# Ranking is done in three steps so that the work stays bounded however many rows match:
# 1. candidates: the matching rows in rowid order (which FTS5 walks without scoring), newest
#    first, at most CANDIDATES of them; their number is the hit count, exact up to the cap;
# 2. ranking: bm25 over the candidates only, limited to the rows the page needs;
# 3. details: metadata and snippet() for the shown rows only (snippets read and tokenise the
#    text, the costliest part when computed for every match).
# Up to CANDIDATES matches the ranking is bm25 over all of them; past it, over the latest
# CANDIDATES added (those among the newest passages first: RECENT_FIRST), and the page says so.
CANDIDATES = 1000

# A passage outside any minuted meeting (a report) is dated by the meeting its paper is for.
_PASSAGE_MEETING = """left join meetings m on m.id = coalesce(p.meeting_id, (select md.meeting_id from meeting_documents md
                                                   where md.document_id = p.document_id limit 1))"""


@dataclass(frozen=True)
class _Kind:
    fts: str
    rows: str  # the FROM clause that joins the FTS table to what the filters read ({indexed}: see _rows)
    body: str  # the columns the body and date filters compare
    date: str
    details: str  # the SELECT of one hit's metadata and snippet, for the shown rows only


_KINDS = {
    "passages": _Kind(
        "passages_fts", f"passages_fts join passages p{{indexed}} on p.id = passages_fts.rowid {_PASSAGE_MEETING}", "m.body",
        "m.date", f"""
        select 'passage' as kind, p.id, p.document_id, p.page, m.id as meeting_id,
          coalesce(m.date, '') as date, coalesce(m.body, '') as body, p.heading as heading,
          snippet(passages_fts, -1, '{OPEN}', '{CLOSE}', ' … ', 28) as snippet,
          null as owners, null as due_date, null as status
        from passages_fts join passages p on p.id = passages_fts.rowid {_PASSAGE_MEETING}"""),
    "decisions": _Kind(
        "decisions_fts", "decisions_fts join decisions d on d.id = decisions_fts.rowid", "d.body", "d.meeting_date",
        f"""
        select 'decision' as kind, d.id, d.document_id, d.page, d.meeting_id,
          coalesce(d.meeting_date, '') as date, coalesce(d.body, '') as body,
          -- whose decision it is, on the hit itself: a report's account of a decision taken elsewhere or earlier, or a
          -- recommendation only put to the meeting, must not read as the meeting's own 'approved'
          d.kind || case coalesce(d.source, 'meeting') when 'reported' then ', reported (decided elsewhere or earlier)'
                                                       when 'proposed' then ', put to the meeting (not decided there)'
                                                       else '' end as heading,
          snippet(decisions_fts, -1, '{OPEN}', '{CLOSE}', ' … ', 40) as snippet,
          null as owners, null as due_date, null as status
        from decisions_fts join decisions d on d.id = decisions_fts.rowid"""),
    "actions": _Kind(
        "actions_fts", "actions_fts join actions a on a.id = actions_fts.rowid", "a.body", "a.meeting_date", f"""
        select 'action' as kind, a.id, a.document_id, a.page, a.meeting_id,
          coalesce(a.meeting_date, '') as date, coalesce(a.body, '') as body, a.ref as heading,
          snippet(actions_fts, -1, '{OPEN}', '{CLOSE}', ' … ', 40) as snippet,
          a.owners, a.due_date, a.status
        from actions_fts join actions a on a.id = actions_fts.rowid"""),
}
_IDS = "(select value from json_each(:ids))"


@dataclass
class Search:
    q: str = ""
    kind: str = ""  # one of KINDS, or "" for all three
    body: str = ""
    date_from: str = ""
    date_to: str = ""
    page: int = 1
    sort: str = ""  # "" for the best first (bm25), or one of SORTS: by the meeting's date
    per_page: int = 20
    hits: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # hits per kind, at most CANDIDATES
    more: dict[str, bool] = field(default_factory=dict)  # kinds with more than CANDIDATES hits
    # kinds whose newest candidates are ranked ahead of their older ones, and how many (_tiers)
    newest_first: dict[str, int] = field(default_factory=dict)
    query: str = ""  # the FTS5 query actually run

    @property
    def total(self) -> int:
        return sum(self.counts.get(k, 0) for k in (self.kinds))

    @property
    def capped(self) -> bool:
        """More hits than were ranked: the count is a lower bound and ranking covers the latest."""
        return any(self.more.get(k) for k in self.kinds)

    @property
    def ranked_first(self) -> int:
        """How many of the shown kinds' candidates are ranked ahead of the older ones (_tiers)."""
        return sum(self.newest_first.get(k, 0) for k in self.kinds)

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,) if self.kind in KINDS else KINDS

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _filters(kind: _Kind, search: Search) -> str:
    sql = ""
    if search.body:
        sql += f" and {kind.body} = :body"
    if search.date_from:
        sql += f" and {kind.date} >= :date_from"
    if search.date_to:
        sql += f" and {kind.date} <= :date_to"
    return sql


def _rows(conn: sqlite3.Connection, kind: _Kind) -> str:
    """The FROM clause of a filtered search, reading passages through the public copy's narrow
    index of their meetings when it has one (the archive itself, in full mode, has not)."""
    indexed = f" indexed by {FILTER_INDEX}" if _has_table(conn, FILTER_INDEX) else ""
    return kind.rows.format(indexed=indexed)


def _candidates(conn: sqlite3.Connection, kind: _Kind, search: Search, params: dict) -> list[int]:
    """The latest matching rows that pass the filters, newest first, at most CANDIDATES + 1
    (the extra one says there are more); FTS5 yields rowids in order without scoring them."""
    filters = _filters(kind, search)
    rows = _rows(conn, kind) if filters else kind.fts  # no join at all when nothing is filtered
    sql = (f"select {kind.fts}.rowid from {rows} where {kind.fts} match :fts{filters} "
           f"order by {kind.fts}.rowid desc limit {CANDIDATES + 1}")
    return [r[0] for r in conn.execute(sql, params)]


def _ranked(conn: sqlite3.Connection, kind: _Kind, search: Search, candidates, tiers: list[tuple],
            params: dict, limit: int) -> list[tuple]:
    """The best `limit` candidates by bm25, as (tier, score, rowid): the first tier's ranked, then
    the next one's while the limit is not reached (_tiers). FTS5 walks the matches of a tier's
    range of rowids, a range it applies itself (a list of rowids would start a new FTS5 query for
    each, and bm25 counts the whole index again each time). Unfiltered, every match of the range
    is a candidate. Filtered, the range also holds matches the filters refused: they are told
    apart by the candidates' ids, kept as a plain filter (the unary + keeps SQLite from handing
    the list to FTS5) rather than by joining each match to its meeting again, as finding the
    candidates did (a body's search at 1M passages: 17-22 -> 8 ms to rank)."""
    chosen = f" and +{{fts}}.rowid in {_IDS}" if _filters(kind, search) else ""
    ids = json.dumps(list(candidates)) if chosen else "[]"
    rows: list[tuple] = []
    for tier, (fts, oldest, newest) in enumerate(tiers):
        sql = (f"select {tier}, bm25({fts}) as score, {fts}.rowid from {fts} "
               f"where {fts} match :fts and {fts}.rowid between :oldest and :newest{chosen.format(fts=fts)} "
               f"order by score, {fts}.rowid desc limit :limit")
        rows += conn.execute(sql, {**params, "oldest": oldest, "newest": newest, "limit": limit - len(rows),
                                   "ids": ids}).fetchall()
        if len(rows) >= limit:
            break
    return rows


# A capped search's newest CANDIDATES matches reach past the copy's index of the newest passages
# more often than not (for two common words at 1M passages, 4 searches in 5), and ranking them in
# the whole index costs most of the search: bm25 first counts every passage holding each word
# (2-3 ms of a 7 ms search). When at least RECENT_FIRST of them are among the newest passages,
# those are ranked first, in the small index, and the older ones after them, in the whole index
# and only when a page reaches them: the first pages are the best of the newest matches.
RECENT_FIRST = CANDIDATES // 5
_NO_NEWER = 2**63 - 1


def _tiers(conn: sqlite3.Connection, kind: _Kind, search: Search, candidates, capped: bool) -> list[tuple]:
    """Where a kind's candidates are ranked, as (index, oldest rowid, newest rowid), the first
    ranked ahead of the next: the public copy's index of the newest passages when it holds every
    candidate (its bm25 counts a tenth as many rows: ingest/recent_index.py); for a capped search
    whose candidates reach past it, that index for the newest if it holds RECENT_FIRST of them,
    then the kind's own index for the older; else the kind's own index for all."""
    oldest = candidates[-1]
    recent_from = _recent_from(conn, kind)
    if recent_from is None:
        return [(kind.fts, oldest, _NO_NEWER)]
    if oldest >= recent_from:
        return [(RECENT_FTS, oldest, _NO_NEWER)]
    if capped and _newer_than(candidates, recent_from) >= RECENT_FIRST:
        return [(RECENT_FTS, recent_from, _NO_NEWER), (kind.fts, oldest, recent_from - 1)]
    return [(kind.fts, oldest, _NO_NEWER)]


def _recent_from(conn: sqlite3.Connection, kind: _Kind) -> int | None:
    """The oldest passage of the public copy's index of the newest passages, None without one."""
    if kind.fts != "passages_fts" or not _has_table(conn, RECENT_FTS):
        return None
    row = conn.execute(f"select value from [{STATE_TABLE}] where key = ?", [FROM_KEY]).fetchone()
    return int(row[0]) if row else None


def _newer_than(candidates, rowid: int) -> int:
    """How many of the candidates (newest first) are `rowid` or newer."""
    return bisect.bisect_right(candidates, -rowid, key=operator.neg)


# the date each kind's hit is shown with, for sorting by it
_DATES = {
    "passages": f"select p.id, m.date from passages p {_PASSAGE_MEETING} where p.id in {_IDS}",
    "decisions": f"select d.id, d.meeting_date from decisions d where d.id in {_IDS}",
    "actions": f"select a.id, a.meeting_date from actions a where a.id in {_IDS}",
}


def _by_date(conn, ranking, search: Search, params: dict, names, newest: bool, limit: int,
             ahead: int) -> list[tuple[str, int]]:
    """The first `limit` hits of the kinds by their meeting's date (newest or oldest first), the
    undated last. A kind with more matches than its candidates (the latest CANDIDATES added) is
    ordered over all its matches: an archive's oldest meetings are often added last, or first."""
    dated, undated = [], []
    for name in names:
        if ranking.more.get(name):
            rows = ranking.in_date_order(conn, name, search, params, newest, limit, ahead)
        else:
            rows = _candidates_dated(conn, ranking, name)
        for rowid, date in rows:
            (dated if date else undated).append((date or "", -KINDS.index(name), rowid, name))
    dated.sort(reverse=newest)
    undated.sort(key=lambda t: (t[1], t[2]), reverse=True)
    return [(name, rowid) for *_, rowid, name in dated + undated][:limit]


def _candidates_dated(conn, ranking, name: str) -> list[tuple[int, str | None]]:
    """Every candidate of a kind with its meeting's date, read once per kept ranking."""
    dates = ranking.dates.get(name)
    if dates is None:
        ids = list(ranking.candidates.get(name, ()))
        dates = dict(conn.execute(_DATES[name], {"ids": json.dumps(ids)}).fetchall()) if ids else {}
        ranking.dates[name] = dates  # one assignment: a thread reading it sees none or all
    return [(rowid, dates.get(rowid)) for rowid in ranking.candidates.get(name, ())]


def _in_date_order(conn, kind: _Kind, search: Search, params: dict, newest: bool, limit: int) -> list[tuple]:
    """The first `limit` matches of a kind that pass the filters, by date, as (rowid, date): the
    order _by_date gives them (the undated last, newest added first). Reads every match."""
    undated = f"coalesce({kind.date}, '') = ''"
    order = (f"{undated}, {kind.date} desc, {kind.fts}.rowid desc" if newest else
             f"{undated}, {kind.date}, case when {undated} then -{kind.fts}.rowid else {kind.fts}.rowid end")
    sql = (f"select {kind.fts}.rowid, {kind.date} from {_rows(conn, kind)} "
           f"where {kind.fts} match :fts{_filters(kind, search)} order by {order} limit :limit")
    return conn.execute(sql, {**params, "limit": limit}).fetchall()


def _details(conn: sqlite3.Connection, kind: _Kind, ids: list[int], params: dict) -> dict[int, dict]:
    sql = f"""
        select h.*, doc.title, doc.filename, doc.format, doc.kind as paper_kind
        from ({kind.details} where {kind.fts} match :fts and {kind.fts}.rowid in {_IDS}) h
          join documents doc on doc.id = h.document_id"""
    cursor = conn.execute(sql, {**params, "ids": json.dumps(ids)})
    names = [c[0] for c in cursor.description]
    return {row[1]: dict(zip(names, row)) for row in cursor.fetchall()}


class _Unbudgeted:
    """A connection's queries with tuples for rows. The served connections' row factory
    (minutebook_limits) weighs every row of anonymous SQL against a budget, in Python: a third
    of a computed search's SQL time, spent on the thousand candidate ids. The search's own
    queries are bounded by design (at most CANDIDATES + 1 ids, one page of hits)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        cursor = self._conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params)


class _Ranking:
    """What a search finds before any page of it is shown: per kind the candidates' number (and
    whether there are more) and their ids, and the best hits ranked so far. The same for
    every page and every kind tab of one search, so a kept one serves them all."""

    def __init__(self, conn, search: Search, params: dict, present: list[str]):
        self.counts: dict[str, int] = {}
        self.more: dict[str, bool] = {}
        self.candidates: dict[str, array] = {}  # newest first
        self.tiers: dict[str, list[tuple]] = {}  # kind -> where its candidates are ranked (_tiers)
        self.ranked: dict[str, tuple[int, list[tuple]]] = {}  # kind -> (the limit asked, best first)
        self.dates: dict[str, dict[int, str]] = {}  # kind -> candidate -> meeting date, when sorted by date
        self.dated: dict[tuple[str, bool], tuple[int, list[tuple]]] = {}  # (kind, newest) -> (the limit asked, rows)
        for name in present:
            ids = _candidates(conn, _KINDS[name], search, params)
            self.more[name] = len(ids) > CANDIDATES
            self.counts[name] = min(len(ids), CANDIDATES)
            if ids:
                self.candidates[name] = array("q", ids[:CANDIDATES])  # 8 kB, not 36 kB of ints, while kept
                self.tiers[name] = _tiers(conn, _KINDS[name], search, self.candidates[name], self.more[name])

    def newest_first(self, name: str) -> int:
        """How many of a kind's candidates are ranked ahead of the older ones (_tiers), 0 if none are."""
        tiers = self.tiers.get(name, ())
        return _newer_than(self.candidates[name], tiers[0][1]) if len(tiers) > 1 else 0

    def best(self, conn, name: str, search: Search, params: dict, limit: int, ahead: int) -> list[tuple]:
        """The best `limit` candidates of a kind, as (tier, score, rowid); ranked again only when
        fewer were ranked before (then `ahead` at least, so that the next pages need no ranking).
        The order is total (tier, score, then the newest first), so the first `limit` of a longer
        ranking are exactly those a ranking limited to `limit` returns."""
        kept = self.ranked.get(name)
        if kept is not None and (kept[0] >= limit or len(kept[1]) < kept[0]):
            return kept[1][:limit]
        asked = max(limit, ahead)
        rows = _ranked(conn, _KINDS[name], search, self.candidates[name], self.tiers[name], params, asked)
        self.ranked[name] = (asked, rows)  # one assignment: a thread reading it sees old or new
        return rows[:limit]

    def in_date_order(self, conn, name: str, search: Search, params: dict, newest: bool, limit: int,
                      ahead: int) -> list[tuple]:
        """The first `limit` matches of a kind by date, over all its matches (_in_date_order); read
        again only when fewer were read before, then `ahead` at least, as best() does."""
        kept = self.dated.get((name, newest))
        if kept is not None and (kept[0] >= limit or len(kept[1]) < kept[0]):
            return kept[1][:limit]
        asked = max(limit, ahead)
        rows = _in_date_order(conn, _KINDS[name], search, params, newest, asked)
        self.dated[(name, newest)] = (asked, rows)  # one assignment, as above
        return rows[:limit]


class RankingCache:
    """Rankings of recent searches, kept while the database is unchanged. For the public copy,
    where every visitor may see every hit; the hits' details and snippets are still read for
    every page.

    Unchanged is told by SQLite's data_version, which changes when another connection commits
    (as the publish of an ingest does): read on a connection of the cache's own to the file
    (`version`), so that the few connections the site queries through share what is kept; or,
    for a caller that names no file, on the connection the search runs on."""

    def __init__(self, size: int = 256, ahead: int = 60):
        self.size, self.ahead = size, ahead
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._versions = PragmaReader("data_version")

    def version(self, path: str) -> int | None:
        """The file's data_version on the cache's own read-only connection to it (None when it
        cannot be read: nothing is then kept)."""
        return self._versions.of(path)

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, ranking: _Ranking) -> None:
        with self._lock:
            self._entries[key] = ranking
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


def run(conn: sqlite3.Connection, search: Search, cache: RankingCache | None = None, path: str | None = None,
        version: int | None = None) -> Search:
    """Fill `search.hits` (one page, best first) and `search.counts` (hits per kind, capped);
    with `cache`, a ranking of the same search on the unchanged database is reused: the file
    `path` at `version` (RankingCache.version, read before the search's queries start, so that
    a commit in between makes the kept ranking newer than its key, never older), or without
    them the connection as it is."""
    raw = conn
    conn = _Unbudgeted(conn)
    search.query = with_acronyms(conn, search.q)
    if not search.query:
        return search
    params = {"fts": search.query, "body": search.body, "date_from": search.date_from, "date_to": search.date_to}
    ranking, key = None, None
    if cache is not None and path is not None and version is None:
        cache = None  # the file could not be read to tell its state: nothing kept, nothing reused
    if cache is not None:
        # the connection itself in the key, not its id: kept alive, its id names no other
        state = (path, version) if path is not None else (raw, conn.execute("pragma data_version").fetchone()[0])
        key = (*state, search.query, search.body, search.date_from, search.date_to)
        ranking = cache.get(key)
    if ranking is None:
        ranking = _Ranking(conn, search, params, [k for k in KINDS if _has_table(conn, f"{k}_fts")])
        if cache is not None:
            cache.put(key, ranking)
    search.counts, search.more = dict(ranking.counts), dict(ranking.more)
    search.newest_first = {name: n for name in ranking.tiers if (n := ranking.newest_first(name))}
    search.page = min(search.page, search.pages)
    offset = (search.page - 1) * search.per_page
    limit = offset + search.per_page
    names = [k for k in search.kinds if ranking.counts.get(k)]
    if search.sort in SORTS:
        shown = _by_date(conn, ranking, search, params, names, search.sort == "newest", limit,
                         cache.ahead if cache is not None else limit)[offset:]
    else:
        # every kind's best offset + per_page, merged by tier and score; the page is a slice of those
        ranked = []
        for name in names:
            best = ranking.best(conn, name, search, params, limit, cache.ahead if cache is not None else limit)
            ranked += [(tier, score, KINDS.index(name), -rowid, name, rowid) for tier, score, rowid in best]
        shown = [(name, rowid) for *_, name, rowid in sorted(ranked)[offset:offset + search.per_page]]
    details = {name: _details(conn, _KINDS[name], [r for n, r in shown if n == name], params)
               for name in {n for n, _ in shown}}
    search.hits = [details[name][rowid] for name, rowid in shown if rowid in details[name]]
    for hit in search.hits:
        hit["snippet_html"] = highlight_html(hit["snippet"])
    return search
