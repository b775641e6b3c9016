"""What Datasette repeats on every request and the site now does once (minutebook/request_costs.py):
a table's permission rules are worked out once per table while the metadata is the same, and
the databases' schemas are read again only when one has changed, yet a table added to the
served file is in Datasette's catalogue by the next request. A real ingest, a real Datasette."""

import asyncio
import copy
import shutil
import sqlite3

import pytest
from datasette.app import Datasette, DatasetteClient
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import CORPUS, run_cli


@pytest.fixture
def archive(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    html = next(CORPUS.glob("*.html"))
    shutil.copy(html, papers / html.name)
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


def site(db):
    ds = make_datasette(public_path(str(db)), public=True, public_files=files_dir(str(db)), name="archive")
    asyncio.run(ds.invoke_startup())
    return ds


def test_a_tables_permission_rules_are_worked_out_once_while_the_metadata_is_the_same(archive, monkeypatch):
    worked_out = []
    original = Datasette._table_permission_allows

    def counted(self, database, table):
        worked_out.append(table)
        return original(self, database, table)

    monkeypatch.setattr(Datasette, "_table_permission_allows", counted)
    ds = site(archive)
    client = TestClient(ds)
    for n in range(3):  # each a new address: the answer cache does not serve them
        assert client.get(f"/archive/meetings?_n={n}").status == 200
    assert worked_out == ["meetings"]  # Datasette alone: twice per page, six times

    # new metadata (a table closed to everyone) is obeyed by the next request
    metadata = copy.deepcopy(ds._metadata_local)
    metadata["databases"]["archive"]["tables"]["meetings"]["allow"] = {"id": "nobody"}
    ds._metadata_local = metadata
    assert client.get("/archive/meetings?_n=closed").status == 403
    assert client.get("/archive/meetings?_n=closed-again").status == 403
    assert client.get("/archive/decisions?_n=open").status == 200


def traced_sql(client, path):
    trace = client.get(path + ("&" if "?" in path else "?") + "_trace=1").json["_trace"]
    return [t["sql"] for t in trace["traces"] if "sql" in t]


def test_the_schemas_are_read_again_only_when_the_served_file_changes_them(archive):
    ds = site(archive)
    ds._settings["trace_debug"] = True
    ds.client = DatasetteClient(ds)  # its app made again, with the tracer
    client = TestClient(ds)
    traced_sql(client, "/archive/meetings.json?_n=1")  # the first request reads every schema
    assert not [sql for sql in traced_sql(client, "/archive/meetings.json?_n=2") if "schema_version" in sql]

    # a table added to the served file (as a publish that adds one does) is in the catalogue at once
    with sqlite3.connect(public_path(str(archive))) as conn:
        conn.execute("create table zorblax_notes (id integer primary key, note text)")
    assert [sql for sql in traced_sql(client, "/archive/meetings.json?_n=3") if "schema_version" in sql]
    catalogue = asyncio.run(ds.get_database("_internal").execute(
        "select table_name from tables where database_name = 'archive'")).rows
    assert "zorblax_notes" in {r[0] for r in catalogue}
    assert client.get("/archive/zorblax_notes.json?_n=4").status == 200
