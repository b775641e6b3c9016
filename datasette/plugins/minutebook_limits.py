"""Limits that keep one request from taking the server, and what an anonymous visitor must
not learn about it.

Datasette's SQL time limit is checked between SQLite's steps, so it cannot stop one step that
builds a huge value (`select zeroblob(999999999)`) or one function call that is quadratic in
its arguments (`instr` of a long needle in a long haystack, `printf('%.*c', 999999999, 'x')`).
So every connection gets SQLite's own limits on the size of one value, of a LIKE pattern, of
the SQL and of the result columns; `instr`, `replace` and the trims are replaced by Python's
linear versions and `printf` refuses giant widths; and a row factory stops a statement once
its rows add up to more than a budget. Together they bound the time and memory of one query.
The server's file paths are hidden from SQL (`pragma_database_list`) and from
/-/databases.json, and a login form posted without its CSRF cookie is refused.
"""

import os
import re
import sqlite3
import threading
import weakref

import datasette.handle_exception
from datasette import hookimpl
from datasette.utils.asgi import Response

from minutebook.refusals import refuse

# Datasette's default error handler prints every error's traceback with all its locals through
# rich, synchronously, on the event loop: 8 to 10 s for a timed-out query, during which the
# server answers nobody. Error pages are rendered by minutebook_errors without it.
datasette.handle_exception.rich = None

MAX_VALUE_BYTES = 1024 * 1024  # one string or blob; a page of text is a few kB, the longest seen 73 kB
MAX_PATTERN = 1000  # LIKE / GLOB pattern: its cost is the pattern's length times the text's
MAX_SQL = 100_000
MAX_WIDTH = 1000  # printf width or precision
MAX_COLUMNS = 100  # result columns (and table columns): the widest join of this schema is far below
MAX_RESULT_BYTES = 64 * 1024 * 1024  # all rows of one statement, before Datasette renders them
HIDDEN_COLUMNS = {("pragma_database_list", "file")}  # read as NULL
DENIED_FUNCTIONS = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}
# sqlite_stmt lists the SQL of every statement prepared on the connection, and Datasette's
# connections (with their statement caches) serve every visitor: one visitor would read another's
# queries, typed search words included
DENIED_TABLES = {"sqlite_stmt"}


def like_part(text):
    """`text` cut, at a character, to what fits between the two `%` of a LIKE pattern within
    SQLite's limit, which counts bytes: a name filter typed or pasted long (300 Hangul letters
    fold to 600 jamo of three bytes each) finds what its beginning finds instead of failing with
    "LIKE or GLOB pattern too complex"."""
    if text is None:
        return None
    text = str(text)
    room = MAX_PATTERN - 2
    if len(text) * 4 <= room:
        return text
    return text.encode("utf-8")[:room].decode("utf-8", "ignore")


# Table filters that Datasette makes into a LIKE or GLOB pattern of the visitor's value (with a
# `%` at each end for contains, one for startswith and endswith)
PATTERN_FILTER = re.compile(r"(?:__(?:contains|notcontains|startswith|endswith|like|notlike|glob)|^_filter_value(?:_\d+)?)$")


def cut_pattern_filters(query_string: bytes) -> bytes:
    """The query string with every value a table filter makes into a LIKE / GLOB pattern cut to
    fit the limit: `?name__contains=` with a long value answers with the rows its beginning
    finds, not Datasette's 400 "pattern too complex"."""
    if not query_string or len(query_string) <= MAX_PATTERN // 2:
        return query_string
    import urllib.parse

    pairs = urllib.parse.parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                                   errors="replace")
    if not any(PATTERN_FILTER.search(k) and len(v.encode("utf-8")) > MAX_PATTERN - 2 for k, v in pairs):
        return query_string
    pairs = [(k, like_part(v) if PATTERN_FILTER.search(k) else v) for k, v in pairs]
    return urllib.parse.urlencode(pairs).encode("ascii")


class ResultTooLarge(sqlite3.DatabaseError):
    pass


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_READ and (arg1 or "").lower() in DENIED_TABLES:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and (arg1, arg2) in HIDDEN_COLUMNS:
        return sqlite3.SQLITE_IGNORE
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def budgeted_rows(limit: int = MAX_RESULT_BYTES):
    """A row factory giving sqlite3.Row (what Datasette expects) that raises once the rows of
    one cursor add up to more than `limit` bytes."""
    # id(cursor) -> [a weak reference to it, its bytes so far]: the reference is made once per
    # cursor, not per row (a WeakKeyDictionary makes two per row: a tenth of a table page's CPU),
    # and its callback drops the entry when the cursor goes; the cursor itself is never held,
    # since a cursor kept alive keeps its statement's read transaction open
    spent: dict[int, list] = {}

    def factory(cursor, values):
        size = 8 * len(values)
        for v in values:
            if isinstance(v, (str, bytes)):
                size += len(v) - 8
        entry = spent.get(id(cursor))
        if entry is None or entry[0]() is not cursor:
            key = id(cursor)
            entry = spent[key] = [weakref.ref(cursor, lambda _, key=key: spent.pop(key, None)), 0]
        entry[1] += size
        if entry[1] > limit:
            raise ResultTooLarge(f"the result is larger than {limit // (1024 * 1024)} MB: ask for fewer rows or "
                                 "shorter values")
        return sqlite3.Row(cursor, values)

    return factory


