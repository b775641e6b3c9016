"""The search page (/search): one box over passages, decisions and actions, with filters for
body, dates and kind, bm25 ranking, highlighted snippets and paging. Also registers the SQL
functions fts_query(), search_query(), paper_title(), folded() and asked_date() that the canned queries and
templates use."""

import datetime as dt
import re
import unicodedata
import urllib.parse

from datasette import hookimpl
from datasette.utils.asgi import Response

from minutebook.refusals import refuse
from minutebook.served import chosen, with_db
from minutebook.sync_templates import sync_template
from minutebook.fulltext import KINDS, SORTS, RankingCache, Search, fts_query, query_hints, run, with_acronyms
from minutebook.spelling import FEW_HITS, suggestion
from minutebook.titles import paper_title


def folded(text):
    """The text without accents, in one case, for a name filter typed without them. Canonical
    decomposition (NFD), not compatibility (NFKD, which strip_accents uses). A folded filter can
    grow past what a LIKE pattern may hold (a Hangul letter is two jamo of three bytes): the
    filters cut it with like_part() (minutebook_limits)."""
    if text is None:
        return None
    return "".join(c for c in unicodedata.normalize("NFD", str(text)) if not unicodedata.combining(c)).casefold()


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def asked_date(value):
    """A canned query's date parameter (as_of, from, to): empty is None, for the query's default;
    a date YYYY-MM-DD is itself; anything else is refused, saying so. Compared as text, a
    'yesterday' or '2023-2-5' answered with rows and no word of it (every due date sorts before
    'yesterday'), and days_overdue came out empty."""
    text = value.strip() if isinstance(value, str) else value
    if text is None or text == "":
        return None
    if isinstance(text, str) and ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:  # 2023-02-30
            pass
    raise refuse(f"“{value}” is not a date of the form YYYY-MM-DD (such as 2024-03-31); leave it empty for the default")


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("paper_title", 2, paper_title, deterministic=True)
    # a name as a visitor may type it: 'Zoe' or 'ZOË' finds Zoë (the name filters of the pages)
    conn.create_function("folded", 1, folded, deterministic=True)
    conn.create_function("asked_date", 1, asked_date, deterministic=True)
    # reads the acronyms table, so it runs a query of its own on this connection
    conn.create_function("search_query", 1, lambda text: with_acronyms(conn, text) or '""')


def _date(value, label, problems):
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        problems.append(f"“{value}” is not a date of the form YYYY-MM-DD, so the {label} date is ignored.")
        return ""


MAX_QUERY = 500  # a search is a few words; a pasted page of text is cut here, and the visitor told
MAX_PAGE = 10_000  # beyond SQLite's integers an offset is an error; nobody pages this far


def _page_number(value):
    try:
        return min(MAX_PAGE, max(1, int(value or 1)))
    except ValueError:
        return 1


# connection -> (the connection, its data_version, the bodies): Datasette keeps its connections
# for the life of the process, and holding each here keeps its id from naming another
_BODIES: dict[int, tuple] = {}


def _bodies(conn):
    """The bodies of the archive, the most minuted first, for the body filter. Asked on the
    search's own thread and connection: one hop to the database's thread instead of two; and
    counted again only when the database has changed (SQLite's data_version on this connection):
    a millisecond of every search at 10,000 meetings, the same list each time."""
    version = conn.execute("pragma data_version").fetchone()[0]
    kept = _BODIES.get(id(conn))
    if kept is not None and kept[0] is conn and kept[1] == version:
        return kept[2]
    bodies = [r[0] for r in conn.execute(
        "select body, count(*) as n from meetings where body is not null group by body order by n desc, body")]
    _BODIES[id(conn)] = (conn, version, bodies)
    return bodies


def _rankings(datasette):
    """The site's kept rankings (fulltext.RankingCache): a search's next page, its kind tabs and
    the same search asked again by another address reuse its ranking while the database is
    unchanged. Public mode only, where the served copy holds nothing restricted; None in full mode."""
    if not getattr(datasette, "minutebook_sources", {}).get("public"):
        return None
    cache = getattr(datasette, "minutebook_rankings", None)
    if cache is None:
        cache = datasette.minutebook_rankings = RankingCache()
    return cache


async def search_page(datasette, request):
    name = chosen(datasette, request)
    await datasette.ensure_permissions(request.actor, ["view-instance", ("view-database", name)])
    db = datasette.get_database(name)
    args = request.args
    problems = []
    typed = (args.get("q") or "").strip()
    if len(typed) > MAX_QUERY:
        problems.append(f"The search is {len(typed):,} characters long: only its first {MAX_QUERY} are searched for.")
    cut = typed[:MAX_QUERY]
    if len(typed) > MAX_QUERY and not typed[MAX_QUERY].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # a word cut in two would be looked for as the half kept
    search = Search(
        q=cut,
        kind=args.get("kind") if args.get("kind") in KINDS else "",
        body=(args.get("body") or "").strip(),
        date_from=_date(args.get("from"), "from", problems),
        date_to=_date(args.get("to"), "to", problems),
        page=_page_number(args.get("page")),
        sort=args.get("sort") if args.get("sort") in SORTS else "",
    )
    cache = _rankings(datasette)
    version = cache.version(db.path) if cache is not None and db.path else None
    problems += query_hints(search.q)

    def answer(conn):
        found = run(conn, search, cache, db.path, version) if search.q else search
        # a search the papers hardly answer may be misspelt: the index's own words one letter away
        better = suggestion(conn, db.path, version if version is not None else conn.execute(
            "pragma data_version").fetchone()[0], found.q) if found.q and found.total < FEW_HITS else None
        return found, _bodies(conn), better

    search, bodies, better = await db.execute_fn(answer)

    def link(**changes):
        params = {"q": search.q, "kind": search.kind, "body": search.body, "from": search.date_from,
                  "to": search.date_to, "sort": search.sort, "page": search.page}
        params.update(changes)
        return with_db(datasette, name, "/search?" + urllib.parse.urlencode(
            {k: v for k, v in params.items() if v not in ("", None, 1)}))

    # everything is computed by now: rendered without Jinja's async mode (sync_templates.py)
    html = await datasette.render_template(sync_template(datasette, "search.html"), {
        "search": search, "bodies": bodies, "problems": problems, "kinds": KINDS, "link": link,
        "paper_title": paper_title, "suggestion": better,
    }, request=request)
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/search$", search_page)]
