"""Template helpers for minutebook's pages (home, person, meeting, meetings, overdue actions):
a `sql()` function for templates, links to source pages, dates, paper titles and small SVG
bar charts."""

import datetime as dt
import functools
import json
import sqlite3
from pathlib import Path

from datasette import hookimpl
from datasette.app import NotFoundExplicit
from datasette.database import QueryInterrupted
from datasette.utils.asgi import Forbidden
from markupsafe import Markup, escape

from minutebook import cell_labels
from minutebook.reports import FOLLOW_UP_SQL, OPEN_AS_OF_SQL
from minutebook.served import chosen, served, with_db
from minutebook.symbol_glyphs import readable
from minutebook.sync_templates import sync_template
from minutebook.titles import BIDI_MARKS, paper_title

ACTION_PAGE = Path(__file__).resolve().parent.parent / "templates" / "pages" / "action" / "{id}.html"


class PageForbidden(NotFoundExplicit):
    """Datasette renders custom pages while handling a 404 and catches only this kind of
    exception there; with status 403 the visitor gets a Forbidden page, not a server error."""

    status = 403


class PageFailed(NotFoundExplicit):
    """A page's query failed (over the time limit, say). Raised as this kind, the visitor gets an
    error page saying so; any other exception escapes Datasette's page handler and the server
    answers a bare 500 after printing a traceback."""

    status = 500


def _database(datasette, request=None):
    return chosen(datasette, request)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # every value a page prints (the site's pages, Datasette's table and row cells, search
    # snippets) passes here: a paper's Symbol-font bullets show as bullets, not as boxes
    env.finalize = readable


@hookimpl
def extra_template_vars(datasette, request):
    name = _database(datasette, request)

    def here(url):
        """A link to another of the site's pages, about the same archive."""
        return with_db(datasette, name, url)

    async def sql(query, params=None):
        # pages query the archive directly, so they ask Datasette first, as its own views do:
        # in full mode an anonymous visitor gets a 403, not the rows
        try:
            await datasette.ensure_permissions(request.actor if request else None, [
                ("execute-sql", name), ("view-database", name), "view-instance"])
        except Forbidden:
            raise PageForbidden("Log in to see this page (/-/login)")
        db = datasette.get_database(name)
        try:
            return [dict(r) for r in (await db.execute(query, params or {})).rows]
        except QueryInterrupted:
            raise PageFailed("This page took longer than the time limit to compute: narrow it with a filter")
        except sqlite3.Error as e:
            raise PageFailed(f"This page could not be computed: {e}")

    names = served(datasette)
    db_query = with_db(datasette, name, "")  # "?db=NAME" when several archives are served, else ""
    return {
        "sql": sql,
        "mb_db": name,
        "mb_databases": names,
        # in a form that leads to another of the site's pages: the archive it is about
        "mb_hidden": Markup(f'<input type="hidden" name="db" value="{escape(name)}">') if len(names) > 1 else "",
        "here": here,
        # appended to a link to another of the site's pages (without, and with, a query of its own)
        "mb_qs": db_query,
        "mb_and": "&" + db_query[1:] if db_query else "",
        "source_link": lambda document_id, page=None, label=None: source_link(document_id, page, label, here),
        "bar_chart": bar_chart,
        "iso_date": iso_date,
        "paper_title": paper_title,
        "action_url": lambda action_id: here(action_url(datasette, action_id, name)),
        "overdue_rows": lambda rows: overdue_rows(datasette, rows, here, name),
        "follow_up_sql": FOLLOW_UP_SQL,
        "open_as_of_sql": OPEN_AS_OF_SQL,
    }