def _instr(haystack, needle):
    if haystack is None or needle is None:
        return None
    if isinstance(haystack, bytes) != isinstance(needle, bytes):
        haystack, needle = _as_bytes(haystack), _as_bytes(needle)
    return haystack.find(needle) + 1


def _as_bytes(value):
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


def _replace(text, old, new):
    if text is None or old is None or new is None:
        return None
    if isinstance(text, (int, float)):
        text = str(text)
    if old == "" or old == b"":
        return text
    if isinstance(text, bytes):
        return text.replace(_as_bytes(old), _as_bytes(new))
    result = str(text).replace(str(old), str(new))
    if len(result) > MAX_VALUE_BYTES:
        raise refuse("string or blob too big")  # as SQLite says of its own values past the limit
    return result


def _trim(strip):
    def trim(text, chars=" "):
        if text is None or chars is None:
            return None
        if len(str(chars)) > MAX_PATTERN:
            raise refuse(f"the characters to trim are longer than {MAX_PATTERN}")
        return getattr(str(text), strip)(str(chars))

    return trim


PRINTF_SPEC_RE = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d+))?")
_raw = threading.local()


def _printf(fmt, *args):
    """SQLite's printf, refusing widths that would build a giant string one character at a time."""
    if fmt is None:
        return None
    for m in PRINTF_SPEC_RE.finditer(str(fmt)):
        for part in m.groups():
            if part == "*" or (part and int(part) > MAX_WIDTH):
                raise refuse(f"printf widths and precisions above {MAX_WIDTH} (or '*') are not allowed here")
    if not hasattr(_raw, "conn"):
        _raw.conn = sqlite3.connect(":memory:")
        _raw.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    marks = ", ".join("?" * (len(args) + 1))
    return _raw.conn.execute(f"select printf({marks})", [fmt, *args]).fetchone()[0]


@hookimpl
def prepare_connection(conn, database, datasette):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, MAX_COLUMNS)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_PATTERN)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL)
    conn.create_function("instr", 2, _instr, deterministic=True)
    conn.create_function("replace", 3, _replace, deterministic=True)
    for name, strip in (("trim", "strip"), ("ltrim", "lstrip"), ("rtrim", "rstrip")):
        conn.create_function(name, 1, _trim(strip), deterministic=True)
        conn.create_function(name, 2, _trim(strip), deterministic=True)
    conn.create_function("printf", -1, _printf, deterministic=True)
    conn.create_function("like_part", 1, like_part, deterministic=True)
    conn.create_function("format", -1, _printf, deterministic=True)
    conn.set_authorizer(_authorizer)
    conn.row_factory = budgeted_rows()


async def databases_json(datasette, request):
    """/-/databases.json without the server's paths."""
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    rows = [{"name": d.name, "route": d.route, "path": os.path.basename(d.path) if d.path else None, "size": d.size,
             "is_mutable": d.is_mutable, "is_memory": d.is_memory, "hash": d.hash}
            for name, d in datasette.databases.items() if name != "_internal"]
    return Response.json(rows)


@hookimpl
def register_routes():
    return [(r"^/-/databases(\.json)?$", databases_json)]


@hookimpl
def asgi_wrapper(datasette):
    """Datasette skips its CSRF check for a request with no cookies at all; a login must not.
    And a table filter's value is cut to what a LIKE pattern may hold (cut_pattern_filters)."""

    def wrap(app):
        async def checked(scope, receive, send):
            if scope["type"] == "http" and scope.get("query_string"):
                cut = cut_pattern_filters(scope["query_string"])
                if cut is not scope["query_string"]:
                    scope = dict(scope, query_string=cut)
            if scope["type"] == "http" and scope.get("method") == "POST" and scope.get("path") == "/-/login":
                cookies = b"; ".join(v for k, v in scope.get("headers", []) if k.lower() == b"cookie")
                if b"ds_csrftoken=" not in cookies:
                    await Response.text("Form submission failed: no CSRF cookie (load the login page first)",
                                        status=403).asgi_send(send)
                    return
            await app(scope, receive, send)

        return checked

    return wrap
