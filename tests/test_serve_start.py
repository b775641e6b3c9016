"""What `minutebook serve` loads to start: only Datasette and the site, never the ingest's
readers and NLP, nor pint's unit tables until something uses a unit. Behaviour, not timing:
the modules a real `serve` process imports, read from Python's own import log."""

import subprocess
import sys

from minutebook.ingest.publish import public_path

# what serving never needs: the readers, NLP, and what sqlite-utils and pint pull in
NOT_FOR_SERVING = ("spacy", "pdfplumber", "pypdfium2", "pytesseract", "sqlite_utils", "numpy", "dask",
                   "datasette.vendored.pint.")


def imported_by_serve(db):
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "minutebook", "serve", "--db", str(db),
                             "--get", "/search?q=CCTV"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "<mark>" in result.stdout  # it really served a search with hits
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def test_serve_imports_no_reader_nlp_or_unit_tables(corpus_db):
    modules = imported_by_serve(corpus_db)
    assert "datasette.app" in modules and "minutebook.fulltext" in modules
    heavy = sorted(m for m in modules if any(m == h.rstrip(".") or m.startswith(h.rstrip(".") + ".")
                                             for h in NOT_FOR_SERVING))
    assert heavy == []


def test_units_still_work_when_something_uses_them(corpus_db):
    """Datasette's unit registry is built the first time it is used, and is then pint's own."""
    code = f"""
from minutebook.serve import make_datasette
make_datasette({str(public_path(str(corpus_db)))!r})
from datasette.views.base import ureg
print(type(ureg).__name__, ureg("1.5 km").to("m").magnitude, type(ureg._registry()).__name__)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    deferred, metres, real = result.stdout.split()
    assert deferred == "_DeferredUnitRegistry" and float(metres) == 1500.0 and real == "UnitRegistry"
