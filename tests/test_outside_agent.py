"""Another body as the agent of a promised step (extract/outside_agent.py, scored in action_signals): a
task when the meeting hears its own earlier item answered (matters arising), owned by the body; not when
the minutes only report another body's own business."""

import pytest

from minutebook.extract.outside_agent import outside_organisation

from .conftest import REAL, SHARED
from .wild_papers import action_page, ingested

WILD = SHARED / "wild"
PAPERS = ["mscc_17-10-11.pdf", "sf_wretton-pc-minutes-2017-late_index.html", "sf_northwold-pc-minutes-2015-01_index.html",
          "sf_wereham-pc-minutes-2009-05-annual_index.html"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    letter = REAL / "sf_west-dereham-pc-minutes-2018-11_index.html"
    return ingested(tmp_path_factory, [WILD / name for name in PAPERS] + [letter], "outside_agents")


def _owned_by_bodies(db) -> dict[str, list[str]]:
    rows = db.query("select a.id, a.description, o.name from actions a join action_owners o on o.action_id = a.id "
                    "where o.kind = 'organisation'")
    return {r["name"]: [r["description"], r["id"]] for r in rows}



def test_a_step_promised_under_matters_arising_is_the_other_bodys_task(db):
    """Manordeilo and Salem, 11 Oct 2017, matters arising: '13ii) The Carmarthenshire County Council (C.C.C.)
    Highways Department would replace the 30mph circular sign opposite the entrance to Gors Road, Salem.'
    Wretton, late 2017: '4. Matters Arising from previous meetings Road Signs The Fen Road 40mph speed sign ... in
    need of replacing. Highways will inspect and replace if deemed necessary to do so.'"""
    owned = _owned_by_bodies(db)
    assert "30mph circular sign" in owned["Carmarthenshire County Council Highways Department"][0]
    assert owned["Highways"][0].startswith("Highways will inspect and replace")
    page = action_page(db, owned["Carmarthenshire County Council Highways Department"][1])
    assert "<th>Owners</th><td>Carmarthenshire County Council Highways Department</td>" in page


def test_another_bodys_own_business_is_no_task(db):
    """Northwold, Jan 2015: 'The Ambulance Service would contact the Custodian with the location of the
    defibrillator when used' (how the scheme works); Wereham, May 2009: '... the Borough Council will collect
    them' (the Borough's part of a litter pick): neither answers an item the meeting raised before. West Dereham,
    Nov 2018, under matters arising, a minister's letter read out: '... the Government will lay the relevant
    reports before the House of Commons for approval in early 2019': the writer's words, not the minutes'."""
    owned = _owned_by_bodies(db)
    assert "Ambulance Service" not in owned
    assert not [name for name in owned if "Borough" in name]
    assert "Government" not in owned


@pytest.mark.parametrize("agent,body,name", [
    ("The Carmarthenshire County Council C.C.C. Highways Department", "Manordeilo and Salem Community Council",
     "Carmarthenshire County Council Highways Department"),  # the abbreviation in brackets left out
    ("Highways", "Wretton Parish Council", "Highways"),
    ("The Parish Council", "Wretton Parish Council", None),  # the meeting's own body
    ("Community Council", "Manordeilo and Salem Community Council", None),
    ("Highways", None, None),  # no meeting known: no body to tell another from
])
def test_an_outside_body_is_named_by_its_kind_and_is_not_the_meetings_own(agent, body, name):
    assert outside_organisation(agent, body) == name
