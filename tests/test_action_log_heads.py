"""An action table's owner column found by its cells, not its head (table_columns.people_column): Souldern's action
log ('No | Action | Owner | Update') in its minutes, whose Present list names the codes, and reprinted in an agenda,
which lists no one: there the owner is the doer its row's task names ('KD to report to OCC' beside 'Katy Draper',
'NO to draft objection ...' beside 'NO'). A 'Staff' column of codes no list of the paper's people names and no task
names (the Illinois Finance Authority) stays no one's: see test_action_table_columns."""

from .conftest import SHARED
from .wild_papers import needs_wild


def _table_actions(name: str) -> list[dict]:
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    doc = read_document(str(SHARED / "wild" / name), ocr=False)
    return [a for a in extract_document(doc, find_structure(doc))["actions"] if a["rule"] == "table"]


def _owners_by_row(name: str) -> dict[str, set[str]]:
    """Each table row's owners, by the row's first cell (its number or reference)."""
    return {a["text"].split(" | ")[0]: {o["name"] for o in a["owners"]} for a in _table_actions(name)}


@needs_wild
def test_an_owner_column_owns_the_action_logs_rows():
    rows = _owners_by_row("sd_2025-10-30 SPC minutes.pdf")
    assert rows["Sept25.01"] and rows["Sept25.02"]


@needs_wild
def test_an_agendas_reprinted_log_owns_its_rows_by_the_doer_each_row_names():
    rows = _owners_by_row("sd_2026-06-25 Agenda.pdf")
    assert rows["June(1)26.01"] == {"Katy Draper"} and rows["June(1)26.02"] == {"NO"}
