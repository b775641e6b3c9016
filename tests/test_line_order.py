"""A page whose text layer draws lines out of order is read by position (ingest/line_order.py).

Des Moines' council minutes draw each item's 'Moved by X to adopt. Motion Carried 7-0.' an item
or two late, and side headings after the item under them: read in the stream's order, a motion
lands on the next item. Built papers draw the same layout; a page of plain lines is rebuilt from
its runs' positions, a page already in order, or with two columns or a gap wider than a word,
keeps the stream's text exactly. Beside them, the real papers of four bodies that draw a page out
of order (skipped without ../shared): nothing lost or doubled, and the motions back on their items."""

from __future__ import annotations

from collections import Counter

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from minutebook.ingest.line_order import in_stream_order, lines_by_position
from minutebook.ingest.pdf_text import PageText
from minutebook.ingest.read import read_document

from .conftest import SHARED

ITEMS = [
    ("1. Approving the grass cutting contract with Acme Landscapes Ltd.", "Moved by Smith to adopt. Motion Carried 7-0."),
    ("2. Approving the renewal of the village hall lease.", "Moved by Jones to defer. Motion Carried 5-2."),
    ("3. Receiving the clerk's report on the play area.", "Moved by Patel to receive and file. Motion Carried 7-0."),
]


def _draw(c, x, y, text):
    c.setFont("Helvetica", 11)
    c.drawString(x, y, text)


def _minutes(path, late: bool):
    """Minutes whose items each end with their motion on the same line; drawn `late`, each motion
    is drawn after the next item's text and the side heading after the item under it, as Des
    Moines' word processor drew them."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _draw(c, 50, 780, "MINUTES OF THE COUNCIL MEETING HELD ON 3 MARCH 2025")
    rows = [(700 - 40 * n, item, motion) for n, (item, motion) in enumerate(ITEMS)]
    motions = []
    if not late:
        _draw(c, 50, 730, "LICENCES AND PERMITS")
    for y, item, motion in rows:
        _draw(c, 50, y, item)
        at = (50 + stringWidth(item + " ", "Helvetica", 11), y, motion)
        if late:
            motions.append(at)
            if len(motions) == 2:
                _draw(c, *motions.pop(0))
        else:
            _draw(c, *at)
    for at in motions:
        _draw(c, *at)
    if late:
        _draw(c, 50, 730, "LICENCES AND PERMITS")
    c.showPage()
    c.save()
    return path


def _stream_and_position(path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[0].get_textpage()
        return textpage.get_text_range(), lines_by_position(PageText(textpage))
    finally:
        pdf.close()


def test_motions_drawn_late_are_read_on_their_own_items(tmp_path):
    path = _minutes(tmp_path / "late.pdf", late=True)
    stream, _ = _stream_and_position(path)
    assert "Lease.\r\nMoved by Smith" in stream.replace("lease.", "Lease.")  # the stream puts Smith's motion on item 2
    lines = [line for line in read_document(str(path)).pages[0].text.splitlines() if line.strip()]
    assert lines[1] == "LICENCES AND PERMITS"
    assert lines[2:] == [f"{item} {motion}" for item, motion in ITEMS]


def test_a_page_drawn_in_order_keeps_the_text_layer_exactly(tmp_path):
    path = _minutes(tmp_path / "in_order.pdf", late=False)
    stream, by_position = _stream_and_position(path)
    assert by_position is None
    assert read_document(str(path)).pages[0].text == "\n".join(s for s in stream.splitlines() if s.strip())


def test_the_same_paper_drawn_either_way_reads_the_same(tmp_path):
    late = read_document(str(_minutes(tmp_path / "late.pdf", late=True))).pages[0].text
    in_order = read_document(str(_minutes(tmp_path / "in_order.pdf", late=False))).pages[0].text
    assert late == in_order


def _two_columns(path):
    """English on the left, the Welsh on the right, the right-hand column drawn first."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for x in (320, 50):
        for n in range(8):
            _draw(c, x, 700 - 16 * n, ("Cofnodion y cyfarfod, eitem " if x > 100 else "Minutes of the meeting, item ") + str(n + 1))
    c.showPage()
    c.save()
    return path


