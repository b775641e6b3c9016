"""The reader's cells from a ruled grid's crossing points are pdfplumber's own cells, in pdfplumber's order:
ingest/pdf_tables.intersections_to_cells against pdfplumber.table.intersections_to_cells, on the crossings of
generated grids (merged cells, gaps, a second table beside the first), of a ruled table drawn by reportlab and
read back, and of every page of ../shared's real and series papers that holds a grid (skipped without them)."""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pytest
from pdfplumber import table as plumber_table
from pdfplumber import utils as plumber_utils

from minutebook.ingest import pdf_tables
from minutebook.ingest.read_pdf import MIN_PATHS_FOR_TABLE, _has_paths

from .conftest import SHARED


def _crossings(edges: list[dict]) -> dict:
    """The crossing points of edges, as page_tables makes them before it asks for cells."""
    s = pdf_tables.SETTINGS
    edges = plumber_table.merge_edges(plumber_utils.filter_edges(edges, min_length=s.edge_min_length_prefilter),
                                      s.snap_x_tolerance, s.snap_y_tolerance, s.join_x_tolerance, s.join_y_tolerance)
    edges = plumber_utils.filter_edges(edges, min_length=s.edge_min_length)
    return plumber_table.edges_to_intersections(edges, s.intersection_x_tolerance, s.intersection_y_tolerance)


def _grid(xs: list[float], ys: list[float], rng: random.Random) -> list[dict]:
    """A ruled grid with some rules cut short (merged cells) and some left out (gaps)."""
    edges = []
    for y in ys:
        for a, b in zip(xs, xs[1:]):
            if rng.random() > 0.15:
                edges.append(pdf_tables._edge(a, y, b, y, "h"))
    for x in xs:
        for a, b in zip(ys, ys[1:]):
            if rng.random() > 0.15 or x in (xs[0], xs[-1]):
                edges.append(pdf_tables._edge(x, a, x, b, "v"))
    return edges


def test_cells_of_generated_grids_are_pdfplumbers():
    rng = random.Random(19)
    cells = 0
    for _ in range(60):
        xs = sorted(rng.sample(range(40, 560, 7), rng.randint(2, 9)))
        ys = sorted(rng.sample(range(40, 780, 5), rng.randint(2, 14)))
        edges = _grid(xs, ys, rng)
        if rng.random() < 0.5:  # a second table beside the first
            edges += _grid([x + 600 for x in xs], ys, rng)
        crossings = _crossings(edges)
        expected = plumber_table.intersections_to_cells(crossings)
        assert pdf_tables.intersections_to_cells(crossings) == expected
        cells += len(expected)
    assert cells > 500  # the grids made cells: the comparison is not of two empty lists


def test_a_ruled_table_drawn_by_reportlab_reads_as_pdfplumber_cuts_it(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [["Item", "Action", "Owner"]] + [[f"{n}.", f"Write to the owner of plot {n}", "Clerk"] for n in range(1, 9)]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 3), (2, 3))]))
    path = tmp_path / "grid.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        crossings = _crossings(pdf_tables._edges(page, page.get_height()))
        expected = plumber_table.intersections_to_cells(crossings)
        assert len(expected) == 3 * 9 - 1  # one merged cell
        assert pdf_tables.intersections_to_cells(crossings) == expected
        (box, read), = pdf_tables.page_tables(page, page.get_textpage())
        assert read[0] == ["Item", "Action", "Owner"] and read[3][:2] == ["3.", "Write to the owner of plot 3"]
    finally:
        pdf.close()


PAPERS = sorted((SHARED / "real").glob("*.pdf")) + sorted((SHARED / "series").rglob("*.pdf")) if SHARED.is_dir() else []


@pytest.mark.skipif(not PAPERS, reason="no papers in ../shared")
def test_cells_of_real_papers_grids_are_pdfplumbers():
    pages = cells = 0
    for path in PAPERS:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                if not _has_paths(page, MIN_PATHS_FOR_TABLE) or pdf_tables.too_many_objects(page.raw):
                    continue
                edges = pdf_tables._edges(page, page.get_height())
                if not pdf_tables._could_hold_a_grid(edges):
                    continue
                crossings = _crossings(edges)
                expected = plumber_table.intersections_to_cells(crossings)
                assert pdf_tables.intersections_to_cells(crossings) == expected, (path.name, i + 1)
                pages, cells = pages + 1, cells + len(expected)
        finally:
            pdf.close()
    assert pages >= 20 and cells >= 500
