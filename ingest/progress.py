"""What the ingest is doing right now (which paper, which page is being OCRed), for the
command line's progress bar. Readers call `report`; nobody listening costs nothing. Worker
processes send their messages to the parent, which passes them on with `report_raw`."""

from __future__ import annotations

import os
from typing import Callable

_listener: Callable[[str], None] | None = None


def listen(callback: Callable[[str], None] | None) -> None:
    global _listener
    _listener = callback


def report(path: str, doing: str = "") -> None:
    if _listener is not None:
        _listener(os.path.basename(path) + (f": {doing}" if doing else ""))


def report_raw(doing: str) -> None:
    """A message already worded by `report` in a worker process."""
    if _listener is not None:
        _listener(doing)
