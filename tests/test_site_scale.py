"""The site on a generated archive bigger than a page: the search page's snippets and metadata
are computed for the shown rows only, bm25 runs over a bounded set of candidates, and the page
says when there are more hits than it counted; the overdue page and search_decisions list a
bounded number of rows and say so. Behaviour and SQL plans, never timing."""

import asyncio
import html as htmllib
import re
import sqlite3

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.fulltext import CANDIDATES, Search, run
from minutebook.ingest.schema import migrate
from minutebook.serve import make_datasette
from minutebook.titles import paper_title

PASSAGES = 3 * CANDIDATES  # every passage says "budget", so "budget" has more hits than are ranked
BODIES = 5


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("scale") / "archive.db")
    db = sqlite_utils.Database(path)
    migrate(db)
    papers = PASSAGES // 100
    with db.conn:
        db.execute(f"""with recursive d(i) as (select 1 union all select i + 1 from d where i < {papers})
            insert into documents (id, path, filename, sha256, format, kind, title, pages, status, restricted, ingested_at)
            select i, '/papers/paper-' || i || '.pdf', 'paper-' || i || '.pdf', hex(randomblob(16)), 'pdf', 'minutes',
              'Minutes ' || i, 10, 'ok', 0, '2024-01-01T00:00:00' from d""")
        db.execute(f"""insert into meetings (id, body, body_key, date, document_id, page)
            select id, 'Board ' || (id % {BODIES}), 'board ' || (id % {BODIES}), date('2000-01-01', '+' || (id * 40) || ' days'),
              id, 1 from documents""")
        # "budget" once or several times, so bm25 has something to order; "rare" in a few passages
        db.execute(f"""with recursive p(i) as (select 1 union all select i + 1 from p where i < {PASSAGES})
            insert into passages (id, document_id, page, meeting_id, heading, text, kind, restricted)
            select i, (i - 1) / 100 + 1, ((i - 1) % 100) / 10 + 1, (i - 1) / 100 + 1, 'Item',
              'The budget ' || substr('budget budget budget budget ', 1, 7 * (i % 5)) || 'was discussed at length by the members'
                || case when i % 97 = 0 then ' with a rare word' else '' end || ' (ref ' || i || ').',
              'paragraph', 0 from p""")
        db.execute("""insert into decisions (meeting_id, document_id, page, passage_id, text, kind, restricted, body, meeting_date)
            select p.meeting_id, p.document_id, p.page, p.id, p.text, 'agreed', 0, m.body, m.date
            from passages p join meetings m on m.id = p.meeting_id where p.id % 2 = 0""")
        db.execute("""insert into actions (meeting_id, document_id, page, passage_id, text, description, due_date, status,
              body, meeting_date, owners)
            select p.meeting_id, p.document_id, p.page, p.id, p.text, 'Do ' || p.id, date(m.date, '+30 days'), 'open',
              m.body, m.date, 'Someone' from passages p join meetings m on m.id = p.meeting_id where p.id % 4 = 0""")
    db.close()
    return path


def traced(path, search):
    """Run a search, recording every statement it sends to SQLite."""
    conn = sqlite3.connect(path)
    statements = []
    conn.set_trace_callback(statements.append)
    result = run(conn, search)
    conn.set_trace_callback(None)
    return conn, result, statements


@pytest.mark.parametrize("kind", ["", "passages", "decisions"])
@pytest.mark.parametrize("filters", [{}, {"body": "Board 2"}, {"date_from": "2001-01-01", "date_to": "2020-12-31"}])
def test_snippets_are_computed_only_for_the_shown_rows(archive, kind, filters):
    conn, result, statements = traced(archive, Search(q="budget", kind=kind, page=2, **filters))
    assert len(result.hits) == result.per_page
    snippets = [s for s in statements if "snippet(" in s]
    assert snippets
    for sql in snippets:
        # a snippet statement is a lookup of the shown rows: no sort after it, no more rows than a page
        plan = " | ".join(row[3] for row in conn.execute("explain query plan " + sql))
        assert "TEMP B-TREE" not in plan and "MATERIALIZE" not in plan and "CO-ROUTINE" not in plan, plan
        assert len(conn.execute(sql).fetchall()) <= result.per_page


