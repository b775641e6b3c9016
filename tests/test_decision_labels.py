"""A decision that names what it decided only generically ('The latest draft was approved as final copy.', 'Cllr
Lintern proposed re-adoption') carries the label of the sub-item it sits under ('9. Farm Business Tenancy.',
'Standing Orders:'). Real minutes of two parish councils (West Dereham, Stoke Ferry), their archive and the meeting
page's Decisions table in Datasette; skipped without ../shared. Built passages for the shapes it leaves alone."""

from __future__ import annotations

import pytest

from minutebook.extract.decision_labels import with_item_title, with_label, with_sub_item

from .wild_papers import meeting_decisions_shown, served_wild

PAPERS = ["sf_west-dereham-pc-minutes-2013-09_index.html", "sf_west-dereham-pc-minutes-2016-10_index.html",
          "sf_stoke-ferry-pc-minutes-2015-07_index.html"]


def shown_as_the_meetings(served, decision: str) -> None:
    """The one decision stored so is the meeting's own and its page's Decisions table shows it."""
    db, client = served
    rows = list(db.query("select meeting_id, source from decisions where text like ?", [decision + "%"]))
    assert [r["source"] for r in rows] == ["meeting"], rows
    assert decision in meeting_decisions_shown(client, rows[0]["meeting_id"])


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "decision_labels")


@pytest.mark.parametrize("decision", [
    "Farm Business Tenancy: The latest draft was approved as final copy.",  # West Dereham 2013-09, item 9
    "Cemetery Regulations: The document was discussed and a final version approved.",  # 2016-10, 9.1 inside 8.6's passage
    "Grant Awarding Policy: It was briefly discussed and it was agreed that no amendments were necessary",
    "Standing Orders: Subject to that being confirmed, Cllr Lintern proposed re-adoption",  # Stoke Ferry 2015-07
])
def test_a_generic_decision_carries_its_sub_items_label(served, decision):
    shown_as_the_meetings(served, decision)


def test_a_decision_naming_its_subject_is_left_as_it_is(served):
    db, _ = served
    rows = list(db.query("select text from decisions where text like ?", ["%It was agreed to go ahead with these locations%"]))
    assert rows and all(r["text"].startswith("It was agreed to go ahead") for r in rows)


@pytest.mark.parametrize("text, passage, expected", [
    ("The document was approved.", "4.2 Data Protection Policy. The Clerk had circulated it. The document was approved.",
     "Data Protection Policy: The document was approved."),
    ("The document was approved.", "The Clerk had circulated it. The document was approved.",  # no label: left
     "The document was approved."),
    ("The Data Protection Policy was approved.",  # its own words name it
     "4.2 Data Protection Policy. The Data Protection Policy was approved.", "The Data Protection Policy was approved."),
    ("The policy was approved as the Data Protection Policy.",  # the label is already in its words
     "4.2 Data Protection Policy. The policy was approved as the Data Protection Policy.",
     "The policy was approved as the Data Protection Policy."),
])
def test_the_shapes_of_a_label(text, passage, expected):
    assert with_label(text, passage) == expected


