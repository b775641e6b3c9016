"""Actions marked in a side column: the reader (ingest/layout.py) gives each owner code with the
body line printed level with it; the action is the sentence that line ends in, found in the
page's passages whatever order the text layer put things in."""

from __future__ import annotations

import re

from .actions import ActionFact, owners_from, split_status
from .people import Registry

SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(" | ", " ")).strip()


def side_column_actions(pages, passages, registry: Registry) -> list[tuple[int, ActionFact]]:
    """None unless at least one code names a person of the paper: a column of staff codes or
    fund references beside a table is not a column of owners."""
    found = _side_column_actions(pages, passages, registry)
    named = any(kind == "person" and name != code for _, f in found for (name, kind), code in
                zip(f.owners, re.split(r"\s*[/,&\s]\s*", f.text.rsplit("ACTION: ", 1)[-1])))
    return found if named else []


def _side_column_actions(pages, passages, registry: Registry) -> list[tuple[int, ActionFact]]:
    found = []
    for page in pages:
        for mark, line in getattr(page, "side_marks", None) or []:
            hit = _sentence_ending_line(passages, page.number, _norm(line))
            if hit is None:
                continue
            n, sentence = hit
            description, status, marker = split_status(sentence)
            owners = owners_from(re.sub(r"\s+", "/", mark.strip()), registry)
            found.append((n, ActionFact(text=f"{sentence}\nACTION: {mark}", description=description, owners=owners,
                                        page=passages[n].page, block=n, status=status, status_text=marker,
                                        rule="side-column")))
    return found


def _sentence_ending_line(passages, page: int, line: str) -> tuple[int, str] | None:
    """The passage on (or next to) `page` holding `line`, and the sentence running through the
    line's last words: the code sits level with where its sentence is written."""
    tail = line[-40:]
    for n, p in enumerate(passages):
        if abs(p.page - page) > 1:
            continue
        text = _norm(p.text)
        at = text.find(tail)
        if at < 0:
            continue
        end = at + len(tail)
        start = 0
        for sentence in SENTENCE_END_RE.split(text):
            stop = start + len(sentence)
            if start <= end - 1 < stop + 1:
                return n, sentence.strip()
            start = stop + 1
        return n, text
    return None
