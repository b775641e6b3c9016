"""What one anonymous request may cost, what it may learn about the server, and the source
links, login and serve start that go with them, on a real ingest served by a real Datasette."""

import asyncio
import json
import os
import shutil
import urllib.parse

import pytest
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path, publish
from minutebook.serve import hash_password, make_datasette

from .conftest import CORPUS, run_cli

ODD_NAMES = ["minutes with spaces.pdf", "the \"board's\" minutes.pdf", "procès-verbal Zoë.pdf", "two\nlines.pdf"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Two corpus papers, one of them under each of the odd names."""
    root = tmp_path_factory.mktemp("limits")
    papers = root / "papers"
    papers.mkdir()
    pack = CORPUS / "001_de1ae569ecce4883.pdf"  # the agenda pack, with restricted items
    shutil.copy(pack, papers / "pack.pdf")
    source = CORPUS / "000_79c56972b0298532.pdf"
    for n, name in enumerate(ODD_NAMES):
        data = bytearray(source.read_bytes())
        (papers / name).write_bytes(bytes(data) + f"\n%{n}\n".encode())  # distinct content, same paper
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


@pytest.fixture(scope="module")
def public(archive):
    ds = make_datasette(public_path(str(archive)), public=True, public_files=files_dir(str(archive)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


@pytest.fixture(scope="module")
def full(archive):
    ds = make_datasette(str(archive), public=False, password_hash=hash_password("correct horse"))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def sql(client, query):
    response = client.get("/archive.json?_shape=array&sql=" + urllib.parse.quote(query))
    return response.status, json.loads(response.text)


@pytest.mark.parametrize("query, message", [
    ("select zeroblob(999999999)", "too big"),
    ("select randomblob(999999999)", "too big"),
    # the visitor is told what the function refused, not SQLite's 'user-defined function raised exception'
    ("select printf('%.*c', 999999999, 'x')", "printf widths and precisions above 1000"),
    ("select printf('%999999999d', 1)", "printf widths and precisions above 1000"),
    ("select rtrim('abc', hex(zeroblob(600)))", "the characters to trim are longer than 1000"),
    ("with recursive r(x) as (select 1 union all select x + 1 from r where x < 5000) "
     "select zeroblob(900000) from r", "larger than"),
    ("select load_extension('/tmp/x')", "not authorized"),
])
def test_huge_values_and_results_are_refused(public, query, message):
    status, body = sql(public, query)
    assert status == 400 and message in body["error"], body


def test_functions_that_were_quadratic_still_answer(public):
    status, rows = sql(public, "select instr(replace(zeroblob(1000000), x'00', 'a'), "
                               "replace(zeroblob(500000), x'00', 'a') || 'b') as found, "
                               "instr('committee', 'mit') as at, replace('a-b-c', '-', '+') as r, "
                               "trim('  x  ') as t, ltrim('xxy', 'x') as l, printf('%5.1f|%s', 3.14159, 'ok') as p")
    assert status == 200 and rows == [{"found": 0, "at": 4, "r": "a+b+c", "t": "x", "l": "y", "p": "  3.1|ok"}]


def test_sql_cannot_read_the_server_paths(public, archive):
    status, rows = sql(public, "select * from pragma_database_list")
    assert status == 200 and rows and all(r["file"] is None for r in rows)
    databases = public.get("/-/databases.json").text
    assert str(archive.parent) not in databases and "archive.public.db" in databases
    status, rows = sql(public, "select count(*) as n from documents where path is not null")
    assert rows == [{"n": 0}]


def test_one_visitors_sql_is_not_readable_by_the_next(public):
    """Datasette's connections, and the statements they keep prepared, serve every visitor;
    sqlite_stmt would list the SQL of the others' queries."""
    status, _ = sql(public, "select count(*) from people where name like '%Private Visitor Words%'")
    assert status == 200
    for query in ("select sql from sqlite_stmt", "select * from sqlite_stmt", "select * from SQLITE_STMT",
                  "select (select group_concat(sql) from sqlite_stmt) as s"):
        status, body = sql(public, query)
        assert status == 400 and "sqlite_stmt" in body["error"], (query, body)
        assert "Private Visitor Words" not in json.dumps(body)


def test_source_ids_too_large_for_sqlite_are_not_found(public):
    assert public.get("/-/source/99999999999999999999").status == 404
    assert public.get("/-/source/99999999999999999999/x.pdf").status == 404


def test_source_links_work_for_odd_file_names(public, full, archive):
    login = full.post("/-/login", {"username": "admin", "password": "correct horse"}, csrftoken_from=True)
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    status, docs = sql(public, "select id, filename from documents")
    by_name = {d["filename"]: d["id"] for d in docs}
    assert set(ODD_NAMES) <= set(by_name)
    for name in ODD_NAMES:
        redirect = public.get(f"/-/source/{by_name[name]}", follow_redirects=False)
        assert redirect.status == 302 and "\n" not in redirect.headers["location"]
        assert urllib.parse.unquote(redirect.headers["location"].rsplit("/", 1)[1]) == name
        for client, kwargs in ((public, {}), (full, {"cookies": cookies})):
            pdf = client.get(redirect.headers["location"], **kwargs)
            assert pdf.status == 200 and pdf.body[:5] == b"%PDF-", (name, pdf.status)


def test_login_needs_its_csrf_cookie(full):
    response = full.post("/-/login", {"username": "admin", "password": "correct horse"})
    assert response.status == 403 and "ds_actor" not in response.cookies
    login = full.post("/-/login", {"username": "admin", "password": "correct horse"}, csrftoken_from=True)
    assert "ds_actor" in login.cookies


@pytest.mark.parametrize("password", ["", " ", " \t "])
def test_serve_refuses_an_empty_or_blank_password(archive, password):
    result = run_cli("serve", "--db", archive, "--full", "--get", "/", env={"MINUTEBOOK_PASSWORD": password})
    assert result.returncode != 0 and "MINUTEBOOK_PASSWORD" in result.stderr and "Traceback" not in result.stderr


def test_serve_uses_the_public_copy_made_at_ingest_and_never_rebuilds_it(archive):
    copy = public_path(str(archive))
    before = os.stat(copy).st_mtime_ns
    result = run_cli("serve", "--db", archive, "--get", "/archive/documents.json?_shape=array")
    assert result.returncode == 0 and os.stat(copy).st_mtime_ns == before
    assert "pack.pdf" in result.stdout and str(archive.parent) not in result.stdout


def test_an_archive_without_a_public_copy_gets_one_once(archive, tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(archive, db)
    result = run_cli("serve", "--db", db, "--get", "/old/agenda_items.json?_shape=array&restricted=1")
    assert result.returncode == 0 and "no public copy yet" in result.stderr
    assert json.loads(result.stdout) == [] and os.path.exists(public_path(str(db)))
    again = run_cli("serve", "--db", db, "--get", "/")
    assert "no public copy yet" not in again.stderr


def test_publishing_again_changes_nothing(archive, tmp_path):
    db = tmp_path / "again.db"
    shutil.copy(archive, db)
    first = publish(str(db))
    dump = lambda: [r for r in __import__("sqlite3").connect(first).iterdump() if "_public_copy" not in r]
    rows = dump()
    publish(str(db))
    assert dump() == rows
