"""Serve each ingested source file, so that every row can link to its page
(/-/source/<document id>#page=N opens the PDF at that page)."""

import mimetypes
import os

from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Response

CONTENT_TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8", "text": "text/plain; charset=utf-8"}


async def _document(datasette, document_id):
    for name, db in datasette.databases.items():
        if name == "_internal" or "documents" not in await db.table_names():
            continue
        row = (await db.execute("select path, filename, format, status from documents where id = ?", [document_id])).first()
        if row:
            return row
    return None


async def source_redirect(datasette, request):
    document_id = int(request.url_vars["document_id"])
    row = await _document(datasette, document_id)
    if row is None:
        return Response.text(f"No document {document_id} in this archive", status=404)
    # a redirect without a fragment keeps the caller's #page=N
    return Response.redirect(f"/-/source/{document_id}/{row['filename']}")


async def source_file(datasette, request):
    document_id = int(request.url_vars["document_id"])
    row = await _document(datasette, document_id)
    if row is None or row["filename"] != request.url_vars["filename"]:
        return Response.text("Not found", status=404)
    if not os.path.exists(row["path"]):
        return Response.text(f"The source file has moved or been deleted: {row['path']}", status=404)
    content_type = CONTENT_TYPES.get(row["format"]) or mimetypes.guess_type(row["filename"])[0] or "application/octet-stream"
    return AsgiFileDownload(row["path"], content_type=content_type, headers={"content-disposition": "inline"})


@hookimpl
def register_routes():
    return [
        (r"^/-/source/(?P<document_id>\d+)$", source_redirect),
        (r"^/-/source/(?P<document_id>\d+)/(?P<filename>[^/]+)$", source_file),
    ]


@hookimpl
def render_cell(value, column, row, table, database, datasette):
    """A page number beside a document id links to that page of the source."""
    from markupsafe import Markup, escape

    if column == "source" and isinstance(value, str) and value.startswith("/-/source/"):
        page = value.rsplit("=", 1)[-1] if "#page=" in value else ""
        return Markup(f'<a href="{escape(value)}">source p.{escape(page)}</a>')
    if column == "page" and isinstance(value, int) and row is not None:
        keys = row.keys() if hasattr(row, "keys") else []
        document_id = row["document_id"] if "document_id" in keys else None
        if isinstance(document_id, dict):  # Datasette expands a foreign key to {"value", "label"}
            document_id = document_id.get("value")
        if document_id is not None:
            return Markup(f'<a href="/-/source/{int(document_id)}#page={value}" title="open the source at this page">{value}</a>')
    return None
