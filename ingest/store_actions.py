"""Each paper's actions as sightings: what this paper says, with its page, owners, reference,
item and status in its own words. Which sightings are one action across meetings, and the
`actions` rows themselves, are worked out per body by `store_action_links` after each run, so
the result never depends on the order papers arrive in."""

from __future__ import annotations

import json

from .store_facts import _insert


def write_actions(db, doc_id, actions, meeting_ids, item_ids, passage_ids, person_id) -> None:
    def ref(ids, index):
        return ids[index] if index is not None and index < len(ids) else None

    for a in actions:
        meeting_id = ref(meeting_ids, a.get("meeting"))
        item_id = ref(item_ids, a.get("item"))
        # owners become people rows when their action is linked, once per action, not once per sighting
        owners = [{"name": o["name"], "kind": o.get("kind", "person")} for o in a.get("owners", [])]
        _insert(db, "action_history", {
            "action_id": None, "document_id": doc_id, "page": a["page"], "meeting_id": meeting_id,
            "status": a["status"], "status_text": a.get("status_text"), "text": a["text"], "seen_on": _date(db, meeting_id),
            "paper_status": a["status"], "paper_status_text": a.get("status_text"),
            "kind": "extracted", "description": a["description"], "owners": json.dumps(owners), "ref": a.get("ref"),
            "due_text": a.get("due_text"), "due_date": a.get("due_date"), "due_precision": a.get("due_precision"),
            "due_kind": a.get("due_kind"),
            "agenda_item_id": item_id, "passage_id": ref(passage_ids, a.get("passage")), "item_title": _title(db, item_id),
            "rule": a.get("rule"), "restricted": int(bool(a.get("restricted"))),
        })


def _date(db, meeting_id):
    row = db.execute("select date from meetings where id = ?", [meeting_id]).fetchone() if meeting_id else None
    return row[0] if row else None


def _title(db, item_id):
    row = db.execute("select title from agenda_items where id = ?", [item_id]).fetchone() if item_id else None
    return row[0] if row else None


def delete_actions(db, doc_id) -> None:
    """Remove what a paper said about actions; the next link of its body recomputes the rest."""
    db.execute("delete from action_history where document_id = ?", [doc_id])
