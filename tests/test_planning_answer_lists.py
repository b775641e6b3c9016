"""A council's answers to planning applications printed as labels that close each application's entry (issue 7,
judge12's missed decisions): 'E/34200 Demolish ... W and L Jones No Observations E/34385 ...' under 'The following
observations to be forwarded to C.C.C. Planning Department:' (Manordeilo and Salem), '11.1 ... Northwold 10/00616/F
Support' (Northwold), '25/02607/F - Change of use ... - No reason to object.' (Souldern). Each application answered is a
decision of its own; answers told (a decision received, 'to note that PC made no comment') are none. Real minutes of
three bodies (skipped without ../shared), a real database and the meeting page people open; built sentences for the
general shape."""

from __future__ import annotations

import pytest

from minutebook.extract.passage_decisions import from_sentences
from minutebook.extract.planning_response import answered_applications

from .wild_papers import meeting_decisions_shown, paper_decisions, served_wild, needs_wild



def with_reference(paper: str, reference: str) -> list[str]:
    return [d["text"] for d in paper_decisions("wild", paper) if reference in d["text"] and d.get("source") == "meeting"]


@needs_wild
@pytest.mark.parametrize("paper, reference, answer", [
    ("mscc_16-09-14.pdf", "E/34200", "No Observations"),
    ("mscc_16-09-14.pdf", "E/34385", "No Observations"),
    ("mscc_16-09-14.pdf", "E/34395", "No Observations"),
    ("sf_northwold-pc-minutes-2010-05-annual_index.html", "10/00616/F", "Support"),
    ("sf_northwold-pc-minutes-2010-05-annual_index.html", "10/00653/F", "Support"),
    ("sf_northwold-pc-minutes-2010-05-annual_index.html", "10/00566/F", "Support"),
    ("sf_northwold-pc-minutes-2011-03_index.html", "11/00113/F", "No comment"),
    ("sf_northwold-pc-minutes-2013-06_index.html", "13/00637/F", "Support"),
    ("sd_2025-10-30 SPC minutes.pdf", "25/02607/F", "No reason to object"),
])
def test_each_application_answered_by_a_label_is_a_decision(paper, reference, answer):
    found = with_reference(paper, reference)
    assert len(found) == 1 and found[0].rstrip(".").endswith(answer), found
    others = [r for r in ("E/34200", "E/34385", "E/34395") if r != reference]
    assert not any(r in found[0] for r in others), "one application to a decision"


@needs_wild
def test_a_list_in_one_sentence_is_cut_at_its_answers():
    texts = sorted(t for r in ("E/34200", "E/34385", "E/34395") for t in with_reference("mscc_16-09-14.pdf", r))
    assert [t.split(" ", 1)[0] for t in texts] == ["E/34385", "E/34395", "Planning"], texts
    assert texts[2].startswith("Planning Department: E/34200 Demolish"), texts
@needs_wild
@pytest.mark.parametrize("paper, reference", [
    ("sf_northwold-pc-minutes-2016-09_index.html", "16/01319/F"),  # 'to note that PC made no comment'
    ("sf_boughton-pc-minutes-2014-10_index.html", "14/01197/F"),  # "recorded a 'No Observations' response. Pending ..."
    ("mscc_16-09-14.pdf", "E/34125"),  # 'Notifications had been received from C.C.C. as follows: ... Granted'
])
def test_answers_told_not_given_are_no_decision(paper, reference):
    assert with_reference(paper, reference) == []


@pytest.mark.parametrize("sentence, entries", [
    ("Observations agreed: 24/00101/F Rear extension, 3 Mill Lane Support 24/00140/LB New windows, The Old Forge No comment",
     ["Observations agreed: 24/00101/F Rear extension, 3 Mill Lane Support", "24/00140/LB New windows, The Old Forge No comment"]),
    ("4.2 Garage conversion at 9 Church Road 24/00222/F - No comment", ["4.2 Garage conversion at 9 Church Road 24/00222/F - No comment"]),
    # the label in prose, with words after it, or with no application named in its entry: no list of answers
    ("24/00101/F Rear extension: members voiced support for the scheme", []),
    ("Support was given to the village hall committee's bid.", []),
    ("24/00101/F Rear extension Support. The Clerk will write to the applicant.", []),
    ("Planning decisions received: 24/00101/F Rear extension Support", []),
])
def test_built_lists_of_answers(sentence, entries):
    assert answered_applications(sentence) == entries


def test_a_built_list_gives_one_decision_an_application():
    facts = from_sentences(["Observations: 24/00101/F Rear extension, 3 Mill Lane No Observations 24/00140/LB New windows, "
                            "The Old Forge No Objections 24/00150/F Two dwellings, Back Lane Support"], 1, 0)
    texts = [f.text for f in facts]
    assert texts == ["Observations: 24/00101/F Rear extension, 3 Mill Lane No Observations",
                     "24/00140/LB New windows, The Old Forge No Objections", "24/00150/F Two dwellings, Back Lane Support"], texts


PAPERS = ["mscc_16-09-14.pdf", "sf_northwold-pc-minutes-2010-05-annual_index.html"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "answers")


@pytest.mark.parametrize("reference", ["E/34385", "10/00653/F"])
def test_the_meeting_page_lists_each_answer_under_its_decisions(served, reference):
    db, client = served
    rows = list(db.query("select meeting_id, text from decisions where text like ?", [f"%{reference}%"]))
    assert len(rows) == 1 and rows[0]["meeting_id"], rows
    decisions = meeting_decisions_shown(client, rows[0]["meeting_id"])
    assert reference in decisions
