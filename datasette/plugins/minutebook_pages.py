"""Template helpers for minutebook's pages (home, person, meeting, overdue actions):
a `sql()` function for templates, links to source pages, and small SVG bar charts."""

from datasette import hookimpl
from markupsafe import Markup, escape


def _database(datasette):
    return next(name for name in datasette.databases if name != "_internal")


@hookimpl
def extra_template_vars(datasette, request):
    async def sql(query, params=None):
        db = datasette.get_database(_database(datasette))
        return [dict(r) for r in (await db.execute(query, params or {})).rows]

    return {
        "sql": sql,
        "mb_db": _database(datasette),
        "source_link": source_link,
        "bar_chart": bar_chart,
    }


def source_link(document_id, page=None, label=None):
    if document_id is None:
        return ""
    href = f"/-/source/{int(document_id)}" + (f"#page={int(page)}" if page else "")
    text = label or (f"p.{page}" if page else "source")
    return Markup(f'<a class="mb-source" href="{href}" title="open the source paper at this page">{escape(text)}</a>')


def bar_chart(rows, label, series, title="", width=640, bar_height=18):
    """A horizontal stacked bar chart as inline SVG: rows of dicts, `series` a list of
    (key, colour, legend) drawn left to right."""
    rows = list(rows)
    if not rows:
        return Markup("<p><em>Nothing to chart.</em></p>")
    label_width = 220
    top = max(sum(r.get(k) or 0 for k, _, _ in series) for r in rows) or 1
    scale = (width - label_width - 60) / top
    height = len(rows) * (bar_height + 6) + 30
    parts = [f'<svg class="mb-chart" role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>"]
    for i, r in enumerate(rows):
        y = i * (bar_height + 6)
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" font-size="12">'
                     f"{escape(str(r.get(label))[:34])}</text>")
        x = label_width
        for key, colour, legend in series:
            value = r.get(key) or 0
            w = value * scale
            if w:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_height}" fill="{colour}">'
                             f"<title>{escape(legend)}: {value}</title></rect>")
            x += w
        total = sum(r.get(k) or 0 for k, _, _ in series)
        parts.append(f'<text x="{x + 4:.1f}" y="{y + bar_height - 5}" font-size="12">{total}</text>')
    ly = len(rows) * (bar_height + 6) + 14
    lx = label_width
    for key, colour, legend in series:
        parts.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{lx + 16}" y="{ly}" font-size="12">{escape(legend)}</text>')
        lx += 24 + 8 * len(legend)
    parts.append("</svg>")
    return Markup("".join(parts))


@hookimpl
def render_cell(value, column, row, table, database, datasette):
    if value is None:
        return None
    if column == "person_id" and isinstance(value, int):
        return Markup(f'<a href="/person/{value}">{value}</a>')
    if column == "meeting_id" and isinstance(value, int):
        return Markup(f'<a href="/meeting/{value}">{value}</a>')
    return None
