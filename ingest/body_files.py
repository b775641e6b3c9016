"""The files of a folder of per-body databases (`ingest --db-dir`, `serve --db-dir`): kept
apart from ingest/per_body.py so that serving lists them without importing the ingest."""

from __future__ import annotations

import os

SUFFIX = ".db"
PUBLIC_SUFFIX = ".public.db"


def archives_in(folder: str) -> list[str]:
    """The body databases in a folder (not their public copies), sorted by name, those of no
    body (_no-body.db) last: the first is what the site shows unless asked for another."""
    if not os.path.isdir(folder):
        return []
    names = [name for name in os.listdir(folder)
             if name.endswith(SUFFIX) and not name.endswith(PUBLIC_SUFFIX) and not name.startswith(".")]
    return [os.path.join(folder, name) for name in sorted(names, key=lambda name: (name.startswith("_"), name))]