def _unruled_table(path):
    """Payments in columns with no rules, each row's amount drawn after every payee."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    rows = [("Acme Landscapes Ltd", "£120.00"), ("Village Hall Trust", "£45.50"), ("Clerk's salary", "£410.00")]
    for n, (payee, _) in enumerate(rows):
        _draw(c, 50, 700 - 16 * n, payee)
    for n, (_, amount) in enumerate(rows):
        _draw(c, 400, 700 - 16 * n, amount)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("build", [_two_columns, _unruled_table])
def test_a_page_with_a_gap_wider_than_a_word_keeps_the_stream_order(tmp_path, build):
    """Two columns or a table without rules drawn column by column: out of order by position, but
    position alone cannot say whether a line's parts are read across or down, so nothing changes."""
    path = build(tmp_path / "page.pdf")
    stream, by_position = _stream_and_position(path)
    pdf = pdfium.PdfDocument(str(path))
    assert not in_stream_order(PageText(pdf[0].get_textpage()).rects)  # drawn out of order
    pdf.close()
    assert by_position is None
    assert read_document(str(path)).pages[0].text == "\n".join(s for s in stream.splitlines() if s.strip())


# Papers of four bodies whose text layer draws a page of plain lines out of order: Des Moines' minutes
# (motions and side headings drawn late), Souldern's annual meeting (the clerk's address at the foot drawn
# first), North of Tyne LPC's annual report (its version footer drawn first), Norwalk's agenda (the page number).
REREAD = [
    ("dsm_1996-01-02_meeting_minutes.pdf", 2),
    ("dsm_1999-02-22_meeting_minutes.pdf", 2),
    ("sd_2018-05-24 Annual Meeting minutes.pdf", 2),
    ("notlpc_NoT-LPC-Annual-Report-Financial-Statements-2018-Rev-18-08-B.pdf", 4),
    ("ca_norwalk_agenda_1.pdf", 4),
]


def _wild_page(name, number):
    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[number - 1].get_textpage()
        return textpage.get_text_range(), lines_by_position(PageText(textpage))
    finally:
        pdf.close()


@pytest.mark.parametrize("name,number", REREAD)
def test_a_real_page_read_by_position_keeps_every_character_once(name, number):
    stream, by_position = _wild_page(name, number)
    assert by_position is not None
    assert Counter("".join(by_position).split()) != Counter()  # text there is
    assert Counter(c for c in "".join(by_position) if not c.isspace()) == Counter(c for c in stream if not c.isspace())


def test_des_moines_motions_are_on_their_own_items():
    """In the stream, 'Moved by Daniels' (item 96-6's motion) stands under item 96-7's heading and 96-7's own
    motion (Hensley's) after item 96-8: read by position, each item's line ends with its own motion."""
    _, lines = _wild_page("dsm_1996-01-02_meeting_minutes.pdf", 2)
    by_item = {line.split(" ")[0]: line for line in lines if line.startswith("96-")}
    assert by_item["96-7"].endswith("City Manager. Moved by Hensley to adopt. Motion Carried 7-0.")
    assert by_item["96-8"].endswith("Pro Tem. Moved by Vlassis to adopt. Motion Carried")
    assert "Four. Moved by Daniels to adopt. Motion Carried 7-0." in lines


@pytest.mark.parametrize("name", ["sl_board-meeting-minutes-2012-09-11.pdf", "sd_2014-11-20 SPC minutes.pdf",
                                  "kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf",
                                  "ca_hermosa_beach_agenda_1.pdf"])
def test_pages_with_side_columns_or_two_columns_keep_the_stream_order(name):
    """Suffolk Libraries' and Souldern's Action columns, Kent's two-column pages and Hermosa Beach's agenda
    columns: every page keeps the text layer's order."""
    path = next((p for p in (SHARED / "wild" / name, SHARED / "real" / name) if p.exists()), None)
    if path is None:
        pytest.skip(f"needs ../shared/wild/{name}")
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert all(lines_by_position(PageText(pdf[i].get_textpage())) is None for i in range(len(pdf)))
    finally:
        pdf.close()


def test_each_motion_is_stored_with_its_own_item(tmp_path):
    """The late-drawn minutes ingested into a real archive: each decision holds its own item's text and motion,
    none another item's mover."""
    import sqlite_utils

    from minutebook.ingest.pipeline import ingest

    path = _minutes(tmp_path / "late.pdf", late=True)
    ingest([str(path)], str(tmp_path / "archive.db"))
    texts = [" ".join(r["text"].split()) for r in sqlite_utils.Database(tmp_path / "archive.db").query(
        "select text from decisions")]
    for item, motion in ITEMS:
        subject = item.split(". ", 1)[1][:30]
        holding = [t for t in texts if subject in t]
        assert holding and all(motion.split(" to ")[0] in t for t in holding), (subject, texts)
