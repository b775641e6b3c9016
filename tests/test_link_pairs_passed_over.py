"""Which open actions a sentence of later minutes is scored against (issue 9: the linking's CPU).
An action sharing no more than one everyday word with a sentence scores 0, so the linking passes
it over unscored (`may_be_news`). On two real bodies' papers (a library friends' trustees, six
minutes; a Welsh community council, eight papers), every pair passed over does score 0, and many
pairs (about half of them here) are passed over."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from minutebook.extract.action_match import may_be_news, score, words_index, words_shared
from minutebook.ingest.body_vocabulary import body_vocabulary
from minutebook.ingest.minutes_units import minutes_units
from minutebook.ingest.pipeline import ingest
from minutebook.ingest.sentence_news import sentence_candidate
from minutebook.ingest.store_action_links import body_links

from .conftest import SERIES, SHARED

PAPERS = {
    "fohcl": lambda: sorted((SERIES / "fohcl").glob("fohcl_*.pdf")),
    "mscc": lambda: sorted((SHARED / "wild").glob("mscc_*")),
}


@pytest.fixture(scope="module", params=sorted(PAPERS))
def body_db(request, tmp_path_factory):
    papers = PAPERS[request.param]()
    if len(papers) < 3:
        pytest.skip(f"the {request.param} papers of ../shared are not beside the project (a fresh clone)")
    folder = tmp_path_factory.mktemp(request.param) / "papers"
    folder.mkdir()
    for paper in papers:
        shutil.copy(paper, folder / paper.name)
    path = folder.parent / "archive.db"
    ingest([str(folder)], str(path))
    return path


def test_every_pair_passed_over_scores_nothing(body_db):
    db = sqlite3.connect(body_db)
    keys = [r[0] for r in db.execute("select distinct body_key from meetings where body_key is not null")]
    passed = weighed = 0
    for key in keys:
        links = body_links(db, key)
        sightings = [s for t in links.threads for s in t.sightings if s.kind == "extracted"]
        vocab = body_vocabulary(db, links.meeting_ids, sightings)
        actions = [t.candidate for t in links.threads]
        by_word = words_index(actions)
        owners = {k for c in actions for k in c.owners}
        for meeting_id in links.meeting_ids:
            for unit in minutes_units(db, meeting_id):
                sentence = sentence_candidate(vocab, unit, owners)
                for i, words in words_shared(by_word, sentence).items():
                    weighed += 1
                    if not may_be_news(actions[i], sentence, words, vocab.rare):
                        passed += 1
                        assert score(actions[i], sentence, report=True, rare=vocab.rare, clip=False) == 0.0, (
                            unit["text"], words)
    assert weighed and passed > weighed / 3, (passed, weighed)  # (about half on each)
