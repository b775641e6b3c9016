"""Which column of a payments or accounts table an amount is in, read from the table's own heads.

A payment list prints each row's amounts side by side under heads such as 'Net VAT Gross' or 'Net VAT Total'. A
row whose net and gross are equal ('Clerk June salary | Chq | 388.37 | 0.00 | 388.37', Stoke Ferry; 'R Poole
101079 £221.58 £0.00 £221.58', West Dereham) prints one payment twice: each amount carries its column's head in its
measure, so a sum can choose the column rather than count the payment twice. The heads are read where the paper
prints them: the cells of the table's head row (the HTML reader's cells), or, where the table reached us as one run
of words, the run of heads in the text before the rows, matched to each row's run of amounts by position."""

from __future__ import annotations

import re
from functools import lru_cache

from .literal_gate import Gated

# the heads of amount columns: what each amount of a row is (a cheque number or a date is no amount column)
HEAD_WORDS = ("net", "vat", "gross", "total", "amount", "budget", "actual", "actuals", "variance", "estimate",
              "forecast", "spent", "receipts", "payments", "income", "expenditure")
HEAD = r"(?:" + "|".join(HEAD_WORDS) + r")"
# two or more heads side by side, nothing between them but spaces or a bare currency sign ('Net £ VAT £ Gross £'),
# maybe in the plural ('Total £s VAT', Souldern: the column is in pounds)
SIGN = r"[£$€]s?"
HEADS_RUN_RE = re.compile(rf"(?i)(?<![\w-]){HEAD}(?:(?:\s+{SIGN})?\s+{HEAD})+(?:\s+{SIGN})?(?![\w-])")
HEAD_WORD_RE = re.compile(rf"(?i)\b{HEAD}\b")
# asked of every passage and sentence of a paper: the regex runs only on a text that holds a head's word
HEADS_RUN = Gated(HEADS_RUN_RE, *HEAD_WORDS)
# a payments list of one amount column: its head line names the columns that name a payment and ends with 'Amount'
# ('Cheque Payee Description Amount 2188 JD Signs ... 22.74', Northwold; 'Check Date Payee TaxID Payee Amount / 67750
# 11/1/22 Julia A Beltran 15.00', Norwalk's check register): one head, over each row's one amount
LONE_HEAD_RE = Gated(re.compile(r"(?i)(?<![\w-])(?:payee|description|details?|supplier)\s+(?:[£$€]s?\s+)?amount"
                                r"(?:\s+[£$€]s?)?(?![\w-])"), "amount")
# a row's amounts printed side by side: to the penny, signed or not ('£165.87 £0.00 £165.87', '73.95 14.79 88.74')
AMOUNT = r"[-(]?[£$€]?\d[\d,]*\.\d\d\)?"
AMOUNT_RUN_RE = re.compile(rf"(?<!\S){AMOUNT}(?:\s+{AMOUNT})*(?!\S)")
AMOUNT_TOKEN_RE = re.compile(rf"(?<!\S){AMOUNT}(?!\S)")
# the tax column, which a row with no tax may leave blank: its net and gross then stand alone under three heads
TAX_HEADS = {"vat", "tax"}


@lru_cache(maxsize=512)
def heads_in_text(text: str) -> dict[int, str]:
    """Where each amount starts in a text that runs a table's heads and rows together, and the head of its column:
    a row's run of amounts takes the heads of the last run of heads before it, one to one when it has as many amounts
    as there are heads, or the heads but the tax column when it has one fewer (a blank VAT cell: 'Clerk's salary ...
    100893 568.34 568.34' under 'Net VAT Gross'). A run of any other length is not a row of that table."""
    runs = [(m.end(), [w.capitalize() if w.lower() != "vat" else "VAT" for w in HEAD_WORD_RE.findall(m.group(0))])
            for m in _heads_runs(text)]
    if not runs:
        return {}
    found: dict[int, str] = {}
    for m in AMOUNT_RUN_RE.finditer(text):
        heads = next((h for end, h in reversed(runs) if end <= m.start()), None)
        if heads:
            amounts = list(AMOUNT_TOKEN_RE.finditer(text, m.start(), m.end()))
            found.update(zip([a.start() for a in amounts], _fitting(heads, [a.group(0) for a in amounts])))
    return found


# what ends a row's words before its amounts: its cheque or reference number ('Clerk's salary ... 100893 568.34')
TRAILING_REFERENCE_RE = re.compile(r"(?:\s+(?i:chq|cheque|no\.?|ref\.?|dd)?\s*\d{3,})+\s*$")
ROW_WORDS = 14  # more words than a payee and purpose: running text, not a row


