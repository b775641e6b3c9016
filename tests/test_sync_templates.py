"""The search page is rendered by a synchronous twin of Datasette's Jinja environment
(minutebook/sync_templates.py): the same page, byte for byte, as Datasette's async renderer
makes from the same context, with the menu and the login state that the base template awaits."""

import asyncio
import re

import pytest
from datasette.app import Datasette
from datasette.utils.asgi import Request
from datasette.utils.testing import TestClient

from minutebook.fulltext import KINDS, Search, run
from minutebook.ingest.publish import public_path
from minutebook.serve import hash_password, make_datasette
from minutebook.sync_templates import sync_template
from minutebook.titles import paper_title


@pytest.fixture(scope="module")
def public_site(corpus_db):
    ds = make_datasette(public_path(str(corpus_db)), public=True, name="corpus")
    asyncio.run(ds.invoke_startup())
    return ds


def _render_both(ds, path, search):
    request = Request.fake(path)
    request.scope["csrftoken"] = lambda: "token"

    async def render(template):
        context = {"search": search, "bodies": ["Community Safety Partnership"], "problems": [], "kinds": KINDS,
                   "link": lambda **changes: "/search?q=" + search.q, "paper_title": paper_title}
        return await ds.render_template(template, context, request=request)

    async def both():
        return await render("search.html"), await render(sync_template(ds, "search.html"))

    return asyncio.run(both())


@pytest.mark.parametrize("q", ["CCTV", "funding OR grant", "nothing-matches-this-zzqx", ""])
def test_search_page_renders_the_same_without_async(public_site, q):
    db = public_site.get_database("corpus")
    search = asyncio.run(db.execute_fn(lambda conn: run(conn, Search(q=q)))) if q else Search()
    if q == "CCTV":
        assert search.hits  # a page of hits, not only the empty form
    async_html, sync_html = _render_both(public_site, "/search?q=" + q, search)
    assert sync_html == async_html
    for label in ("Search the papers", "Overdue actions", "Tables and SQL"):  # the menu, awaited first
        assert label in sync_html


def test_search_page_shows_the_login_state_in_full_mode(corpus_db):
    ds = make_datasette(str(corpus_db), public=False, password_hash=hash_password("pw"))
    client = TestClient(ds)
    login = client.post("/-/login", {"username": "admin", "password": "pw"}, csrftoken_from=True)
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    html = client.get("/search?q=CCTV", cookies=cookies).text
    assert "Log out" in html and 'name="csrftoken"' in html and "mb-hit" in html


def test_a_template_that_awaits_is_refused_by_name(public_site):
    """A custom page runs sql() inside its template: the synchronous renderer says so instead of
    printing a coroutine."""
    request = Request.fake("/overdue")
    request.scope["csrftoken"] = lambda: "token"
    with pytest.raises(RuntimeError, match=r"pages/overdue.html calls sql\(\)"):
        asyncio.run(public_site.render_template(sync_template(public_site, "pages/overdue.html"), {}, request=request))


TABLE_PAGES = ["/corpus/decisions?_size=max", "/corpus/actions?_facet=meeting_id&_sort_desc=id",
               "/corpus/passages?_search=CCTV", "/corpus/people?_labels=off", "/corpus/open_actions_by_owner",
               "/corpus?sql=select+id+as+meeting_id,+id+as+document_id+from+decisions"]


def _served_pages(ds, paths, cookies=None):
    client = TestClient(ds)
    # the timing in the footer and the log-out form's token are what differ from one answer to the next
    return {p: re.sub(r"Queries took [0-9.]+ms|<input[^>]*csrftoken[^>]*>", "", client.get(p, cookies=cookies).text)
            for p in paths}


@pytest.mark.parametrize("public", [True, False])
def test_table_and_sql_pages_render_the_same_without_async(corpus_db, public):
    """Datasette's table and SQL pages (a sixth of a 5,000-row page's time went in async steps) are
    rendered by the synchronous twin: the same page, byte for byte, as Datasette's own renderer
    makes, in public mode and logged in (the cog menu of table actions, the login state)."""
    def site():
        if public:
            ds = make_datasette(public_path(str(corpus_db)), public=True, name="corpus")
            return ds, None
        ds = make_datasette(str(corpus_db), public=False, name="corpus", password_hash=hash_password("pw"))
        login = TestClient(ds).post("/-/login", {"username": "admin", "password": "pw"}, csrftoken_from=True)
        return ds, {"ds_actor": login.cookies["ds_actor"]}

    ours, cookies = site()
    sync_pages = _served_pages(ours, TABLE_PAGES, cookies)
    rendered_without_async = {name for _, name in getattr(ours, "_minutebook_sync_env").cache.keys()}
    assert {"table.html", "query.html"} <= rendered_without_async
    theirs, cookies = site()
    theirs.render_template = Datasette.render_template.__get__(theirs)  # Datasette's own, async
    async_pages = _served_pages(theirs, TABLE_PAGES, cookies)
    for path in TABLE_PAGES:
        assert "<table" in sync_pages[path] and sync_pages[path] == async_pages[path], path
