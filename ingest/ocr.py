"""Optional OCR for scanned PDFs, used only when the tesseract program is installed.

Nothing here downloads anything: without tesseract on PATH a scan is recorded as `no_text`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .progress import report


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf(path: str, dpi: int = 200) -> list[list[str]]:
    import pypdfium2 as pdfium

    pages: list[list[str]] = []
    pdf = pdfium.PdfDocument(path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(len(pdf)):
                report(path, f"OCR page {i + 1} of {len(pdf)}")
                image = pdf[i].render(scale=dpi / 72).to_pil()
                png = Path(tmp) / f"p{i}.png"
                image.save(png)
                out = subprocess.run(
                    ["tesseract", str(png), "-", "--psm", "4"], capture_output=True, text=True, timeout=120
                )
                pages.append(out.stdout.splitlines())
    finally:
        pdf.close()
    return pages
