"""The marks FTS5's snippet() puts around the matched words, and the snippet as HTML.

The snippet is HTML-escaped first and the marks turned into <mark> afterwards (paper text may
hold "<" and "&"), so the marks must be told apart from the paper's own characters. Each is a
pair of private-use characters: a paper holding one of them alone (a symbol font maps glyphs to
U+E000 and on) shows it as text, and a paper holding a whole pair still cannot leave a <mark>
open or close one that is not open.
"""

from __future__ import annotations

import html
import re

OPEN, CLOSE = "\ue000\ue002", "\ue003\ue001"
_MARKS = re.compile(f"({re.escape(OPEN)}|{re.escape(CLOSE)})")


def highlight_html(snippet: str | None) -> str:
    """The snippet escaped, its marked words in balanced <mark> elements."""
    out, marked = [], False
    for part in _MARKS.split(snippet or ""):
        if part == OPEN:
            out.append("" if marked else "<mark>")
            marked = True
        elif part == CLOSE:
            out.append("</mark>" if marked else "")
            marked = False
        else:
            out.append(html.escape(part))
    return "".join(out) + ("</mark>" if marked else "")
