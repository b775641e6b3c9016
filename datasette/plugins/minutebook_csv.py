"""Every CSV the site serves holds no cell a spreadsheet would run as a formula.

Datasette writes every CSV answer (a table, a row, a view, arbitrary SQL, a canned query, with
or without `?_stream=on`, `_dl` or `_labels`) through one `csv.writer` in `datasette.views.base`,
and offers no hook for its cells; so that module's `csv` is given a writer that passes each row
through `minutebook.csv_cells.safe_row` first (text from a hostile paper starting with `=`, `+`,
`-` or `@` gets a leading apostrophe; numbers are left as they are). tests/test_csv_cells.py
asks the site for each kind of CSV and fails if Datasette stops writing through it.
"""

import csv

import datasette.views.base

from minutebook.csv_cells import safe_row


class _SafeWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows):
        return self._writer.writerows(safe_row(r) for r in rows)


class _SafeCsv:
    """The csv module, with its writers made safe."""

    def __getattr__(self, name):
        return getattr(csv, name)

    @staticmethod
    def writer(*args, **kwargs):
        return _SafeWriter(csv.writer(*args, **kwargs))


datasette.views.base.csv = _SafeCsv()
