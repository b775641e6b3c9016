"""Optional OCR for scanned pages, used only when the tesseract program is installed.

Nothing here downloads anything: without tesseract on PATH a scan is recorded as `no_text`.

Page images go to tesseract through a pipe, never through temporary files, and tesseract dies
with the process that started it, so a killed run leaves nothing behind. Blank pages are not
sent to tesseract; a page too large to render within the memory ceiling is skipped and said.

Pages are OCRed in parallel, one tesseract process per core, each held to one thread:
measured on this project's two-core machines, two single-threaded processes read four pages
about 2x faster than one after the other, while tesseract's own threads were slower than one
thread (they fight over the cores). Each page's text is kept in a cache keyed by the file's
content and the OCR settings, so an unchanged scan is never OCRed twice.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import io
import math
import os
import shutil
import signal
import sqlite3
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from typing import Callable, Iterator

from . import limits
from .progress import report

DPI = 200
PSM = "4"
# Below this many dots per inch tesseract reads nothing useful: a page too large to render at it
# within the pixel limit is skipped (and said), not shrunk into noise.
MIN_DPI = 100


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


def current_settings() -> OcrSettings:
    return _settings


def cache_path_for(db_path: str) -> str:
    """The OCR cache lives beside the archive, named after it."""
    return f"{db_path}.ocr-cache"


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def not_read_reason(ocr: bool | None) -> str:
    """Why pages that needed OCR were not OCRed."""
    return "OCR was turned off (--no-ocr)" if ocr is False else "tesseract is not installed to read it with OCR"


def no_text_reason(pages: int, ocr: bool | None, notes: list[str]) -> str:
    """Why a PDF gave no text, saying what was tried: tesseract is named only when it is missing."""
    reason = f"no text layer on any of its {pages} pages"
    if ocr is False:
        return f"{reason} (a scan?); OCR was turned off (--no-ocr)"
    if not ocr_available():
        return f"{reason} (a scan?); install tesseract to read it with OCR"
    return f"{reason}, and OCR found no text either" + (f" ({'; '.join(notes)})" if notes else "")


def ocr_pdf(path: str, dpi: int = DPI, pages: list[int] | None = None, notes: list[str] | None = None) -> list[list[str]]:
    """The text lines of the given 0-based pages (all pages when None), in that order; what
    was not OCRed (blank pages, pages too large) is said in `notes`."""
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
        skipped: list[str] = []
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_ocr_page, pdf, i, dpi, render_lock, skipped): i for i in todo}
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
    if notes is not None:
        blank = skipped.count("blank")
        notes += [f"{blank} blank page{'s' if blank > 1 else ''}"] if blank else []
        notes += [n for n in skipped if n != "blank"]
    return [found[i].splitlines() for i in indexes]


def _tell(settings: OcrSettings, path: str, index: int, done: int, total: int) -> None:
    report(path, f"OCR page {done} of {total}")  # the command line's bar
    if settings.on_page:
        settings.on_page(path, index + 1, done, total)


def _ocr_page(pdf, index: int, dpi: int, render_lock: threading.Lock, skipped: list[str]) -> str:
    import pypdfium2 as pdfium

    with render_lock:
        page = pdf[index]
        if pdfium.raw.FPDFPage_CountObjects(page.raw) == 0:
            skipped.append("blank")
            return ""
        width, height = page.get_size()
        scale = _scale(width, height, dpi, limits.current().page_pixels)
        if scale is None:
            skipped.append(f"page {index + 1} is {width / 72:.0f} × {height / 72:.0f} in, too large to OCR")
            return ""
        image = page.render(scale=scale, grayscale=True).to_pil()
    if image.getextrema()[0] >= 250:  # nothing darker than paper: a blank scan
        skipped.append("blank")
        return ""
    png = io.BytesIO()
    image.save(png, format="PNG")
    del image
    out = subprocess.run(
        ["tesseract", "stdin", "stdout", "--psm", PSM], input=png.getvalue(), capture_output=True, timeout=120,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one thread each: the pages are the parallelism
        preexec_fn=_die_with_parent,
    )
    return out.stdout.decode("utf-8", "replace")


def _scale(width: float, height: float, dpi: int, max_pixels: int) -> float | None:
    """The render scale: the asked dpi, lowered to fit the pixel limit; None below MIN_DPI."""
    scale = min(dpi / 72, math.sqrt(max_pixels / max(width * height, 1.0)))
    return scale if scale * 72 >= MIN_DPI else None


try:  # resolved here, not in the forked child: the child may only call it
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):
    _prctl = None


def _die_with_parent() -> None:
    """In tesseract before it starts: die when the process that started it dies (Linux)."""
    if _prctl is not None:
        _prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


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


def cached_pages(cache_path: str | None, sha256: str) -> list[tuple[str, int, str]]:
    """Every page of the file with this content in the cache, under any OCR settings, as
    (file_key, page, text): a worker elsewhere keeps the rows that match its own tesseract."""
    if not cache_path or not os.path.exists(cache_path):
        return []
    db = sqlite3.connect(cache_path, timeout=30)
    try:  # the key starts with the content hash: a range, so the primary key's index is used
        return db.execute("select file_key, page, text from ocr_pages where file_key >= ? and file_key < ?",
                          [f"{sha256}:", f"{sha256};"]).fetchall()
    except sqlite3.OperationalError:  # a cache file without its table yet
        return []
    finally:
        db.close()


def store_pages(cache_path: str | None, rows: list[tuple[str, int, str]]) -> None:
    """Add pages OCRed elsewhere (a cluster's worker) to the cache, as if OCRed here."""
    if not cache_path or not rows:
        return
    by_key: dict[str, list[tuple[int, str]]] = {}
    for key, page, text in rows:
        by_key.setdefault(key, []).append((page, text))
    for key, pages in by_key.items():
        cache = _Cache(cache_path, key)
        try:
            for page, text in pages:
                cache.put(page, text)
        finally:
            cache.close()
