"""A deed the minutes name as a state the agent will be in is that deed (action_signals.IN_DEED_RE): 'Richard
Fawcett and the Community Lead will be in attendance' (Suffolk Libraries' board) attends, as 'will be attending'
does in the gold of Stoke Ferry's minutes; 'the Clerk would be in contact for reimbursement' (West Dereham)
contacts. Any other state ('will be in the village hall') is no deed. Built sentences for the wording, and both
bodies' real minutes read into a real database and its meeting pages (skipped without ../shared)."""

from __future__ import annotations

import pytest

from minutebook.extract import action_signals as signals

from .built_registry import present
from .wild_papers import meeting_actions_shown, served_wild

SUFFOLK = "sl_board-meeting-minutes-2014-01-30.pdf"
WEST_DEREHAM = "sf_west-dereham-pc-minutes-2017-04_index.html"


@pytest.mark.parametrize("sentence,owners", [
    ("Cllr Jane Hale will be in attendance.", ["Jane Hale"]),
    ("Cllr Jane Hale would be in contact with the contractor.", ["Jane Hale"]),
    ("Cllr Jane Hale will be in touch with Highways.", ["Jane Hale"]),
    ("Cllr Jane Hale will be in the village hall.", []),
    ("Cllr Jane Hale will be in favour of the scheme.", []),
])
def test_a_state_that_names_a_deed_is_that_deed(sentence, owners):
    facts = signals.scored(sentence, present("Cllr Jane Hale"), signals.Context(), 1, 0)
    assert [name for f in facts for name, _ in f.owners] == owners


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, [SUFFOLK, WEST_DEREHAM], "deed_as_state")


@pytest.mark.parametrize("paper,words", [
    (SUFFOLK, "Richard Fawcett and the Community Lead will be in attendance"),
    (WEST_DEREHAM, "the Clerk would be in contact for reimbursement"),
])
def test_real_minutes_read_the_deed_and_show_it(served, paper, words):
    db, client = served
    stored = [r["description"] for r in db.query(
        "select a.description from actions a join documents d on d.id = a.document_id where d.filename = ?", [paper])]
    assert any(words in s for s in stored), stored
    assert words in " ".join(meeting_actions_shown(client, db, paper).split())
