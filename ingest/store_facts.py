"""Writing extracted facts (filled in by the extraction stage)."""

from __future__ import annotations


def write_facts(db, doc_id, facts, meeting_ids, item_ids, passage_ids) -> None:
    pass


def delete_facts(db, doc_id) -> None:
    pass
