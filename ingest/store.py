"""The only module that knows table names: writes parsed documents into SQLite.

Every document goes in inside one transaction, so a crash or a kill leaves each document
either fully in the database or not at all; WAL mode keeps readers (a running Datasette)
working while an ingest writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os

import sqlite_utils

from .authority import authority_columns
from .body_names import is_bare, qualified, same_meeting
from .schema import migrate
from .structure import body_key


def open_db(path: str) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("PRAGMA busy_timeout = 10000")
    if db.journal_mode != "wal":
        db.enable_wal()
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed or crashed ingest
    # still leaves whole documents (the WAL is complete up to the last commit); only a power
    # cut can lose the last papers committed, which the next ingest reads again. FULL made
    # each paper's commit wait for the disk.
    db.execute("PRAGMA synchronous = NORMAL")
    migrate(db)
    return db


def known_document(db: sqlite_utils.Database, path: str) -> dict | None:
    row = db.execute("select id, sha256, status from documents where path = ?", [path]).fetchone()
    return {"id": row[0], "sha256": row[1], "status": row[2]} if row else None


def known_files(db: sqlite_utils.Database) -> dict[str, dict]:
    """Every ingested path with what the skip check needs, in one query rather than one per file."""
    rows = db.execute("select path, id, sha256, status, size, mtime_ns, error from documents").fetchall()
    return {r[0]: {"id": r[1], "sha256": r[2], "status": r[3], "size": r[4], "mtime_ns": r[5], "error": r[6]}
            for r in rows}


def remember_stat(db: sqlite_utils.Database, doc_id: int, size: int, mtime_ns: int) -> None:
    """A file touched but not changed: record its new modification time so the next run skips
    it without hashing."""
    with db.atomic():
        db.execute("update documents set size = ?, mtime_ns = ? where id = ?", [size, mtime_ns, doc_id])


def document_with_hash(db: sqlite_utils.Database, sha256: str) -> dict | None:
    row = db.execute(
        "select id, path from documents where sha256 = ? and status = 'ok' limit 1", [sha256]
    ).fetchone()
    return {"id": row[0], "path": row[1]} if row else None


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _document_row(rec: dict) -> dict:
    return {
        "path": rec["path"], "filename": os.path.basename(rec["path"]), "sha256": rec["sha256"],
        "format": rec["format"], "kind": rec.get("kind"), "title": rec.get("title"),
        "pages": len(rec.get("pages") or []) or rec.get("page_count"), "status": rec["status"],
        "error": rec.get("error"), "restricted": int(bool(rec.get("restricted"))), "size": rec.get("size"),
        "no_meeting_reason": rec.get("no_meeting_reason"),
        "mtime_ns": rec.get("mtime_ns"), "ingested_at": now(),
    }


KEPT = " (the previously ingested version is kept)"


def keeps_earlier_version(row: dict) -> bool:
    """Whether a failed file's row still holds the content (and the size and time) of an earlier good version."""
    return (row.get("error") or "").endswith(KEPT)


def record_failure(db: sqlite_utils.Database, rec: dict) -> int:
    """A file that could not be read gets a row that says why; content from an earlier good
    version of the same file is kept, never half-replaced."""
    with db.atomic():
        old = known_document(db, rec["path"])
        row = _document_row(rec)
        if old and (old["status"] == "ok" or _has_content(db, old["id"])):
            row["error"] = rec["error"] + KEPT
            row["status"] = "error"
            for key in ("sha256", "pages", "kind", "title", "restricted", "size", "mtime_ns", "no_meeting_reason"):
                row.pop(key)  # keep the description of the content that is still there
            db["documents"].update(old["id"], row)
            return old["id"]
        if old:
            db["documents"].update(old["id"], row)
            return old["id"]
        return db["documents"].insert(row).last_pk


def _has_content(db, doc_id: int) -> bool:
    return db.execute("select 1 from pages where document_id = ? limit 1", [doc_id]).fetchone() is not None


def write_document(db: sqlite_utils.Database, rec: dict) -> int:
    """Replace whatever the database held for this path with the parsed record."""
    with db.atomic():
        old = known_document(db, rec["path"])
        row = _document_row(rec) | authority_columns(
            rec.get("title") or "", [p["text"] for p in rec.get("pages") or []], [m["body"] for m in rec["meetings"][:1]])
        for m in rec["meetings"]:
            m["body"] = qualified(m["body"], row.get("authority"), row.get("authority_found_by"))
        if old:
            delete_content(db, old["id"])
            db["documents"].update(old["id"], row)
            doc_id = old["id"]
        else:
            doc_id = db["documents"].insert(row).last_pk
        _write_content(db, doc_id, rec)
    return doc_id


def _write_content(db, doc_id: int, rec: dict) -> None:
    db["pages"].insert_all(
        ({"document_id": doc_id, "page": p["page"], "text": p["text"], "restricted": int(p["restricted"]),
          "blank": int(p["blank"])} for p in rec["pages"]),
        batch_size=200,
    )
    meeting_ids = [_meeting_id(db, doc_id, m) for m in rec["meetings"]]
    item_ids = []
    for item in rec["items"]:
        item_ids.append(_insert(db, "agenda_items", {
            "meeting_id": _ref(meeting_ids, item["meeting"]), "number": item["number"], "title": item["title"],
            "presenter": item["presenter"], "pages": item["pages"], "restricted": int(item["restricted"]),
            "document_id": doc_id, "page": item["page"],
        }))
    passage_ids = []
    for p in rec["passages"]:
        passage_ids.append(_insert(db, "passages", {
            "document_id": doc_id, "page": p["page"], "meeting_id": _ref(meeting_ids, p["meeting"]),
            "agenda_item_id": _ref(item_ids, p["item"]), "heading": p["heading"], "text": p["text"],
            "kind": p["kind"], "restricted": int(p["restricted"]),
        }))
    facts = rec.get("facts")
    if facts:
        from .store_facts import write_facts

        write_facts(db, doc_id, facts, meeting_ids, item_ids, passage_ids)


