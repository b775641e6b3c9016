"""Build corpus/ from the seed texts: each seed as a document that looks like the paper it
came from (agenda pack, minutes extract, annual report and news item as PDFs with running
headers, page-number footers and placeholder pages; the 2019 minutes as a modern.gov page).

    pip install reportlab
    python scripts/build_corpus.py ../shared/seeds corpus

The output is committed, so users and CI never need reportlab.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontSize=10, leading=13, spaceAfter=5)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=2)
BULLET2 = ParagraphStyle("bullet2", parent=BULLET, leftIndent=28, bulletIndent=18)
H1 = ParagraphStyle("h1", parent=STYLES["Heading1"], fontSize=16, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=STYLES["Heading2"], fontSize=13)
H3 = ParagraphStyle("h3", parent=STYLES["Heading3"], fontSize=11)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=TA_CENTER, fontSize=12, spaceBefore=120)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)

# (seed stem, running header, document title) for the PDF seeds
PDF_SEEDS = {
    "000_79c56972b0298532": ("Community Safety Partnership", "Woman's Safety Group Update"),
    "001_de1ae569ecce4883": ("Community Safety Partnership Agenda Pack", "Community Safety Partnership agenda pack"),
    "003_01c4fb0a19c26b9e": ("Barking and Dagenham Community Safety Partnership",
                             "Community Safety Partnership Annual Report 2011-2012"),
    "004_c0bf44172330decd": ("News", "Deputy Mayor for Policing and Crime visits east London council"),
}
HTML_SEED = "002_0950aaeaa6eb6065"
PLACEHOLDERS = ("Document is Restricted", "This page is intentionally left blank")


def inline(text: str) -> str:
    """Seed inline markup to reportlab's paragraph markup."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = html.escape(text, quote=False)
    text = re.sub(r"&lt;(/?)(b|i|sup)&gt;", lambda m: f"<{m.group(1)}{'super' if m.group(2) == 'sup' else m.group(2)}>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return text.replace("**", "")


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", inline(text)).replace("&amp;", "&")


def split_run_on(line: str) -> list[str]:
    """'**A****Date and Time:** x**Venue:** y' (a converter ran a header block together)."""
    if "****" not in line and not re.search(r"\S\*\*[A-Z][\w ]{1,30}:\*\*", line):
        return [line]
    line = line.replace("****", "**\n**")
    line = re.sub(r"(?<=\S)(\*\*[A-Z][\w ]{1,30}:\*\*)", r"\n\1", line)
    return [s for s in line.split("\n") if s.strip()]


def flowables(text: str) -> list:
    out: list = []
    table: list[list[str]] = []
    para: list[str] = []

    def flush_para():
        if para:
            out.append(Paragraph(inline(" ".join(para)), BODY))
            para.clear()

    def flush_table():
        if table:
            out.append(make_table(table))
            table.clear()

    for raw in text.split("\n"):
        parts = split_run_on(raw.rstrip(" \r"))
        if len(parts) > 1:  # a run-together header block: a title line, then one line per label
            flush_para()
            flush_table()
            out.append(Paragraph(inline(parts[0]), H1))
            out.extend(Paragraph(inline(p), BODY) for p in parts[1:])
            continue
        for line in parts:
            stripped = line.strip()
            if "\t" in line and stripped:
                flush_para()
                table.append(line.split("\t"))
                continue
            flush_table()
            if not stripped or stripped == "---":
                flush_para()
                continue
            if stripped in PLACEHOLDERS:
                flush_para()
                out += [PageBreak(), Paragraph(stripped, CENTRE), PageBreak()]
                continue
            m = re.match(r"^(#{1,3})\s+(.*)$", stripped)
            if m:
                flush_para()
                level, title = len(m.group(1)), m.group(2)
                title_plain = plain(title)
                starts_section = level == 1 or (level == 2 and title_plain.isupper() and not re.search(r"\d", title_plain)
                                                and not (out and isinstance(out[-1], Paragraph) and out[-1].style in (H1, H2)))
                if starts_section and out and not isinstance(out[-1], PageBreak):
                    out.append(PageBreak())
                out.append(Paragraph(inline(title), {1: H1, 2: H2, 3: H3}[level]))
                continue
            m = re.match(r"^(\s*)(?:[-•·]|\d+[.)])\s+(.*)$", line)
            if m:
                flush_para()
                numbered = re.match(r"^\s*(\d+[.)])", line)
                style = BULLET2 if len(m.group(1)) >= 2 else BULLET
                mark = numbered.group(1) if numbered else ("–" if style is BULLET2 else "•")
                body = m.group(2)
                if body.startswith("✓"):
                    mark, body = "✓", body[1:].strip()
                out.append(Paragraph(inline(body), style, bulletText=mark))
                continue
            para.append(stripped)
    flush_para()
    flush_table()
    return out


def make_table(rows: list[list[str]]) -> Table:
    width = max(len(r) for r in rows)
    fixed = []
    for r in rows:
        r = [c.strip() for c in r]
        if len(r) < width:  # a short row's last cell is the rightmost column (pages)
            r = r[:-1] + [""] * (width - len(r)) + r[-1:]
        fixed.append([Paragraph(inline(c), CELL) for c in r])
    col = (170 * mm) / width
    widths = [col * 1.6] + [(170 * mm - col * 1.6) / (width - 1)] * (width - 1) if width > 1 else [170 * mm]
    t = Table(fixed, colWidths=widths, repeatRows=0)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]))
    return t


