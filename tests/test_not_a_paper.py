"""A file among the papers that is no committee paper (an archive's SOURCES or README listing
its files, links and folders) is recorded with its reason and kind 'other': no meeting of the
body or day its table names, and no actions linked with that body's papers."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from minutebook.ingest.pipeline import ingest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

LISTING = """# Minutes of the village bodies (local copies)

Copied from the parish website; one row per paper. Use them to check the action log reader.

| file | body | meeting | what it tests |
|---|---|---|---|
| hall-2024-01-10.txt | Harbury Village Hall Committee | 10 January 2024 | Present line; ACTION: JB lines |
| hall-2024-03-13.txt | Harbury Village Hall Committee | 13 March 2024 | matters arising; the action log |
| council-2024-02-01.pdf | Harbury Parish Council | 1 February 2024 | RESOLVED lists |

Sources: https://example.org/harbury/minutes and assets/pdf/ in the site's repository.
"""

MINUTES = """Minutes of the Harbury Village Hall Committee meeting held on 10 January 2024

Present: Jane Brook (JB), Tom Wells (TW), Pat Shaw (PS)

1. Car park lighting

1.1 Jane will write to the parish council about the car park lighting.

ACTION: JB
"""


def _kinds(db_path):
    db = sqlite_utils.Database(db_path)
    return {r["filename"]: r for r in db.query("select * from documents")}, db


def test_a_list_of_files_is_no_paper_of_the_body_it_names(tmp_path):
    (tmp_path / "SOURCES.md").write_text(LISTING, encoding="utf-8")
    (tmp_path / "hall-2024-01-10.txt").write_text(MINUTES, encoding="utf-8")
    ingest([str(tmp_path)], str(tmp_path / "a.db"))
    docs, db = _kinds(tmp_path / "a.db")
    listing, minutes = docs["SOURCES.md"], docs["hall-2024-01-10.txt"]
    assert listing["status"] == "ok" and listing["kind"] == "other"
    assert "list of files and links" in listing["no_meeting_reason"]
    assert not db.execute("select count(*) from meeting_documents where document_id = ?", [listing["id"]]).fetchone()[0]
    assert not db.execute("select count(*) from action_history where document_id = ?", [listing["id"]]).fetchone()[0]
    # its text is still kept, page by page
    assert "Harbury" in db.execute("select group_concat(text) from pages where document_id = ?", [listing["id"]]).fetchone()[0]
    # the paper beside it is a paper as before
    assert minutes["kind"] == "minutes" and minutes["no_meeting_reason"] is None
    assert db.execute("select count(*) from actions").fetchone()[0] == 1


@pytest.mark.parametrize("folder", ["series", "real", "wild"])
def test_the_shared_folders_sources_files_are_no_papers(tmp_path, folder):
    """Each listing of the shared folders was taken for a paper: of fohcl's first meeting (an
    action log, from its description 'rather than an action log'), of a Kent cabinet meeting
    (minutes), an agenda."""
    path = SHARED / folder / "SOURCES.md"
    if not path.is_file():
        pytest.skip(f"../shared/{folder}/SOURCES.md is not beside the project (a fresh clone)")
    ingest([str(path)], str(tmp_path / "s.db"))
    docs, db = _kinds(tmp_path / "s.db")
    assert docs["SOURCES.md"]["kind"] == "other" and docs["SOURCES.md"]["no_meeting_reason"]
    assert not db.execute("select count(*) from meetings").fetchone()[0]
