"""CSV cells that a spreadsheet opens as data, never as a formula.

A paper is hostile input: a passage, a title or a file name beginning with `=`, `+`, `-` or `@`
(or a tab or carriage return before one) is run as a formula when its CSV is opened in Excel or
LibreOffice (`=HYPERLINK(...)`, `=cmd|...`, `=WEBSERVICE(...)`), so such a text cell is written
with a leading apostrophe, which spreadsheets show as text. A number stays a number: an integer
or a real is never a formula, and nor is a text cell that is only a number ("-5", "+3.2"), which
a spreadsheet reads as that number.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def safe_cell(value):
    """`value` as a CSV cell that cannot act as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row):
    return [safe_cell(v) for v in row]
