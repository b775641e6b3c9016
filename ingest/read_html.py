"""HTML minutes pages to Document: the visible content only.

Site chrome (navigation, headers, footers, cookie banners, breadcrumb trails, "PDF 131 KB"
link decorations) is dropped; layout tables (a modern.gov item table holds whole minutes in
its cells) are read as the blocks inside them, data tables as tables.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from .document import HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document, Page, ReadError
from .read_text import decode

VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}
DROP_TAGS = {"script", "style", "nav", "header", "footer", "form", "noscript", "button", "select",
             "iframe", "svg", "template", "head", "aside", "label"}
DROP_CLASS_RE = re.compile(
    r"^(?:nav|navbar.*|menu|.*-menu|breadcrumb.*|cookie.*|site-header|site-footer|footer|header|"
    r"sidebar|skip.*|mgfilesize|mglinks|mgactionlist|visually-hidden|sr-only|hidden|share.*|social.*)$",
    re.I,
)
BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "section",
              "article", "main", "blockquote", "pre", "dl", "dt", "dd", "caption", "body", "td", "th", "figure"}


# Real pages nest a few dozen elements deep. A hostile one nesting 100,000 made every stray end
# tag walk the whole chain (quadratic: a paper over its time budget) and the recursive reading
# below overflow Python's stack; elements deeper than this are read as siblings at this depth.
MAX_DEPTH = 200


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "depth")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, dict(attrs), [], parent
        self.depth = parent.depth + 1 if parent is not None else 0


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("document", {}, None)
        self.node = self.root
        self.open: dict[str, int] = {}  # open elements by tag, so a stray end tag costs nothing

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.node)
        self.node.children.append(node)
        if tag not in VOID and node.depth < MAX_DEPTH:
            self.node = node
            self.open[tag] = self.open.get(tag, 0) + 1

    def handle_endtag(self, tag):
        if not self.open.get(tag):
            return
        n = self.node
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            while self.node is not n.parent:  # every element this end tag closes
                self.open[self.node.tag] -= 1
                self.node = self.node.parent

    def handle_data(self, data):
        self.node.children.append(data)


def read_html(path: str) -> Document:
    with open(path, "rb") as f:
        data = f.read()
    text = decode(data, path)
    if "<" not in text[:2000]:
        raise ReadError("not HTML: no markup in the first 2,000 characters")
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    title = _title(builder.root)
    root = _content_root(builder.root)
    blocks: list[Block] = []
    _walk(root, blocks)
    blocks = [b for b in blocks if b.text]
    page_text = "\n\n".join(b.text for b in blocks)
    return Document(path=path, format="html", title=title, pages=[Page(1, page_text, blocks)])


def _find(node, pred):
    if isinstance(node, str):
        return None
    if pred(node):
        return node
    for child in node.children:
        found = _find(child, pred)
        if found is not None:
            return found
    return None


def _title(root) -> str:
    node = _find(root, lambda n: n.tag == "title")
    return _inline_text(node).strip() if node else ""


def _content_root(root):
    for pred in (
        lambda n: n.attrs.get("id") == "modgov",
        lambda n: n.tag == "main" or n.attrs.get("role") == "main",
        lambda n: n.tag == "article",
        lambda n: n.tag == "body",
    ):
        found = _find(root, pred)
        if found is not None:
            return found
    return root


def _dropped(node) -> bool:
    if node.tag in DROP_TAGS:
        return True
    if node.attrs.get("hidden") is not None or node.attrs.get("aria-hidden") == "true":
        return True
    if "display:none" in (node.attrs.get("style") or "").replace(" ", "").lower():
        return True
    tokens = (node.attrs.get("class") or "").split() + [node.attrs.get("id") or ""]
    return any(t and DROP_CLASS_RE.match(t) for t in tokens)


def _inline_text(node) -> str:
    parts: list[str] = []

    def rec(n):
        if isinstance(n, str):
            parts.append(n)
            return
        if _dropped(n) and n.tag != "title":
            return
        if n.tag == "br":
            parts.append("\n")
        for c in n.children:
            rec(c)

    rec(node)
    return "".join(parts)


# Markdown bold a converter left glued into the page's words ('<strong>5</strong>**.3 Village Hall Report:**',
# 'S****ITES 950', '4th May 2012**.**'): read as text, '5**.3' made a count of 5 and hid item 5.3
MARKDOWN_BOLD_RE = re.compile(r"(?<=\S)\*{2,}|\*{2,}(?=\S)")


_GAPS_RE = re.compile(r"[ \t\u00a0\u200b]+")


def _clean(text: str) -> str:
    # each pattern only where it can match: a 50 MB paragraph paid seconds for passes that changed nothing
    text = unescape(text)
    if "**" in text:
        text = MARKDOWN_BOLD_RE.sub("", text)
    lines = [_GAPS_RE.sub(" ", s).strip() if ("  " in s or "\t" in s or "\u00a0" in s or "\u200b" in s) else s.strip()
             for s in text.split("\n")]
    return " ".join(s for s in lines if s).strip()


def _has_block_children(node) -> bool:
    return any(not isinstance(c, str) and (c.tag in BLOCK_TAGS) and not _dropped(c) for c in node.children)


def _walk(node, blocks: list[Block]) -> None:
    if isinstance(node, str) or _dropped(node):
        return
    tag = node.tag
    if tag == "table":
        _table(node, blocks)
        return
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        blocks.append(Block(HEADING, _clean(_inline_text(node)), 1))
        return
    if tag == "li" and not _has_block_children(node):
        blocks.append(Block(LIST_ITEM, _clean(_inline_text(node)), 1))
        return
    if not _has_block_children(node):
        text = _clean(_inline_text(node))
        if text and tag not in {"document"}:
            kind = HEADING if _looks_like_heading(node, text) else PARAGRAPH
            blocks.append(Block(kind, text, 1))
        return
    # mixed content: runs of inline children form paragraphs between block children
    run: list = []
    for child in node.children:
        if isinstance(child, str) or child.tag not in BLOCK_TAGS:
            run.append(child)
            continue
        _flush_run(run, blocks)
        run = []
        _walk(child, blocks)
    _flush_run(run, blocks)


def _flush_run(run, blocks):
    text = _clean("".join(c if isinstance(c, str) else _inline_text(c) for c in run if isinstance(c, str) or not _dropped(c)))
    if text:
        blocks.append(Block(PARAGRAPH, text, 1))


# a flattened table's cell set bold on a line of its own: an owner's code ('MPO', 'DCO/MPO') or a day ('9/11/12'),
# or a piece of a cell of codes its lines split ('NC/', 'JB/')
CELL_ONLY_RE = re.compile(r"/?[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*/?|\d{1,2}/\d{1,2}(?:/\d{2,4})?")


def _looks_like_heading(node, text: str) -> bool:
    cls = (node.attrs.get("class") or "").lower()
    if "title" in cls or "heading" in cls:
        return len(text) < 150
    strong = [c for c in node.children if not isinstance(c, str) and c.tag in {"b", "strong"}]
    plain = "".join(c for c in node.children if isinstance(c, str)).strip()
    return bool(strong) and not plain and len(text) < 120 and not text.endswith(".") \
        and not CELL_ONLY_RE.fullmatch(text)


def _table(node, blocks: list[Block]) -> None:
    rows = []
    for tr in _rows(node):
        cells = [c for c in tr.children if not isinstance(c, str) and c.tag in {"td", "th"}]
        rows.append(cells)
    layout = any(_has_block_children(c) for r in rows for c in r if _deep_blocks(c))
    if not layout:
        data = [[_clean(_inline_text(c)) for c in r] for r in rows]
        data = [r for r in data if any(r)]
        if data:
            blocks.append(Block(TABLE, "\n".join(" | ".join(c for c in r if c) for r in data), 1, rows=data))
        return
    for cells in rows:
        prefix = ""
        for i, cell in enumerate(cells):
            text = _clean(_inline_text(cell))
            if i == 0 and len(cells) > 1 and len(text) <= 8:
                prefix = text  # an item-number cell: "54."
                continue
            start = len(blocks)
            _walk(cell, blocks)
            if prefix and len(blocks) > start:
                first = blocks[start]
                first.text = f"{prefix} {first.text}".strip()
                first.kind = HEADING if len(first.text) < 150 else first.kind
                prefix = ""


def _deep_blocks(cell) -> bool:
    # an empty <div></div> is a line break, not a block: Boughton's name table breaks a cell's lines so, and was
    # read as a layout table, its cells one paragraph each with no row or column left to tell whose they were
    return any(not isinstance(c, str) and c.tag in {"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4"}
               and (c.tag != "div" or _clean(_inline_text(c))) for c in cell.children)


def _rows(table):
    for child in table.children:
        if isinstance(child, str):
            continue
        if child.tag == "tr":
            yield child
        elif child.tag in {"thead", "tbody", "tfoot"}:
            yield from _rows(child)
