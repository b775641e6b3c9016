"""An action table's columns read by what their cells hold as well as by their header (issue 7 item 3).

Suffolk Libraries heads its column of owners' initials 'Action'. Read by the header alone, the row of
matters arising beside 'ST AW MH/ CC ST' was stored as one task whose wording was those initials. The
cells are the paper's people (Stephen Taylor, Alison Wheeler, Mike Hosking, Charlotte Clark), so the column
holds owners; a row with several marks is several tasks, each read at its own line by the side-column
reader, and is not stored whole. With no header naming the owners, any column may be theirs ('Staff',
'Resp.', none), but only when its codes are the paper's people: the Illinois Finance Authority's 'Staff'
column (RF/BF, SP, CM: staff the paper never names) and an agency's directorates are no owners."""

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
    return extract_document(doc, find_structure(doc))


def test_a_column_of_owners_marks_headed_action_is_not_the_task():
    facts = _actions("sl_board-meeting-minutes-2012-10-17.pdf")
    descriptions = [a["description"] for a in facts["actions"]]
    assert "ST AW MH/ CC ST" not in descriptions
    assert not [a for a in facts["actions"] if a["rule"] == "table"]
    # the marks are still read one by one, level with their lines
    owned = {(a["description"][:40], tuple(o["name"] for o in a["owners"])) for a in facts["actions"]}
    assert ("The Board agreed to extend the timeframe", ("Ian Brookman",)) in owned


def test_a_column_of_codes_that_are_no_ones_gives_no_owner():
    facts = _actions("cb_il_finance_authority.pdf")
    resolutions = [a for a in facts["actions"] if a["description"].startswith("Resolution")]
    assert resolutions
    assert not [o for a in resolutions for o in a["owners"]]


def test_people_column_needs_the_papers_people():
    from minutebook.extract.people import Person, Registry
    from minutebook.extract.table_columns import is_people_column, marks

    registry = Registry()
    for name, initials in (("Stephen Taylor", "ST"), ("Alison Wheeler", "AW"), ("Mike Hosking", "MH")):
        registry.add(Person(name=name, initials=initials))
    assert is_people_column(["", "ST AW MH/ CC ST"], registry)
    assert marks("ST AW MH/ CC ST") == ["ST", "AW", "MH/ CC", "ST"]
    # directorates of a risk register (Kent): codes, but nobody's
    assert not is_people_column(["CYPE", "GET/DCED", "ALL"], registry)
    # a column of wording is no column of marks
    assert not is_people_column(["Resolution Authorizing the Execution", "SP"], registry)


def test_each_mark_of_a_row_is_the_task_of_its_own_lettered_sub_point():
    # item 4's cell runs matters arising a) to e) together, the column marks four of them 'ST AW MH/ CC ST':
    # each mark is the task of the sub-point level with it, not one task of the whole cell with three owners
    facts = _actions("sl_board-meeting-minutes-2012-10-17.pdf")
    owned = {(a["description"][:20], tuple(o["name"] for o in a["owners"])) for a in facts["actions"]
             if a["rule"] == "side-column"}
    assert ("b) Notice to The Gui", ("Stephen Taylor",)) in owned
    assert ("c) Aldeburgh Opening", ("Alison Wheeler",)) in owned
    assert ("d) Staff Advisory Gr", ("Charlotte Clark",)) in owned
    assert not [a for a in facts["actions"] if a["description"].startswith("Matters arising")]


def test_a_marked_task_ends_before_the_next_lettered_sub_point():
    facts = _actions("sl_board-meeting-minutes-2012-11-19.pdf")
    mine = [a for a in facts["actions"] if a["description"].startswith("The General Manager to check the final outcome")]
    assert [a["description"] for a in mine] == ["The General Manager to check the final outcome."]
