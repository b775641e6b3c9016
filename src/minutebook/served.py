"""Which served archive a request of the site's own pages is about.

`minutebook serve` may serve several archives side by side (one database per body). Datasette's
own pages carry the database in their path (/NAME/table); the site's pages (/search, /meetings,
/overdue, /people, /person/ID, /meeting/ID, /action/ID, /-/source/ID) carry it as ?db=NAME, and
without it show the first archive. Ids are those of one archive, so every link between these
pages keeps its db; with a single archive no link carries one, and URLs are as they always were.
"""

from __future__ import annotations

import urllib.parse


def served(datasette) -> list[str]:
    """The archives served, in the order given."""
    return [name for name in datasette.databases if name != "_internal"]


def chosen(datasette, request) -> str | None:
    """The archive asked for with ?db=NAME when it is one of those served, else the first."""
    names = served(datasette)
    wanted = request.args.get("db") if request is not None else None
    if wanted in names:
        return wanted
    return names[0] if names else None


def with_db(datasette, name: str | None, url: str) -> str:
    """`url` (a path of the site's pages, maybe with a query and a #fragment) naming archive
    `name`, when several are served."""
    if not name or len(served(datasette)) < 2:
        return url
    path, hash_, fragment = url.partition("#")
    joiner = "&" if "?" in path else "?"
    return f"{path}{joiner}db={urllib.parse.quote(name, safe='')}{hash_}{fragment}"
