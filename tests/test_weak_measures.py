"""What a figure measures is no lone function word ('£985.10 had not been presented', 'by 2% or above') nor the
comparison it is part of ('a GVA of £44 billion which is larger than many city-regions'): the measure falls back
to the figure's own words before it. Real papers of Mid Severn Community Councils, West Dereham PC, Kent CC and
Suffolk Libraries in a real archive, and the Datasette statistics page (skipped without ../shared)."""

from __future__ import annotations

import html
import re

import pytest

from .wild_papers import served_wild

MSCC = "mscc_minutes_20-06-10.php"
WEST_DEREHAM = "sf_west-dereham-pc-minutes-2016-10_index.html"
KENT = "kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf"
SUFFOLK = "sl_board-meeting-minutes-2014-11-27.pdf"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, [MSCC, WEST_DEREHAM, KENT, SUFFOLK], "weak_measures")


def _measures(db, paper: str, text: str) -> set:
    return {m for (m,) in db.execute("select s.measure from statistics s join documents d on d.id = s.document_id "
                                      "where d.filename = ? and s.text = ?", [paper, text])}


def test_a_lone_function_word_after_a_figure_is_no_measure(archive):
    db, _ = archive
    # 'Cheques (Nos 1358, ...) to the value of £985.10 had not been presented'
    assert _measures(db, MSCC, "£985.10") and not _measures(db, MSCC, "£985.10") & {"not"}
    assert any("Cheques" in m for m in _measures(db, MSCC, "£985.10"))
    # 'if they wished to increase their precept by 2% or above'
    assert any("precept" in (m or "") for m in _measures(db, WEST_DEREHAM, "2%"))


def test_a_comparison_is_no_measure(archive):
    db, _ = archive
    assert _measures(db, KENT, "£44 billion") == {"GVA"}
    # 'increase in children completing the Summer Reading Challenge was 3.5% which is higher than the national average'
    assert "higher" not in _measures(db, SUFFOLK, "3.5%") and _measures(db, SUFFOLK, "3.5%")


def test_the_measure_on_the_statistics_page(archive):
    _, client = archive
    page = client.get("/minutebook/statistics?text=%C2%A344+billion")
    assert page.status == 200
    cells = re.findall(r'<td class="col-measure[^"]*">([^<]*)</td>', html.unescape(page.text))
    assert cells == ["GVA"]
