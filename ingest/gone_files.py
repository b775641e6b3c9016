"""Papers whose files are gone from a folder being ingested: they leave the archive, and so the
public copy, its search index and the public files, with everything only they said.

A paper taken out of the papers folder (published by mistake, a draft, a paper now
confidential) would otherwise stay on the public site for good: nothing else removes a
document. Only a folder named to the ingest is looked at, and only its papers whose path no
longer exists at all leave; a file named on its own says nothing of the others. A folder that
lists no file at all (a network share not mounted, an emptied folder) removes nothing: the
run says so instead.
"""

from __future__ import annotations

import os
from typing import Iterable

from .store import delete_document, known_document, merge_pending
from .store_action_links import bodies_of_documents, links_pending


def folders_of(paths: Iterable[str]) -> list[str]:
    """The folders among the paths an ingest was given."""
    return [os.path.abspath(p) for p in paths if os.path.isdir(p)]


def gone_papers(known: Iterable[str], folders: list[str], found: Iterable[str]) -> list[str]:
    """The known paths under `folders` that the folder listing did not find and that no longer
    exist; none under a folder the listing found nothing in."""
    found = set(map(str, found))
    listed = [f for f in folders if any(_under(p, f) for p in found)]
    return sorted(p for p in known if p not in found and any(_under(p, f) for f in listed)
                  and not os.path.lexists(p))


def empty_folders(known: Iterable[str], folders: list[str], found: Iterable[str]) -> list[str]:
    """The folders the listing found nothing in although the archive holds papers from them."""
    found, known = list(map(str, found)), list(known)
    return [f for f in folders if not any(_under(p, f) for p in found) and any(_under(p, f) for p in known)]


def remove_paper(db, path: str) -> bool:
    """Remove a paper and everything it contributed, in one transaction; the people merge and the
    action links of the bodies it spoke for are redone after the run."""
    old = known_document(db, path)
    if not old:
        return False
    with db.atomic():
        bodies = bodies_of_documents(db, [old["id"]])
        delete_document(db, old["id"])
        merge_pending(db)
        links_pending(db, bodies)
    return True


def _under(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)
