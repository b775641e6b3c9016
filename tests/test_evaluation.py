"""The project's own evaluation against the development gold (skips without ../shared).
The floors sit a little under today's figures, so a change that makes extraction worse fails."""

import json

import pytest

from minutebook.extract.evaluate import evaluate, same_name

from .conftest import GOLD, run_cli

FLOORS = {  # facet: (measure, minimum); today's figures are in the README
    "meetings": ("f1", 0.90),
    "agenda_items": ("recall", 0.80),
    "attendance": ("f1", 0.94),
    "owners": ("f1", 0.95),
    "status": ("recall", 0.95),
    "due": ("recall", 0.92),
    "actions": ("f1", 0.86),
    "decisions": ("recall", 0.90),
    "statistics": ("recall", 0.95),
    "people": ("recall", 0.92),
    "aliases": ("recall", 1.0),
}


@pytest.fixture(scope="module")
def scores(archive_db):
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not beside the project")
    totals, per_doc = evaluate(str(archive_db), str(GOLD))
    return totals


@pytest.mark.parametrize("facet", sorted(FLOORS))
def test_extraction_quality_does_not_fall(scores, facet):
    measure, floor = FLOORS[facet]
    assert getattr(scores[facet], measure) >= floor, f"{facet} {measure} {getattr(scores[facet], measure):.2f} < {floor}"


def test_no_false_merges_of_people(scores):
    assert scores["aliases"].fp == 0


def test_eval_command_prints_the_table_and_misses(archive_db):
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not beside the project")
    result = run_cli("eval", GOLD, "--db", archive_db, check=True)
    assert result.stdout.splitlines()[0].split()[:4] == ["facet", "P", "R", "F1"]
    as_json = json.loads(run_cli("eval", GOLD, "--db", archive_db, "--json", check=True).stdout)
    assert set(as_json) >= set(FLOORS)


def test_name_matching_tolerates_titles_and_small_typos():
    assert same_name("Cllr Syed Ghani", "Syed Ghani")
    assert same_name("Farah Dadabhoy", "Farah Dadabhoj")
    assert not same_name("Steve Thompson", "Daniel Thompson")
