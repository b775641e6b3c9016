"""What a file is by its content, for a file whose name does not say: saved council pages often end
in .php, .asp, .aspx, .cfm or nothing at all, and a download can lose its .pdf."""

from __future__ import annotations

import re
import zipfile

HEAD_BYTES = 4096
# the elements of a web page: a saved page, or a fragment of one (a .php answer may open with a
# <button>), is markup that opens with a tag and holds several of these
HTML_TAGS = ("html|head|body|meta|title|link|script|style|div|span|p|br|hr|a|img|table|tr|td|th|ul|ol|li|"
             "h1|h2|h3|h4|h5|h6|section|article|header|footer|nav|main|form|button|input|time|strong|em|b|i")
TAG_RE = re.compile(rb"<(?:!doctype\s+html|/?(%s))[\s/>]" % HTML_TAGS.encode(), re.IGNORECASE)
OPENS_WITH_MARKUP_RE = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<[!a-zA-Z]", re.DOTALL)
ENOUGH_TAGS = 3  # distinct elements: one '<b>' opening a note in plain text is not a page
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniffed_format(path: str) -> str | None:
    """'pdf', 'html' or 'docx' when the file's first bytes say so clearly; None otherwise (a
    text file of unknown kind is not guessed to be a paper)."""
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    if b"%PDF-" in head[:1024]:  # the reader's own test: a PDF header within the first kilobyte
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if _is_word(path) else None
    text = head
    for bom in BOMS:
        text = text.removeprefix(bom)
    if b"\x00" not in text and OPENS_WITH_MARKUP_RE.match(text) and _elements(text) >= ENOUGH_TAGS:
        return "html"
    return None


def _elements(head: bytes) -> int:
    return len({(m.group(1) or b"!doctype").lower() for m in TAG_RE.finditer(head)})


def _is_word(path: str) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def described(path: str) -> str:
    """How a file we cannot read begins, for its recorded reason."""
    with open(path, "rb") as f:
        head = f.read(16)
    return f"its content is not a PDF, HTML page or Word document (it starts with {head!r})"
