"""Statistics of a paper: measured quantities in sentences, and table columns whose header
gives the unit and scale (£m, £000, %)."""

from __future__ import annotations

import re

from .statistics import CURRENCY, find_statistics


def paper_currency(passages) -> str | None:
    """The currency a paper writes its signed amounts in, when one clearly dominates: amounts it
    prints without a sign ('46K', '1,962.39') are in it too."""
    counts = {unit: sum(p.text.count(sign) for p in passages) for sign, unit in CURRENCY.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] and counts[best] >= 4 * (sum(counts.values()) - counts[best]) else None


def statistics(docs, structure, facts):
    currency = paper_currency(structure.passages)
    for n, p in enumerate(structure.passages):
        if p.kind == "heading":
            continue
        columns = _column_scales(p)
        if columns:
            _scaled_row(p, n, columns, structure, facts)
            continue
        sentences = [s.text for s in docs[n].sents] if p.kind != "table_row" else [p.text]
        for sentence in sentences:
            for s in find_statistics(sentence, currency):
                _add_statistic(facts, structure, p, n, s.value, s.unit, s.measure, s.period, s.text, sentence)


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
