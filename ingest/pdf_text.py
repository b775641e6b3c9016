"""One pdfium text page read by position: its text rectangles, and the text inside a box.

The readers that cut a page into boxes (layout.side_marks, label_columns) ask for the text of
hundreds of boxes a page. pdfium answers each by walking every character of the page, and
pypdfium2's `get_text_bounded` asks twice (once for the length, once for the text); here it is
asked once, into a buffer sized for the page, and the rectangles are read once for both readers."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw


class PageText:
    def __init__(self, textpage: pdfium.PdfTextPage):
        self.textpage = textpage
        self.rects = [textpage.get_rect(k) for k in range(textpage.count_rects())]
        self._buffer = None  # made at the first box: most pages are asked for none
        # the two readers ask for some boxes more than once (a fifth of the asks on real papers), and each
        # ask is a walk of every character of the page
        self._boxes: dict[tuple[float, float, float, float], str] = {}

    def bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        """The text of the characters inside the box, as `PdfTextPage.get_text_bounded` gives it."""
        box = (left, bottom, right, top)
        if box not in self._boxes:
            self._boxes[box] = self._read(*box)
        return self._boxes[box]

    def _read(self, left: float, bottom: float, right: float, top: float) -> str:
        if self._buffer is None:
            # a character is at most two UTF-16 units (a surrogate pair), and a line break before it two more
            self._buffer = (ctypes.c_ushort * (4 * self.textpage.count_chars() + 4))()
        n = raw.FPDFText_GetBoundedText(self.textpage, left, top, right, bottom, self._buffer, len(self._buffer))
        if n > 0 and self._buffer[n - 1] == 0:
            n -= 1  # the count includes the closing NUL
        return ctypes.string_at(self._buffer, 2 * n).decode("utf-16-le", errors="ignore") if n > 0 else ""
