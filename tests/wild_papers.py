"""The attendance extraction reads from one paper of ../shared/wild (the test skips when the
paper is not there: a fresh clone has no ../shared)."""

import pytest

from .conftest import SHARED


def wild_attendance(name: str) -> list[dict]:
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    doc = read_document(str(path))
    return extract_document(doc, find_structure(doc))["attendance"]
