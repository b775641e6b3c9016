"""The count of a one-word table search (`passages?_search=WORD`) read from the public copy's
table of stems (ingest/stem_counts.py), which holds how many passages hold each stem of the
index: the same number the full-text index counts (a row holds the word in its heading or its
text), without walking every matching row (1.3 ms for a common word at 1M passages, a third of
the table search). Used only when the table was written from the copy's rows as they are (its
state names the copy's current source) and the index stems words as `spelling.stem` does; a
word fewer than 3 passages hold is not in the table and is counted as before (it is cheap)."""

from __future__ import annotations

import re

from .ingest.publish import STATE_TABLE
from .ingest.stem_counts import STEMS_TABLE, STATE_KEY
from .spelling import TOKENIZE, stem

_ONE_WORD = re.compile(r"[^\W\d_]{1,60}")  # letters only: one token, no FTS5 syntax
_TOKENIZER = re.compile(r"""tokenize\s*=\s*['"]([^'"]*)['"]""", re.IGNORECASE)
INDEX = "passages_fts"


def stems_the_same_way(index_sql: str | None) -> bool:
    """Whether an index made by `index_sql` stems as spelling.stem does."""
    m = _TOKENIZER.search(index_sql or "")
    return bool(m) and m.group(1).strip() == TOKENIZE


def term_of(search: str | None) -> str | None:
    """The stem the index holds for a search of one plain word, or None."""
    word = (search or "").strip()
    return stem(word) if _ONE_WORD.fullmatch(word) else None


def count_sql(count: str) -> str:
    """`count` (the index's own count of the search) preceded by the stems table's number for
    the term :_mb_term when the table is current."""
    current = (f"(select value from [{STATE_TABLE}] where key = '{STATE_KEY}') "
               f"like '%|' || (select value from [{STATE_TABLE}] where key = 'source')")
    return f"select coalesce((select doc from [{STEMS_TABLE}] where term = :_mb_term and {current}), ({count}))"
