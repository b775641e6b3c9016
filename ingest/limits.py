"""What one paper may cost: a wall-clock budget and a memory ceiling for reading, OCR and
extraction, and the bounds derived from the ceiling (how far a DOCX may expand, how many
pixels a page may have when rendered for OCR). A paper over a limit is recorded with the
reason and the run goes on."""

from __future__ import annotations

import resource
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    seconds: float = 60.0
    memory_mb: int = 1024
    # A scan's pages take OCR time: each page OCRed renews the budget, up to this many budgets
    # in all, so a 40-page scan is read while a paper that hangs is still stopped.
    ocr_factor: int = 10
    # What the process a paper's child is forked from already holds (a Dask worker's heap): the
    # child inherits it, so the ceiling is the paper's own allowance on top of it.
    inherited_bytes: int = 0

    @property
    def memory_bytes(self) -> int:
        return int(self.memory_mb) << 20

    @property
    def expanded_bytes(self) -> int:
        """The most uncompressed XML a DOCX may hold: parsing it takes several times its size."""
        return self.memory_bytes // 8

    @property
    def text_bytes(self) -> int:
        """The largest text, Markdown or HTML file read. It is read whole, decoded and cut into
        lines and blocks: about five times its size (a 20 MB file took 108 MB more), before its
        structure and facts. The same bound as a DOCX's expanded text."""
        return self.expanded_bytes

    @property
    def page_pixels(self) -> int:
        """The most pixels a page image for OCR may have: the bitmap, its PNG and tesseract's
        own copies come to about 40 bytes a pixel. A4 at 200 dpi is 3.9 million."""
        return self.memory_bytes // 40

    def over_time(self, spent: float | None = None) -> str:
        return (f"stopped after {spent if spent is not None else self.seconds:.0f} s: over the time budget for one "
                f"paper ({self.seconds:g} s, renewed by each page OCRed; --max-seconds)")

    def too_large(self, size: int) -> str:
        return (f"too large to read: {size / 1e6:,.0f} MB, over the {self.text_bytes / 1e6:,.0f} MB a text, Markdown "
                f"or HTML paper may be under the memory ceiling of {self.memory_mb} MB for one paper "
                f"(raise --max-memory to read it)")

    def over_memory(self) -> str:
        return f"over the memory ceiling of {self.memory_mb} MB for one paper (--max-memory)"


_current = Limits()


def current() -> Limits:
    """The limits of this process (a worker sets them once when it starts)."""
    return _current


def apply(limits: Limits) -> None:
    """Hold this process (and the OCR programs it starts) to the limits: allocations past the
    ceiling fail with MemoryError instead of growing until the kernel kills something."""
    global _current
    _current = limits
    ceiling = limits.memory_bytes + limits.inherited_bytes
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (ceiling, hard))


def data_bytes() -> int:
    """This process's data segment (VmData), which a child forked now starts with."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) << 10
    except (OSError, ValueError):
        pass
    return 0
