"""The full-text indexes' own storage tables (`*_fts_data`, `*_fts_idx`, `*_fts_docsize`,
`*_fts_config`) are SQLite's internals, not tables anyone reads: their table pages are closed.
Their rows are keyed by blobs, for which Datasette's row links lead to "Record not found", so a
visitor who opened the hidden tables met a page of broken links. SQL over them still answers."""

from datasette import hookimpl

INTERNAL_SUFFIXES = ("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")


@hookimpl
def permission_allowed(action, resource):
    if action in ("view-table", "insert-row", "delete-row", "update-row", "drop-table") \
            and isinstance(resource, (tuple, list)) and len(resource) == 2 \
            and str(resource[1]).endswith(INTERNAL_SUFFIXES):
        return False
    return None