# a decision minuted under a lettered sub-item ('k) Parking Lynn Road - ...') whose words name none of the title's
SUB_ITEM_PAPERS = ["sf_stoke-ferry-pc-minutes-2009-01_index.html", "sd_2012-11-29 SPC minutes.pdf",
                   "sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "sf_boughton-pc-minutes-2014-10_index.html"]


@pytest.fixture(scope="module")
def served_sub_items(tmp_path_factory):
    return served_wild(tmp_path_factory, SUB_ITEM_PAPERS, "sub_item_titles")


@pytest.mark.parametrize("decision", [
    # Stoke Ferry 2009-01: 'k) Parking Lynn Road - the Clerk reported ... It was agreed to monitor the position ...'
    "Parking Lynn Road: It appears to be mostly trade vehicles causing the problems",
    # Souldern 2012-11: 'a) Councillor’s handbook – should include ...' is the passage before the resolution
    "Councillor’s handbook: It was resolved to compile a skeleton framework for the next meeting",
    "Risk assessment: It was resolved to add the maintenance of verges under section 3.1.",
])
def test_a_decision_carries_the_title_of_its_lettered_sub_item(served_sub_items, decision):
    shown_as_the_meetings(served_sub_items, decision)


def test_a_sub_item_of_its_own_gives_no_title_from_the_one_before(served_sub_items):
    db, _ = served_sub_items
    # Souldern 2012-11: 'b) Community Connect ... it was resolved to follow this up' follows 'a) Transport Survey – ...'
    rows = [r["text"] for r in db.query("select text from decisions where text like ?", ["%resolved to follow this up%"])]
    assert rows and not any(t.startswith("Transport Survey") for t in rows), rows


@pytest.mark.parametrize("text, passage, before, expected", [
    ("It was agreed to monitor the position.", "k) Parking Lynn Road - the Clerk reported. It was agreed to monitor the position.",
     None, "Parking Lynn Road: It was agreed to monitor the position."),
    ("It was agreed to ask for a parking survey.",  # its words name the title's: left
     "k) Parking Lynn Road - the Clerk reported. It was agreed to ask for a parking survey.", None,
     "It was agreed to ask for a parking survey."),
    ("It was resolved to compile a framework.", "It was resolved to compile a framework.",
     "a) Councillor’s handbook – should include the powers.", "Councillor’s handbook: It was resolved to compile a framework."),
    ("It was resolved to compile a framework.", "It was resolved to compile a framework.",  # a heading ends the passage before
     "s) Horse Riders - the situation will be monitored.\nGreatman's Way", "It was resolved to compile a framework."),
    ("It was resolved to follow this up.", "b) Community Connect is a new service. It was resolved to follow this up.",
     "a) Transport Survey – the bus route is reviewed.", "It was resolved to follow this up."),  # its own sub-item
    ("It was agreed to monitor the position.",  # too far from the title to be its account
     "k) Parking Lynn Road - " + "the Clerk reported at length. " * 30 + "It was agreed to monitor the position.", None,
     "It was agreed to monitor the position."),
])
def test_the_shapes_of_a_sub_item_title(text, passage, before, expected):
    assert with_sub_item(text, passage, before) == expected


@pytest.mark.parametrize("decision", [
    # Wereham 2016-04: the heading '16/16 Near Flooding Incident at Mr Skinners Property' says what 'it' is
    "Near Flooding Incident at Mr Skinners Property: Resolved: (1) That JR contact Julian and Mark to find out who owns it",
    "Ownership of Dyke running alongside Carters land: Resolved: (1) That it was not the Parish Council’s responsibility",
    # Boughton 2014-10: '12 Village Pond – David Cooper', two passages before '... ask the EA to review it ...'
    "Village Pond – David Cooper: Frank Reid suggested that he ask the EA to review it",
    # Stoke Ferry 2009-01: the line 'LAG Meetings:' says which 'these meetings' are
    "LAG Meetings: It was agreed that Cllrs Summers and Mendoza will continue to attend these meetings",
])
def test_a_decision_pointing_back_carries_its_items_title(served_sub_items, decision):
    shown_as_the_meetings(served_sub_items, decision)


@pytest.mark.parametrize("text, passage, heading, before, expected", [
    ("Resolved: That JR find out who owns it.", "Resolved: That JR find out who owns it.", "16/16 Near Flooding Incident", None,
     "Near Flooding Incident: Resolved: That JR find out who owns it."),
    ("It was agreed to attend these meetings.", "It was agreed to attend these meetings.", None, "LAG Meetings:",
     "LAG Meetings: It was agreed to attend these meetings."),
    ("It was agreed to mow the verges.", "It was agreed to mow the verges.", "16/16 Verges", None,  # points back to nothing
     "It was agreed to mow the verges."),
    ("It was agreed to repair the pond fence.", "It was agreed to repair the pond fence.", "12 Pond", None,
     "It was agreed to repair the pond fence."),
    ("It was agreed that it was not urgent.", "It was agreed that it was not urgent.", "12 Pond", None,
     "It was agreed that it was not urgent."),  # 'it was' stands for nothing
    ("a. Playground – it was agreed to repair it.", "a. Playground – it was agreed to repair it.", "4 Updates", None,
     "a. Playground – it was agreed to repair it."),  # it opens with its own label
    ("It was agreed to look at it.", "The pond was discussed. It was agreed to look at it.", "12 Pond", None,
     "It was agreed to look at it."),  # not its passage's opening: the sentences before say what 'it' is
])
def test_the_shapes_of_an_items_title(text, passage, heading, before, expected):
    assert with_item_title(text, passage, heading, before) == expected
