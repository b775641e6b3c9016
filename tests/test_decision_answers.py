"""Decisions the last wild judge found missed (issue 7): a council's answer to an application put to it ('no
objections'), with the application it answers; what a meeting accepted (a quote, the accounts, regulations,
applications to join); what it refused ('- not agreed', 'was not approved'). Real minutes of six bodies (Wereham,
Northwold, Souldern, Stoke Ferry, West Dereham, Wretton parish councils and Suffolk Libraries' board), skipped without
../shared; built sentences for the general wordings."""

from __future__ import annotations

import pytest

from minutebook.extract.decisions import judge
from minutebook.extract.passage_decisions import from_sentences

from .conftest import SHARED
from .wild_papers import paper_decisions

needs_wild = pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild (a fresh clone has none)")
MINUTES = {"doc_kind": "minutes", "meeting_role": "records", "meeting_year": 2024, "body": "Mill Green Parish Council"}


def own(name: str) -> list[dict]:
    return [d for d in paper_decisions("wild", name) if d.get("source") == "meeting"]


def with_words(name: str, *words: str) -> list[dict]:
    return [d for d in own(name) if all(w in d["text"] for w in words)]


@needs_wild
@pytest.mark.parametrize("paper, words", [
    ("sf_wereham-pc-minutes-2012-07_index.html", ("6 Back Lane", "no objections made")),
    ("sf_wereham-pc-minutes-2012-07_index.html", ("New College Farm", "no objections made")),
    ("sf_wereham-pc-minutes-2012-07_index.html", ("memorial", "Norman James Rolph", "no objections")),
    # the answer stands alone after the lines that name the application: the row carries both
    ("sf_wereham-pc-minutes-2012-07_index.html", ("PP/C/2/2012/2003", "Council made no objections")),
    ("sf_northwold-pc-minutes-2016-09_index.html", ("16/01510/F", "Pooly Farm Barns", "There were no objections")),
    ("sf_northwold-pc-minutes-2019-04_index.html", ("19/00416/F", "Oak Lodge", "No objections raised")),
    ("sd_2015-07-16 SPC minutes.pdf", ("15/01065/TPO", "No objections were raised")),
    ("sf_wereham-pc-minutes-2015-07_index.html", ("15/00728/F", "April Cottage", "No objections")),
])
def test_no_objections_to_an_application_is_the_councils_decision(paper, words):
    found = with_words(paper, *words)
    assert len(found) == 1, (words, [d["text"][:120] for d in own(paper)])


@needs_wild
@pytest.mark.parametrize("paper, words", [
    # the planning authority's decisions listed to the meeting, and objections others lodged, are not the council's
    ("sf_stoke-ferry-pc-minutes-2020-06-virtual_index.html", "No objection 7 May 2020"),
    ("sd_2013-09-19 SPC minutes.pdf", "No objections have been received from CDC"),
])
def test_an_objection_others_answered_is_no_decision(paper, words):
    assert not [d for d in paper_decisions("wild", paper) if words in d["text"]]


@needs_wild
@pytest.mark.parametrize("paper, words, kind", [
    ("sf_northwold-pc-minutes-2016-09_index.html", ("quote from Thomas B Bonnett be accepted",), "approved"),
    ("sf_wretton-pc-minutes-2020-05-virtual_index.html", ("Accounts were presented and accepted for payment",), "approved"),
    ("sl_board-meeting-minutes-2014-03-20.pdf", ("Clare, Rosehill and Stoke", "All were accepted"), "approved"),
    ("sl_board-meeting-minutes-2013-02-26.pdf", ("Financial Regulations", "accepted the changes"), "approved"),
    ("sf_stoke-ferry-pc-minutes-2010-06_index.html", ("Norfolk Accident Rescue Service", "not agreed"), "rejected"),
    ("sf_west-dereham-pc-minutes-2013-09_index.html", ("The payment to NALC was not approved",), "rejected"),
])
def test_what_was_accepted_or_refused(paper, words, kind):
    found = with_words(paper, *words)
    assert [d["kind"] for d in found] == [kind], [d["text"][:120] for d in own(paper)]


@needs_wild
def test_apologies_accepted_are_attendance_not_a_decision():
    assert not [d for d in paper_decisions("wild", "sf_northwold-pc-minutes-2019-04_index.html") if "pologies" in d["text"]]


def decided(sentences: list[str]) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.kind, judge(f.text, f.rule, f.kind, MINUTES).source) for f in from_sentences(sentences, 1, 0)]


def test_a_built_answer_takes_the_application_it_answers():
    found = decided(["iii. 24/00123/F Rear extension at 3 Mill Lane.", "Cllr Amos left the room.", "There were no objections."])
    assert found == [("iii. 24/00123/F Rear extension at 3 Mill Lane. Cllr Amos left the room. There were no objections.",
                      "agreed", "meeting")]


@pytest.mark.parametrize("sentence", [
    "No objections have been received from the Highways Authority.",
    "If there are no objections the Clerk will respond to the consultation.",
    "Neighbours raised no objections to the application.",
])
def test_a_built_objection_that_is_not_the_councils(sentence):
    assert decided([sentence]) == []


@pytest.mark.parametrize("sentence, kind", [
    ("The quotation from Smith Fencing for the new gate was accepted.", "approved"),
    ("Request for a grant towards the youth club trip - not agreed", "rejected"),
    ("The invoice from the grass contractor was not approved.", "rejected"),
])
def test_built_acceptances_and_refusals(sentence, kind):
    assert [(k, s) for _, k, s in decided([sentence])] == [(kind, "meeting")]


def test_built_apologies_accepted_are_no_decision():
    assert [s for _, _, s in decided(["Apologies were received from Cllr Bell and Cllr Hart.", "These were accepted."])
            if s] == []
