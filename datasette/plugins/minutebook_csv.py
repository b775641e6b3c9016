"""Every CSV the site serves holds no cell a spreadsheet would run as a formula.

Datasette writes every CSV answer (a table, a row, a view, arbitrary SQL, a canned query, with
or without `?_stream=on`, `_dl` or `_labels`) through one `csv.writer` in `datasette.views.base`,
and offers no hook for its cells; so that module's `csv` is given a writer that passes each row
through `minutebook.csv_cells.safe_row` first (text from a hostile paper starting with `=`, `+`,
`-` or `@` gets a leading apostrophe; numbers are left as they are). tests/test_csv_cells.py
asks the site for each kind of CSV and fails if Datasette stops writing through it.

The same writer makes the site's own links whole: a canned query's `source` or `trail` cell
("/-/source/3#page=1", "/action/4") is a link on the page, where the browser knows the site, but
in a spreadsheet a path alone leads nowhere, so each CSV answer writes them as the address the
request came to (`Datasette.absolute_url`, which honours `force_https_urls`).
"""

import contextvars
import csv
import re

import datasette.views.base
from datasette import hookimpl
from datasette.utils.asgi import Request

from minutebook.csv_cells import safe_row

# the pages of the site a query's cell may link to (datasette/queries.yml builds them)
_SITE_LINK = re.compile(r"/(?:-/source|action|meeting|person|document)/\d+(?:[#?][^\s]*)?")
# kept on the module whose `csv` is replaced, not on this one: each Datasette made in a process
# loads the plugins folder afresh, and the writer of one load must read what another's wrapper set
_SITE = getattr(datasette.views.base, "minutebook_csv_site", None) or contextvars.ContextVar(
    "minutebook_csv_site", default=None)
datasette.views.base.minutebook_csv_site = _SITE


def _whole_links(row):
    site = _SITE.get()
    if site is None:
        return row
    return [site(v) if isinstance(v, str) and _SITE_LINK.fullmatch(v) else v for v in row]


class _SafeWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow(safe_row(_whole_links(row)))

    def writerows(self, rows):
        return self._writer.writerows(safe_row(_whole_links(r)) for r in rows)


class _SafeCsv:
    """The csv module, with its writers made safe."""

    def __getattr__(self, name):
        return getattr(csv, name)

    @staticmethod
    def writer(*args, **kwargs):
        return _SafeWriter(csv.writer(*args, **kwargs))


datasette.views.base.csv = _SafeCsv()


def _with_site(app, datasette):
    async def serve(scope, receive, send):
        if scope.get("type") == "http":  # a CSV may be asked for by suffix or by ?_format=csv
            request = Request(scope, receive)
            _SITE.set(lambda path: datasette.absolute_url(request, path))
        return await app(scope, receive, send)

    return serve


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: _with_site(app, datasette)