def _insert(db, table: str, row: dict) -> int:
    """One row into a table the migrations made, returning its id: a plain INSERT, because
    sqlite-utils' insert() re-reads the table's shape on every call (a third of the write time
    on real papers, where a paper has hundreds of passages)."""
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    return db.conn.execute(f"insert into [{table}] ({columns}) values ({marks})", list(row.values())).lastrowid


def _ref(ids: list[int], index: int | None) -> int | None:
    return ids[index] if index is not None else None


def _meeting_id(db, doc_id: int, m: dict) -> int:
    """One meetings row per (body, date) across the archive; this document is linked to it."""
    key = body_key(m["body"])
    row = db.execute("select id, start_time, venue, next_meeting, document_id from meetings "
                     "where body_key = ? and date = ?", [key, m["date"]]).fetchone()
    if row is None and (other := same_meeting(db, key, m["date"], m["body"])):
        # the same meeting named with or without its place ('Parish Council' / 'Burton-cum-Walden Parish Council'):
        # one row, under the full name
        if is_bare(other[1]):
            db["meetings"].update(other[0], {"body": m["body"], "body_key": key})
        row = db.execute("select id, start_time, venue, next_meeting, document_id from meetings where id = ?",
                         [other[0]]).fetchone()
    if row:
        meeting_id = row[0]
        # the paper that sorts first by path gives the meeting its details and provenance, the
        # others fill what it lacks: the same row whatever order papers are written in
        first = _sorts_before(db, doc_id, row[4])
        updates = {k: m[k] for k, current in zip(("start_time", "venue", "next_meeting"), row[1:4])
                   if m.get(k) and (current is None or first)}
        if first:
            updates.update(document_id=doc_id, page=m["page"])
        if updates:
            db["meetings"].update(meeting_id, updates)
    else:
        meeting_id = db["meetings"].insert({
            "body": m["body"], "body_key": key, "date": m["date"], "start_time": m.get("start_time"),
            "venue": m.get("venue"), "next_meeting": m.get("next_meeting"), "document_id": doc_id, "page": m["page"],
        }).last_pk
    db["meeting_documents"].insert(
        {"meeting_id": meeting_id, "document_id": doc_id, "page": m["page"], "role": m["role"],
         "found_by": m.get("found_by"), "start_time": m.get("start_time"), "venue": m.get("venue"),
         "next_meeting": m.get("next_meeting")}, replace=True
    )
    return meeting_id


def _sorts_before(db, doc_id: int, other_id: int | None) -> bool:
    if other_id is None or other_id == doc_id:
        return other_id is None
    paths = dict(db.execute("select id, path from documents where id in (?, ?)", [doc_id, other_id]).fetchall())
    return other_id not in paths or (paths.get(doc_id) or "") < (paths.get(other_id) or "")


def delete_document(db, doc_id: int) -> None:
    """Remove a document's row and everything it contributed."""
    delete_content(db, doc_id)
    db.execute("delete from documents where id = ?", [doc_id])


def delete_content(db, doc_id: int) -> None:
    """Remove everything a document contributed, keeping meetings other documents still record."""
    from .store_facts import delete_facts

    delete_facts(db, doc_id)
    for table in ("passages", "agenda_items", "pages", "meeting_documents"):
        db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
    orphaned = [r[0] for r in db.execute(
        "select id from meetings where id not in (select meeting_id from meeting_documents)").fetchall()]
    for meeting_id in orphaned:
        db.execute("delete from meetings where id = ?", [meeting_id])
    # a meeting first seen in this document now takes its provenance from another that records it
    db.execute("""
        update meetings set (document_id, page) = (
          select md.document_id, md.page from meeting_documents md join documents d on d.id = md.document_id
          where md.meeting_id = meetings.id order by d.path limit 1)
        where document_id = ?""", [doc_id])



class IngestRunning(Exception):
    """Another ingest holds the database and this one was asked not to wait."""


@contextlib.contextmanager
def ingest_lock(path: str, on_wait=None):
    """One ingest at a time per database: an advisory lock (flock) on the database file itself,
    released by the kernel however the holder ends, kill -9 included. A second ingest calls
    on_wait (to say that it is waiting) and then waits for the first. The descriptor stays open
    until the database is closed: closing any descriptor of a file drops SQLite's own locks."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is None:
                raise IngestRunning(f"another minutebook ingest is writing to {path}")
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


MERGE = "people merge"


def merge_pending(db: sqlite_utils.Database) -> None:
    """Note, inside the transaction that writes a paper's facts, that the cross-paper merge is due."""
    db.execute("insert or ignore into pending_work (task, since) values (?, ?)", [MERGE, now()])


def finish_merge(db: sqlite_utils.Database, merge) -> bool:
    """Run the cross-paper merge if a paper was written since it last finished (in this run or
    in one that was killed before the merge), and clear the note in the merge's transaction."""
    if not db.execute("select 1 from pending_work where task = ?", [MERGE]).fetchone():
        return False
    with db.atomic():
        merge(db)
        db.execute("delete from pending_work where task = ?", [MERGE])
    return True
