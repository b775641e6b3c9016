"""Build the Datasette instance that serves an archive, in public or full mode.

Public mode serves the public copy (`archive.public.db` and `archive.public-files/`, made at
ingest by `ingest.publish` and `ingest.public_files`): Datasette's table permissions do not
stop arbitrary SQL from reaching a table, so what an anonymous user must not see is not in the
database they can query. Full mode serves everything, behind a password login
(datasette-auth-passwords), and every page and plugin route checks Datasette's permissions.
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import os
import re
import sqlite3
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import word_counts
from .refusals import run_saying_why
from .terminal_text import shown
from .ingest.stem_counts import STEMS_TABLE
from .request_costs import keep_table_permissions, refresh_schemas_on_change
from .sync_templates import render_pages_synchronously

SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 5000,
    "default_page_size": 50,
    "facet_time_limit_ms": 500,
    "allow_download": True,
    "suggest_facets": False,
}


PACKAGE = Path(__file__).resolve().parent


def _bundled(installed: str, checkout: str) -> Path:
    """Data installed inside the package (a wheel), or at the top of a source checkout."""
    inside = PACKAGE / installed
    return inside if inside.is_dir() else PACKAGE.parent.parent / checkout


def site_dir() -> Path:
    return _bundled("site", "datasette")


def corpus_dir() -> Path:
    return _bundled("corpus", "corpus")


def _table_columns(db_path: str | None) -> dict[str, set[str]] | None:
    if not db_path or not os.path.exists(db_path):
        return None
    # sqlite3 rather than sqlite-utils: importing sqlite-utils is a tenth of serve's start
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        names = [n for n, in conn.execute("select name from sqlite_master where type in ('table', 'view')")]
        return {n: {row[1] for row in conn.execute("select * from pragma_table_info(?)", [n])} for n in names}
    finally:
        conn.close()


def _load_yaml(f):
    # libyaml's loader when PyYAML has it: the pure-Python one takes most of serve's start
    return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_metadata(db_name: str, public: bool = True, db_path: str | None = None) -> dict:
    """Datasette's metadata for the archive; with `db_path`, a table's page describes only the
    common columns it has (Datasette lists every described column, present or not) and offers
    only the facets and sort orders it has columns for (either on a missing column fails the whole page: an
    archive published before a column was added is served until its next ingest adds it)."""
    with open(site_dir() / "metadata.yml", encoding="utf-8") as f:
        metadata = _load_yaml(f)
    databases = metadata.get("databases", {})
    template = databases.pop("minutebook", {})
    common = metadata.pop("common_columns", {})
    present = _table_columns(db_path)
    for name, table in template.get("tables", {}).items():
        if present is not None and name in present:
            if "facets" in table:
                table["facets"] = [f for f in table["facets"] if not isinstance(f, str) or f in present[name]]
            for key in ("sort", "sort_desc"):  # a sort on a missing column fails the page the same way
                if table.get(key) and table[key] not in present[name]:
                    del table[key]
        columns = table.setdefault("columns", {})
        for column, description in common.items():
            if present is None or column in present.get(name, ()):
                columns.setdefault(column, description)
    queries_path = site_dir() / "queries.yml"
    if queries_path.exists():
        with open(queries_path, encoding="utf-8") as f:
            template["queries"] = _load_yaml(f) or {}
    databases[db_name] = template
    metadata["databases"] = databases
    if public:
        metadata["description_html"] = metadata.get("description_html", "") + (
            "<p><em>Public view: restricted papers and items are not included.</em></p>")
    return metadata


def full_mode_metadata(metadata: dict, password_hash: str) -> dict:
    metadata = copy.deepcopy(metadata)
    metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {"admin_password_hash": password_hash}
    metadata["allow"] = {"id": "admin"}  # nothing for anonymous users, not even the home page
    return metadata


def archive_name(db_path: str) -> str:
    """The name URLs use: the archive's file name, also when serving its public copy."""
    stem = Path(db_path).stem
    return stem[: -len(".public")] if stem.endswith(".public") else stem


