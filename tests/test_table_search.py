"""Datasette's own table search (?_search=) over the public copy: its hit count is taken from
the full-text index alone, and is the same number the join Datasette writes would give, for
words, phrases, OR, NOT and prefixes, on the HTML page and in JSON."""

import asyncio
import re
import sqlite3
import urllib.parse

import pytest
from datasette.utils.testing import TestClient

from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

QUERIES = ["council", "CCTV", '"community safety"', "police OR fire", "budget NOT capital", "partner*", "zzzznothing"]


@pytest.fixture(scope="module")
def served(corpus_db):
    path = public_path(str(corpus_db))
    ds = make_datasette(path, public=True, name="corpus")
    asyncio.run(ds.invoke_startup())
    return ds, TestClient(ds), path


def joined_count(path, table, fts, query):
    """The count as Datasette's SQL has it: every match joined back to its row."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select count(*) from {table} where id in (select rowid from {fts} where {fts} match ?)",
                            [query]).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("table", ["passages", "decisions", "actions", "pages"])
def test_table_search_counts_every_match_as_the_join_does(served, table):
    ds, client, path = served
    counted = []
    for q in QUERIES:
        response = client.get(f"/corpus/{table}.json?_search={urllib.parse.quote(q)}&_searchmode=raw")
        assert response.status == 200, response.text
        n = response.json["filtered_table_rows_count"]
        assert n == joined_count(path, table, f"{table}_fts", q), q
        counted.append(n)
    assert any(counted)  # the corpus has hits for some of them
    # and the count came from the index: the table was recognised as its index's content
    assert ds.databases["corpus"]._fts_of.get((f"{table}_fts", table, "id")) is True


def test_the_table_page_shows_the_same_count(served):
    _, client, path = served
    html = client.get("/corpus/passages?_search=council").text
    n = joined_count(path, "passages", "passages_fts", "council")
    assert n > 0 and re.search(rf"\b{n:,} rows?\b.*council", html, re.S)


def matching_ids(path, table, query, desc=False):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(f"select id from {table} where id in (select rowid from {table}_fts "
                                           f"where {table}_fts match ?) order by id {'desc' if desc else ''}", [query])]
    finally:
        conn.close()


@pytest.fixture
def statements(monkeypatch):
    """The SQL Datasette's database object is finally given (after the site's own rewriting)."""
    from datasette.database import Database

    seen, execute = [], Database.execute

    async def recording(self, sql, *args, **kwargs):
        seen.append(sql)
        return await execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", recording)
    return seen


@pytest.mark.parametrize("table", ["passages", "pages"])
def test_table_search_pages_through_the_same_rows_as_the_join_in_key_order(served, statements, table):
    _, client, path = served
    for q in QUERIES:
        expected, got, token = matching_ids(path, table, q), [], None
        while True:
            url = f"/corpus/{table}.json?_search={urllib.parse.quote(q)}&_searchmode=raw&_size=7&_shape=objects"
            response = client.get(url + (f"&_next={token}" if token else ""))
            assert response.status == 200, response.text
            got += [row["id"] for row in response.json["rows"]]
            token = response.json["next"]
            if not token:
                break
        assert got == expected, q
    # the page was taken from the index in key order, not by listing every match first
    assert any(f"match :search and rowid > :p" in s and "order by rowid limit 8)" in s for s in statements)


def test_table_search_newest_first_and_its_html_page_show_the_same_rows_as_the_join(served, statements):
    _, client, path = served
    for q in QUERIES:
        response = client.get(f"/corpus/passages.json?_search={urllib.parse.quote(q)}&_searchmode=raw"
                              "&_sort_desc=id&_size=5&_shape=objects")
        assert [row["id"] for row in response.json["rows"]] == matching_ids(path, "passages", q, desc=True)[:5], q
    assert any("order by rowid desc limit 6)" in s for s in statements)
    expected = matching_ids(path, "passages", "council")[:50]
    html = client.get("/corpus/passages?_search=council").text
    shown = [int(i) for i in re.findall(r'<td class="col-id type-pk"><a href="/corpus/passages/(\d+)">', html)]
    assert shown == expected


WORDS = ["council", "Councils", "police", "budget", "CCTV", "safety", "zzzznothing", "Zoë"]


def test_a_one_word_search_is_counted_from_the_copys_stems_as_the_join_counts_it(served, statements):
    _, client, path = served
    for word in WORDS:
        response = client.get(f"/corpus/passages.json?_search={urllib.parse.quote(word)}")
        assert response.json["filtered_table_rows_count"] == joined_count(path, "passages", "passages_fts",
                                                                           f'"{word}"'), word
    assert any("passages_stems" in s for s in statements)
    n = joined_count(path, "passages", "passages_fts", '"council"')
    assert n > 3 and re.search(rf"\b{n:,} rows?\b.*council", client.get("/corpus/passages?_search=council").text, re.S)


def test_stems_written_before_the_copy_last_changed_are_not_used(corpus_db, tmp_path, statements):
    import shutil

    from minutebook.ingest.stem_counts import STEMS_TABLE

    path = str(tmp_path / "corpus.public.db")
    shutil.copy(public_path(str(corpus_db)), path)
    with sqlite3.connect(path) as conn:  # a publish that has changed the rows but not yet the stems
        conn.executemany("insert into passages (document_id, page, heading, text, kind, restricted) "
                         "select document_id, page, heading, 'The council met again.', kind, 0 from passages "
                         "where id = (select min(id) from passages)", [()] * 5)
        conn.execute("update _public_copy set value = 'a new source' where key = 'source'")
        stale = conn.execute(f"select doc from {STEMS_TABLE} where term = 'council'").fetchone()[0]
    ds = make_datasette(path, public=True, name="corpus")
    asyncio.run(ds.invoke_startup())
    counted = TestClient(ds).get("/corpus/passages.json?_search=council").json["filtered_table_rows_count"]
    assert counted == joined_count(path, "passages", "passages_fts", '"council"') == stale + 5
