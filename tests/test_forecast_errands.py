"""A 'will be done' with no doer named is the meeting's errand when the deed is one a meeting hands out
(getting quotes, ordering, contacting, approaching, publishing, arranging) and the subject is a thing or a
party to approach: Wretton's 'A bin will be ordered' and 'The Borough Council will be approached', Northwold's
'Permission to use this location will be sought from Highways', Souldern's 'Another 2 quotes will be obtained',
Suffolk Libraries' 'An induction process will be arranged for the two new Directors'. Works, standing
arrangements and everyone-or-anyone subjects stay forecasts. Real minutes of four bodies, their archive and
the meeting pages of its Datasette; skipped without ../shared. Built sentences for the general shape."""

from __future__ import annotations

import html

import pytest

from minutebook.extract import task_passives
from minutebook.extract.people import Registry

from .wild_papers import served_wild

PAPERS = ["sf_wretton-pc-minutes-2017-late_index.html", "sf_northwold-pc-minutes-2011-03_index.html",
          "sd_2023-06-29 SPC minutes.pdf", "sl_board-meeting-minutes-2014-05-29.pdf"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "forecast_errands")


@pytest.mark.parametrize("paper, task", [
    ("sf_wretton-pc-minutes-2017-late_index.html", "A bin will be ordered"),
    ("sf_wretton-pc-minutes-2017-late_index.html", "The Borough Council will be approached."),
    ("sf_northwold-pc-minutes-2011-03_index.html", "Permission to use this location will be sought from Highways."),
    ("sd_2023-06-29 SPC minutes.pdf", "Another 2 quotes will be obtained."),
    ("sl_board-meeting-minutes-2014-05-29.pdf", "An induction process will be arranged for the two new Directors"),
])
def test_an_errand_with_its_doer_implied_is_its_meetings_action(served, paper, task):
    db, client = served
    rows = list(db.query("""select a.meeting_id from actions a join documents d on d.id = a.document_id
        where d.filename = ? and a.description like ?""", [paper, f"%{task}%"]))
    assert rows, task
    page = client.get(f"/meeting/{rows[0]['meeting_id']}")
    assert page.status == 200
    shown = " ".join(html.unescape(page.text).split('id="actions"', 1)[1].split("</table>", 1)[0].split())
    assert task in shown


@pytest.mark.parametrize("sentence", [
    "Another 2 quotes will be obtained.",
    "The Borough Council will be approached.",
    "Further quotes will be sought and this matter will be an agenda item for the June meeting.",
    "The company will be sent a letter of thanks for this assistance.",
])
def test_errands_are_tasks(sentence):
    assert task_passives.scored(sentence, Registry(), 1, 0)


@pytest.mark.parametrize("sentence", [
    "The big swing and the chain bridge will be replaced at the end of July.",  # a contractor's work
    "Both of these policies will be reviewed annually.",  # a standing arrangement
    "The document will be updated weekly.",
    "Other patients will be contacted as vaccine arrives.",  # everyone else, as things come
    "No more materials will be ordered.",  # nothing to be done
    "Any gaps in a row of dwellings would be considered, provided a need is identified.",
    "This work will be funded jointly and will be carried out by a civil engineering contractor.",
    "Inspections in the upcoming academic year would be presented as four grades.",  # how it will be, not a deed
    "CIPFA will send back the data in November and these will be published in December 2013.",  # CIPFA's forecast
    "Light refreshments will be provided.",
    "The final strategy would be published in the summer.",  # a schedule of work elsewhere
    "The survey findings will be presented to each of the sub-groups between the 1st of May and the 30th of June.",
    "Requests in which event the item in question will be considered separately.",  # a relative clause's
])
def test_forecasts_and_standing_arrangements_are_not(sentence):
    assert not task_passives.scored(sentence, Registry(), 1, 0)
