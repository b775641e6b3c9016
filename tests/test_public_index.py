"""The public copy's full-text indexes are served merged into one segment each: an index written
in many transactions is in many segments, and a search that looks up its shown rows pays a
seek in each. Real archive files, a real publish, the same answers before and after merging."""

import sqlite3

import pytest
import sqlite_utils

from minutebook.fulltext import Search, run
from minutebook.ingest.publish import public_path, publish
from minutebook.ingest.schema import migrate


def segments(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select count(distinct segid) from [{table}_fts_idx]").fetchone()[0]
    finally:
        conn.close()


def add_paper(path, doc_id, passages=40):
    """One paper and its passages in a transaction of its own, as an ingest writes them."""
    db = sqlite_utils.Database(path)
    db.execute("pragma synchronous = off")  # a test's files need not survive a power cut
    with db.conn:
        db.execute("""insert into documents (id, path, filename, sha256, format, kind, title, pages, status, restricted,
                      ingested_at) values (?, ?, ?, ?, 'pdf', 'minutes', ?, 1, 'ok', 0, ?)""",
                   [doc_id, f"/papers/{doc_id}.pdf", f"{doc_id}.pdf", f"{doc_id:032x}", f"Minutes {doc_id}",
                    f"2024-01-{doc_id:02d}T00:00:00"])
        body = f"Board {'AB'[doc_id % 2]}"
        db.execute("insert into meetings (id, body, body_key, date, document_id, page) values (?, ?, ?, ?, ?, 1)",
                   [doc_id, body, body.lower(), f"2024-01-{doc_id:02d}", doc_id])
        db.execute("insert into meeting_documents (meeting_id, document_id) values (?, ?)", [doc_id, doc_id])
        db.conn.executemany("""insert into passages (document_id, page, meeting_id, heading, text, kind, restricted)
                               values (?, 1, ?, 'Budget', ?, 'paragraph', 0)""",
                            [(doc_id, doc_id, f"The budget of paper {doc_id} was discussed {'at length ' * (i % 4)}by the board.")
                             for i in range(passages)])
    db.close()


def archive_of(tmp_path, papers: int) -> str:
    """An archive of the current schema holding papers 1..papers, written one ingest at a time."""
    archive = str(tmp_path / "archive.db")
    db = sqlite_utils.Database(archive)
    migrate(db)
    db.close()
    for doc_id in range(1, papers + 1):
        add_paper(archive, doc_id)
    return archive


def test_the_public_copy_serves_each_index_in_one_segment_with_the_same_answers(tmp_path):
    archive = archive_of(tmp_path, papers=8)
    assert segments(archive, "passages") > 1  # the archive itself, written paper by paper

    publish(archive)
    copy = public_path(archive)
    assert segments(copy, "passages") == 1
    searched = [run(sqlite3.connect(path), Search(q="budget length", kind="passages")) for path in (archive, copy)]
    assert searched[1].counts == searched[0].counts and searched[1].counts["passages"] > 0
    assert [h["id"] for h in searched[1].hits] == [h["id"] for h in searched[0].hits]

    add_paper(archive, 9)  # the next ingest adds a paper: its passages land in a segment of their own
    publish(archive)
    assert segments(copy, "passages") == 1
    assert run(sqlite3.connect(copy), Search(q="budget", kind="passages")).counts["passages"] == 9 * 40


def test_a_filtered_search_reads_the_copys_narrow_index_and_finds_the_same_hits(tmp_path):
    archive = archive_of(tmp_path, papers=6)
    with sqlite3.connect(archive) as conn:  # a passage of no meeting: its paper's meeting gives its body
        conn.execute("insert into passages (document_id, page, heading, text, kind, restricted) "
                     "values (3, 1, 'Annex', 'A budget annex.', 'paragraph', 0)")
    publish(archive)
    copy = public_path(archive)
    for search in (dict(body="Board A"), dict(body="Board B", date_from="2024-01-03"), dict(date_to="2024-01-04")):
        found = {}
        for path in (archive, copy):
            conn = sqlite3.connect(path)
            statements = []
            conn.set_trace_callback(statements.append)
            result = run(conn, Search(q="budget", kind="passages", **search))
            found[path] = (result.counts, [h["id"] for h in result.hits])
        assert found[copy] == found[archive] and found[copy][0]["passages"] > 0, search
        candidates = next(s for s in statements if "order by passages_fts.rowid desc" in s)
        plan = " ".join(r[3] for r in conn.execute("explain query plan " + candidates))
        assert "COVERING INDEX passages_filters" in plan, plan
    assert found[copy][0]["passages"] == 4 * 40 + 1  # papers 1 to 4 of the date filter, and the annex
    assert run(sqlite3.connect(copy), Search(q="annex", body="Board B")).counts["passages"] == 1


def test_the_newest_passages_rank_in_a_small_index_of_the_copy_without_restricted_words(tmp_path):
    from minutebook.ingest import recent_index
    from minutebook.ingest.publish import STATE_TABLE

    archive = archive_of(tmp_path, papers=8)
    with sqlite3.connect(archive) as conn:  # restricted text among the newest passages
        conn.execute("insert into passages (document_id, page, meeting_id, heading, text, kind, restricted) "
                     "values (8, 1, 8, 'Exempt', 'The Quillmarrow budget of paper 8.', 'paragraph', 1)")
    publish(archive)
    copy = public_path(archive)
    conn = sqlite3.connect(copy, isolation_level=None)
    assert not conn.execute("select 1 from sqlite_master where name = ?", [recent_index.RECENT_FTS]).fetchone()
    recent_index.refresh(conn, STATE_TABLE, recent=100)  # as publish does at 200,000 passages and more
    held = conn.execute(f"select count(*), min(rowid) from {recent_index.RECENT_FTS}").fetchone()
    newest = [r[0] for r in conn.execute("select id from passages order by id desc limit 100")]
    assert held == (100, min(newest))
    assert not conn.execute(f"select 1 from {recent_index.RECENT_FTS} where {recent_index.RECENT_FTS} match 'quillmarrow'").fetchone()

    statements = []
    conn.set_trace_callback(statements.append)
    # a phrase of the newest paper only: bm25 orders its hits by length alone in either index
    ranked = run(conn, Search(q='"paper 8"', kind="passages", per_page=50))
    assert f"bm25({recent_index.RECENT_FTS})" in " ".join(statements)
    expected = [r[0] for r in conn.execute("select rowid from passages_fts where passages_fts match '\"paper 8\"' "
                                           "order by bm25(passages_fts), rowid desc")]
    assert [h["id"] for h in ranked.hits] == expected and len(expected) == 40
    # a word of every paper: its oldest candidates are older than the small index, so the whole one ranks
    statements.clear()
    run(conn, Search(q="budget", kind="passages"))
    assert "bm25(passages_fts)" in " ".join(statements) and f"bm25({recent_index.RECENT_FTS})" not in " ".join(statements)
    recent_index.refresh(conn, STATE_TABLE, recent=100)  # nothing changed: nothing rebuilt
    assert conn.execute(f"select count(*) from {recent_index.RECENT_FTS}").fetchone()[0] == 100


def test_the_copy_holds_the_stems_of_its_public_passages_for_did_you_mean(tmp_path):
    from minutebook import spelling
    from minutebook.ingest.stem_counts import MIN_PASSAGES, STEMS_TABLE

    archive = archive_of(tmp_path, papers=4)
    with sqlite3.connect(archive) as conn:  # a restricted word, in enough passages to be a stem
        conn.executemany("insert into passages (document_id, page, meeting_id, heading, text, kind, restricted) "
                         "values (4, 1, 4, 'Exempt', ?, 'paragraph', 1)", [("The Quillmarrow estate.",)] * 5)
    publish(archive)
    copy = public_path(archive)
    conn = sqlite3.connect(copy)
    conn.execute("create virtual table temp.v using fts5vocab(main, 'passages_fts', 'row')")
    in_index = conn.execute("select term, doc from temp.v where doc >= ? order by term", [MIN_PASSAGES]).fetchall()
    assert conn.execute(f"select term, doc from {STEMS_TABLE} order by term").fetchall() == in_index
    assert ("budget", 160) in in_index and not any(term.startswith("quill") for term, _ in in_index)
    assert spelling.suggestion(conn, copy, 1, "budgte") == "budget"
    assert spelling.suggestion(conn, copy, 1, "quillmarow") is None  # the restricted word is offered nowhere

    # a paper added: the next publish writes the stems again, with its words
    add_paper(archive, 5)
    with sqlite3.connect(archive) as conn5:
        conn5.executemany("insert into passages (document_id, page, meeting_id, heading, text, kind, restricted) "
                          "values (5, 1, 5, 'Heritage', ?, 'paragraph', 0)", [("The Zephyrine orchard.",)] * 3)
    publish(archive)
    conn = sqlite3.connect(copy)
    assert conn.execute(f"select doc from {STEMS_TABLE} where term = 'zephyrin'").fetchone() == (3,)
    assert conn.execute(f"select doc from {STEMS_TABLE} where term = 'budget'").fetchone() == (200,)
    assert spelling.suggestion(conn, copy, 2, "Zephirine orchard") == "Zephyrine orchard"


@pytest.mark.parametrize("filters", [{}, {"body": "Board A"}])
def test_a_capped_search_ranks_its_candidates_in_the_small_index_first_and_the_older_after(tmp_path, filters):
    """More matches than are ranked, reaching past the copy's small index of the newest passages:
    the candidates it holds are ranked there, ahead of the older ones, ranked in the whole index
    only when a page reaches them; every candidate is on one page. The search page says so.
    With too few of them in the small index, the whole index ranks them all, as before."""
    import asyncio
    import re
    import urllib.parse

    from datasette.utils.testing import TestClient

    from minutebook.fulltext import CANDIDATES, RECENT_FIRST
    from minutebook.ingest import recent_index
    from minutebook.ingest.publish import STATE_TABLE
    from minutebook.serve import make_datasette

    archive = archive_of(tmp_path, papers=60)  # 2,400 passages say "budget", 1,200 of them Board A's
    publish(archive)
    copy = public_path(archive)
    conn = sqlite3.connect(copy, isolation_level=None)
    recent_index.refresh(conn, STATE_TABLE, recent=4 * RECENT_FIRST)  # as publish does at 200,000 passages and more
    recent_from = int(conn.execute(f"select value from {STATE_TABLE} where key = ?", [recent_index.FROM_KEY]).fetchone()[0])
    # every passage says "budget": the candidates are the newest passages that pass the filters
    candidates = [r[0] for r in conn.execute("select p.id from passages p join meetings m on m.id = p.meeting_id "
                                             "where m.body = coalesce(:body, m.body) order by p.id desc limit :n",
                                             {"body": filters.get("body"), "n": CANDIDATES})]
    newer, older = [i for i in candidates if i >= recent_from], [i for i in candidates if i < recent_from]
    assert len(newer) >= RECENT_FIRST and older

    def by_bm25(index, ids):
        scores = dict(conn.execute(f"select rowid, bm25({index}) from {index} where {index} match 'budget'"))
        return sorted(ids, key=lambda i: (scores[i], -i))

    def pages():
        return [h["id"] for page in range(1, CANDIDATES // 20 + 1)
                for h in run(conn, Search(q="budget", kind="passages", page=page, **filters)).hits]

    statements = []
    conn.set_trace_callback(statements.append)
    first = run(conn, Search(q="budget", kind="passages", **filters))
    conn.set_trace_callback(None)
    assert first.capped and first.ranked_first == len(newer)
    ranking = " ".join(s for s in statements if "bm25(" in s)
    assert f"bm25({recent_index.RECENT_FTS})" in ranking and "bm25(passages_fts)" not in ranking
    assert pages() == by_bm25(recent_index.RECENT_FTS, newer) + by_bm25("passages_fts", older)

    ds = make_datasette(copy, public=True, name="archive")
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    url = "/search?" + urllib.parse.urlencode({"q": "budget", "kind": "passages", **filters})
    html = client.get(url).text
    assert f"the {len(newer)} most recently added passages ranked ahead of the older ones" in html
    shown = [int(i) for i in re.findall(r'class="mb-hit mb-hit-passage" data-id="(\d+)"', html)]
    assert shown == by_bm25(recent_index.RECENT_FTS, newer)[:20]
    html = client.get(f"{url}&page={len(newer) // 20 + 1}").text
    assert [int(i) for i in re.findall(r'data-id="(\d+)"', html)] == by_bm25("passages_fts", older)[:20]

    recent_index.refresh(conn, STATE_TABLE, recent=RECENT_FIRST // 2)  # too few candidates among the newest
    statements.clear()
    conn.set_trace_callback(statements.append)
    assert run(conn, Search(q="budget", kind="passages", **filters)).ranked_first == 0
    assert f"bm25({recent_index.RECENT_FTS})" not in " ".join(statements)
    assert pages() == by_bm25("passages_fts", candidates)