def test_bm25_scores_only_the_candidates(archive):
    conn, result, statements = traced(archive, Search(q="budget", kind="passages"))
    ranking = [s for s in statements if "bm25(" in s]
    assert ranking
    for sql in ranking:  # without its limit the statement yields the candidates, no more
        unlimited = re.sub(r"\s+limit\s+\d+\s*$", "", sql.strip(), flags=re.I)
        assert unlimited != sql.strip()
        assert len(conn.execute(unlimited).fetchall()) == CANDIDATES


def test_more_hits_than_ranked_are_counted_as_a_lower_bound(archive):
    _, result, _ = traced(archive, Search(q="budget"))
    assert result.counts["passages"] == CANDIDATES and result.more["passages"] and result.capped
    _, result, _ = traced(archive, Search(q="rare"))
    expected = PASSAGES // 97
    assert result.counts["passages"] == expected and not result.capped
    assert result.counts["decisions"] == sum(1 for i in range(97, PASSAGES + 1, 97) if i % 2 == 0)


def test_ranking_is_bm25_over_every_match_when_they_fit(archive):
    conn, result, _ = traced(archive, Search(q="rare", kind="passages"))
    best = [r[0] for r in conn.execute(
        "select rowid from passages_fts where passages_fts match 'rare' order by bm25(passages_fts), rowid desc limit 20")]
    assert [h["id"] for h in result.hits] == best


def test_ranking_past_the_cap_is_bm25_over_the_latest_matches(archive):
    conn, result, _ = traced(archive, Search(q="budget", kind="passages"))
    latest = [r[0] for r in conn.execute(
        f"select rowid from passages_fts where passages_fts match 'budget' order by rowid desc limit {CANDIDATES}")]
    scores = dict(conn.execute(
        "select rowid, bm25(passages_fts) from passages_fts where passages_fts match 'budget' and rowid >= ?",
        [min(latest)]))
    shown = [h["id"] for h in result.hits]
    assert set(shown) <= set(latest)
    assert [scores[i] for i in shown] == sorted(scores[i] for i in shown)
    assert scores[shown[0]] == min(scores.values())


def test_filters_apply_before_the_cap(archive):
    _, result, _ = traced(archive, Search(q="budget", body="Board 2", kind="passages", page=3))
    assert result.hits and {h["body"] for h in result.hits} == {"Board 2"}
    _, result, _ = traced(archive, Search(q="budget", date_from="2001-01-01", date_to="2002-12-31"))
    assert result.hits and all("2001-01-01" <= h["date"] <= "2002-12-31" for h in result.hits)


def test_the_page_says_there_are_more_hits_and_pages_through_them(archive):
    ds = make_datasette(archive)
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    html = client.get("/search?q=budget&kind=passages").text
    assert f"More than {CANDIDATES:,} hits" in html and f"Passages ({CANDIDATES}+)" in html
    assert re.search(r"<mark>budget</mark>", html)
    last = CANDIDATES // 20
    html = client.get(f"/search?q=budget&kind=passages&page={last + 5}").text  # past the ranked hits: the last page
    assert f"page {last} of {last}" in html and len(re.findall(r'class="mb-hit ', html)) == 20


