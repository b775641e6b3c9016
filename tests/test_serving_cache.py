"""The public site's answer cache: a repeated request is answered from it with the same bytes,
an ingest that changes the archive is seen by the very next request, and nothing is cached in
full mode, for a visitor with cookies, or when the answer is large. Real ingests, a real
Datasette."""

import asyncio
import shutil
import urllib.parse

import pytest
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import hash_password, make_datasette

from .conftest import CORPUS, run_cli

HIT = "x-minutebook-cache"
WORD = "Zorblaxian"  # made up: in no paper until the test writes one


@pytest.fixture
def archive(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    html = next(CORPUS.glob("*.html"))
    shutil.copy(html, papers / html.name)
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db, papers


def public_client(db):
    ds = make_datasette(public_path(str(db)), public=True, public_files=files_dir(str(db)), name="archive")
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def test_a_repeated_request_is_answered_from_the_cache_with_the_same_bytes(archive):
    client = public_client(archive[0])
    for path in ["/search?q=meeting", "/archive/passages.json?_search=meeting", "/overdue", "/meetings"]:
        first, second = client.get(path), client.get(path)
        assert first.status == 200 and HIT not in first.headers, path
        assert second.headers.get(HIT) == "hit" and second.body == first.body, path
        assert second.headers["content-type"] == first.headers["content-type"]
    other = client.get("/search?q=meeting&page=2")  # another query string is another answer
    assert HIT not in other.headers


def test_an_ingest_that_changes_the_archive_is_seen_by_the_next_request(archive):
    db, papers = archive
    client = public_client(db)
    before = client.get(f"/search?q={WORD}")
    assert before.status == 200 and "<mark>" not in before.text
    assert client.get(f"/search?q={WORD}").headers.get(HIT) == "hit"
    (papers / "later.md").write_text(
        "# Minutes of the Parks Committee, 3 March 2024\n\n"
        f"## 1. {WORD} survey\n\nThe committee noted the {WORD} survey of the town's parks.\n")
    run_cli("ingest", papers, "--db", db, check=True)
    after = client.get(f"/search?q={WORD}")
    assert HIT not in after.headers and f"<mark>{WORD}</mark>" in after.text
    table = client.get(f"/archive/passages.json?_search={WORD}&_shape=array")
    assert WORD in table.text


def test_a_write_by_another_connection_invalidates_the_cache(archive):
    """The copy changed by any other writer, however small the change (SQLite's data_version)."""
    import sqlite3

    db, _ = archive
    client = public_client(db)
    path = "/archive.json?_shape=array&sql=" + urllib.parse.quote("select count(*) as n from meetings")
    n = client.get(path).json[0]["n"]
    assert client.get(path).headers.get(HIT) == "hit"
    conn = sqlite3.connect(public_path(str(db)))
    with conn:
        conn.execute("insert into meetings (body, date) values ('Test body', '2024-01-01')")
    conn.close()
    again = client.get(path)
    assert HIT not in again.headers and again.json[0]["n"] == n + 1


def test_visitors_with_cookies_and_large_answers_are_not_cached(archive):
    client = public_client(archive[0])
    client.get("/search?q=meeting")
    with_cookie = client.get("/search?q=meeting", cookies={"ds_csrftoken": "theirs"})
    assert with_cookie.status == 200 and HIT not in with_cookie.headers
    big = "/archive.json?_shape=array&sql=" + urllib.parse.quote("select hex(zeroblob(400000)) as x")
    assert client.get(big).status == 200
    assert HIT not in client.get(big).headers  # 800 kB: over the size kept per answer


def test_full_mode_is_never_cached(archive):
    db, _ = archive
    ds = make_datasette(str(db), public=False, password_hash=hash_password("correct horse"), name="archive")
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    login = client.post("/-/login", {"username": "admin", "password": "correct horse"}, csrftoken_from=True)
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    for _ in range(2):
        assert client.get("/search?q=meeting").status == 403  # anonymous
        response = client.get("/search?q=meeting", cookies=cookies)
        assert response.status == 200 and HIT not in response.headers
    assert getattr(ds, "minutebook_cache", None) is None


REVALIDATED = ["/search?q=meeting", "/overdue", "/archive/passages.json?_search=meeting"]


def test_an_unchanged_answer_is_revalidated_without_a_body(archive):
    db, _ = archive
    client = public_client(db)
    for path in REVALIDATED:
        first = client.get(path)
        tag = first.headers["etag"]
        assert first.status == 200 and first.headers["cache-control"] == "no-cache", path
        again = client.get(path, if_none_match=tag)
        assert again.status == 304 and again.body == b"" and again.headers["etag"] == tag, path
        assert client.get(path).headers["etag"] == tag  # replayed from the cache: the same validator
        assert client.get(path + "&page=2" if "?" in path else path + "?x=1", if_none_match=tag).status == 200
    # another process serving the same files (another worker of `serve --workers`) agrees
    other = public_client(db)
    assert other.get(REVALIDATED[0], if_none_match=client.get(REVALIDATED[0]).headers["etag"]).status == 304


def test_a_changed_archive_answers_a_revalidation_in_full(archive):
    import sqlite3

    db, papers = archive
    client = public_client(db)
    path = "/archive.json?_shape=array&sql=" + urllib.parse.quote("select count(*) as n from meetings")
    tag = client.get(path).headers["etag"]
    conn = sqlite3.connect(public_path(str(db)))  # the smallest change another writer can make
    with conn:
        conn.execute("insert into meetings (body, date) values ('Test body', '2024-01-01')")
    conn.close()
    changed = client.get(path, if_none_match=tag)
    assert changed.status == 200 and changed.headers["etag"] != tag
    tag = client.get(f"/search?q={WORD}").headers["etag"]
    (papers / "later.md").write_text(
        "# Minutes of the Parks Committee, 3 March 2024\n\n"
        f"## 1. {WORD} survey\n\nThe committee noted the {WORD} survey of the town's parks.\n")
    run_cli("ingest", papers, "--db", db, check=True)
    after = client.get(f"/search?q={WORD}", if_none_match=tag)
    assert after.status == 200 and f"<mark>{WORD}</mark>" in after.text


def test_full_mode_and_visitors_with_cookies_get_no_validator(archive):
    db, _ = archive
    client = public_client(db)
    tag = client.get("/search?q=meeting").headers["etag"]
    with_cookie = client.get("/search?q=meeting", cookies={"ds_csrftoken": "theirs"})
    assert with_cookie.status == 200 and "etag" not in with_cookie.headers
    ds = make_datasette(str(db), public=False, password_hash=hash_password("correct horse"), name="archive")
    full = TestClient(ds)
    anonymous = full.get("/search?q=meeting", if_none_match=tag)
    assert anonymous.status == 403 and "etag" not in anonymous.headers


def test_the_body_filter_lists_a_body_added_to_the_archive_by_the_next_search(archive):
    """The search page's list of bodies is counted once per change of the database, not per
    search: a body another connection adds is offered by the next search."""
    import sqlite3

    client = public_client(archive[0])
    assert "<option>Zorblaxian Parks Board</option>" not in client.get("/search?q=meeting").text
    assert "<option>Zorblaxian Parks Board</option>" not in client.get("/search?q=council").text
    conn = sqlite3.connect(public_path(str(archive[0])))
    with conn:
        conn.execute("insert into meetings (body, date) values ('Zorblaxian Parks Board', '2024-01-01')")
    conn.close()
    assert "<option>Zorblaxian Parks Board</option>" in client.get("/search?q=minutes").text
