"""Work Datasette repeats on every request that a site whose configuration does not change
between requests can do once.

- **Table permission rules.** Datasette (0.65.5) works out the `allow` rules of a table by
  deep-copying the whole metadata (every table's description and every canned query) each time
  a table's permission is checked: twice per table page, a fifth of the CPU of a table search
  (`passages.json?_search=`) at 1M passages. The rules depend on the metadata only; they are
  kept per table while the metadata object is the same and no plugin adds metadata of its own
  (a plugin's `get_metadata` may answer differently per call: then nothing is kept).
- **Schema refresh.** Every Datasette view first asks each database for its schema version
  (two hops to the database threads, and a query of the internal database) to see whether the
  internal catalogue of tables needs reading again. The versions are read here on one read-only
  connection per file, in the request's own thread, and Datasette's refresh runs only when one
  has changed (as a publish that adds a table or an index changes it) or a database is not a
  file.
"""

from __future__ import annotations

from .data_version import PragmaReader


def keep_table_permissions(datasette) -> None:
    """Make `datasette` keep each table's permission rules while its metadata is unchanged."""
    from datasette.plugins import pm

    compute = getattr(datasette, "_table_permission_allows", None)
    if compute is None or pm.hook.get_metadata.get_hookimpls():
        return  # another Datasette, or metadata that plugins may vary: nothing kept
    kept: dict = {}

    def table_permission_allows(database, table):
        key = (id(datasette._metadata_local), database, table)
        rules = kept.get(key)
        if rules is None or rules[0] is not datasette._metadata_local:
            rules = kept[key] = (datasette._metadata_local, compute(database, table))
        return list(rules[1])

    datasette._table_permission_allows = table_permission_allows


def refresh_schemas_on_change(datasette) -> None:
    """Make `datasette` read its databases' schemas again only when one of them has changed."""
    refresh = datasette.refresh_schemas
    versions = PragmaReader("schema_version")
    seen: list = [None]

    async def refresh_schemas():
        state = _state(datasette, versions)
        if state is None or state != seen[0]:
            await refresh()  # read before the refresh: a change meanwhile is seen next time
            seen[0] = state
    datasette.refresh_schemas = refresh_schemas


def _state(datasette, versions: PragmaReader) -> tuple | None:
    """Every served database's schema version, or None when one cannot be told (a database in
    memory, or a file that cannot be read): then Datasette refreshes as it always does."""
    state = []
    for name, db in datasette.databases.items():
        if name == "_internal":  # Datasette's own catalogue, which the refresh writes
            continue
        version = versions.of(db.path) if db.path and not db.is_memory else None
        if version is None:
            return None
        state.append((name, db.path, version))
    return tuple(state)