@pytest.fixture(scope="module")
def client(archive):
    ds = make_datasette(archive)
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def test_overdue_page_lists_the_most_overdue_and_counts_them_all(archive, client):
    overdue = PASSAGES // 4
    html = client.get("/overdue?as_of=2030-01-01").text
    rows = re.findall(r'<td data-label="Days overdue" class="mb-overdue">(\d+)</td>', html)
    assert f"{overdue} open actions past due as of 2030-01-01" in html
    assert 0 < len(rows) < overdue and "the CSV export has the rest" in html
    oldest = sqlite3.connect(archive).execute("select max(julianday('2030-01-01') - julianday(due_date)) from actions").fetchone()[0]
    assert int(rows[0]) == int(oldest) and [int(r) for r in rows] == sorted(map(int, rows), reverse=True)


def test_search_decisions_lists_the_newest_matches_and_titles_only_those(archive, client):
    rows = client.get("/archive/search_decisions.json?q=budget&_shape=array").json
    conn = sqlite3.connect(archive)
    newest = [r[0] for r in conn.execute("select id from decisions order by meeting_date desc, id")]
    assert 0 < len(rows) < len(newest) and [r["id"] for r in rows] == newest[:len(rows)]
    titles = {i: paper_title(t, f) for i, t, f in conn.execute("select d.id, doc.title, doc.filename from decisions d "
                                                               "join documents doc on doc.id = d.document_id")}
    assert all(r["paper"] == titles[r["id"]] for r in rows)


@pytest.mark.parametrize("filters", [{"body": "Board 2"}, {"date_from": "2000-06-01", "date_to": "2001-12-31"}])
def test_a_filtered_ranking_is_bm25_over_the_latest_matches_that_pass(archive, filters):
    """The ranking tells the candidates from the refused matches of their range by their ids, not
    by joining every match to its meeting again: the same hits, page after page."""
    conn = sqlite3.connect(archive)
    where = "m.body = :body" if "body" in filters else "m.date >= :date_from and m.date <= :date_to"
    passing = [r[0] for r in conn.execute(
        f"""select passages_fts.rowid from passages_fts join passages p on p.id = passages_fts.rowid
            join meetings m on m.id = p.meeting_id where passages_fts match 'budget' and {where}
            order by passages_fts.rowid desc limit {CANDIDATES}""", filters)]
    scores = dict(conn.execute("select rowid, bm25(passages_fts) from passages_fts where passages_fts match 'budget'"))
    assert len(passing) > 60 and sum(i >= min(passing) for i in scores) > len(passing)  # refused matches lie among them
    expected = sorted(passing, key=lambda i: (scores[i], -i))
    for page in (1, 3):
        _, result, statements = traced(archive, Search(q="budget", kind="passages", page=page, **filters))
        assert [h["id"] for h in result.hits] == expected[(page - 1) * 20:page * 20]
        ranking = [s for s in statements if "bm25(" in s]
        assert ranking and all("meetings" not in s for s in ranking)


@pytest.fixture(scope="module")
def backfilled(archive, tmp_path_factory):
    """The archive as one whose oldest meetings were added last (a clerk scanning the old minute
    books after the new ones): the meetings' dates run against the order their rows were added."""
    path = str(tmp_path_factory.mktemp("backfilled") / "archive.db")
    source = sqlite3.connect(archive)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    with target:
        target.execute("update meetings set date = date('2100-01-01', '-' || (id * 40) || ' days')")
        target.execute("update decisions set meeting_date = (select date from meetings m where m.id = meeting_id)")
        target.execute("update actions set meeting_date = (select date from meetings m where m.id = meeting_id)")
    target.close()
    return path


