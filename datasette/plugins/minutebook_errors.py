"""Error pages without tracebacks in the terminal: a 404 or 403 is an ordinary answer, and
Datasette's default handler prints a full traceback (with locals) for every one of them. A
server error prints one line saying where and what."""

import sqlite3
import sys

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.plugins import pm
from datasette.utils import add_cors_headers, tilde_decode
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

from minutebook import site_menu


# Datasette raises these for a bad parameter in a table's URL without giving a status, so they
# would be server errors (500) though nothing is wrong with the server
_BAD_PARAMETER = ("Cannot sort table by ", "Cannot use _sort and _sort_desc", "Invalid _through")


THROUGH = "_through must be a JSON object naming a table, a column and a value, such as " \
          '{"table": "action_owners", "column": "person_id", "value": 1}'


# errors of the SQL run that only a visitor's value causes -> what to tell them (None: the error's own words)
_BAD_VALUE = {
    "the query contains a null character": "a parameter holds a null character (%00), which SQL cannot take",
    "Python int too large to convert to SQLite INTEGER": "a number is too large: SQLite's whole numbers end at "
                                                         "9223372036854775807",
    "You did not supply a value for binding parameter": None,
}
FACET = "a facet is a column's name, such as _facet=body, or a JSON object naming one, such as " \
        '_facet={"simple": "body"}'
INTERRUPTED = "SQL query took too long: ask for fewer rows, a narrower filter or a simpler query"
RETRY_AFTER = 60  # seconds, for a 503 that does not say
TIMELIMIT = "_timelimit must be a whole number of milliseconds, such as 500"


def _status_and_message(exception, request=None):
    if request is not None and "_timelimit" in request.args and isinstance(exception, ValueError) \
            and "invalid literal for int()" in str(exception):
        # Datasette reads the parameter with int() on every table, query and SQL page: 'x' was a 500
        return 400, TIMELIMIT, "Invalid _timelimit", {}
    if isinstance(exception, (sqlite3.ProgrammingError, OverflowError)) and str(exception).startswith(tuple(_BAD_VALUE)):
        # what a visitor typed (a NUL in `_where` or `_facet`, `id__gt=` past 64 bits, `:p1` in
        # `_where` with no value) failed where the SQL was run, and Datasette answered 500
        said = next(v for k, v in _BAD_VALUE.items() if str(exception).startswith(k))
        return 400, said or str(exception), "Invalid parameter", {}
    if isinstance(exception, QueryInterrupted):
        # a CSV's query that ran out of time reached here unanswered (a 500), where the same
        # query's HTML and JSON pages say it took too long
        return 400, INTERRUPTED, "SQL Interrupted", {}
    if request is not None and "_through" in request.args and isinstance(exception, (KeyError, ValueError, TypeError,
                                                                                     AttributeError)):
        # Datasette reads the parameter without checking its shape: '{}' or 'x' was a 500
        return 400, THROUGH, "Invalid _through", {}
    if request is not None and isinstance(exception, ValueError) and _facet_json(request):
        # Datasette reads a facet starting with '{' as JSON without checking it: '{' was a 500
        return 400, FACET, "Invalid facet", {}
    if isinstance(exception, Base400):
        return exception.status, exception.args[0] if exception.args else "", None, {}
    if isinstance(exception, DatasetteError) and request is not None and "sql" not in request.args \
            and str(exception.message).startswith("no such table: "):
        # a row page of a table the archive lacks ('/archive/nonesuch/5') runs its SQL and Datasette answers 400
        # 'Invalid SQL', where the same table's own page answers 404 'Table not found'
        return 404, "Table not found", None, {}
    if isinstance(exception, DatasetteError):
        message = Markup(exception.message) if exception.message_is_html else exception.message
        status = exception.status
        if status == 500 and str(exception.message).startswith(_BAD_PARAMETER):
            status = 400
        return status, message, exception.title, dict(exception.error_dict or {})
    return 500, str(exception), None, {}


def _facet_json(request) -> bool:
    """Whether a facet parameter (_facet, _facet_array, _facet_date) starts with '{'."""
    return any(value.startswith("{") for key in request.args if key.startswith("_facet")
               for value in request.args.getlist(key))


# Datasette asks every exception handler and awaits them all, so its default one would still
# print (with rich, to stdout) the traceback of every 404; this handler replaces it.
_default = pm.get_plugin("datasette.handle_exception")
if _default is not None:
    pm.unregister(_default)


@hookimpl
def handle_exception(datasette, request, exception):
    async def inner():
        status, message, title, info = _status_and_message(exception, request)
        if status >= 500:
            # one line that says where and what, instead of a screenful of locals
            print(f"{status} {request.path}: {type(exception).__name__}: {exception}", file=sys.stderr, flush=True)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers = {}
        if status == 503:
            # "come back later" without saying when leaves a browser, a crawler or a mirror
            # script to guess, and most retry at once or give the file up
            headers["retry-after"] = str(getattr(exception, "retry_after", RETRY_AFTER))
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        links = await _menu_links(datasette, request)
        crumbs = await _crumbs(datasette, request)
        html = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                                menu_links=lambda: links, request=request,
                                                crumb_items=lambda **_: crumbs))
        return Response.html(html, status=status, headers=headers)

    return inner


async def _menu_links(datasette, request) -> list[dict]:
    """The menu every other page carries (search, meetings, overdue, people, tables): an error
    page without it left the visitor no way on but the browser's back button. None when a
    plugin's links fail: the error page itself must not."""
    try:
        return await site_menu.menu_links(datasette, request)
    except Exception:
        return []


async def _crumbs(datasette, request) -> list[dict]:
    """The crumbs a page of the same place has (home, then the archive and the table when the
    address names ones that exist), so that an error page leads back up as the others do. None
    when they fail: the error page itself must not."""
    named = getattr(request, "url_vars", None) or {}
    database, table = named.get("database"), named.get("table")
    try:
        if database not in datasette.databases:
            database = table = None
        elif table is not None:
            table = tilde_decode(table)
            if not await datasette.get_database(database).table_exists(table):
                table = None
        return await datasette._crumb_items(request, database=database, table=table)
    except Exception:
        return []
