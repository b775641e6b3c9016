"""Restricted material on the route families test_restricted.py's crawl did not try: facets and
sorts of every column, every canned query with every parameter set to a restricted word, the SQL
a visitor types to probe for hidden text (LIKE / INSTR / GLOB, the full-text tables and their
shadow tables, SQLite's own tables and pragma functions, attaching another file, loading an
extension), paths that try to step out of the public files' folder, and the source files of
every document at a page. Public mode and full mode without a login, on the same archive
(the bundled corpus with restricted items, and papers made with words known only from them)."""

from __future__ import annotations

import urllib.parse

import sqlite_utils

from .test_restricted import (OWN_SECRETS, body_text, fetch, full_site, leak_archive, leaked, public_site,  # noqa: F401
                              secrets)

PROBES = sorted(OWN_SECRETS)[:4]


def _sql(sql: str, fmt: str = ".json") -> str:
    return f"/archive{fmt}?_shape=array&sql=" + urllib.parse.quote(sql)


def facet_and_sort_routes(db_path) -> list[str]:
    db = sqlite_utils.Database(db_path)
    paths = []
    for table in ("documents", "pages", "agenda_items", "passages", "people", "actions", "decisions", "statistics",
                  "mentions", "meetings", "organisations", "acronyms", "aliases"):
        if not db[table].exists():
            continue
        for column in db[table].columns_dict:
            paths += [f"/archive/{table}.json?_facet={column}&_size=0", f"/archive/{table}?_facet={column}&_size=5",
                      f"/archive/{table}.json?_sort_desc={column}&_size=20&_shape=array"]
        paths.append(f"/archive/{table}?_facet_array=text&_size=1")
    return paths


def canned_query_routes() -> list[str]:
    paths = []
    for word in PROBES:
        q = urllib.parse.quote(word)
        paths += [f"/archive/open_actions_by_owner.json?owner={q}&_shape=array",
                  f"/archive/open_actions_by_owner?owner={q}",
                  f"/archive/overdue_actions.json?as_of=2100-01-01&body={q}&_shape=array",
                  f"/archive/overdue_actions.csv?as_of=2100-01-01&owner={q}",
                  f"/archive/search_decisions.json?q={q}&from=1900-01-01&to=2100-01-01&_shape=array",
                  f"/archive/search_decisions?q={q}",
                  f"/archive/person.json?name={q}&_shape=array", f"/archive/person?name={q}",
                  f"/archive/meeting.json?id=1&body={q}&_shape=array",
                  f"/overdue?as_of=2100-01-01&owner={q}", f"/meetings?body={q}", f"/people?q={q}&kind=all"]
    return paths


def sql_probe_routes(db_path) -> list[str]:
    """What a visitor types to learn whether hidden text exists: a count answered 1 would leak that
    a restricted word is there, so every probe is also asked for its count."""
    db = sqlite_utils.Database(db_path)
    fts = [t for t in db.table_names() if "_fts" in t]
    paths = []
    for word in PROBES:
        for sql in (f"select count(*) as n from passages where text like '%{word}%'",
                    f"select count(*) as n from pages where instr(lower(text), '{word}') > 0",
                    f"select count(*) as n from agenda_items where lower(title) glob '*{word}*'",
                    f"select count(*) as n from passages_fts where passages_fts match '{word}'",
                    f"select count(*) as n from pages_fts where pages_fts match '{word}*'",
                    f"select count(*) as n from decisions_fts where decisions_fts match '{word[:4]}*'",
                    f"select count(*) as n from documents where lower(title || filename) like '%{word}%'",
                    f"select count(*) as n from people where lower(name) like '%{word}%'"):
            paths.append(_sql(sql))
    for table in fts:  # the index's own tables: its blocks hold every indexed term
        paths += [_sql(f"select * from [{table}] limit 200"), _sql(f"select * from [{table}] limit 200", "")]
    paths += [_sql(sql) for sql in (
        "select * from sqlite_master", "select * from sqlite_temp_master", "select * from sqlite_schema",
        "select * from pragma_table_list", "select * from pragma_database_list", "select * from pragma_index_list('passages')",
        "select * from pragma_function_list", "select * from pragma_compile_options",
        "select name, sql from sqlite_master where name like '%fts%'",
        "attach database 'archive.db' as full", "select * from full.passages",
        "select load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so')", "select readfile('archive.db')",
        "pragma database_list", "select * from pragma_page_count")]
    return paths


def file_routes(db_path, papers) -> list[str]:
    db = sqlite_utils.Database(db_path)
    paths = []
    for doc_id, filename in db.execute("select id, filename from documents"):
        name = urllib.parse.quote(filename)
        paths += [f"/-/source/{doc_id}", f"/-/source/{doc_id}/{name}", f"/-/source/{doc_id}/{name}?page=3",
                  f"/-/source/{doc_id}/..%2F..%2Farchive.db", f"/-/source/{doc_id}/%2e%2e"]
    paths += ["/-/source/..%2Farchive.db", "/-/source/..%2F..%2Farchive.db/x", "/-/source/0/archive.db",
              "/-/source/1/..%2F" + urllib.parse.quote(str(papers)), "/archive.db", "/archive.public.db",
              "/archive.public-files/manifest.json", "/-/static/../archive.db", "/static/../../archive.db"]
    return paths


def _all(db_path, papers) -> list[str]:
    return facet_and_sort_routes(db_path) + canned_query_routes() + sql_probe_routes(db_path) + file_routes(db_path, papers)


def test_public_mode_leaks_nothing_on_facets_queries_probes_and_files(leak_archive, secrets, public_site):
    db, papers = leak_archive
    server_paths = {str(db.parent), str(papers)}
    answered = 0
    for path in _all(db, papers):
        response = fetch(public_site, path)
        text = body_text(response)
        assert not leaked(text, secrets, path), (path, leaked(text, secrets, path))
        assert not any(p in text for p in server_paths), path
        if response.status == 200 and "count(*) as n" in urllib.parse.unquote(path):
            # the probe is answered, and finds nothing: the public copy holds no hidden text
            assert response.json == [{"n": 0}], (path, response.text[:200])
        answered += response.status == 200
    assert answered > 300


def test_full_mode_without_login_answers_none_of_them(leak_archive, secrets, full_site):
    db, papers = leak_archive
    for path in _all(db, papers):
        response = full_site.get(path, follow_redirects=False)
        assert response.status in (302, 400, 403, 404), (path, response.status)
        assert not leaked(response.text, secrets, path), (path, leaked(response.text, secrets, path))
        assert str(papers) not in response.text
