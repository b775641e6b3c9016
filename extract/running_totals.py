"""Subtotals in a list of amounts, told by their arithmetic rather than their words.

A bank reconciliation or a list of payments flattened into one line prints each group's total right after the
group's last row, with no words of its own ('Minus new payments for approval (cheques as above) £533.88 £842.45',
Northwold PC; '... £41.98 EON Streetlighting Jul £493.40 TRANSFERS ...', Wereham PC). Read by its words alone, the
total takes the label of the row beside it. An amount that is, to the penny, the sum of the two or more amounts
printed right before it (back to the list's start or the last such total), each a row with words of its own, is
that group's total. Amounts with no words between them are one row's columns ('£487.50 £97.50 £585.00': net, VAT,
gross, West Dereham PC), whose sum is no group's. A group so bounded also shows which side of their amounts its
rows print their words on, decided once for the group (_labels_follow)."""

from __future__ import annotations

from dataclasses import replace

from .statistic_measure import measure_after, measure_before

SUBTOTAL = "subtotal"
# rows looked back over for a group: a sentence may hold thousands of amounts, and a walk back from each to the list's
# start would cost their square
MOST_ROWS = 50
MONEY = {"GBP", "USD", "EUR"}  # the units of amounts: a percentage or a count is summed into no total


def label_subtotals(sentence: str, facts: list) -> list:
    """The figures of a sentence, each group total among its amounts given the measure 'subtotal' unless its own
    words already call it a total. The amounts are taken in reading order, those printed with a sign and those
    without alike: a list's rows may be bare ('Precept Income 18-19 18412.00 ... Rent 18-19 275.00') and their total
    signed ('£18,687.00', Northwold PC)."""
    out = list(facts)
    money = sorted((i for i, f in enumerate(out) if f.unit in MONEY), key=lambda i: out[i].start)
    amounts = [out[i] for i in money]
    for k, fact in zip(money, _subtotals_marked(sentence, amounts)):
        out[k] = fact
    return out


def _subtotals_marked(sentence: str, amounts: list) -> list:
    out = list(amounts)
    group_start = 0
    for i, fact in enumerate(out):
        cents = round(fact.value * 100)
        first = _group_summing_to(sentence, out, max(group_start, i - MOST_ROWS), i, cents)
        if first is None:
            continue
        if _labels_follow(sentence, out[first:i + 1]):
            out[first:i] = [replace(row, measure=measure_after(sentence, row.end)) for row in out[first:i]]
        if not _named_total(fact.measure):
            out[i] = replace(fact, measure=SUBTOTAL)
        group_start = i + 1
    return out


def _group_summing_to(sentence: str, facts: list, start: int, end: int, cents: int) -> int | None:
    """Where the run of two or more amounts right before facts[end] starts, if they add up to `cents`."""
    if cents <= 0:
        return None
    if not _in_pence(facts[end]):
        return None
    total = 0
    for j in range(end - 1, start - 1, -1):
        if facts[j].unit != facts[end].unit or not _in_pence(facts[j]):
            return None
        if j < end - 1 and not _words_between(sentence, facts[j], facts[j + 1]):
            return None
        total += round(facts[j].value * 100)
        if total == cents and end - j >= 2:
            return j
        if total > cents:
            return None
    return None


def _labels_follow(sentence: str, group: list) -> bool:
    """Whether a group's rows print their amount first and their words after it ('CHEQUES: £566.88 CGM Grounds Maint
    ... £131.53 N Cooper Additional Hrs ... £235.00 Norfolk CC ... £2,566.28', Wereham PC). Read amount by amount,
    each row's words would name the amount after them, so the side is decided once for the group, from the rows
    that can be read only one way: the total has no words of its own, so the words between the last row and it
    are that row's; and the words before the first row are a heading (in capitals, or closed by a colon), no row's.
    Words that are the same after every row are a column of the rows ('Cleared statement 6', Northwold PC), not
    their labels."""
    *rows, total = group
    after = [sentence[a.end:b.start] for a, b in zip(rows, group[1:])]
    if not all(any(c.isalpha() for c in words) for words in after):
        return False
    labels = [measure_after(sentence, row.end) for row in rows]
    if None in labels or len(set(labels)) == 1:
        return False
    heading = measure_before(sentence, rows[0].start) or ""
    return not any(c.islower() for c in heading) or sentence[:rows[0].start].rstrip().endswith(":")


def _named_total(measure: str | None) -> bool:
    """Whether a total's own words say it is one: 'Subtotal Cheques', 'All Payments' (Norwalk's check summary)."""
    words = (measure or "").lower().split()
    return any("total" in w for w in words) or words[:1] == ["all"]


def _in_pence(fact) -> bool:
    """Printed to the penny ('£533.88', '£0.00'): a sum that matches to the penny is no coincidence, as whole
    pounds in prose ('£5, £5 and £10') may be."""
    text = fact.text.rstrip()
    return len(text) > 3 and text[-3] == "." and text[-2:].isdigit()


def _words_between(sentence: str, first, second) -> bool:
    return any(c.isalpha() for c in sentence[first.end:second.start])
