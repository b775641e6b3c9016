"""A generated minutes paper ingested alone into a real archive, and the actions read from it with their owners:
the frame shared by the tests of task shapes built as Markdown minutes."""

from minutebook.ingest.pipeline import ingest

NAME = "ashby-parva-2023-03-14.md"


def built_archive(tmp_path_factory, text: str, name: str = NAME):
    """The path of an archive holding only the paper `text`, written as `name`."""
    folder = tmp_path_factory.mktemp("built")
    (folder / name).write_text(text)
    db = folder / "built.db"
    ingest([str(folder / name)], str(db))
    return db


def built_decisions(tmp_path, paragraphs) -> list[dict]:
    """The decisions read from a generated parish council's HTML minutes of these paragraphs, their texts on one line."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = tmp_path / "ashby.html"
    path.write_text("<html><head><title>Ashby Parish Council minutes</title></head><body>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    doc = read_document(str(path), ocr=False)
    return [{**d, "text": " ".join(d["text"].split())} for d in extract_document(doc, find_structure(doc))["decisions"]]


def owned_actions(db, filename: str = NAME) -> dict[str, str | None]:
    """Each action's description of the paper, with its owners' names joined by '|' (None when it names no one)."""
    return {r["description"]: r["owners"] for r in db.query(
        """select a.description, (select group_concat(name, '|') from action_owners o where o.action_id = a.id) owners
           from actions a join documents d on d.id = a.document_id where d.filename = ?""", [filename])}


def public_site(db, name: str | None = None):
    """The public site of the archive at `db`, as Datasette serves it (under `name`, else the archive's own name),
    and a test client for its pages."""
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    ds = make_datasette(public_path(str(db)), name=name, public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return ds, TestClient(ds)


def shown(client, path) -> str:
    """The HTML of a page that must answer 200, its entities read ('&#39;' as "'")."""
    import html

    response = client.get(path)
    assert response.status == 200, (path, response.status)
    return html.unescape(response.text)


def action_page(db, client, like: str):
    """The HTML page of the paper's action whose description is LIKE `like`."""
    import sqlite_utils

    action_id = sqlite_utils.Database(db).execute("select id from actions where description like ?", [like]).fetchone()[0]
    return client.get(f"/action/{action_id}")
