"""Action points led by their reference, dashed ('05-01 FQ to complete') or dotted: North of Tyne LPC's open points
('5.11 SC to chase outstanding forms', '1.07 CD and SC to prioritise website', as OCR read its 'Decisions and Action
Points' column) and Souldern's action log ('05.19.08 CF to respond to Scope ...'). A dotted number is as often a
section's or a time's ('5.1 The Clerk reported', '9.7 Agreed to move this item', 'closed at 9.15'): it leads an
action point only before an owner's code and 'to'."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.extract.action_tables import numbered_points_in_text

from .conftest import SHARED
from .test_people_and_actions import registry_from
from .wild_papers import ingest_wild


def _registry():
    return registry_from("Present: Chris Dodd (CD), Simon Clark (SC), Geraint Morris (GM), Ann Gunning (AG)")


@pytest.mark.parametrize("text, points", [
    # North of Tyne LPC, 6 March 2019, as OCR gives the open action points
    ("Open Action Points.\nAll ongoing action points reviewed and updated.\n5.11-some forms still outstanding 5.11 SC to "
     "chase outstanding forms", [("5.11", "SC to chase outstanding forms", ["Simon Clark"])]),
    ("11.3 - Slides not received from CCA yet. GM to chase. 11.3 GM to request slides\n1.07 - Service details to be "
     "prioritised 1.07 CD and SC to prioritise website",
     [("11.3", "GM to request slides", ["Geraint Morris"]),
      ("1.07", "CD and SC to prioritise website", ["Chris Dodd", "Simon Clark"])]),
])
def test_dotted_references_lead_action_points(text, points):
    facts = numbered_points_in_text(text, 1, 0, _registry())
    assert [(f.ref, f.description, [n for n, _ in f.owners]) for f in facts] == points


@pytest.mark.parametrize("text", [
    "5.1 The Clerk reported that the grass had been cut.",
    "Agreed to display a photoboard, we will be wearing an ID Badge 9.7 Agreed to move this item up the agenda.",
    "The meeting closed at 9.15 The next meeting will be on 3 May.",
    "The precept of £1.50 Members to note.",
])
def test_a_dotted_section_number_time_or_sum_leads_no_action_point(text):
    assert numbered_points_in_text(text, 1, 0, _registry()) == []


def test_souldern_action_log_references_are_kept_apart_from_the_task(tmp_path):
    name = "sd_2019-07-25 SPC minutes.pdf"
    if not (SHARED / "wild" / name).exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    db = sqlite_utils.Database(ingest_wild(tmp_path, [name]))
    rows = {r["ref"]: (r["description"], r["owners"]) for r in db.query(
        "select ref, description, owners from actions where ref is not null")}
    assert rows["05.19.08"] == ("CF to respond to Scope declining the request and", "Cathy Fleet")
    assert rows["07.19.07"][0].startswith("NO to instruct Nicholsons to proceed with treework")
    assert rows["05.19.07"][1] == "Nick Oakhill"
