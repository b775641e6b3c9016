"""Cheap tests run before costly patterns must let through every text the pattern would match:
the dates' opening lookaheads, the reference test of paper_kind, and the body-word test before a
name is cleaned. Checked on every line of the bundled corpus and, when present, the shared papers."""

from __future__ import annotations

import re
from functools import lru_cache

from minutebook.ingest import dates, meeting_finder, paper_kind
from minutebook.ingest.read import read_document

from .conftest import CORPUS, SHARED

# lines the shared papers do not hold: capitals, a long s (IGNORECASE folds it to 's'), ordinals
MADE = ["SUNDAY 5TH MAY 2024", "Thurs 12 Sept, 2019", "ſaturday 3 June 2023", "DEC 25, 2020", "on 1st of April",
        "Wednesday, June 7th 2017 at 7pm", "see WWW.Example.org or ./papers/x.PDF", "Nov 3 and 4", "23\" January 2019"]


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    folders = [CORPUS] + [SHARED / d for d in ("real", "series", "wild") if (SHARED / d).is_dir()]
    lines = list(MADE)
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in (".pdf", ".html", ".htm", ".docx", ".md", ".txt"):
                continue
            try:
                doc = read_document(str(path), ocr=False)
            except Exception:  # noqa: BLE001 - a paper that cannot be read has no lines to check
                continue
            lines += [line for b in doc.blocks for line in b.text.splitlines() if line.strip()]
    return lines


def test_dates_lookaheads_lose_no_match():
    lookaheads = (dates.DAY_FIRST, dates.NAME_FIRST, dates.MONTH_FIRST)
    led = 0
    for kind, pattern in dates.PATTERNS:
        plain_text = pattern.pattern
        for lookahead in lookaheads:
            plain_text = plain_text.replace(lookahead, "")
        if plain_text == pattern.pattern:
            continue
        led += 1
        plain = re.compile(plain_text, pattern.flags)
        for line in _lines():
            assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in plain.finditer(line)], (kind, line)
    assert led == 5
    hint = re.compile(dates._MONTH_HINT.pattern.replace(dates.MONTH_FIRST, ""), dates._MONTH_HINT.flags)
    assert all(bool(dates._MONTH_HINT.search(line)) == bool(hint.search(line)) for line in _lines())


def test_reference_test_passes_every_line_with_a_reference():
    lines = _lines()
    named = [line for line in lines if paper_kind.REFERENCE_RE.search(line)]
    assert named  # the made lines name one at least
    assert all(paper_kind._names_a_reference(line) for line in named)
    assert not any(paper_kind._names_a_reference(line) for line in lines if line not in set(named))


def test_cleaning_a_name_gives_it_no_body_word():
    for line in _lines():
        for name, _ in meeting_finder._names_in(meeting_finder.HeadLine(line, 0, 1, False)):
            if meeting_finder.BODY_WORD_RE.search(meeting_finder.clean_body(name)):
                assert meeting_finder.BODY_WORD_RE.search(name), name
