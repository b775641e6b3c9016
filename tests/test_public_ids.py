"""The public copy numbers its rows itself (ingest/public_ids.py): its ids say nothing of the
archive's restricted rows, every column naming another row follows the same numbering, the
site's links lead where they did, and an ingest of restricted papers alone leaves the copy as it
was, its state table included (which once held a digest of the archive's documents)."""

import asyncio
import hashlib
import re
import shutil
import sqlite3
import urllib.parse

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.public_ids import MAP_TABLE, referenced
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import CORPUS, REAL, run_cli
from .test_restricted_sentinels import SENTINEL_LINES, _html_with, sentinel_archive  # noqa: F401 - a fixture

# columns a public row may point elsewhere than its archive row does (the copy's rule picks a
# public paper instead: publish.py's _meeting_provenance, _ACTION_NEWS)
REWRITTEN = {("meetings", "document_id"), ("actions", "completed_document_id"), ("actions", "last_seen_document_id")}


def _copy(archive) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{public_path(str(archive))}?mode=ro", uri=True)


def _numbered_tables(conn) -> list[str]:
    return [t for (t,) in conn.execute("select name from sqlite_master where type = 'table' and name not like '%_fts%'")
            if "id" in [r[1] for r in conn.execute(f"pragma table_info([{t}])")]]


def _map(archive, table) -> dict[int, int]:
    """public id -> archive id."""
    db = sqlite3.connect(str(archive))
    try:
        return dict(db.execute(f"select public_id, archive_id from [{MAP_TABLE}] where tab = ?", [table]).fetchall())
    finally:
        db.close()


def test_the_copys_ids_run_without_gaps_where_the_archives_leave_restricted_rows(sentinel_archive):
    archive = sqlite3.connect(str(sentinel_archive))
    # the premise: the archive's public passages leave gaps where restricted ones stand
    public_passages = [r[0] for r in archive.execute(
        "select id from passages where coalesce(restricted, 0) = 0 and document_id in "
        "(select id from documents where coalesce(restricted, 0) = 0) order by id")]
    assert public_passages != list(range(public_passages[0], public_passages[0] + len(public_passages)))
    assert archive.execute("select count(*) from documents where restricted = 1").fetchone()[0] or not REAL.is_dir()
    copy = _copy(sentinel_archive)
    checked = 0
    for table in _numbered_tables(copy):
        ids = [r[0] for r in copy.execute(f"select id from [{table}] order by id")]
        assert ids == list(range(1, len(ids) + 1)), table
        checked += bool(ids)
    assert checked >= 10


def test_every_column_naming_a_row_names_the_same_row_as_in_the_archive(sentinel_archive):
    copy = _copy(sentinel_archive)
    archive = sqlite3.connect(str(sentinel_archive))
    for table in [t for (t,) in copy.execute("select name from sqlite_master where type = 'table' "
                                             "and name not like '%_fts%' and name not like '\\_%' escape '\\'")]:
        columns = [r[1] for r in copy.execute(f"pragma table_info([{table}])")]
        for column in columns:
            # a new column naming rows must be numbered too: an integer *_id column the numbering
            # does not know would show archive ids
            if column == "id" or column.endswith("_id"):
                assert referenced(table, column), (table, column)
        if "id" not in columns:
            continue
        to_archive = _map(sentinel_archive, table)
        for row in copy.execute(f"select * from [{table}]"):
            row = dict(zip(columns, row))
            original = dict(zip(columns, archive.execute(
                f"select {', '.join(f'[{c}]' for c in columns)} from [{table}] where id = ?",
                [to_archive[row["id"]]]).fetchone()))
            for column in columns:
                target = referenced(table, column)
                if column == "id" or not target or row[column] is None or (table, column) in REWRITTEN:
                    continue
                assert _map(sentinel_archive, target)[row[column]] == original[column], (table, column, row["id"])
            for column in ("filename", "title", "heading", "name") if table != "people" else ():
                if column in columns:
                    assert row[column] == original[column], (table, column)


