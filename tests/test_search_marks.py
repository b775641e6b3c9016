"""The search page's snippets mark the matched words with <mark>, turned from private-use
characters after the snippet is escaped. A paper holding those characters itself (a symbol
font maps its glyphs to U+E000 and on) must not open a <mark> that never closes (the rest of
the page highlighted) or close one that is not open."""

import asyncio
import re

import pytest
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli

SNIPPET = re.compile(r'<p class="mb-snippet">(.*?)</p>', re.S)
MARK = re.compile(r"</?mark>")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("marks")
    papers = root / "papers"
    papers.mkdir()
    (papers / "pier.txt").write_text(
        "Minutes of the meeting of the Pier Board held on 5 April 2024\n\n1. Pier\n\n"
        "The Board agreed the \ue001pier\ue000 plan and the \ue000 repairs before the lantern festival.\n\n"
        "2. Lights\n\nThe Board noted that \ue001 lantern \ue001 bulbs were ordered and \ue000 stray.\n\n"
        "3. Signs\n\nThe Board asked for \ue000\ue002 lantern signs, a pair of marks the paper itself holds.\n",
        encoding="utf-8")
    (papers / "quay.txt").write_text(  # a second body's paper, with none of the characters
        "Minutes of the meeting of the Quay Committee held on 9 May 2024\n\n1. Lighting\n\n"
        "The Committee agreed to replace the lantern on the quay wall.\n", encoding="utf-8")
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def _balanced(snippet: str) -> bool:
    depth = 0
    for tag in MARK.findall(snippet):
        depth += 1 if tag == "<mark>" else -1
        if depth not in (0, 1):
            return False
    return depth == 0


@pytest.mark.parametrize("query", ["lantern", "pier", "bulbs", "signs"])
def test_every_snippet_opens_and_closes_its_marks_in_turn(client, query):
    response = client.get(f"/search?q={query}")
    assert response.status == 200
    snippets = SNIPPET.findall(response.text)
    assert snippets, query
    assert [s for s in snippets if not _balanced(s)] == [], query
    assert any(f"<mark>{query}</mark>" in s.lower() for s in snippets), query


def test_the_matched_word_is_marked_beside_the_papers_own_marks(client):
    snippets = SNIPPET.findall(client.get("/search?q=lantern").text)
    festival = [s for s in snippets if "festival" in s]
    assert festival and all(s.count("<mark>") == 1 and "<mark>lantern</mark> festival" in s for s in festival)
    quay = [s for s in snippets if "quay wall" in s]
    assert quay and all("<mark>lantern</mark> on the quay wall" in s for s in quay)