@pytest.mark.parametrize("order", ["oldest", "newest"])
@pytest.mark.parametrize("kind, filters", [("passages", {}), ("", {}), ("", {"date_to": "2099-06-01"})])
def test_ordering_by_date_covers_every_match_not_only_the_latest_added(backfilled, order, kind, filters):
    conn = sqlite3.connect(backfilled)
    dates = {"passages": "select p.id, m.date from passages p join meetings m on m.id = p.meeting_id",
             "decisions": "select id, meeting_date from decisions", "actions": "select id, meeting_date from actions"}
    date = {"passages": "m.date", "decisions": "meeting_date", "actions": "meeting_date"}
    expected = []
    for name in ([kind] if kind else ["passages", "decisions", "actions"]):
        where = f" where {date[name]} <= :date_to" if filters else ""
        expected += [(date, name, i) for i, date in conn.execute(dates[name] + where, filters)]
    expected.sort(key=lambda t: (t[0], -["passages", "decisions", "actions"].index(t[1]), t[2]), reverse=order == "newest")
    for page in (1, 2):
        _, result, _ = traced(backfilled, Search(q="budget", kind=kind, sort=order, page=page, **filters))
        assert result.capped  # more matches than candidates: the case the latest added once decided
        shown = [(h["date"], h["kind"] + "s", h["id"]) for h in result.hits]
        assert shown == expected[(page - 1) * 20:page * 20]


def test_the_search_page_lists_the_archives_oldest_meeting_first(backfilled):
    ds = make_datasette(backfilled)
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    html = client.get("/search?q=budget&kind=passages&sort=oldest").text
    shown = re.findall(r'href="/meeting/\d+">(\d{4}-\d{2}-\d{2})</a>', html)
    oldest = sqlite3.connect(backfilled).execute("select min(date) from meetings").fetchone()[0]
    assert shown and shown[0] == oldest and shown == sorted(shown)
    assert f"the oldest {CANDIDATES:,} by meeting date" in html


PEOPLE = 1_200  # more than the people page lists at once


@pytest.fixture(scope="module")
def crowded(archive, tmp_path_factory):
    """The archive with more people than a page of /people, a few of them at meetings."""
    path = str(tmp_path_factory.mktemp("crowded") / "archive.db")
    source, target = sqlite3.connect(archive), sqlite3.connect(path)
    source.backup(target)
    source.close()
    with target:
        target.execute(f"""with recursive n(i) as (select 1 union all select i + 1 from n where i < {PEOPLE})
            insert into people (id, name, key) select i, 'Person ' || printf('%04d', i), 'person' || i from n""")
        target.execute("""insert into attendance (meeting_id, person_id, name, status, document_id, page)
            select m.id, p.id, p.name, 'present', m.document_id, 1 from people p join meetings m on m.id <= p.id % 7
            where p.id % 50 = 0""")
        # one person named in more lines than their page lists
        target.execute("""insert into mentions (person_id, name, document_id, page, passage_id, text, kind)
            select 1, 'Person 0001', p.document_id, p.page, p.id, 'Person 0001 said so in ' || p.id, 'mention'
            from passages p where p.id <= 400""")
    target.close()
    return path


def test_the_people_page_counts_everyone_and_pages_through_them(crowded):
    ds = make_datasette(crowded)
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    listed, url = [], "/people"
    while url:
        html = client.get(url).text
        listed += re.findall(r'<td data-label="Name"><a href="/person/(\d+)">', html)
        assert f"{PEOPLE:,} people" in html
        more = re.search(r'<a rel="next" href="([^"]+)"', html)
        url = htmllib.unescape(more.group(1)) if more else None
    assert sorted(map(int, listed)) == list(range(1, PEOPLE + 1))  # every person once
    attended = {r[0] for r in sqlite3.connect(crowded).execute("select distinct person_id from attendance")}
    assert {int(i) for i in listed[:len(attended)]} == attended  # those seen at meetings first
    html = client.get("/people?q=Person+01").text
    assert "100 people whose name holds “Person 01”" in html and 'rel="next"' not in html


def test_a_person_named_more_often_than_their_page_lists_is_told_where_the_rest_are(crowded):
    ds = make_datasette(crowded)
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    html = client.get("/person/1").text
    rows = re.findall(r'<td data-label="Written">', html)
    assert len(rows) == 300 and "The latest 300 lines that name them are listed here" in html
    assert 'href="/search?q=%22Person%200001%22"' in html
    assert "are listed here" not in client.get("/person/50").text  # named in none: nothing to say