def _site(archive):
    ds = make_datasette(public_path(str(archive)), public=True, name="archive", public_files=files_dir(str(archive)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


LINK = re.compile(r'href="(/(?:person|meeting|action|-/source|archive/[a-z_]+)/\d+[^"#]*)')


def test_the_sites_links_lead_to_the_rows_they_name(sentinel_archive):
    """Crawled from /: every link to a row, a person, a meeting, an action or a source file
    answers, and a paper's page and source are that paper's."""
    client = _site(sentinel_archive)
    seen, todo, followed = set(), ["/", "/meetings", "/people", "/overdue?as_of=2100-01-01", "/archive/documents",
                                   "/archive/actions", "/archive/decisions", "/archive/passages"], 0
    while todo and followed < 400:
        path = todo.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path, follow_redirects=True)
        assert response.status == 200, (path, response.status)
        followed += 1
        if response.headers.get("content-type", "").startswith("text/html"):
            todo += [urllib.parse.unquote(m).replace("&amp;", "&") for m in LINK.findall(response.text)]
    assert followed > 30
    copy = _copy(sentinel_archive)
    for doc_id, filename in copy.execute("select id, filename from documents where status = 'ok'"):
        assert filename in client.get(f"/archive/documents/{doc_id}").text
        response = client.get(f"/-/source/{doc_id}")
        assert response.status == 302 and urllib.parse.quote(filename, safe="") in response.headers["location"]


def test_an_ingest_of_restricted_papers_alone_leaves_the_copy_as_it_was(sentinel_archive, tmp_path):
    """Nothing in the copy (ids, rows, its state table) may tell that a restricted paper came; a
    public paper ingested next takes the next ids, and what was public keeps its own."""
    db = tmp_path / "archive.db"
    shutil.copy(sentinel_archive, db)
    shutil.copy(public_path(str(sentinel_archive)), public_path(str(db)))
    papers = sentinel_archive.parent / "papers"
    before = list(sqlite3.connect(public_path(str(db))).iterdump())
    extra = tmp_path / "extra"
    extra.mkdir()
    source = next(iter(sorted(REAL.glob("sf_*index.html")) or sorted(CORPUS.glob("*.html"))))
    _html_with(source, extra / f"withheld {source.name}", "".join(f"<p>{line}</p>" for line in SENTINEL_LINES),
               at_start="<p>NOT FOR PUBLICATION</p>")
    run_cli("ingest", papers, extra, "--db", db, "--max-seconds", "900", check=True)
    archive = sqlite3.connect(str(db))
    assert archive.execute("select count(*) from documents where filename like 'withheld %' and restricted = 1").fetchone()[0]
    after = list(sqlite3.connect(public_path(str(db))).iterdump())
    assert after == before
    # the digest the copy once held: the archive's documents, counted with the restricted ones
    count, latest, total = archive.execute("select count(*), max(ingested_at), total(id) from documents").fetchone()
    digest = hashlib.sha256(f"{count}|{latest}|{total}".encode()).hexdigest()
    assert digest.encode() not in open(public_path(str(db)), "rb").read()
    # a public paper next: new rows take the next numbers, the others keep theirs
    shown = dict(sqlite3.connect(public_path(str(db))).execute("select id, filename from documents").fetchall())
    others = [p for p in sorted(REAL.glob("sf_*index.html")) if p != source]
    public_paper = others[0] if others else source
    if others:
        shutil.copy(public_paper, extra / f"public {public_paper.name}")
    else:  # without the real papers, the corpus's one HTML paper with a public paragraph of its own
        _html_with(source, extra / f"public {source.name}", "<p>The committee thanked the volunteers for the litter pick.</p>")
    run_cli("ingest", papers, extra, "--db", db, "--max-seconds", "900", check=True)
    now = dict(sqlite3.connect(public_path(str(db))).execute("select id, filename from documents").fetchall())
    assert {k: v for k, v in now.items() if k in shown} == shown
    assert sorted(now) == list(range(1, len(shown) + 2))
    assert now[len(shown) + 1] == f"public {public_paper.name}"


@pytest.fixture
def client_of(sentinel_archive):
    return _site(sentinel_archive)


def test_the_state_table_holds_nothing_of_the_archive(sentinel_archive, client_of):
    """What the site shows of `_public_copy`: random values and the copy's own counts."""
    rows = client_of.get("/archive/_public_copy.json?_shape=array").json
    archive = sqlite3.connect(str(sentinel_archive))
    count, latest, total = archive.execute("select count(*), max(ingested_at), total(id) from documents").fetchone()
    text = " ".join(str(v) for row in rows for v in row.values())
    assert hashlib.sha256(f"{count}|{latest}|{total}".encode()).hexdigest() not in text
    assert latest not in text
