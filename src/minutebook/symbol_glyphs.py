"""Bullets that a paper's text layer gives as private-use code points, shown as the bullets they
are.

Word draws its list bullets in the Symbol and Wingdings fonts, and a PDF's text layer gives each
as the font's own code point in the private-use area: U+F0B7 for Symbol's bullet, U+F0A7 for
Wingdings' small square. The archive keeps the text as printed (the readers and extractors
already take these as bullets, and SQL, CSV and JSON give what the paper holds), but no font a
browser has draws them: every page quoting such a paper showed a box where the bullet was. Only
these two are mapped: the other code points of the area mean different glyphs in different fonts
(U+F028 is '(' in Symbol and a telephone in Wingdings), and a guess would misquote the paper."""

from __future__ import annotations

_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪"}
_TABLE = str.maketrans(_BULLETS)


def readable(value):
    """`value` with Symbol and Wingdings bullets as Unicode bullets; a Markup stays Markup (its
    translate keeps the type, and a bullet needs no escaping), anything else is returned as it is."""
    if isinstance(value, str) and ("\uf0b7" in value or "\uf0a7" in value):
        return value.translate(_TABLE)
    return value