def inspect_data(db_path: str, name: str | None = None) -> dict:
    """What `datasette inspect` would say, so an immutable archive starts without counting."""
    h = hashlib.sha256()
    with open(db_path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        names = [n for n, in conn.execute("select name from sqlite_master where type = 'table'")]
        tables = {n: {"count": conn.execute(f"select count(*) from [{n}]").fetchone()[0]} for n in names}
    finally:
        conn.close()
    name = name or archive_name(db_path)
    return {name: {"hash": h.hexdigest(), "size": os.path.getsize(db_path), "file": os.path.basename(db_path),
                   "tables": tables}}


def _name(pattern: str) -> str:
    return rf"(?:\[(?P<{pattern}>[^\]]+)\]|(?P<{pattern}_>\w+))"


# The count Datasette runs for a table search (?_search=), as it writes it: a join of every
# match back to the table, one lookup per match (seconds for a common word in a million rows)
_SEARCH_COUNT = re.compile(
    rf"select count\(\*\) from {_name('table')} where {_name('pk')} in \(select rowid from {_name('fts')} "
    rf"where {_name('fts2')} match (?P<match>escape_fts\(:search\)|:search)\)\s*$")
# The page of rows of a table search in key order, as Datasette writes it (the first page, or a
# next page after a key): SQLite lists every match of the subquery before taking the first
# 51 (40 ms for a common word in a million rows, 80 to 140 ms for a next page)
_SEARCH_ROWS = re.compile(
    rf"(?P<head>select [^;]+? from {_name('table')} where )(?P<pk>\w+) in \(select rowid from {_name('fts')} "
    rf"where {_name('fts2')} match (?P<match>escape_fts\(:search\)|:search)\)"
    rf"(?P<after> and \(\((?P=pk) (?P<op>[<>]) (?P<key>:p\d+)\)\))? "
    rf"order by (?P=pk)(?P<desc> desc)? limit (?P<limit>\d+)\s*$")
_CONTENT = re.compile(r"""\bcontent\s*=\s*["'\[]?(\w+)""", re.IGNORECASE)
_CONTENT_ROWID = re.compile(r"""\bcontent_rowid\s*=\s*["'\[]?(\w+)""", re.IGNORECASE)


def _groups(m: re.Match, name: str) -> str:
    return m.group(name) or m.group(name + "_")


def _archive_database(base):
    class ArchiveDatabase(base):
        """Datasette's database, counting a table search's hits in its full-text index alone,
        and taking a page of them in key order from the index. The index is the table's own (content=table, rowid = the table's key, kept in step by
        triggers), so every match is a row and the count is the same without the join."""

        _fts_of: dict | None = None
        _stems_usable: bool | None = None  # the copy has a table of stems made as its index stems

        async def execute(self, sql, *args, **kwargs):
            if sql.startswith("select count(*)"):
                m = _SEARCH_COUNT.match(sql)
                if m and _groups(m, "fts") == _groups(m, "fts2"):
                    table, pk, fts = _groups(m, "table"), _groups(m, "pk"), _groups(m, "fts")
                    if await self._indexes(fts, table, pk):
                        sql = f"select count(*) from [{fts}] where [{fts}] match {m.group('match')}"
                        sql, args, kwargs = await self._word_count(sql, fts, m.group("match"), args, kwargs)
            elif sql.startswith("select ") and " in (select rowid from " in sql:
                sql = await self._bounded_search(sql)
            return await self._logging_errors_shown(sql, args, kwargs)

        async def execute_fn(self, fn):
            return await super().execute_fn(lambda conn: run_saying_why(fn, conn))

        async def _logging_errors_shown(self, sql, args, kwargs):
            """Datasette writes a failed query's error to the server's terminal as SQLite words it, and
            the words quote what a visitor typed: 'no such table: \x1b[2J' cleared the terminal
            serving the site. The same line, its control characters shown as '?'."""
            log = kwargs.pop("log_sql_errors", True)
            try:
                return await super().execute(sql, *args, log_sql_errors=False, **kwargs)
            except (sqlite3.OperationalError, sqlite3.DatabaseError) as e:
                if log:
                    params = args[0] if args else kwargs.get("params")
                    sys.stderr.write(shown(f"ERROR: sql = {sql!r}, params = {params!r}: {e}") + "\n")
                raise

        async def _word_count(self, sql: str, fts: str, match: str, args, kwargs):
            """The count of a one-word search of the passages read from the public copy's table of
            stems (minutebook/word_counts.py), when it has one that stems as the index does."""
            params = args[0] if args else kwargs.get("params")
            term = word_counts.term_of(params.get("search")) if isinstance(params, dict) and \
                fts == word_counts.INDEX and match.startswith("escape_fts") else None
            if term is None or not await self._stems_like_index():
                return sql, args, kwargs
            params = {**params, "_mb_term": term}
            if args:
                return word_counts.count_sql(sql), (params, *args[1:]), kwargs
            return word_counts.count_sql(sql), args, {**kwargs, "params": params}

        async def _stems_like_index(self) -> bool:
            if self._stems_usable is None:
                rows = (await super().execute("select name, sql from sqlite_master where name in (?, ?)",
                                              [word_counts.INDEX, STEMS_TABLE])).rows
                found = {r[0]: r[1] for r in rows}
                self._stems_usable = STEMS_TABLE in found and word_counts.stems_the_same_way(found.get(word_counts.INDEX))
            return self._stems_usable

        async def _bounded_search(self, sql: str) -> str:
            """A table search's page of rows in key order, with the order, the limit and the key
            to start after given to the full-text index itself, which walks its matches in rowid
            (= key) order: the same rows, without listing every match first."""
            m = _SEARCH_ROWS.match(sql)
            if not m or _groups(m, "fts") != _groups(m, "fts2"):
                return sql
            table, pk, fts = _groups(m, "table"), m.group("pk"), _groups(m, "fts")
            if not await self._indexes(fts, table, pk):
                return sql
            after = f" and rowid {m.group('op')} {m.group('key')}" if m.group("after") else ""
            desc = m.group("desc") or ""
            return (f"{m.group('head')}{pk} in (select rowid from [{fts}] where [{fts}] match {m.group('match')}{after} "
                    f"order by rowid{desc} limit {m.group('limit')}){m.group('after') or ''} "
                    f"order by {pk}{desc} limit {m.group('limit')}")

        async def _indexes(self, fts: str, table: str, pk: str) -> bool:
            """Whether `fts` is the full-text index of `table`'s rows, keyed by `pk`."""
            if self._fts_of is None:
                self._fts_of = {}
            key = (fts, table, pk)
            if key not in self._fts_of:
                rows = (await super().execute("select sql from sqlite_master where name = ?", [fts])).rows
                content = _CONTENT.search(rows[0][0]) if rows and rows[0][0] else None
                pks = [(r[1], (r[2] or "").lower()) for r in (await super().execute(
                    "select * from pragma_table_info(?) where pk > 0", [table])).rows]
                rowid = _CONTENT_ROWID.search(rows[0][0]) if content else None
                # the index's rowids are the table's: its rowid, or an INTEGER PRIMARY KEY (the rowid)
                keyed = (pk == "rowid" and not pks) or (pks == [(pk, "integer")] and (rowid is None or rowid.group(1) == pk))
                self._fts_of[key] = bool(content and content.group(1) == table and keyed
                                         and "using fts5" in rows[0][0].lower())
            return self._fts_of[key]

    return ArchiveDatabase


_PINT = "datasette.vendored.pint"


class _DeferredUnitRegistry:
    """Stands for pint's UnitRegistry until something uses it, then is the real one."""

    def __init__(self, *args, **kwargs):
        self._args, self._kwargs, self._real = args, kwargs, None

    def _registry(self):
        if self._real is None:
            if getattr(sys.modules.get(_PINT), "UnitRegistry", None) is _DeferredUnitRegistry:
                del sys.modules[_PINT]  # the stand-in module: import the real one in its place
            self._real = importlib.import_module(_PINT).UnitRegistry(*self._args, **self._kwargs)
        return self._real

    def __getattr__(self, name):
        return getattr(self._registry(), name)

    def __call__(self, *args, **kwargs):
        return self._registry()(*args, **kwargs)


def defer_unit_registry() -> None:
    """Datasette builds pint's UnitRegistry when it is imported, for column units in metadata,
    which this site never sets: pint parses its unit definitions and imports numpy and dask when
    they are installed, over half of `serve`'s start (a second or more on a busy machine). A
    stand-in module gives Datasette a registry that is built the first time it is used."""
    if _PINT in sys.modules or "datasette.views.base" in sys.modules:
        return  # too late (or done): Datasette has its registry already
    module = types.ModuleType(_PINT)
    module.UnitRegistry = _DeferredUnitRegistry
    sys.modules[_PINT] = module


_HTTPX_CLI = "httpx._main"


def skip_httpx_cli() -> None:
    """Datasette imports httpx (its internal client), and httpx imports its own command-line
    tool with it when `rich` and `click` are installed: rich's console, syntax highlighting and
    markup, a sixth of `serve`'s imports, for a command this site never runs. A stand-in gives
    httpx a `main` that imports the real tool if anything calls it."""
    if _HTTPX_CLI in sys.modules or "httpx" in sys.modules:
        return

    def main(*args, **kwargs):
        del sys.modules[_HTTPX_CLI]
        return importlib.import_module(_HTTPX_CLI).main(*args, **kwargs)

    module = types.ModuleType(_HTTPX_CLI)
    module.main = main
    sys.modules[_HTTPX_CLI] = module


def make_datasette(db_path: str, public: bool = True, immutable: bool = False, password_hash: str | None = None,
                   name: str | None = None, public_files: str | None = None, secret: str | None = None):
    """A configured Datasette for `db_path` (already the public copy when public=True), served
    under `name` (the archive's name, so URLs do not change with the copy's file name).
    Public mode serves source files only from `public_files`."""
    return make_site([Archive(name or archive_name(db_path), db_path, public_files)], public=public,
                     immutable=immutable, password_hash=password_hash, secret=secret)


@dataclass(frozen=True)
class Archive:
    """One database served: the name its URLs use, the file served (the public copy in public
    mode) and, in public mode, the folder of its public source files."""

    name: str
    path: str
    public_files: str | None = None


def make_site(archives: list[Archive], public: bool = True, immutable: bool = False,
              password_hash: str | None = None, secret: str | None = None):
    """One Datasette serving several archives (one per body, say) side by side: each is a
    database of its own under its own name, served through its public copy in public mode; the
    site's pages show one at a time, chosen with ?db=NAME (minutebook/served.py)."""
    defer_unit_registry()
    skip_httpx_cli()
    from datasette.app import Datasette
    from datasette.database import Database

    if not archives or len({a.name for a in archives}) != len(archives):
        raise ValueError("serve needs at least one archive, each under a name of its own")
    metadata = load_metadata(archives[0].name, public=public, db_path=archives[0].path)
    for archive in archives[1:]:
        metadata["databases"][archive.name] = load_metadata(
            archive.name, public=public, db_path=archive.path)["databases"][archive.name]
    if not public:
        if not password_hash:
            raise ValueError("full mode needs a password hash (set MINUTEBOOK_PASSWORD)")
        metadata = full_mode_metadata(metadata, password_hash)
    site = site_dir()
    inspected = {}
    for archive in archives if immutable else ():
        inspected.update(inspect_data(archive.path, archive.name))
    # Datasette turns on a traceback on the terminal for each exception a SQL function raises: a
    # visitor's printf('%.*c', ...) printed one; the reason is the query's error now (refusals.py)
    sqlite3.enable_callback_tracebacks(False)
    ds = Datasette(
        [],
        metadata=metadata,
        template_dir=str(site / "templates"),
        plugins_dir=str(site / "plugins"),
        static_mounts=[("minutebook-static", str(site / "static"))] if (site / "static").is_dir() else [],
        settings=SETTINGS,
        inspect_data=inspected or None,
        secret=secret,
    )
    for archive in archives:
        ds.add_database(_archive_database(Database)(ds, path=archive.path, is_mutable=not immutable),
                        name=archive.name)
    if "_memory" in ds.databases:  # added when Datasette starts without files
        ds.remove_database("_memory")
    keep_table_permissions(ds)
    refresh_schemas_on_change(ds)
    render_pages_synchronously(ds)
    # read by the source plugin; kept off the metadata, which anyone may read
    ds.minutebook_sources = {"public": public, "public_files": {a.name: a.public_files for a in archives}}
    return ds


MAX_DEFAULT_WORKERS = 8


def default_workers() -> int:
    """Server processes when `serve` is not told: one per core this process may run on (a
    process answers with one core at a time, its Python holding one lock), at most
    MAX_DEFAULT_WORKERS (each keeps its own connections and answer cache, 100-200 MB)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


def hash_password(password: str) -> str:
    from datasette_auth_passwords.utils import hash_password as _hash

    return _hash(password)
