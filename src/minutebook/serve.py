"""Build the Datasette instance that serves an archive, in public or full mode.

Public mode serves a copy of the database with every restricted row removed, because
Datasette's table permissions do not stop arbitrary SQL from reaching a table: what an
anonymous user must not see cannot be in the database they can query. Full mode serves
everything, behind a password login (datasette-auth-passwords).
"""

from __future__ import annotations

import copy
import hashlib
import os
import sqlite3
from pathlib import Path

import sqlite_utils
import yaml

SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 5000,
    "default_page_size": 50,
    "facet_time_limit_ms": 500,
    "allow_download": True,
    "suggest_facets": False,
}


PACKAGE = Path(__file__).resolve().parent


def _bundled(installed: str, checkout: str) -> Path:
    """Data installed inside the package (a wheel), or at the top of a source checkout."""
    inside = PACKAGE / installed
    return inside if inside.is_dir() else PACKAGE.parent.parent / checkout


def site_dir() -> Path:
    return _bundled("site", "datasette")


def corpus_dir() -> Path:
    return _bundled("corpus", "corpus")


def _table_columns(db_path: str | None) -> dict[str, set[str]] | None:
    if not db_path or not os.path.exists(db_path):
        return None
    db = sqlite_utils.Database(db_path)
    try:
        return {t: {c.name for c in db[t].columns} for t in db.table_names() + db.view_names()}
    finally:
        db.close()


def load_metadata(db_name: str, public: bool = True, db_path: str | None = None) -> dict:
    """Datasette's metadata for the archive; with `db_path`, a table's page describes only the
    common columns it has (Datasette lists every described column, present or not)."""
    with open(site_dir() / "metadata.yml", encoding="utf-8") as f:
        metadata = yaml.safe_load(f)
    databases = metadata.get("databases", {})
    template = databases.pop("minutebook", {})
    common = metadata.pop("common_columns", {})
    present = _table_columns(db_path)
    for name, table in template.get("tables", {}).items():
        columns = table.setdefault("columns", {})
        for column, description in common.items():
            if present is None or column in present.get(name, ()):
                columns.setdefault(column, description)
    queries_path = site_dir() / "queries.yml"
    if queries_path.exists():
        with open(queries_path, encoding="utf-8") as f:
            template["queries"] = yaml.safe_load(f) or {}
    databases[db_name] = template
    metadata["databases"] = databases
    if public:
        metadata["description_html"] = metadata.get("description_html", "") + (
            "<p><em>Public view: restricted papers and items are not included.</em></p>")
    return metadata


def full_mode_metadata(metadata: dict, password_hash: str) -> dict:
    metadata = copy.deepcopy(metadata)
    metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {"admin_password_hash": password_hash}
    metadata["allow"] = {"id": "admin"}  # nothing for anonymous users, not even the home page
    return metadata


def public_path(db_path: str) -> str:
    """Beside the archive, under the same file name, so Datasette's URLs stay the same."""
    folder = os.path.join(os.path.dirname(os.path.abspath(db_path)), ".minutebook-public")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, os.path.basename(db_path))


def build_public_copy(db_path: str, out_path: str | None = None) -> str:
    """A copy of the archive without restricted papers, items, passages and facts."""
    from .ingest.store import delete_content

    out_path = out_path or public_path(db_path)
    tmp = out_path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    src = sqlite3.connect(db_path)
    src.execute("VACUUM INTO ?", [tmp])
    src.close()
    db = sqlite_utils.Database(tmp)
    with db.atomic():
        for (doc_id,) in db.execute("select id from documents where restricted = 1").fetchall():
            delete_content(db, doc_id)
            db.execute("delete from documents where id = ?", [doc_id])
        pages = db.execute("select distinct document_id, page from passages where restricted = 1").fetchall()
        restricted_actions = "select id from actions where restricted = 1"
        db.execute(f"delete from action_history where action_id in ({restricted_actions})")
        db.execute(f"delete from action_owners where action_id in ({restricted_actions})")
        db.execute("delete from actions where restricted = 1")
        db.execute("delete from decisions where restricted = 1")
        db.execute("delete from statistics where restricted = 1")
        db.execute("delete from mentions where passage_id in (select id from passages where restricted = 1)")
        db.execute("delete from passages where restricted = 1")
        db.execute("delete from agenda_items where restricted = 1")
        for doc_id, page in pages:  # the page text held restricted minutes: keep only what is public
            rest = [r[0] for r in db.execute(
                "select text from passages where document_id = ? and page = ? order by id", [doc_id, page])]
            db.execute("update pages set text = ? where document_id = ? and page = ?", ["\n\n".join(rest), doc_id, page])
    for table in ("pages", "passages", "decisions", "actions"):
        db[table].rebuild_fts()
    db.execute("PRAGMA journal_mode = delete")
    db.vacuum()
    db.close()
    os.replace(tmp, out_path)
    return out_path


def inspect_data(db_path: str) -> dict:
    """What `datasette inspect` would say, so an immutable archive starts without counting."""
    h = hashlib.sha256()
    with open(db_path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    db = sqlite_utils.Database(db_path)
    tables = {t: {"count": db[t].count} for t in db.table_names()}
    db.close()
    name = Path(db_path).stem
    return {name: {"hash": h.hexdigest(), "size": os.path.getsize(db_path), "file": db_path, "tables": tables}}


def make_datasette(db_path: str, public: bool = True, immutable: bool = False, password_hash: str | None = None):
    """A configured Datasette for `db_path` (already the public copy when public=True)."""
    from datasette.app import Datasette

    name = Path(db_path).stem
    metadata = load_metadata(name, public=public, db_path=db_path)
    if not public:
        if not password_hash:
            raise ValueError("full mode needs a password hash (set MINUTEBOOK_PASSWORD)")
        metadata = full_mode_metadata(metadata, password_hash)
    site = site_dir()
    kwargs = dict(
        metadata=metadata,
        template_dir=str(site / "templates"),
        plugins_dir=str(site / "plugins"),
        static_mounts=[("minutebook-static", str(site / "static"))] if (site / "static").is_dir() else [],
        settings=SETTINGS,
    )
    if immutable:
        return Datasette(immutables=[db_path], inspect_data=inspect_data(db_path), **kwargs)
    return Datasette([db_path], **kwargs)


def hash_password(password: str) -> str:
    from datasette_auth_passwords.utils import hash_password as _hash

    return _hash(password)
