"""Optional OCR for scanned pages, used only when the tesseract program is installed.

Nothing here downloads anything: without tesseract on PATH a scan is recorded as `no_text`.

Pages are OCRed in parallel, one tesseract process per core, each held to one thread:
measured on this project's two-core machines, two single-threaded processes read four pages
about 2x faster than one after the other, while tesseract's own threads were slower than one
thread (they fight over the cores). Each page's text is kept in a cache keyed by the file's
content and the OCR settings, so an unchanged scan is never OCRed twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator

from .progress import report

DPI = 200
PSM = "4"


@dataclass
class OcrSettings:
    cache_path: str | None = None  # a SQLite file of OCRed pages; None: no cache
    on_page: Callable[[str, int, int, int], None] | None = None  # (path, page, pages done, pages to do)
    workers: int = 0  # tesseract processes at once; 0: one per core


_settings = OcrSettings()


@contextlib.contextmanager
def ocr_settings(**changes) -> Iterator[OcrSettings]:
    """Settings for the OCR done inside the block (and in worker processes forked inside it)."""
    global _settings
    before = _settings
    _settings = replace(before, **changes)
    try:
        yield _settings
    finally:
        _settings = before


def cache_path_for(db_path: str) -> str:
    """The OCR cache lives beside the archive, named after it."""
    return f"{db_path}.ocr-cache"


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf(path: str, dpi: int = DPI, pages: list[int] | None = None) -> list[list[str]]:
    """The text lines of the given 0-based pages (all pages when None), in that order."""
    import pypdfium2 as pdfium

    settings = _settings
    pdf = pdfium.PdfDocument(path)
    cache = None
    try:
        indexes = list(range(len(pdf))) if pages is None else list(pages)
        cache = _Cache(settings.cache_path, _file_key(path, dpi)) if settings.cache_path else None
        found = {i: cache.get(i) for i in indexes} if cache else {}
        todo = [i for i in indexes if found.get(i) is None]
        done = 0
        for i in indexes:
            if found.get(i) is not None:
                done += 1
                _tell(settings, path, i, done, len(indexes))
        render_lock = threading.Lock()  # pdfium is not thread-safe; tesseract runs outside the lock
        workers = settings.workers or os.cpu_count() or 1
        with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_ocr_page, pdf, i, dpi, Path(tmp), render_lock): i for i in todo}
            for future in as_completed(futures):
                i = futures[future]
                found[i] = future.result()
                if cache:
                    cache.put(i, found[i])
                done += 1
                _tell(settings, path, i, done, len(indexes))
    finally:
        pdf.close()
        if cache:
            cache.close()
    return [found[i].splitlines() for i in indexes]


def _tell(settings: OcrSettings, path: str, index: int, done: int, total: int) -> None:
    report(path, f"OCR page {done} of {total}")  # the command line's bar
    if settings.on_page:
        settings.on_page(path, index + 1, done, total)


def _ocr_page(pdf, index: int, dpi: int, tmp: Path, render_lock: threading.Lock) -> str:
    png = tmp / f"p{index}.png"
    with render_lock:
        pdf[index].render(scale=dpi / 72).to_pil().save(png)
    out = subprocess.run(
        ["tesseract", str(png), "-", "--psm", PSM], capture_output=True, text=True, timeout=120,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one thread each: the pages are the parallelism
    )
    png.unlink(missing_ok=True)
    return out.stdout


def _file_key(path: str, dpi: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return f"{h.hexdigest()}:{dpi}:{PSM}:{_tesseract_version()}"


_version: str | None = None


def _tesseract_version() -> str:
    global _version
    if _version is None:
        out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
        _version = ((out.stdout or out.stderr).splitlines() or ["tesseract"])[0].strip()
    return _version


class _Cache:
    """OCRed page text by (file content, settings, page); safe for several processes at once."""

    def __init__(self, path: str, file_key: str):
        self.file_key = file_key
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("pragma journal_mode = wal")
        self.db.execute("create table if not exists ocr_pages (file_key text, page int, text text, "
                        "primary key (file_key, page))")

    def get(self, page: int) -> str | None:
        row = self.db.execute("select text from ocr_pages where file_key = ? and page = ?",
                              [self.file_key, page]).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()

    def put(self, page: int, text: str) -> None:
        self.db.execute("insert or replace into ocr_pages values (?, ?, ?)", [self.file_key, page, text])