def overdue_rows(datasette, rows, here, name):
    """The overdue page's table rows. The page itself is rendered by Datasette's async Jinja,
    which it needs for its queries, and which awaits every piece of output: 500 rows of a dozen
    pieces each. The rows need no query, so they are rendered by the synchronous twin of its
    environment (sync_templates), the same markup."""
    return Markup(sync_template(datasette, "_mb_overdue_rows.html").render(
        rows=rows, paper_title=paper_title,
        action_url=lambda action_id: here(action_url(datasette, action_id, name)),
        source_link=lambda document_id, page=None, label=None: source_link(document_id, page, label, here)))


def iso_date(value):
    """The date as YYYY-MM-DD, or None when it is not a date (so a page can say so)."""
    try:
        return dt.date.fromisoformat(str(value or "").strip()).isoformat()
    except ValueError:
        return None


@functools.cache
def _has_action_page() -> bool:
    # asked once: the overdue page links 500 actions, and a stat of the file for each was 500 system calls a page
    return ACTION_PAGE.exists()


def action_url(datasette, action_id, name=None):
    if _has_action_page():  # the action's own page, where the site has one
        return f"/action/{int(action_id)}"
    return f"/{name or _database(datasette)}/actions/{int(action_id)}"


def source_link(document_id, page=None, label=None, here=lambda url: url):
    if document_id is None:
        return ""
    href = here(f"/-/source/{int(document_id)}" + (f"#page={int(page)}" if page else ""))
    text = label or (f"p.{page}" if page else "source")
    return Markup(f'<a class="mb-source" href="{href}" title="open the source paper at this page">{escape(text)}</a>')


def bar_chart(rows, label, series, title="", width=640, bar_height=18):
    """A horizontal stacked bar chart as inline SVG: rows of dicts, `series` a list of
    (key, colour, legend) drawn left to right."""
    rows = list(rows)
    if not rows:
        return Markup("<p><em>Nothing to chart.</em></p>")
    label_width = 220
    top = max(sum(r.get(k) or 0 for k, _, _ in series) for r in rows) or 1
    scale = (width - label_width - 60) / top
    height = len(rows) * (bar_height + 6) + 30
    parts = [f'<svg class="mb-chart" role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>"]
    for i, r in enumerate(rows):
        y = i * (bar_height + 6)
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" font-size="12">'
                     f"{escape(str(r.get(label))[:34])}</text>")
        x = label_width
        for key, colour, legend in series:
            value = r.get(key) or 0
            w = value * scale
            if w:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_height}" fill="{colour}">'
                             f"<title>{escape(legend)}: {value}</title></rect>")
            x += w
        total = sum(r.get(k) or 0 for k, _, _ in series)
        parts.append(f'<text x="{x + 4:.1f}" y="{y + bar_height - 5}" font-size="12">{total}</text>')
    ly = len(rows) * (bar_height + 6) + 14
    lx = label_width
    for key, colour, legend in series:
        parts.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{lx + 16}" y="{ly}" font-size="12">{escape(legend)}</text>')
        lx += 24 + 8 * len(legend)
    parts.append("</svg>")
    # on a phone the chart keeps its size and scrolls sideways in its box, so its words stay legible
    return Markup('<div class="mb-chart-wrap">' + "".join(parts) + "</div>")


@hookimpl
def render_cell(value, column, row, table, database, datasette):
    """person_id, meeting_id, action_id and document_id open the row's own page, named by what it
    is (LINKED); a cell holding marks that reorder text is shown without them; a sighting's owners
    are read as names; a decision's kind says whose decision it is, where it is not the meeting's own."""
    if table == "decisions" and column == "kind" and isinstance(value, str) and (whose := _not_the_meetings(row)):
        # 'approved' beside the meeting's own approvals read as this meeting's act (a report's 'CCTV request are ...
        # approved or rejected', an account of Full Council's vote): the HTML says whose it is; JSON and CSV keep the kind
        return Markup(f'{escape(value)} <em class="mb-muted">({escape(whose)})</em>')
    if column == "owners" and isinstance(value, str) and value.startswith("["):
        names = _owner_names(value)
        if names is not None:
            # a sighting that names no owner ('[]') shows as an empty cell, as NULL does: an empty
            # answer here is falsy, and Datasette then showed the JSON, '[]'
            return escape(BIDI_MARKS.sub("", names)) if names else Markup("&nbsp;")
    if isinstance(value, str) and BIDI_MARKS.search(value):
        return escape(BIDI_MARKS.sub("", value))
    if value is None or column not in ("person_id", *LINKED):
        return None
    label = value
    if isinstance(value, dict):  # an expanded foreign key: {"value": 3, "label": "Syed Ghani"}
        value, label = value.get("value"), value.get("label") or value.get("value")
    if not isinstance(value, int):
        return None
    if column == "person_id":
        return Markup(f'<a href="{escape(with_db(datasette, database, f"/person/{value}"))}">{escape(str(label))}</a>')
    return _labelled_link(datasette, database, column, value)