def build_pdf(seed: Path, out: Path, header: str, title: str) -> None:
    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if doc.page > 1:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, title=title, author="minutebook sample corpus",
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            invariant=1)
    story = flowables(seed.read_text(encoding="utf-8"))
    if isinstance(story[-1], PageBreak):
        story.pop()
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# --- the modern.gov-style HTML minutes page -------------------------------------------------

def build_html(seed: Path, out: Path) -> None:
    lines = seed.read_text(encoding="utf-8").split("\n")
    body, when = lines[2].strip(), lines[3].strip()
    venue = next(l.split(":", 1)[1].strip() for l in lines if l.startswith("Venue:"))
    contact = next(l.split(":", 1)[1].strip() for l in lines if l.startswith("Contact:"))
    start = next(i for i, l in enumerate(lines) if l.startswith("Note No. Item")) + 1
    items: list[tuple[str, list[str]]] = []
    i = start
    while i < len(lines):
        if re.fullmatch(r"\d+ mins", lines[i].strip()):
            j = i + 1
            while not lines[j].strip():
                j += 1
            items.append((lines[j].strip(), []))
            i = j + 1
            continue
        if items:
            items[-1][1].append(lines[i])
        i += 1
    rows = []
    for n, (title, content) in enumerate(items, 1):
        m = re.match(r"(.*?)\s*pdf icon PDF ([\d.]+ [KM]B)$", title)
        link = ""
        if m:
            title = m.group(1)
            link = (f' <a href="documents/s{1000 + n}/{html.escape(title)}.pdf">'
                    f'<img src="mgimages/logo-pdf.gif" alt="pdf icon" /><span class="mgFileSize">PDF {m.group(2)}</span></a>')
        rows.append(
            f'<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI{5000 + n}"></a>{n}.</p></td>\n'
            f'<td><p class="mgAiTitleTxt">{html.escape(title)}{link}</p>\n'
            f'<p class="mgSubItemTitleTxt">Minutes:</p>\n<div class="mgWordPara">{content_html(content)}</div></td></tr>'
        )
    page = HTML_TEMPLATE.format(body=html.escape(body), when=html.escape(when), venue=html.escape(venue),
                                contact=html.escape(contact), rows="\n".join(rows))
    out.write_text(page, encoding="utf-8")


def content_html(lines: list[str]) -> str:
    parts, list_kind, items = [], None, []

    def close():
        nonlocal list_kind
        if items:
            parts.append(f"<{list_kind}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{list_kind}>")
            items.clear()
        list_kind = None

    for line in lines:
        s = line.strip()
        if not s:
            continue
        if s == "Additional documents:":
            close()
            parts.append('<p class="mgSubItemTitleTxt">Additional documents:</p>')
            continue
        m = re.match(r"^(·|\d+\.)\s+(.*)$", s)
        if m:
            kind = "ul" if m.group(1) == "·" else "ol"
            if list_kind != kind:
                close()
            list_kind = kind
            items.append(html.escape(m.group(2)))
            continue
        close()
        s = html.escape(s).replace(" ...  view the full minutes text", " ... <a href=\"#\">view the full minutes text")
        if "view the full minutes text" in s:
            s += "</a>"
        parts.append(f'<p class="MsoNormal">{s}</p>')
    close()
    return "\n".join(parts)


HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Agenda and minutes - {body}, {when}</title>
<link rel="stylesheet" href="style.css"></head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header id="page-header"><div class="logo">The London Borough of Barking and Dagenham</div>
<nav class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/councillors">Councillors</a></li>
<li><a href="/committees">Committees</a></li><li><a href="/decisions">Decisions</a></li><li><a href="/search">Search</a></li></ul></nav>
</header>
<div role="main" id="content">
<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Home</a> &gt; <a href="/committees">Committees</a> &gt; Meeting</nav>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=551">{body} - {when}</a></h2></div>
<div class="mgLinks"><ul class="mgActionList"><li><a href="mgMeetingAttendance.aspx?ID=1">Attendance details</a></li>
<li><a href="documents/g1/Agenda frontsheet.pdf">Agenda frontsheet <span class="mgFileSize">PDF 96 KB</span></a></li>
<li><a href="documents/g1/Printed minutes.pdf">Printed minutes <span class="mgFileSize">PDF 152 KB</span></a></li></ul></div>
<div class="mgContent">
<p><span class="mgLabel">Venue: </span>{venue}</p>
<p><span class="mgLabel">Contact: </span>{contact}</p>
<table class="mgItemTable" summary="Table of agenda items" id="mgItemTable">
<caption class="mgSectionTitle">Items</caption>
<tr><th class="mgHide" scope="col">No.</th><th class="mgHide" scope="col">Item</th></tr>
{rows}
</table>
</div></div></div>
<footer class="site-footer"><p>Copyright London Borough of Barking and Dagenham</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>
</body></html>
"""


def main(seeds: str, out_dir: str) -> None:
    seeds_path, out = Path(seeds), Path(out_dir)
    out.mkdir(exist_ok=True)
    for stem, (header, title) in PDF_SEEDS.items():
        build_pdf(seeds_path / f"{stem}.txt", out / f"{stem}.pdf", header, title)
    build_html(seeds_path / f"{HTML_SEED}.txt", out / f"{HTML_SEED}.html")
    print(f"built {len(PDF_SEEDS) + 1} documents in {out}")


if __name__ == "__main__":
    main(*(sys.argv[1:3] if len(sys.argv) >= 3 else ("../shared/seeds", "corpus")))
