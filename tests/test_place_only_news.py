"""A sentence whose likeliest action shares only a place's name with it may still be news of the next
(ingest/sentence_news.a_place_only): a place is where, not what. Souldern Parish Council's papers: real
files, a real database and the site's action page; skipped without ../shared."""

from __future__ import annotations

import pytest

from .conftest import SHARED
from .wild_papers import action_described, served_wild


@pytest.fixture(scope="module")
def souldern(tmp_path_factory):
    # all of the body's papers: a word's weight is its rarity across them
    papers = sorted(p.name for p in (SHARED / "wild").glob("sd_*")) if (SHARED / "wild").is_dir() else []
    if not papers:
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping Souldern's papers")
    return served_wild(tmp_path_factory, papers, "souldern_places")


def test_the_woods_name_is_no_likelier_action(souldern):
    """20 Nov 2014: 'The picnic table needs to be dismantled and treated with preservative.' 16 Jul 2015, under
    'Nancy Bowles Wood': '... the original 2 benches and picnic table have been repainted': news of the picnic
    table (still open: repainting is not the treatment asked for), not of the wood's rules to circulate, which
    it names by the wood's name only."""
    db, client = souldern
    row = action_described(db, "The picnic table needs to be dismantled and treated")
    assert row["status"] == "open"
    news = [r["state"] for r in db.query("select state from action_history where action_id = ? and seen_on = '2015-07-16'",
                                          [row["id"]])]
    assert news == ["ongoing"]
    page = client.get(f"/action/{row['id']}")
    assert page.status == 200
    assert "have been repainted" in page.text[page.text.index('id="action-trail"'):]
    rules = action_described(db, "AM to circulate the rules of the wood")
    assert not list(db.query("select 1 from action_history where action_id = ? and seen_on = '2015-07-16'", [rules["id"]]))
