"""The overdue page's count of overdue actions is the total of its chart by month (one query
fewer), and agrees with the command line's report of the same archive for any date and owner;
every listed action links to its own page. The bundled corpus ingested by the command line, its
public copy served by a real Datasette."""

import asyncio
import re

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook import reports
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette


@pytest.fixture(scope="module")
def site(corpus_db):
    ds = make_datasette(public_path(str(corpus_db)), public=True, name="corpus")
    asyncio.run(ds.invoke_startup())
    return TestClient(ds), sqlite_utils.Database(public_path(str(corpus_db)))


@pytest.mark.parametrize("as_of", ["2030-01-01", "2023-01-01", "2022-08-01", "2000-01-01"])
def test_the_count_is_the_reports_count_for_any_date_and_owner(site, as_of):
    client, db = site
    owners = [None] + [r[0].split()[-1] for r in db.execute(
        "select name from action_owners where name is not null group by name order by count(*) desc limit 2")]
    seen_some = False
    for owner in owners:
        expected = reports.actions(db, overdue=True, as_of=as_of, owner=owner)
        html = client.get(f"/overdue?as_of={as_of}" + (f"&owner={owner}" if owner else "")).text
        if not expected:
            assert 'id="mb-none-overdue"' in html
            continue
        seen_some = True
        count = re.search(r'id="mb-overdue-count">(\d+) open action', html)
        assert count and int(count.group(1)) == len(expected), (as_of, owner)
        months = re.search(r'aria-label="Overdue actions by month".*?</svg>', html, re.S).group(0)
        assert sum(int(n) for n in re.findall(r"<title>overdue actions: (\d+)</title>", months)) == len(expected)
        listed = re.findall(r'<td data-label="Action"><a href="/action/(\d+)">', html)
        assert len(listed) == min(500, len(expected)) and set(map(int, listed)) <= {r["id"] for r in expected}
    if as_of == "2030-01-01":
        assert seen_some  # the corpus has overdue actions by then: the page was exercised


def test_the_rows_render_as_datasettes_own_renderer_renders_them_and_escape_paper_text(corpus_db):
    """The rows are rendered by the synchronous twin of Datasette's environment: the same markup
    as its async renderer, and a paper's text is escaped, not markup."""
    from minutebook.sync_templates import sync_template

    ds = make_datasette(public_path(str(corpus_db)), public=True, name="corpus")
    asyncio.run(ds.invoke_startup())
    rows = [{"id": 7, "description": "<script>alert(1)</script> & fix the gate", "owners": None, "due_date": "2024-01-31",
             "due_text": "by <b>January</b>", "days_overdue": 30, "last_seen": None, "meeting_date": "2024-01-02",
             "follow_up": "no later paper mentions it", "body": "Parish & Town", "document_id": 3, "page": 2,
             "title": "Minutes <1>", "filename": "m.pdf", "body_latest": "2024-03-01"},
            {"id": 8, "description": "Write to the council", "owners": "Clerk", "due_date": "2023-05-01", "due_text": None,
             "days_overdue": 300, "last_seen": "2023-06-01", "meeting_date": "2023-04-01",
             "follow_up": "reported still open", "body": "Parish", "document_id": 4, "page": 1, "title": None,
             "filename": "n.pdf", "body_latest": "2023-06-01"}]
    context = {"rows": rows, "paper_title": lambda title, filename: title or filename,
               "action_url": lambda i: f"/action/{i}", "source_link": lambda d, p=None, label=None: f"[{d}:{p}:{label}]"}
    sync_html = sync_template(ds, "_mb_overdue_rows.html").render(context)
    async_html = asyncio.run(ds.jinja_env.get_template("_mb_overdue_rows.html").render_async(context))
    assert sync_html == async_html
    assert "<script>" not in sync_html and "&lt;script&gt;" in sync_html and "by &lt;b&gt;January" in sync_html
    assert sync_html.count("<tr>") == 2 and "no later papers of this body in the archive" in sync_html
