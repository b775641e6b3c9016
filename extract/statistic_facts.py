"""Statistics of a paper: measured quantities in sentences, and table columns whose header
gives the unit and scale (£m, £000, %)."""

from __future__ import annotations

import re

from .english import reads_as_english
from .statistics import CURRENCY, find_statistics


def paper_currency(passages) -> str | None:
    """The currency a paper writes its signed amounts in, when one clearly dominates: amounts it
    prints without a sign ('46K', '1,962.39') are in it too."""
    counts = {unit: sum(p.text.count(sign) for p in passages) for sign, unit in CURRENCY.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] and counts[best] >= 4 * (sum(counts.values()) - counts[best]) else None


def statistics(docs, structure, facts):
    passages = structure.passages
    currency = paper_currency(passages)
    numbering = _item_numbers(passages)
    for n, p in enumerate(passages):
        if p.kind == "heading":
            continue
        columns = _column_scales(p)
        if columns:
            _scaled_row(p, n, columns, structure, facts)
            continue
        sentences = [s.text for s in docs[n].sents] if p.kind != "table_row" else [p.text]
        counts = None  # whether the passage is English, asked only of a passage with a figure in it
        for sentence in sentences:
            if counts is None and _DIGIT.search(sentence):
                counts = reads_as_english(p.text)
            next_item = _next_item_label(sentence, numbering)
            for s in find_statistics(sentence, currency, counts is not False):
                if s.start == next_item:
                    continue
                _add_statistic(facts, structure, p, n, s.value, s.unit, s.measure, s.period, s.text, sentence)


_DIGIT = re.compile(r"\d")
# a Markdown paper escapes the full stop of a number that opens a line ('6\\. Announcement'), lest it turn into a list
ITEM_LABEL_RE = re.compile(r"(?:^|(?<=[.:;]\s)|(?<=\|\s))(\d{1,2})(?:\.\d{1,2})*(?:\\?\.)?\s*[A-Z][a-z]")
TRAILING_LABEL_RE = re.compile(r"(?<![\w.,£$€])(\d{1,2})\\?\.\s*$")


def _item_numbers(passages) -> set[int]:
    """The numbers a paper gives its items: those that open a passage or follow a sentence's end, before a capital
    ('6. Accounts', '5.3 Risk Assessment', '12 Village Fayre')."""
    return {int(m.group(1)) for p in passages if _DIGIT.search(p.text) for m in ITEM_LABEL_RE.finditer(p.text)}


def _next_item_label(sentence: str, numbering: set[int]) -> int:
    """Where a number that ends a sentence starts, when it is the label of the paper's next item cut from its
    heading by the sentence splitter or by OCR ('... to discourage use at this time. 2207/05/2020 6.' /
    'Accounts were presented'): it continues the paper's numbering (a neighbour is an item number). -1: none."""
    m = TRAILING_LABEL_RE.search(sentence)
    if not m:
        return -1
    n = int(m.group(1))
    return m.start(1) if n - 1 in numbering or n + 1 in numbering else -1


def _add_statistic(facts, structure, p, n, value, unit, measure, period, text, sentence):
    facts["statistics"].append({
        "value": value, "unit": unit, "measure": measure, "period": period, "text": text,
        "sentence": sentence[:1000], "page": p.page, "passage": n,
        "meeting": structure.real_meeting(p.meeting), "restricted": p.restricted,
    })


SCALE_CELL = {"£m": (1e6, "GBP"), "(£m)": (1e6, "GBP"), "£million": (1e6, "GBP"), "£000": (1e3, "GBP"),
              "£'000": (1e3, "GBP"), "(£000)": (1e3, "GBP"), "£k": (1e3, "GBP"), "$m": (1e6, "USD"),
              "($m)": (1e6, "USD"), "$000": (1e3, "USD"), "%": (1, "percent"), "(%)": (1, "percent")}


def _column_scales(p) -> dict[int, tuple[float, str]]:
    """Columns whose header cells say £m, £000, $m or %: their bare numbers carry that unit."""
    if p.kind != "table_row" or p.block is None or not p.block.rows:
        return {}
    scales = {}
    for row in p.block.rows[:3]:
        for i, cell in enumerate(row):
            key = (cell or "").strip().lower().replace(" ", "")
            m = re.search(r"\((£m|£000|\$m|%)\)\s*$", cell or "")
            if key in SCALE_CELL:
                scales[i] = SCALE_CELL[key]
            elif m:
                scales[i] = SCALE_CELL[f"({m.group(1)})"]
    return scales


def _scaled_row(p, n, columns, structure, facts):
    row = next((r for r in p.block.rows if " | ".join(c for c in r if c) == p.text), None)
    if row is None:
        return
    label = next((c for c in row if c and not re.fullmatch(r"[\d.,\s-]+", c)), "")
    for i, cell in enumerate(row):
        text = (cell or "").strip()
        if i in columns and re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", text):
            scale, unit = columns[i]
            header = next((r[i] for r in p.block.rows[:2]
                           if i < len(r) and r[i] and r[i].strip().lower().replace(" ", "") not in SCALE_CELL), "")
            _add_statistic(facts, structure, p, n, float(text.replace(",", "")) * scale, unit,
                           (f"{header}: {label}" if header else label)[:200], None, text, p.text)
        elif text and i not in columns:
            for s in find_statistics(text):
                _add_statistic(facts, structure, p, n, s.value, s.unit, s.measure, s.period, s.text, text)
