"""The labels of the rows a table cell names: a meeting is its body and date, an action its task,
a paper its title (its file name when the title is a scrap such as "PRESENT").

A table page calls Datasette's render_cell once per cell and awaits each answer before the
next, so a label read by a query of its own cost a round trip to Datasette's SQL threads per
cell: a page of 5,000 mentions took 2.2 s more with its labels than without. A table's labels
are read here in one query and kept with the state of the database file they came from (its
identity, size, modification time, write-ahead log and SQLite's data_version, read once per
request), so an ingest that changes the served copy is seen by the next request. They are read
from the database the page is about and from nothing else: in public mode, the public copy.
"""

from __future__ import annotations

import asyncio
import sqlite3
import weakref

from datasette.database import QueryInterrupted

from minutebook.data_version import PragmaReader, files_state
from minutebook.symbol_glyphs import readable
from minutebook.titles import BIDI_MARKS, paper_title

LABEL_CHARS = 90
READ_MS = 10_000  # a table's labels, read once, may take longer than one page's query limit

# column -> the query of its table's labels (id first) and how a row makes its label
QUERIES = {
    "meeting_id": ("select id, body || ', ' || coalesce(date, 'undated') from meetings", lambda row: row[1]),
    # the first 400 characters: enough for a label of 90 once marks are dropped
    "action_id": ("select id, substr(coalesce(nullif(description, ''), text), 1, 400) from actions",
                  lambda row: row[1]),
    "document_id": ("select id, title, filename from documents", lambda row: paper_title(row[1], row[2])),
}

_versions = PragmaReader("data_version")
_kept: dict[tuple, tuple[tuple, dict[int, str]]] = {}  # (database, its file, column) -> (state, labels)
# what one request (its asyncio task) has read: each file's state, and the labels it used
_requests: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def shortened(text: str) -> str:
    """A label as a cell shows it: without marks that reorder text, cut at a word."""
    label = readable(BIDI_MARKS.sub("", text))
    if len(label) > LABEL_CHARS:
        label = label[:LABEL_CHARS].rsplit(" ", 1)[0] + "\u2026"
    return label


def _state(path: str | None) -> tuple | None:
    """The file's state, None when it has none to compare (a database in memory)."""
    if not path:
        return None
    version = _versions.of(path)
    return None if version is None else (*files_state(path), version)


def _this_request() -> dict:
    task = asyncio.current_task()
    if task is None:
        return {}
    seen = _requests.get(task)
    if seen is None:
        seen = _requests[task] = {}
    return seen


async def labels(datasette, database: str, column: str) -> dict[int, str]:
    """{id: label} of the rows `column` names in `database` (empty when it has no such table)."""
    seen = _this_request()
    if (database, column) in seen:
        return seen[database, column]
    db = datasette.get_database(database)
    if database not in seen:
        seen[database] = _state(db.path)
    state = seen[database]
    kept = _kept.get((database, db.path, column))
    if kept is not None and state is not None and kept[0] == state:
        seen[database, column] = kept[1]
        return kept[1]
    sql, label_of = QUERIES[column]
    try:
        rows = (await db.execute(sql, custom_time_limit=READ_MS)).rows
    except (sqlite3.Error, QueryInterrupted):  # no such table: a column of that name in a query's result
        rows = []
    read = {row[0]: shortened(str(label_of(row))) for row in rows if any(row[1:])}
    seen[database, column] = read
    if state is not None:
        _kept[database, db.path, column] = (state, read)
    return read
