"""Tasks written in shapes with no owner as the subject of a plain verb, on real minutes of
several bodies: someone the meeting will ask ('Nigel Prickett to be asked to strim ...', 'It was
agreed that the Handyman should be asked to carry out this work') and the meeting agreeing to do
work still to be done ('It was agreed to monitor the position', 'It was agreed to research the
possibility ...'). Real files, a real database; skipped without ../shared."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract import actions as act
from minutebook.extract.people import Registry
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"
PAPERS = ["sd_2023-06-29 SPC minutes.pdf", "sf_stoke-ferry-pc-minutes-2015-07_index.html",
          "sf_west-dereham-pc-minutes-2016-10_index.html", "sf_stoke-ferry-pc-minutes-2009-01_index.html",
          "sf_boughton-pc-agenda-minutes-2012-08_index.html", "mscc_17-10-11.pdf",
          "sf_northwold-pc-minutes-2010-05-annual_index.html", "sf_wereham-pc-minutes-2016-04-extraordinary_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    paths = [WILD / n for n in PAPERS]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping real minutes")
    path = tmp_path_factory.mktemp("shapes") / "shapes.db"
    ingest([str(p) for p in paths], str(path))
    return sqlite_utils.Database(path)


def _actions(db, filename):
    return list(db.query("""select a.description, a.rule, a.owners from actions a join documents d on d.id = a.document_id
        where d.filename = ?""", [filename]))


def _having(db, filename, words):
    return [r for r in _actions(db, filename) if words in " ".join(r["description"].split())]


@pytest.mark.parametrize("filename, words", [
    ("sd_2023-06-29 SPC minutes.pdf", "Nigel Prickett to be asked to strim"),
    ("sf_stoke-ferry-pc-minutes-2015-07_index.html", "CGM to be asked to cut back the plum tree"),
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "the Handyman should be asked to carry out this work"),
])
def test_someone_the_meeting_will_ask_is_a_task(db, filename, words):
    assert len(_having(db, filename, words)) == 1


@pytest.mark.parametrize("filename, words", [
    ("sf_stoke-ferry-pc-minutes-2009-01_index.html", "It was agreed to monitor the position"),
    ("sf_boughton-pc-agenda-minutes-2012-08_index.html", "It was agreed to research the possibility"),
])
def test_the_meeting_agreeing_to_work_still_to_do_is_a_task(db, filename, words):
    assert len(_having(db, filename, words)) == 1


def test_the_owner_printed_after_the_item_takes_the_task_not_the_report_after_it(db):
    """'13i) It was agreed to add Model Local Resolution Protocol ... as an agenda item for the
    November meeting. The protocol had been emailed/posted to Councillors. Clerk'. The Clerk is the person the
    council pays as its Clerk that month ('Mrs Jane Davies, Clerk's October Salary', test_post_holders)."""
    [row] = _having(db, "mscc_17-10-11.pdf", "It was agreed to add Model Local Resolution Protocol")
    assert row["owners"] == "Jane Davies"
    assert not _having(db, "mscc_17-10-11.pdf", "The protocol had been emailed")


@pytest.mark.parametrize("filename, words", [
    # a decision made as it is taken
    ("sf_northwold-pc-minutes-2010-05-annual_index.html", "It was agreed to leave this position vacant"),
    ("sf_northwold-pc-minutes-2010-05-annual_index.html", "It was agreed to continue with Mr. B Fox"),
    # the public, no one named
    ("sf_northwold-pc-minutes-2010-05-annual_index.html", "Anyone who has a reservation will be asked"),
    # the meeting itself, asked to exclude the press
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "The Council will be requested to pass a resolution"),
])
def test_what_is_no_task(db, filename, words):
    assert _having(db, filename, words) == []


@pytest.mark.parametrize("sentence, owners", [
    ("It was agreed that Mr Thomas be asked to carry out the work.", [("Thomas", "person")]),
    ("The Clerk to be asked to write to the school.", [("Clerk", "role")]),
    ("Councillors requested that he be asked to pull up weeds.", []),
    ("BT phone box on The Hill: BT should be asked to fulfil their duty of maintaining it.", []),
])
def test_who_is_asked_owns_the_task_when_a_person_or_post(sentence, owners):
    [fact] = act.implicit(sentence, Registry(), 1, 0)
    assert fact.rule == "implicit-asked" and fact.owners == owners


@pytest.mark.parametrize("sentence", [
    "Those interested will be asked to pass their names to the Clerk.",
    "He stated that the Board were disappointed to be asked to accommodate a reduction in stock budget.",
    "It was agreed to support the project and that a donation of £100 be made to the new fund.",
    "It was agreed to submit the following observations to the Planning Department.",
])
def test_shapes_that_are_not_tasks(sentence):
    assert not [f for f in act.implicit(sentence, Registry(), 1, 0) if f.rule in ("implicit-asked", "implicit-agreed-task")]


@pytest.mark.parametrize("sentence, owner", [
    # Suffolk Libraries board, 29 May 2013 and 29 May 2014
    ("The Compliance Manager will be updating the Health and Safety responsibilities to Managers.", "Compliance Manager"),
    ("The HR Manager will be providing this document for the July meeting.", "HR Manager"),
    # the same verbs in a parish council's wording
    ("The Clerk will be circulating the revised regulations to all councillors.", "Clerk"),
])
def test_the_ing_form_of_a_verb_ending_in_e(sentence, owner):
    """'will be providing' is 'will provide' with its e dropped before -ing."""
    [fact] = act.implicit(sentence, Registry(), 1, 0)
    assert fact.rule == "implicit" and [name for name, _ in fact.owners] == [owner]
