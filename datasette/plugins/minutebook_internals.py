"""Two corners of Datasette's own pages.

The full-text indexes' own storage tables (`*_fts_data`, `*_fts_idx`, `*_fts_docsize`,
`*_fts_config`) are SQLite's internals, not tables anyone reads: their table pages are closed.
Their rows are keyed by blobs, for which Datasette's row links lead to "Record not found", so a
visitor who opened the hidden tables met a page of broken links. SQL over them still answers.

A table's search box (?_search=) quotes each word typed (Datasette's escape_fts), and a search
of a lone quote mark came out as nothing at all, which FTS5 refuses: the table page was an
"Invalid SQL" error. It is now a search that matches nothing. A NUL typed into it ended SQLite's
copy of the query inside its quotes ("Invalid SQL: unterminated string"): it is a space."""

from datasette import hookimpl
from datasette.utils import escape_fts

INTERNAL_SUFFIXES = ("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")


@hookimpl
def permission_allowed(action, resource):
    if action in ("view-table", "insert-row", "delete-row", "update-row", "drop-table") \
            and isinstance(resource, (tuple, list)) and len(resource) == 2 \
            and str(resource[1]).endswith(INTERNAL_SUFFIXES):
        return False
    return None


def _escape_fts(query):
    return escape_fts((query or "").replace("\x00", " ")) or '""'


@hookimpl(trylast=True)  # after Datasette's own, which registers escape_fts on every connection
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, _escape_fts)
