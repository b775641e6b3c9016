"""Everyone's assent minuted without a verb of deciding ('All Councillors were content.', 'All members were happy with
this approach.') is the outcome of what the sentence before put to the meeting: with it, a decision of the meeting.
An assent that names what it is to ('All were in agreement for the additional £25 to be paid') is a decision
by itself. Real minutes of four parish councils (West Dereham, Boughton, Souldern, Wereham), their archive and the meeting page's Decisions table in
Datasette; skipped without ../shared. Built sentences for the shapes it does not take."""

from __future__ import annotations

import pytest

from minutebook.extract.assent import is_assent, says_assented
from minutebook.extract.decisions import is_outcome_only

from .wild_papers import meeting_decisions_shown, served_wild

PAPERS = ["sf_west-dereham-pc-minutes-2020-10-virtual_index.html", "sf_west-dereham-pc-minutes-2019-05-annual_index.html",
          "sf_boughton-pc-minutes-2014-10_index.html", "sd_2019-07-25 SPC minutes.pdf", "sf_wereham-pc-minutes-2015-07_index.html"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "assent")


@pytest.mark.parametrize("put, assent", [
    ("if they were content with the September payments.", "All Councillors noted that they were content."),
    ("if they were content with the amended Financial Regulations.", "All Councillors were content."),
    ("if they were content with the amended Business Continuity Plan Part 1.", "All Councillors were content."),
    ("if they were content with the revised Assets Register Policy.", "All Councillors noted they were content."),  # 2019
    # Boughton: a member's suggestion, then everyone's assent
    ("Frank Reid suggested that he ask the EA to review it", "All members were happy with this approach."),
])
def test_an_assent_completes_what_was_put_as_the_meetings_decision(served, put, assent):
    db, client = served
    rows = list(db.query("select id, meeting_id, kind, source, text from decisions where text like ?",
                         [f"%{put}%{assent}%"]))
    assert len(rows) == 1, rows
    assert (rows[0]["kind"], rows[0]["source"]) == ("agreed", "meeting")
    assert put in meeting_decisions_shown(client, rows[0]["meeting_id"])


@pytest.mark.parametrize("assent", [
    "All were in agreement for the additional £25 to be paid",  # Souldern 2019-07
    "all are in agreement to retain the name St Margaret",  # Wereham 2015-07
])
def test_an_assent_naming_what_it_is_to_is_a_decision_by_itself(served, assent):
    db, client = served
    rows = list(db.query("select meeting_id, kind, source from decisions where text like ?", [f"%{assent}%"]))
    assert [(r["kind"], r["source"]) for r in rows] == [("agreed", "meeting")]
    assert assent in meeting_decisions_shown(client, rows[0]["meeting_id"])


def test_the_question_alone_is_no_decision(served):
    """Without the assent after it, asking whether the members are content decides nothing."""
    db, _ = served
    assert not list(db.query("select id from decisions where text like ? and text not like ?",
                             ["%if they were content with%", "%were content.%"]))


@pytest.mark.parametrize("text, assent", [
    ("All Councillors were content.", True),
    ("All members present were happy with this approach.", True),
    ("All the Directors were in agreement.", True),
    ("All members were happy with the work done by the contractor.", False),  # a view of the work, no assent
    ("All Councillors were content that the hedge had been cut back last month.", False),
    ("Councillors were happy.", False),  # not everyone
])
def test_the_shapes_of_an_assent(text, assent):
    assert is_assent(text) is assent
    assert is_outcome_only(text) is assent


@pytest.mark.parametrize("text, assent", [
    ("All Councillors were content for the meeting to continue.", True),
    ("The Parish Councillors noted that they were content to set the Precept for 2019/20 at £17,403.74.", True),
    ("MW asked the Board whether they were content for him to submit the statement of intent.", False),  # the question
    ("CC added that the parish council is happy to maintain the farm tenancy.", False),  # one body's stance, told
    ("Members of the public were happy to see the new bench installed.", False),
    ("Councillors were not content to wait for the survey.", False),
])
def test_the_shapes_of_an_assent_naming_what_to(text, assent):
    assert says_assented(text) is assent