# a cell naming a meeting, an action or a paper opens its page, labelled by what it is (a bare id
# told the reader nothing; cell_labels reads and keeps the labels)
LINKED = {
    "meeting_id": lambda datasette, name, id_: f"/meeting/{id_}",
    "action_id": lambda datasette, name, id_: action_url(datasette, id_, name),
    "document_id": lambda datasette, name, id_: datasette.urls.row(name, "documents", str(id_)),
}


def _labelled_link(datasette, database, column, value):
    """The cell's link to the row's own page, labelled by what it is. Datasette awaits a function
    returned here (render_cell may run SQL that way)."""

    async def link():
        label = (await cell_labels.labels(datasette, database, column)).get(value, str(value))
        url = with_db(datasette, database, LINKED[column](datasette, database, value))
        return Markup(f'<a href="{escape(url)}" title="{column[:-3]} {value}">{escape(label)}</a>')
    return link


WHOSE = {"reported": "reported: decided elsewhere or earlier", "proposed": "put to the meeting, not decided there"}


def _not_the_meetings(row) -> str | None:
    """What a decision row's source says of it when it is not the meeting's own decision (None when it is, or when the
    page left the source column out)."""
    try:
        return WHOSE.get(row["source"])
    except (IndexError, KeyError, TypeError):
        return None


def _owner_names(value: str) -> str | None:
    """action_history.owners is JSON ([{"name": "Ian Logan", "kind": "person"}], kept so for SQL
    and the API); a table page showed it as that blob. Shown as actions.owners shows its owners,
    the names joined with "; ". None when the cell is not that list."""
    try:
        owners = json.loads(value)
    except ValueError:
        return None
    if not isinstance(owners, list) or not all(isinstance(o, dict) and "name" in o for o in owners):
        return None
    return "; ".join(str(o["name"]) for o in owners)


@hookimpl
def menu_links(datasette, actor, request):
    """The site's own pages in Datasette's menu, on every page."""
    name = _database(datasette, request)
    return [
        {"href": with_db(datasette, name, "/search"), "label": "Search the papers"},
        {"href": with_db(datasette, name, "/meetings"), "label": "Meetings"},
        {"href": with_db(datasette, name, "/overdue"), "label": "Overdue actions"},
        {"href": with_db(datasette, name, "/people"), "label": "People"},
        {"href": f"/{name}", "label": "Tables and SQL"},
    ]


# A table's column descriptions come before its rows in Datasette's table page, one line each: the
# actions table's 30 filled the first screen, and a visitor saw no row without scrolling. Folded
# into one line they open on a click; without scripts they stay as they were.
_FOLD_COLUMN_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var folded = document.createElement("details");
  folded.className = "mb-column-descriptions";
  var summary = document.createElement("summary");
  summary.textContent = "What each column means (" + list.querySelectorAll("dt").length + " columns)";
  list.parentNode.insertBefore(folded, list);
  folded.appendChild(summary);
  folded.appendChild(list);
});
"""


@hookimpl
def extra_body_script(template):
    return _FOLD_COLUMN_DESCRIPTIONS if template == "table.html" else None