@lru_cache(maxsize=512)
def labels_in_text(text: str) -> dict[int, str]:
    """Where each headed amount starts in a text that runs a table's heads and rows together, and its row's own
    words: all those between the amounts of the row before (or the heads) and its own, less its cheque number
    ('EON (DD) Streetlights Electricity - March 2018', whose last four words lost the payee). Only where the amount
    heads end the head line: a column printed after them ('Net VAT Gross Remarks', West Dereham 2019) puts the row
    before's remarks among those words."""
    heads = heads_in_text(text)
    runs = _heads_runs(text)
    if not heads or any(w.lower() in OTHER_HEADS for m in runs for w in text[m.end():m.end() + 20].split()[:1]):
        return {}
    labels: dict[int, str] = {}
    begin = runs[0].end()
    for m in AMOUNT_RUN_RE.finditer(text, begin):
        if m.start() in heads:
            words = TRAILING_REFERENCE_RE.sub("", text[begin:m.start()]).strip(" -–:|,")
            if words and len(words.split()) <= ROW_WORDS and not re.search(r"[.;!?]\s", words):
                for a in AMOUNT_TOKEN_RE.finditer(text, m.start(), m.end()):
                    labels[a.start()] = words
        begin = m.end()
    return labels


def _fitting(heads: list[str], amounts: list[str]) -> list[str]:
    if len(amounts) == len(heads):
        return heads
    # a row with no tax may leave its VAT cell blank; then its net and gross are one amount printed twice (a row
    # 'Website Hosting 2017 18 74 .00 14.00 84.00' whose net the paper split is not such a row)
    untaxed = [h for h in heads if h.lower() not in TAX_HEADS]
    if len(amounts) == len(untaxed) == len(heads) - 1 == 2 and len(set(amounts)) == 1:
        return untaxed
    # under two heads, one of them the tax's, a lone amount is the other's: the tax cell left blank ('Donations
    # Playground fundraising 96.33' under 'Total £s VAT'), or printed as a nil with one decimal ('HMRC 25.07 0.0')
    if len(amounts) == len(untaxed) == 1 == len(heads) - 1:
        return untaxed
    return []


def heads_in_row(p) -> dict[int, str]:
    """Where each amount starts in a table row's text (its non-empty cells joined by ' | ') and the head of its
    column: the cell above it in the block's head row, a row of words only that names two or more amount columns.
    Cells are matched by their index, so only where the head row has as many cells as the row."""
    if p.block is None or not p.block.rows:
        return {}
    row = own_row(p)
    head = next((r for r in p.block.rows if _is_head_row(r)), None)
    if row is None or head is None or len(head) != len(row) or row is head:
        return {}
    return {at: _head_name(head[i]) for i, at, text in row_cells(row)
            if AMOUNT_TOKEN_RE.fullmatch(text) and HEAD_WORD_RE.fullmatch(_head_name(head[i]))}


# the heads of the columns that name a payment rather than measure it
LABEL_HEAD_RE = re.compile(r"(?i)(?:payee|item|items|description|details?|supplier|purpose|payment\s+for|paid\s+to)")


def row_label(p) -> str | None:
    """A table row's own label: its cells under the heads that name a payment ('Item', 'Payee', 'Description'),
    read when the block's head row names its amount columns. Its last words alone lost the payee and took the
    method cell after it ('All Saints Academy June room hire | Chq' was 'June room hire Chq', Stoke Ferry)."""
    if p.block is None or not p.block.rows:
        return None
    row = own_row(p)
    head = next((r for r in p.block.rows if _is_head_row(r)), None)
    if row is None or head is None or len(head) != len(row) or row is head:
        return None
    cells = row_cells(row)
    label = " ".join(text for i, _, text in cells if LABEL_HEAD_RE.fullmatch(_head_name(head[i])))
    if not label:
        # no head names the columns that name a payment ('Payment of Bills | | | Nett | VAT | Total', Stoke Ferry): the
        # row's words before its first amount do ('Eon | DD | July - Street Lights'); the last four of them alone lost
        # the payee ('DD July Street Lights')
        words = []
        for _, _, text in cells:
            if AMOUNT_TOKEN_RE.fullmatch(text):
                break
            if re.search(r"[A-Za-z]", text):
                words.append(text)
        label = " ".join(words) if len(words) < len(cells) else ""
    return " ".join(label.split())[:200] or None


def own_row(p):
    """The row of its table block a table-row passage is: its non-empty cells joined by ' | ' are the passage's text."""
    return next((r for r in p.block.rows if " | ".join(c for c in r if c) == p.text), None)


