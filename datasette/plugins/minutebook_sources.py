"""Serve each ingested source file, so that every row can link to its page
(/-/source/<document id>#page=N opens the PDF at that page).

Public mode serves only the public files made at ingest (restricted pages withheld, wholly
restricted papers absent), found through their manifest; the server's paths are never shown.
Full mode serves the originals to whoever Datasette lets view the archive's documents."""

import mimetypes
import os
import urllib.parse

from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Base400, NotFound, Response

from minutebook.served import chosen, with_db

CONTENT_TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8", "text": "text/plain; charset=utf-8"}
MAX_ID = 2**63 - 1  # SQLite's largest integer; a longer number names no document


def _settings(datasette) -> dict:
    # set by minutebook.serve.make_datasette; a Datasette started otherwise serves nothing public
    return getattr(datasette, "minutebook_sources", None) or {"public": True, "public_files": None}


def _archive(datasette, request=None):
    return chosen(datasette, request)


async def _allowed(datasette, request, name) -> None:
    """Raises Forbidden unless this visitor may see the documents table."""
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "documents")), ("view-database", name), "view-instance"])


async def _document(datasette, request):
    raw = request.url_vars["document_id"]
    if not raw.isascii() or not raw.isdigit() or len(raw) > 19 or int(raw) > MAX_ID:
        return None
    name = _archive(datasette, request)
    if name is None:
        return None
    await _allowed(datasette, request, name)
    db = datasette.get_database(name)
    if "documents" not in await db.table_names():
        return None
    row = (await db.execute("select id, path, filename, format, status, size, ingested_at from documents where id = ?",
                            [int(raw)])).first()
    return dict(row) if row else None


class NotYet(Base400):
    """A public file that the next ingest (or the site's upkeep) serves again: the paper is there,
    its file is not to be shown for now. The answer says when to ask again (Retry-After): an
    ingest's last step, the public files, takes about a minute for a few hundred papers."""

    status = 503
    retry_after = 60


# Raised, not returned: the site's error handler (minutebook_errors) answers with the site's own
# error page (HTML, or JSON for a .json path) and the status, where a returned Response.text was
# a bare line of text in the browser.
def _no_document(document_id: str) -> NotFound:
    shown = document_id if len(document_id) <= 30 else document_id[:30] + "\u2026"
    return NotFound(f"No document {shown} in this archive")


async def source_redirect(datasette, request):
    row = await _document(datasette, request)
    if row is None:
        raise _no_document(request.url_vars["document_id"])
    # a redirect without a fragment keeps the caller's #page=N; the name is encoded so that
    # spaces, quotes, accents and even newlines in file names survive the Location header
    return Response.redirect(with_db(datasette, _archive(datasette, request),
                                     f"/-/source/{row['id']}/{urllib.parse.quote(row['filename'] or 'source', safe='')}"))


async def source_file(datasette, request):
    row = await _document(datasette, request)
    filename = urllib.parse.unquote(request.url_vars["filename"])
    if row is None:
        raise _no_document(request.url_vars["document_id"])
    if filename != (row["filename"] or "source"):
        raise NotFound(f"Document {row['id']} has no file of that name: /-/source/{row['id']} opens its own")
    settings = _settings(datasette)
    if settings.get("public"):
        folders = settings.get("public_files")
        if isinstance(folders, dict):  # one folder per archive served
            folders = folders.get(_archive(datasette, request))
        return _public_file(folders, row)
    if not row["path"] or not os.path.isfile(row["path"]):
        raise NotFound(f"The source file of document {row['id']} has moved or been deleted")
    return _download(row["path"], _content_type(row["format"], row["filename"]))


def _public_file(folder, row):
    from minutebook.ingest.public_files import read_manifest

    entry = read_manifest(folder).get(str(row["id"])) if folder else None
    path = os.path.join(folder, entry["file"]) if entry else None
    if not path or not os.path.isfile(path):
        raise NotFound(f"Document {row['id']} has no public file: it is restricted, or its content could not "
                       "be read and so could not be checked for restricted material")
    if entry.get("ingested_at") != row["ingested_at"]:
        # made for an earlier version of the paper (the ingest that changed it stopped before the
        # files): it may show what is restricted now
        raise NotYet(f"The public file of document {row['id']} is being made again: its paper has changed; "
                     "it is served again once the ingest (or the site's upkeep) has finished")
    if os.path.islink(path) and row["size"] is not None and os.path.getsize(path) != row["size"]:
        # the original, linked because it held nothing restricted, has changed since it was checked
        raise NotYet(f"The source file of document {row['id']} has changed since it was ingested; "
                     "it is served again after the next ingest")
    return _download(path, _content_type(entry.get("type"), row["filename"]))


def _content_type(fmt, filename) -> str:
    return CONTENT_TYPES.get(fmt) or mimetypes.guess_type(filename or "")[0] or "application/octet-stream"


PAPER_POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'"


def _download(path, content_type):
    # A paper is served from the site's own origin: an HTML paper's scripts would run with the
    # visitor's session (in full mode, the logged-in reader of restricted papers). "sandbox" gives
    # the document an origin of its own and no scripts; nosniff stops a browser from reading a
    # text file as HTML. PDFs are left to the browser's viewer, which a sandbox would block.
    # Nothing is fetched from elsewhere either: an image, frame or style from another server
    # would tell it who opened which paper, and when (a tracking pixel in a hostile paper).
    headers = {"content-disposition": "inline", "x-content-type-options": "nosniff"}
    if not content_type.startswith("application/pdf"):
        headers["content-security-policy"] = PAPER_POLICY
    return AsgiFileDownload(path, content_type=content_type, headers=headers)


@hookimpl
def register_routes():
    return [
        # any id, so that '/-/source/abc' says there is no such document (not 'Database not found')
        (r"^/-/source/(?P<document_id>[^/]+)$", source_redirect),
        (r"^/-/source/(?P<document_id>[^/]+)/(?P<filename>[^/]+)$", source_file),
    ]


@hookimpl
def render_cell(value, column, row, table, database, datasette):
    """A page number beside a document id links to that page of the source."""
    from markupsafe import Markup, escape

    if column == "source" and isinstance(value, str) and value.startswith("/-/source/"):
        page = value.rsplit("=", 1)[-1] if "#page=" in value else ""
        return Markup(f'<a href="{escape(with_db(datasette, database, value))}">source p.{escape(page)}</a>')
    if column == "page" and isinstance(value, int) and row is not None:
        keys = row.keys() if hasattr(row, "keys") else []
        document_id = row["document_id"] if "document_id" in keys else None
        if isinstance(document_id, dict):  # Datasette expands a foreign key to {"value", "label"}
            document_id = document_id.get("value")
        if document_id is not None:
            href = with_db(datasette, database, f"/-/source/{int(document_id)}#page={value}")
            return Markup(f'<a href="{escape(href)}" title="open the source at this page">{value}</a>')
    return None
