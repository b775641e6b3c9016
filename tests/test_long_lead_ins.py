"""A decision whose lead-in names at length what it introduces before its colon ('RESOLVED The Parish Council agreed
the following response to the Borough Council regarding Green Space provision:', Stoke Ferry; 'The following planning
applications were discussed and there were no objections to any of them:', Souldern, a scan) is stored with what
follows the colon, not as its lead-in alone (judge14: 'a list after a colon dropped from the text'); so is one naming
'the following applications' with no colon. Real minutes of four parish councils, their archive and the meeting page's
Decisions table in Datasette; skipped without ../shared."""

from __future__ import annotations

import pytest

from minutebook.extract.decision_facts import FORWARD_RE

from .wild_papers import meeting_decisions_shown, served_wild

PAPERS = ["sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html", "sd_2020-11-25 SPC minutes.pdf",
          "sf_west-dereham-pc-minutes-2017-04_index.html", "mscc_17-10-11.pdf"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "long_lead_ins")


@pytest.mark.parametrize("lead, listed", [
    # Stoke Ferry, April 2019: the response's points in the paragraph after the lead-in
    ("regarding Green Space provision:", "Two smaller green spaces within the development"),
    # Souldern, November 2020 (OCR): the paragraph after the lead-in (the first application's address)
    ("there were no objections to any of them:", "Steeple Aston"),
    # no colon: West Dereham, April 2017, the headstone applications are the bulleted line after its full stop
    ("copies of the following applications for headstones, which after discussion were approved", "Smart • Kellingray"),
    # Manordeilo and Salem, October 2017: the splitter ended the sentence at 'C.C.C.'; the application follows it
    ("It was agreed to submit the following observations to C.C.C.", "E/34934 Single New residential Dwelling"),
])
def test_a_long_lead_in_keeps_what_follows_its_colon(served, lead, listed):
    db, client = served
    rows = list(db.query("select text, meeting_id from decisions where text like ? and source = 'meeting'", [f"%{lead}%"]))
    assert len(rows) == 1, rows
    assert listed in rows[0]["text"] and not rows[0]["text"].rstrip().endswith(lead)
    assert listed in " ".join(meeting_decisions_shown(client, rows[0]["meeting_id"]).split())


@pytest.mark.parametrize("text, names_a_list", [
    ("It was agreed to submit the following observations to the planners.", True),
    ("TM to report back at the following meeting.", False),  # a time, not a list
    ("The item was deferred to the following month.", False),
])
def test_what_the_following_names(text, names_a_list):
    assert bool(FORWARD_RE.search(text)) == names_a_list
