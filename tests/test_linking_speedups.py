"""Ways of linking a body's actions faster must give exactly what the plain way gives: the posts
mask behind its words, a summary line's label taken off behind its mark, stems read in one pass."""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from minutebook.extract.action_match import IN_ORDER_RE, WORD_RE, _word_stem, stems
from minutebook.extract.literal_gate import Gated
from minutebook.ingest.body_vocabulary import _posts_named
from minutebook.ingest.document import ReadError
from minutebook.ingest.pipeline import find_structure, read_document
from minutebook.ingest.store_action_links import SUMMARY_LABEL_RE, without_summary_label
from minutebook.serve import corpus_dir

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

GENERATED = [
    "The Business and Performance Manager will produce a paper on the reserves.",
    "THE BUSINESS & PERFORMANCE MANAGER gave the following highlights",
    "the vice  chair and the Deputy\nClerk attended",
    "Vice-Chair to write to the \u212aent branch",  # the Kelvin sign is a 'k' to IGNORECASE
    "June23.03 Trees in NBW - JH will instruct Bob Staig to produce a report.",
    "Item 4 \u2013 Website: the framework is agreed - CF to action",
    "no mark here at all\njust lines",
    "a dash-joined word and a colon:without space",
    "line one -\n- line two :\tthree",
    "",
    "in order to comply with the insurance the order was placed",
    "IN ORDER THAT the Order of the day ...",
]


@cache
def _texts() -> tuple[str, ...]:
    paths = sorted(corpus_dir().glob("*.pdf")) + sorted(corpus_dir().glob("*.html"))
    if (SHARED / "real").is_dir():
        paths += sorted((SHARED / "real").glob("*.pdf"))[:8]
    texts = list(GENERATED)
    for path in paths:
        try:
            doc = read_document(str(path), ocr=False)
        except ReadError:  # a scan: OCR is not what this compares
            continue
        for p in find_structure(doc).passages:
            texts.append(p.text)
            texts += re.split(r"(?<=[.!?])\s+|\n", p.text)
    return tuple(texts)


def _archive_with_posts(*titles: str) -> sqlite3.Connection:
    """A real SQLite archive holding the tables _posts_named reads: one meeting's roles."""
    db = sqlite3.connect(":memory:")
    db.execute("create table roles (title text, meeting_id integer, document_id integer)")
    db.execute("create table meeting_documents (meeting_id integer, document_id integer)")
    db.execute("insert into meeting_documents values (1, 1)")
    db.executemany("insert into roles values (?, 1, 1)", [(t,) for t in titles])
    return db


def test_the_posts_mask_behind_its_words_masks_what_the_pattern_masks():
    mask = _posts_named(_archive_with_posts("Business & Performance Manager", "Community Lead", "Library Manager"), [1])
    assert isinstance(mask, Gated)
    assert {"business", "community", "library", "vice", "deputy"} <= set(mask.words)
    masked = 0
    for text in _texts():
        expected = mask.pattern.sub(" ", text)
        assert mask.sub(" ", text) == expected, text
        masked += expected != text
    assert masked >= 3  # the generated lines naming posts at least: matches are compared, not only misses


def test_a_post_whose_first_word_is_not_ascii_leaves_the_mask_ungated():
    mask = _posts_named(_archive_with_posts("Économie Manager"), [1])
    assert isinstance(mask, re.Pattern)
    assert mask.sub(" ", "the Économie Manager spoke") == "the   spoke"


def test_a_summary_line_loses_its_label_as_the_label_pattern_takes_it_off():
    changed = 0
    for text in _texts():
        expected = SUMMARY_LABEL_RE.sub("", text, count=1)
        assert without_summary_label(text) == expected, text
        changed += expected != text
    assert changed >= 3


def test_stems_in_one_pass_are_the_stems_word_by_word():
    def word_by_word(text, ignore=frozenset()):
        text = IN_ORDER_RE.sub(" ", (text or "").lower())
        out = []
        for w in WORD_RE.findall(text.replace("\u2019", "'")):
            w, stemmed = _word_stem(w)
            if stemmed is not None and w not in ignore:
                out.append(stemmed)
        return out

    ignore = frozenset({"sheila", "council", "library"})
    for text in _texts():
        assert stems(text) == word_by_word(text), text
        assert stems(text, ignore) == word_by_word(text, ignore), text
    assert "order" not in stems("in order to comply") and "order" in stems("the order was placed")
