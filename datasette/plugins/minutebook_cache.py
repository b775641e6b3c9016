"""A small cache of whole answers for the public site, so that a search or page many visitors
ask for is computed once per change of the archive, not once per visitor.

Only in public mode, where the served database is the public copy and holds nothing restricted:
every visitor may see every answer, so one visitor's answer can be replayed to another. Full
mode (logins, restricted material) is never cached. Only anonymous GETs without cookies, and
only answers that set no cookie: an answer carrying a CSRF token belongs to its visitor.

An answer is kept with the state of the archive it was computed from: each served database
file's identity, size and modification time (and its write-ahead log's), SQLite's data_version
on a connection of our own (which changes when any other connection commits), and today's date
(the overdue page is as of today). A request whose state differs is computed afresh, so an
ingest that updates the public copy is seen by the next request.

Every answer it could keep also carries an ETag and `Cache-Control: no-cache`: a browser asks
again each time, with If-None-Match, and gets a bodiless 304 while the archive is unchanged.
The ETag is made from the request and the version of the served files as any process sees it
(their identity, size and modification time, SQLite's change counter in the database header
and the salt of the write-ahead log, which a writer renews when it starts the log afresh), plus
today's date; not from data_version, which differs between connections and so between the
worker processes of `serve --workers`. A 304 says only "what you have is current": it never
carries a body, so it cannot show anything the visitor was not already sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import OrderedDict

from datasette import hookimpl

from minutebook.data_version import PragmaReader, files_state

MAX_ENTRIES = 1000
MAX_ENTRY_BYTES = 512 * 1024  # a search page is 20 to 60 kB; CSV exports and downloads pass through
MAX_TOTAL_BYTES = 64 * 1024 * 1024
HEADER = b"x-minutebook-cache"  # "hit" on a replayed answer: says where an answer came from
# (offset, length) of what changes when the file's content does: SQLite's file change counter
# in the database header, and the write-ahead log's checkpoint sequence and salts
_VERSION_BYTES = {"": (24, 4), "-wal": (8, 16)}


class _Archive:
    """The state of the served database files, cheap enough to read on every request."""

    def __init__(self, paths: list[str]):
        self.paths = paths
        self._versions = PragmaReader("data_version")

    def state(self) -> tuple:
        files = []
        for path in self.paths:
            files += files_state(path)
            files.append(self._versions.of(path))
        return (dt.date.today().isoformat(), *files)

    def version(self) -> tuple:
        """The served files' version, the same in every process that reads them."""
        parts = [dt.date.today().isoformat()]
        for path in self.paths:
            for suffix, (offset, length) in _VERSION_BYTES.items():
                try:
                    with open(path + suffix, "rb") as f:
                        s = os.fstat(f.fileno())
                        f.seek(offset)
                        parts.append((s.st_ino, s.st_size, s.st_mtime_ns, f.read(length)))
                except OSError:
                    parts.append(None)
        return tuple(parts)


def etag(key: tuple, version: tuple) -> bytes:
    return b'"' + hashlib.blake2b(repr((key, version)).encode(), digest_size=12).hexdigest().encode() + b'"'


def _header(scope, name: bytes) -> bytes | None:
    return next((v for k, v in scope.get("headers", []) if k.lower() == name), None)


def _matches(if_none_match: bytes | None, tag: bytes) -> bool:
    if not if_none_match:
        return False
    tags = [t.strip() for t in if_none_match.split(b",")]
    return b"*" in tags or tag in tags or b"W/" + tag in tags


def _with_validator(start: dict, tag: bytes) -> dict:
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
    return {**start, "headers": [*headers, (b"etag", tag), (b"cache-control", b"no-cache")]}


class AnswerCache:
    def __init__(self, archive: _Archive, max_entries=MAX_ENTRIES, max_entry_bytes=MAX_ENTRY_BYTES,
                 max_total_bytes=MAX_TOTAL_BYTES):
        self.archive = archive
        self.entries: OrderedDict[tuple, tuple] = OrderedDict()  # key -> (state, start message, body)
        self.max_entries, self.max_entry_bytes, self.max_total_bytes = max_entries, max_entry_bytes, max_total_bytes
        self.total_bytes = 0

    def get(self, key, state):
        entry = self.entries.get(key)
        if entry is None:
            return None
        if entry[0] != state:
            self._drop(key)
            return None
        self.entries.move_to_end(key)
        return entry

    def put(self, key, state, start, body: bytes) -> None:
        self._drop(key)
        self.entries[key] = (state, start, body)
        self.total_bytes += len(body)
        while len(self.entries) > self.max_entries or self.total_bytes > self.max_total_bytes:
            self._drop(next(iter(self.entries)))

    def _drop(self, key) -> None:
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.total_bytes -= len(entry[2])


def _cacheable_request(scope) -> bool:
    if scope["type"] != "http" or scope.get("method") != "GET":
        return False
    if scope.get("path", "").startswith("/-/"):  # files, static assets, login, server details
        return False
    return not any(k.lower() in (b"cookie", b"authorization") for k, _ in scope.get("headers", []))


def _key(scope) -> tuple:
    host = next((v for k, v in scope.get("headers", []) if k.lower() == b"host"), b"")
    return scope.get("scheme", "http"), host, scope.get("root_path", ""), scope["path"], scope.get("query_string", b"")


def _cache_for(datasette) -> AnswerCache | None:
    """The site's cache, made at its first request (the wrapper is made before the database
    is added); None in full mode, where answers depend on who asks and may be restricted."""
    cache = getattr(datasette, "minutebook_cache", None)
    if cache is None and getattr(datasette, "minutebook_sources", {}).get("public"):
        paths = [db.path for name, db in datasette.databases.items() if name != "_internal" and db.path]
        cache = datasette.minutebook_cache = AnswerCache(_Archive(paths))
    return cache


def cached(app, datasette):
    async def serve(scope, receive, send):
        cache = _cache_for(datasette) if _cacheable_request(scope) else None
        if cache is None:
            return await app(scope, receive, send)
        key, state = _key(scope), cache.archive.state()
        tag = etag(key, cache.archive.version())
        if _matches(_header(scope, b"if-none-match"), tag):
            # the same request of the same files: the answer the visitor holds is this one
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", tag), (b"cache-control", b"no-cache")]})
            await send({"type": "http.response.body", "body": b""})
            return
        entry = cache.get(key, state)
        if entry is not None:
            _, start, body = entry
            start = _with_validator(start, tag)
            await send({**start, "headers": [*start["headers"], (HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        start, chunks, size, keep = None, [], 0, True

        async def recording_send(message):
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                start = message
                headers = message.get("headers", [])
                keep = message.get("status") == 200 and not any(k.lower() == b"set-cookie" for k, _ in headers)
                if keep:  # an answer any visitor may be replayed: it may be revalidated too
                    message = _with_validator(message, tag)
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > cache.max_entry_bytes:
                    keep, chunks[:] = False, []
                else:
                    chunks.append(body)
                if keep and not message.get("more_body", False):
                    # the state read before computing: a change made meanwhile invalidates it
                    cache.put(key, state, {**start, "headers": list(start.get("headers", []))}, b"".join(chunks))
            await send(message)

        await app(scope, receive, recording_send)

    return serve


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: cached(app, datasette)
