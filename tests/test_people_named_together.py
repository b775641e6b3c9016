"""People in running prose named once, with no title (issue 7: people recall was lowest on bodies never seen): the
others of a run with a person the rules found ('promised their time: David Nicholls, Simon Scarrow and Jill
Mansell', Suffolk Libraries; 'Nick Oakhill and Tim Vincent were thanked', Souldern), a known given name before
'were', 'should', 'could', 'continues', and given names common in the UK the list lacked ('Norma', 'Morag', 'Huw').
Never a street, a place or a longer run of capitals. Rule tests on text, then the paper itself (skipped without
../shared)."""

import pytest

from minutebook.extract.given_names import known_given_name
from minutebook.extract.nlp import load_pipeline, people_in
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED


def people(text: str) -> list[str]:
    return [s.text for s in people_in(load_pipeline()(text))]


@pytest.mark.parametrize("text, names", [
    ("A number of authors have promised their time to help: David Nicholls, Simon Scarrow and Jill Mansell.",
     ["David Nicholls", "Simon Scarrow", "Jill Mansell"]),
    ("Nick Oakhill and Tim Vincent were thanked for planting some new hedgerow.", ["Nick Oakhill", "Tim Vincent"]),
    ("Either Mike Walker or Ben Shorey should be approached to see if they could help.", ["Mike Walker", "Ben Shorey"]),
    ("Lucy Matthews continues with the management of the playground.", ["Lucy Matthews"]),
    ("Special thanks go to Norma Jones and Lynn Palmer for holding a sale.", ["Norma Jones", "Lynn Palmer"]),
    ("The clerk met with Morag Fraser, Huw Jenkins & Sian Lloyd about the hall.", ["Morag Fraser", "Huw Jenkins", "Sian Lloyd"]),
])
def test_the_others_named_with_a_person(text, names):
    assert people(text) == names


@pytest.mark.parametrize("text, names", [
    # the run is of people only: a street, a place, an organisation or a name in a longer run of capitals is none
    ("Thanks go to David Nicholls and Victoria Road residents for their help.", ["David Nicholls"]),
    ("The clerk met with Simon Scarrow and Grace Church Trustees about the hall.", ["Simon Scarrow"]),
    ("Thanks go to David Nicholls and Mill Farm for the use of the field.", ["David Nicholls"]),
    # no person found: no run to follow
    ("The hedge on Walker Lane and Shorey Close is overgrown.", []),
])
def test_no_non_person_joins_the_run(text, names):
    assert people(text) == names


def test_the_given_names_added_are_names_not_words():
    for name in ["Norma", "Morag", "Huw", "Rhys", "Eilidh", "Agnes", "Graeme"]:
        assert known_given_name(name), name
    for word in ["Ivy", "Olive", "Sandy", "Church"]:
        assert not known_given_name(word), word
    # 'Grace Church' opens with a given name the list holds: the run's own rules refuse it (Grace Church Trustees, above)
    assert known_given_name("Grace")


def paper_people(name: str) -> set[str]:
    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    doc = read_document(str(path), ocr=False)
    return {m["name"] for m in extract_document(doc, find_structure(doc))["mentions"]}


@pytest.mark.parametrize("paper, names", [
    ("sl_board-meeting-minutes-2014-11-27.pdf", {"Simon Scarrow", "Jill Mansell"}),
    ("sd_2013-09-19 SPC minutes.pdf", {"Mike Walker", "Ben Shorey"}),
    ("sd_2018-05-24 Annual Meeting minutes.pdf", {"Lucy Matthews", "Lynn Palmer"}),
])
def test_people_named_together_in_real_minutes(paper, names):
    assert names <= paper_people(paper)
