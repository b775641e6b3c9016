"""The database contract (shared/SCHEMA.md) as migrations.

Each migration upgrades a database by one version; `PRAGMA user_version` records where a
database is, so an existing archive is upgraded in place rather than rebuilt. Never edit a
released migration: add a new one.
"""

from __future__ import annotations

import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["documents"].create(
        {"id": int, "path": str, "filename": str, "sha256": str, "format": str, "kind": str, "title": str,
         "pages": int, "status": str, "error": str, "restricted": int, "size": int, "ingested_at": str},
        pk="id",
    )
    db["documents"].create_index(["path"], unique=True)
    db["documents"].create_index(["sha256"])
    db["pages"].create(
        {"id": int, "document_id": int, "page": int, "text": str, "restricted": int, "blank": int},
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["pages"].create_index(["document_id", "page"], unique=True)
    db["meetings"].create(
        {"id": int, "body": str, "body_key": str, "date": str, "start_time": str, "venue": str,
         "next_meeting": str, "document_id": int, "page": int},
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["meetings"].create_index(["body_key", "date"], unique=True)
    db["meetings"].create_index(["date"])
    db["meeting_documents"].create(
        {"meeting_id": int, "document_id": int, "page": int, "role": str},
        pk=("meeting_id", "document_id", "role"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
    )
    db["agenda_items"].create(
        {"id": int, "meeting_id": int, "number": str, "title": str, "presenter": str, "pages": str,
         "restricted": int, "document_id": int, "page": int},
        pk="id", foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
    )
    db["passages"].create(
        {"id": int, "document_id": int, "page": int, "meeting_id": int, "agenda_item_id": int,
         "heading": str, "text": str, "kind": str, "restricted": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("meeting_id", "meetings", "id"),
                      ("agenda_item_id", "agenda_items", "id")],
    )
    for table in ("agenda_items", "passages", "meeting_documents"):
        db[table].create_index(["document_id"])
    db["passages"].create_index(["meeting_id"])
    db["pages"].enable_fts(["text"], fts_version="FTS5", tokenize="porter", create_triggers=True)
    db["passages"].enable_fts(["heading", "text"], fts_version="FTS5", tokenize="porter", create_triggers=True)


MIGRATIONS = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version it started at."""
    start = version(db)
    if start > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {start} is newer than this minutebook ({SCHEMA_VERSION}): upgrade minutebook"
        )
    for n in range(start, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[n](db)
            db.execute(f"PRAGMA user_version = {n + 1}")
    return start
