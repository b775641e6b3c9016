"""A table cell naming a meeting, an action or a paper shows its label (cell_labels): read a
table at a time, not by a query per cell, and read again when an ingest changes the served copy.
On a copy of the public archive, through Datasette's test client, on the HTML table pages."""

import asyncio
import html as htmllib
import re
import shutil
import sqlite3

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils.testing import TestClient

from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

# a read of the tables whose rows cells name, other than Datasette's own batched lookup of a
# foreign key's label ('where id in (...)')
LABEL_READ = re.compile(r"\bfrom (meetings|actions|documents)\b(?!.* in \()", re.S)


class _Statements:
    """Every statement Datasette's connections run (SQLite's own trace callback)."""

    __name__ = "test_cell_labels_statements"  # Datasette lists its plugins by their module's name

    def __init__(self):
        self.run: list[str] = []

    @hookimpl
    def prepare_connection(self, conn, database, datasette):
        conn.set_trace_callback(self.run.append)


def _served_copy(archive_db, tmp_path):
    copy = tmp_path / "archive.db"
    shutil.copy(public_path(str(archive_db)), copy)
    ds = make_datasette(str(copy), public=True, name="archive")
    asyncio.run(ds.invoke_startup())
    return copy, TestClient(ds)


def _labelled_cells(html: str) -> list[tuple[str, str, str]]:
    """(kind, id, label) of each labelled cell of a page."""
    return re.findall(r'<a href="[^"]*" title="(meeting|action|document) (\d+)">([^<]*)</a>', htmllib.unescape(html))


def test_a_pages_labels_are_read_a_table_at_a_time(archive_db, tmp_path):
    statements = _Statements()
    pm.register(statements, name="test_cell_labels_statements")
    try:
        _, client = _served_copy(archive_db, tmp_path)  # its connections are opened now, traced
        response = client.get("/archive/mentions?_size=200", cookies={"fresh": "1"})
    finally:
        pm.unregister(name="test_cell_labels_statements")
    assert response.status == 200
    cells = _labelled_cells(response.text)
    assert len(cells) >= 50 and all(label for _, _, label in cells)
    reads = [s for s in statements.run if LABEL_READ.search(s)]
    # one read of each table a column names; with a query per cell this was one per cell
    assert len(reads) == len({kind for kind, _, _ in cells}), reads[:5]


def test_a_label_changed_by_an_ingest_shows_at_the_next_request(archive_db, tmp_path):
    copy, client = _served_copy(archive_db, tmp_path)
    before = _labelled_cells(client.get("/archive/attendance", cookies={"fresh": "1"}).text)
    meeting_id, label = next((id_, label) for kind, id_, label in before if kind == "meeting")
    with sqlite3.connect(copy) as conn:  # as the publish of an ingest writes the copy
        conn.execute("update meetings set body = 'Renamed Harbour Board' where id = ?", [int(meeting_id)])
    after = _labelled_cells(client.get("/archive/attendance", cookies={"fresh": "1"}).text)
    assert ("meeting", meeting_id, label) not in after
    assert ("meeting", meeting_id, "Renamed Harbour Board, " + label.split(", ")[-1]) in after
