"""minutebook: committee papers into a searchable, auditable database."""

import os

# numpy (imported under spaCy) starts OpenBLAS, which maps a buffer of about 32 MB for each
# thread it may use: 40 MB on two cores, more on bigger machines, counted against every paper's
# --max-memory ceiling in the worker that inherits it, and never used (minutebook multiplies no
# matrices). One thread unless the user chose otherwise. Before anything imports numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
