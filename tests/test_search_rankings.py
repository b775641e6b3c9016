"""The public site keeps the ranking of a search (fulltext.RankingCache): the same search asked
by another address, its next pages and its kind tabs reuse it while the database is unchanged,
and show the same pages as a site that ranks every request afresh; a write to the served copy
is seen by the next search; full mode keeps nothing. The bundled corpus ingested by the
command line, its real public copy, a real Datasette."""

import asyncio
import re
import shutil
import sqlite3

import pytest
from datasette.utils.testing import TestClient

from minutebook.fulltext import RankingCache, Search, run
from minutebook.ingest.publish import public_path
from minutebook.serve import hash_password, make_datasette

WORD = "council"  # in most papers of the corpus: pages of hits of every kind


def site(db, name="corpus"):
    ds = make_datasette(public_path(str(db)), public=True, name=name)
    asyncio.run(ds.invoke_startup())
    return ds


def page(client, path):
    response = client.get(path)
    assert response.status == 200, path
    # the form's token is the visitor's own; the rest of the page is the answer
    return re.sub(r'name="csrftoken" value="[^"]*"', "", response.text)


def test_pages_and_tabs_of_one_search_reuse_its_ranking_and_show_the_same_hits(corpus_db):
    kept_site, fresh_site = site(corpus_db), site(corpus_db)
    fresh_site.minutebook_rankings = RankingCache(size=0)  # keeps nothing: every request ranks afresh
    kept, fresh = TestClient(kept_site), TestClient(fresh_site)
    first = page(kept, f"/search?q={WORD}")
    assert first.count('class="mb-hit ') == 20 and "page 1 of" in first  # several pages to walk through
    paths = [f"/search?q={WORD}&page=2", f"/search?q={WORD}&page=3", f"/search?q={WORD}&kind=passages",
             f"/search?q={WORD}&kind=passages&page=2", f"/search?q={WORD}&kind=decisions",
             f"/search?q={WORD}&kind=actions", f"/search?q={WORD}&utm_source=mail", f"/search?q={WORD}&page=1"]
    for path in paths:
        assert page(kept, path) == page(fresh, path), path
    assert page(fresh, f"/search?q={WORD}") == first
    # one ranking served all of them; another search is another ranking
    assert len(kept_site.minutebook_rankings._entries) == 1
    page(kept, f"/search?q={WORD}&body=nobody-at-all")
    assert len(kept_site.minutebook_rankings._entries) == 2


def test_a_kept_ranking_ranked_again_deeper_gives_the_pages_ranked_afresh(corpus_db):
    """A page past what was ranked ahead ranks again; the first pages stay the same hits."""
    conn = sqlite3.connect(f"file:{public_path(str(corpus_db))}?mode=ro", uri=True)
    cache = RankingCache(ahead=20)  # one page ahead only, so page 2 ranks again
    for number in (1, 2, 4, 1, 3, 99):
        for kind in ("", "passages"):
            kept = run(conn, Search(q=WORD, kind=kind, page=number), cache)
            fresh = run(conn, Search(q=WORD, kind=kind, page=number))
            assert kept.hits and [h["id"] for h in kept.hits] == [h["id"] for h in fresh.hits], (number, kind)
            assert (kept.counts, kept.more, kept.page) == (fresh.counts, fresh.more, fresh.page)
    assert len(cache._entries) == 1


def test_a_write_to_the_served_copy_is_seen_by_the_next_search(corpus_db, tmp_path):
    db = tmp_path / "corpus.db"
    shutil.copy(corpus_db, db)
    shutil.copy(public_path(str(corpus_db)), public_path(str(db)))
    client = TestClient(site(db))
    before = page(client, "/search?q=Zorblaxian")
    assert 'id="mb-no-hits"' in before
    copy = sqlite3.connect(public_path(str(db)))
    with copy:  # another writer, as the publish of an ingest is
        copy.execute("update passages set text = text || ' Zorblaxian' where id = (select min(id) from passages)")
    copy.close()
    # another address, so that the answer cache is not what answers: the ranking must be new
    after = page(client, "/search?q=Zorblaxian&kind=")
    assert "<mark>Zorblaxian</mark>" in after and "1 hit," in after


def test_full_mode_keeps_no_ranking(corpus_db):
    ds = make_datasette(str(corpus_db), public=False, password_hash=hash_password("pw"))
    client = TestClient(ds)
    login = client.post("/-/login", {"username": "admin", "password": "pw"}, csrftoken_from=True)
    html = client.get(f"/search?q={WORD}", cookies={"ds_actor": login.cookies["ds_actor"]}).text
    assert "mb-hit" in html
    assert getattr(ds, "minutebook_rankings", None) is None


@pytest.mark.parametrize("q", ['"budget', "NOT", "council AND"])
def test_a_query_fts5_cannot_parse_is_kept_as_the_words_it_searched(corpus_db, q):
    conn = sqlite3.connect(f"file:{public_path(str(corpus_db))}?mode=ro", uri=True)
    cache = RankingCache()
    for _ in range(2):
        kept, fresh = run(conn, Search(q=q), cache), run(conn, Search(q=q))
        assert kept.query == fresh.query and [h["id"] for h in kept.hits] == [h["id"] for h in fresh.hits]


def test_connections_to_one_file_share_its_rankings_until_it_changes(corpus_db, tmp_path):
    """The site queries through several connections (one per thread); what one ranked, another
    reuses, until any connection commits to the file."""
    copy = tmp_path / "copy.db"
    shutil.copy(public_path(str(corpus_db)), copy)
    cache = RankingCache()
    first, second = (sqlite3.connect(f"file:{copy}?mode=ro", uri=True) for _ in range(2))
    statements = []
    second.set_trace_callback(statements.append)

    def search(conn):
        return run(conn, Search(q=WORD), cache, str(copy), cache.version(str(copy)))

    expected = search(first)
    assert [h["id"] for h in search(second).hits] == [h["id"] for h in expected.hits]
    assert not [s for s in statements if "bm25(" in s or "limit 1001" in s]  # neither counted nor ranked again
    writer = sqlite3.connect(copy)
    with writer:
        writer.execute("update passages set text = text || ' council' where id = (select max(id) from passages)")
    writer.close()
    statements.clear()
    changed = search(second)
    assert [s for s in statements if "bm25(" in s] and changed.hits[0]["id"] is not None
    assert len(cache._entries) == 2