def row_cells(row) -> list[tuple[int, int, str]]:
    """A row's non-empty cells: (index, where the cell's text starts in the row's cells joined by ' | ', text)."""
    cells, at = [], 0
    for i, cell in enumerate(row or ()):
        if cell:
            text = cell.strip()
            cells.append((i, at + cell.index(text), text))
            at += len(cell) + 3
    return cells


# a head cell's currency after its word ('Total £s', 'Net £', 'Amount (£)'): the column's unit, not its name
HEAD_SIGN_RE = re.compile(r"\s*\(?[£$€]s?\)?$")


def _head_name(cell) -> str:
    name = (cell or "").strip()
    name = HEAD_SIGN_RE.sub("", name) if re.search(r"[£$€]", name) else name
    return "VAT" if name.lower() == "vat" else name


def _is_head_row(row) -> bool:
    cells = [(c or "").strip() for c in row]
    return not any(re.search(r"\d", c) for c in cells) and \
        sum(bool(HEAD_WORD_RE.fullmatch(_head_name(c))) for c in cells) >= 2


def column_heads(p, sentence: str, carried: str = "") -> dict[int, str]:
    """The column head of each amount of a passage's sentence that a table's heads name, by where it starts.
    `carried` is the last run of heads of the passage before, whose table may run on into this one (West Dereham's
    payments continue in a second paragraph with no heads of its own), up to the sentence's own heads, if it prints
    any: the rows before them are the carried table's ('48.00 8.00 Nigel Prickett June grass cut 414.00 69.00
    Receipts Detail Total £s VAT ...', Souldern, under the 'Total £s VAT' of the passage before); each row takes the
    last heads printed before it."""
    if p.kind == "table_row":
        return heads_in_row(p)
    if carried:
        shift = len(carried) + 1
        return {at - shift: head for at, head in heads_in_text(f"{carried} {sentence}").items() if at >= shift}
    return heads_in_text(sentence) if HEAD_WORD_RE.search(sentence) else {}


def last_heads(text: str) -> str:
    """The last run of amount-column heads a running text prints, or ''."""
    runs = _heads_runs(text)
    return runs[-1].group(0) if runs else ""


def _heads_runs(text: str) -> list:
    # 'Total' opens a row's label ('Add Total Receipts £18,687.00'), not a run of heads: it heads the last column;
    # unless a currency sign stands in the run ('Total £s VAT'), which only a head row prints between its words
    return [m for m in HEADS_RUN.finditer(text) if not m.group(0).lower().startswith("total")
            or re.search(r"\s[£$€]s?\s", m.group(0))]


def under_lone_head(text: str, start: int) -> bool:
    """Whether a figure of a running text stands after a payments list's lone 'Amount' head (LONE_HEAD_RE), alone
    (no amount printed beside it): a row's amount, money whatever its words. Only that: the head names no column
    for the measure, as the rows and tables that follow it in the same text may be others' (a cash book's balances)."""
    if start < 20 or not any(m.end() <= start for m in LONE_HEAD_RE.finditer(text[:start])):
        return False
    return not amount_beside(text, start)


def amount_beside(text: str, start: int) -> bool:
    """Whether the cell printed next to a figure, before or after it, is an amount too: a row of two or more amount
    columns ('Subtotal Cheques 280.00 £366.18', 'Westcotec 19.10 4.20'), which a lone head does not name. Read by
    position, the words either side of the figure, each held to the one amount token every row reader uses."""
    before = text[:start]
    if before[-1:].isspace() and (cells := before.rsplit(None, 1)) and AMOUNT_TOKEN_RE.fullmatch(cells[-1]):
        return True
    cells = text[start:].split(maxsplit=2)
    return len(cells) > 1 and all(AMOUNT_TOKEN_RE.fullmatch(c) for c in cells[:2])


# the other heads a payment list prints over its rows: words of the head row, not of the first row's label
OTHER_HEADS = {"remarks", "comments", "description", "details", "payee", "supplier", "item", "items", "cheque", "chq", "no",
               "ref", "date", "method", "paid", "to", "for"}


def with_column(measure: str | None, head: str | None) -> str | None:
    """A measure naming its column as a scaled table's does ('Gross: R Poole'). The first row under heads printed as
    running text takes the last heads as its own words ('Gross Remarks R Poole', West Dereham): they are left out."""
    if not head:
        return measure
    words = (measure or "").split()
    # not a row's own 'Total', which names the totals row ('TOTAL INCOME', Northwold)
    while len(words) > 1 and (words[0].lower() in OTHER_HEADS or HEAD_WORD_RE.fullmatch(words[0])) and \
            words[0].lower() != "total":
        words.pop(0)
    return f"{head}: {' '.join(words)}" if words else head
