"""The prose of a paper that marks its actions in a column (issues 7 and 11): the column does
not mark every commitment the minutes record, so a sentence whose commitment is scored on its
signals (extract/action_signals.py) is an action there too, when everyone it names as doing the
work is a person or a post of the paper; and a passive task with the one it is done by, as a
passive task with no one is. Suffolk Libraries' board minutes in a table, Souldern PC's in
paragraphs, each beside an Action column."""

import pytest

from .conftest import SHARED


def _actions(name):
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    doc = read_document(str(path))
    return extract_document(doc, find_structure(doc))["actions"]


def _scored(actions, words):
    return [sorted(o["name"] for o in a["owners"]) for a in actions
            if a["rule"] == "implicit-scored" and words in " ".join(a["description"].split())]


@pytest.mark.parametrize("name,words,owners", [
    # the 'he' of the sentence before, a post the paper gives a holder for
    ("sl_board-meeting-minutes-2012-11-19.pdf", "He will send reminders about key areas of action", None),
    # a post the paper gives a holder for, after the team's news in the same sentence
    ("sl_board-meeting-minutes-2014-05-29.pdf", "the HR Manager will be providing this document", None),
    ("sd_2015-07-16 SPC minutes.pdf", "and Tania Noble will attend", ["Tania Noble"]),
])
def test_a_scored_commitment_of_a_named_person_or_post_is_an_action(name, words, owners):
    actions = _actions(name)
    found = _scored(actions, words)
    assert len(found) == 1, [a["description"][:80] for a in actions]
    assert found[0] and (owners is None or found[0] == owners)


def test_a_commitment_the_papers_action_list_restates_is_one_action_with_its_owner():
    # 'all were in agreement that NO should instruct Nicholsons to proceed' under item 07.19.07, and the
    # ACTION LIST SUMMARY's '07.19.07 NO to instruct Nicholsons to proceed with treework NO': one task
    actions = _actions("sd_2019-07-25 SPC minutes.pdf")
    found = [a for a in actions if "to proceed" in a["description"] and "Nicholsons" in a["description"]]
    assert len(found) == 1, [a["description"][:80] for a in actions]
    assert [o["name"] for o in found[0]["owners"]] == ["Nick Oakhill"]
    assert found[0]["ref"] == "07.19.07"  # the list's row, with the item's number it is known by later


def test_the_column_still_marks_what_it_marks():
    # the column's own rows are not read again from the prose
    actions = _actions("sl_board-meeting-minutes-2014-05-29.pdf")
    column = [a for a in actions if a["rule"] == "side-column"]
    assert any(a["description"].startswith("The Business and Performance Manager will produce a paper") for a in column)
    assert not [a for a in actions if a["rule"] == "implicit-scored"
                and a["description"].startswith("The Business and Performance Manager will produce")]


@pytest.mark.parametrize("name,start", [
    ("sl_board-meeting-minutes-2012-09-11.pdf", "Communication plan to be reviewed by Andrew St"),
])
def test_a_passive_task_with_its_agent_is_as_sure_as_one_without(name, start):
    # a column paper's prose keeps 'to be arranged' with no one named: with the one it is done by, it is kept too
    # (unless that one is another body: 'Another site visit to be arranged by OCC' at Souldern is OCC's own business,
    # no task of the meeting's, tests/test_another_bodys_step.py)
    actions = _actions(name)
    found = [a for a in actions if a["rule"] == "implicit-passive-agent" and a["description"].startswith(start)]
    assert len(found) == 1 and found[0]["owners"], [a["description"][:80] for a in actions]


def test_minutes_written_as_sentences_in_table_cells_are_read_as_paragraphs_are():
    # Suffolk Libraries' board minutes of March 2014 are a two-column table with no action column: a cell that ends
    # its sentences is prose, and a commitment scored on its signals there is an action, as in a paragraph
    actions = _actions("sl_board-meeting-minutes-2014-03-20.pdf")
    assert _scored(actions, "he would be writing to all members to get nominations") == [["Tony Brown"]]


def test_a_paper_numbering_its_action_points_keeps_its_cells_to_the_exact_shapes():
    # North of Tyne LPC numbers its action points ('05-02 ORWG to review ...'): as a column does, they mark its
    # actions, and joining a working group, written as a sentence in a cell, is none
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "real" / "notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf"
    if not path.exists():
        pytest.skip(f"needs {path}")
    doc = read_document(str(path))
    actions = extract_document(doc, find_structure(doc))["actions"]
    assert not [a for a in actions if "agreed to join Organisational Review" in a["description"]]


def test_a_cell_that_runs_its_points_on_without_full_stops_is_not_prose():
    from minutebook.extract.action_facts import _prose_cell

    run_on = ("Members discussed the terms of reference and the membership of the working groups and the structure "
              "of the groups for the coming year and the ones after it with the new contract in view and the Chair "
              "to report back to the committee with a proposal JB")
    assert not _prose_cell(run_on)
    assert _prose_cell("The Chair welcomed everyone. He said that he would be writing to all members.")



@pytest.mark.parametrize("name,words,owners", [
    # 'the Board was recommended ... to mandate the General Manager to work with her team to design and then implement
    # the programme': the post's holder, which the paper gives
    ("sl_board-meeting-minutes-2014-05-29.pdf", "to mandate the General Manager to work with her team", ["Alison Wheeler"]),
    ("sl_board-meeting-minutes-2012-11-19.pdf", "The General Manager and the Chair will meet to discuss", None),
])
def test_a_posts_commitment_read_by_its_role_is_an_action_of_a_column_paper(name, words, owners):
    # the column marks some commitments; a post of the paper that will do something is one too, read by its role as
    # a scored one is
    actions = _actions(name)
    found = [sorted(o["name"] for o in a["owners"]) for a in actions
             if a["rule"] == "implicit-role" and words in " ".join(a["description"].split())]
    assert len(found) == 1 and found[0], [a["description"][:80] for a in actions]
    assert owners is None or found[0] == owners


def test_a_task_in_a_run_on_bullet_list_is_its_own_item_with_both_of_a_pair():
    # 'The General Manager presented a paper giving an update on the following: \uf0b7 Prison arrangements ... \uf0b7 The
    # General Manager and the Chair will meet to discuss and review key performance measures ...': the task's words are
    # its item, not the whole list (whose other items later papers' news would be read against), and both of the pair
    # own it (judge15's A565)
    actions = _actions("sl_board-meeting-minutes-2012-11-19.pdf")
    found = [a for a in actions if "The General Manager and the Chair will meet" in a["description"]]
    assert len(found) == 1, [a["description"][:80] for a in actions]
    assert "Prison arrangements" not in found[0]["description"]
    assert "General Manager Update" not in found[0]["description"]
    assert sorted(o["name"] for o in found[0]["owners"]) == ["Alison Wheeler", "Shona Bendix"]
