"""Statistics of a paper: measured quantities in sentences, and table columns whose header
gives the unit and scale (£m, £000, %)."""

from __future__ import annotations

import re

from .amount_columns import amount_beside, column_heads, labels_in_text, last_heads, own_row, row_cells, row_label, with_column
from .digit_scan import DigitLed
from .english import reads_as_english
from .fragments import reads_as_fragments
from .literal_gate import Gated
from .statistic_measure import measure_in_columns
from .statistics import CURRENCY, _measure_before, _plural, find_dates, find_statistics


def paper_currency(passages) -> str | None:
    """The currency a paper writes its signed amounts in, when one clearly dominates: amounts it
    prints without a sign ('46K', '1,962.39') are in it too."""
    counts = {unit: sum(p.text.count(sign) for p in passages) for sign, unit in CURRENCY.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] and counts[best] >= 4 * (sum(counts.values()) - counts[best]) else None


def statistics(docs, structure, facts, blocks=()):
    passages = structure.passages
    currency = paper_currency(passages)
    _heading_amounts(blocks, structure, facts, currency)
    numbering = _item_numbers(passages)
    speeds = _item_speeds(passages)
    tail = ""  # the end of the last sentence, while it ran on without its full stop
    carried = ""  # the column heads of the passage before, whose table may run on into this one
    signed_of: dict[int, tuple | None] = {}  # by block (alive for the whole call, so its id is stable)
    for n, p in enumerate(passages):
        if p.kind == "heading":
            tail = carried = ""
            continue
        columns = _column_scales(p)
        if columns:
            _scaled_row(p, n, columns, structure, facts)
            continue
        sentences = [s.text for s in docs[n].sents] if p.kind != "table_row" else [p.text]
        counts = None  # whether the passage is English prose, asked only of a passage with a figure in it
        signed = None
        if p.kind == "table_row":
            # every row of a table is a passage sharing its block: its sign row is looked for once, or a table of
            # n rows costs n * n row scans (a 500-row table spent half its extraction here)
            if id(p.block) not in signed_of:
                signed_of[id(p.block)] = _signed_columns(p)
            signed = signed_of[id(p.block)]
        heads_before = carried  # the heads of the sentence or passage before: a table's rows may follow in the next
        carried = last_heads(p.text) if p.kind != "table_row" else ""
        for i, sentence in enumerate(sentences):
            if counts is None and _DIGIT.search(sentence):
                # the digits strewn in a drawing's OCR count nothing: money and percentages keep their signs
                counts = reads_as_english(p.text) and not reads_as_fragments(p.text)
            if p.kind != "table_row":
                signed = _signed_columns(p, sentence) if _DIGIT.search(sentence) else None
            next_item = _next_item_label(sentence, numbering)
            found = _with_run_on(tail, sentence, currency, counts is not False and signed is None)
            if found and p.kind != "table_row":
                found = _with_lead(sentence, _lead(passages, n, sentences, i), found, currency,
                                   counts is not False and signed is None)
            tail = "" if p.kind == "table_row" or ENDED_RE.search(sentence) else sentence[-TAIL_CHARS:]
            # a table row's amounts the sentence rules left may stand under its table's heads (_headed_cells)
            heads = column_heads(p, sentence, heads_before) if found or signed or (
                (p.kind == "table_row" or heads_before) and currency and _DIGIT.search(sentence)) else {}
            heads_before = last_heads(sentence) or heads_before
            label = row_label(p) if heads and p.kind == "table_row" else None
            labels = labels_in_text(sentence) if heads and p.kind != "table_row" else {}
            ranged = _range_ends(sentence, found)
            for s in found:
                if s.start == next_item or _a_stated_speed(s, speeds.get(p.item, ())) or _nil_cell(s, heads):
                    continue
                measure = s.measure or ranged.get(s.start)
                if s.unit in MONEY_UNITS and s.start in heads:
                    measure = with_column(label or labels.get(s.start) or s.measure, heads[s.start])
                _add_statistic(facts, structure, p, n, s.value, s.unit, measure, s.period, s.text, sentence, s.start)
            if heads and currency and (p.kind == "table_row" or heads_before) and not signed:
                # a run-on table's rows under the heads of the passage before: the sentence rules read a small amount
                # as money only under heads of its own sentence ('48.00 8.00' under the 'Total £s VAT' before)
                for start, text in _headed_cells(sentence, heads, found):
                    if p.kind != "table_row" and not amount_beside(sentence, start):
                        continue  # a lone figure is no row of the table before: its heads are not asked to name it
                    # a running text's row is named by its words before its run of amounts, as the sentence rules
                    # name it ('Nigel Prickett June grass cut 414.00 69.00')
                    own = label or (_measure_before(sentence, start) if p.kind == "table_row" else
                                    measure_in_columns(sentence, start, start + len(text)))
                    _add_statistic(facts, structure, p, n, float(text.replace(",", "")), currency,
                                   with_column(own, heads[start]), None, text, sentence, start)
            if signed:
                for start, text in _column_amounts(p, sentence, signed[1], found):
                    measure = with_column(label or labels.get(start) or _measure_before(sentence, start),
                                          heads[start]) if start in heads \
                        else _measure_before(sentence, start)
                    _add_statistic(facts, structure, p, n, float(text.replace(",", "")), signed[0], measure, None,
                                   text, sentence, start)


MONEY_UNITS = set(CURRENCY.values())


def _heading_amounts(blocks, structure, facts, currency) -> None:
    """The amounts and percentages of lines the reader took for headings. A line printed apart from the text around
    it (a bold, short or lone line) is read as a heading, and a heading heads passages but is none: its figures were
    never looked for. Payments lists lose rows so ('iii) Mrs Jane Davies, Clerk's Salary July 2018, Chq No 1272
    330.00', 'TOTAL £6,393.08', Manordeilo and Salem; 'HMRC VAT Refund 22/23 951.59', '26.05.15 £125.00 LGA 1972:',
    Souldern; 'Total £2,388.12', Boughton; 'Total 628.27', Northwold), and a run of such lines kept only its last as
    a heading. Only what carries its unit or the paper's currency is read: a heading's bare numbers are its item's
    number, date or year ('06.23.13 Finance', '07.17.06 3 Parishes Magazine'). Each is stored with the passage the
    heading stands over, which gives its meeting and whether it is restricted."""
    if not blocks or not structure.passages:
        return
    passage_at = {}
    for n, p in enumerate(structure.passages):
        if p.block is not None:
            passage_at.setdefault(id(p.block), n)
    headed = None  # the index of the passage after the block, found walking back from the paper's end
    over = {}
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.kind == "heading":
            if headed is not None and _DIGIT.search(b.text):
                over[i] = headed
        else:
            headed = passage_at.get(id(b), headed)
    for i in sorted(over):
        b, n = blocks[i], over[i]
        p = structure.passages[n]
        for s in find_statistics(b.text, currency, False):
            _add_statistic(facts, structure, p, n, s.value, s.unit, _heading_measure(b.text, s), s.period, s.text,
                           b.text, s.start, page=b.page)


def _heading_measure(line: str, s) -> str | None:
    """A heading line that holds only figures before its amount and a capital after it is a row's end split from its
    words ('26.05.15 £125.00 LGA 1972:' under 'Souldern Village Hall Post Office Rent'): what follows names the next
    column ('LGA', the power to pay), not the amount, and the row's own words are on the line before."""
    if _measure_before(line, s.start) is None and re.match(r"\W{0,3}[A-Z]", line[s.end:s.end + 8]):
        return None
    return s.measure


# what joins the two ends of a range: a dash ('Margate Family Hub: £250k - £450k'), or 'to' after a 'from' ('from
# £11.15 to £14.10'): 'an increment of £50.00 to £1,500.00' (West Dereham) is a change and the level it reaches
RANGE_JOIN_RE = re.compile(r"\s*(?:-|–|—)\s*")
RANGE_TO_RE = re.compile(r"\s*to\s*")
FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s*$")


def _range_ends(sentence: str, found) -> dict[int, str]:
    """The end of a range of money, whose words stand before its start only ('Northdown Road Family Hub: £200k -
    £400k', Kent; 'the pro rata contribution had been reduced from £66,667 to £30,000', Suffolk Libraries; 'the
    precept ... (from £6000 to £5700)', Souldern): it measures what its start measures. By where each starts."""
    money = sorted((s for s in found if s.unit in MONEY_UNITS), key=lambda s: s.start)
    return {b.start: a.measure for a, b in zip(money, money[1:])
            if a.measure and not b.measure and a.unit == b.unit and a.end <= b.start
            and (RANGE_JOIN_RE.fullmatch(sentence, a.end, b.start) or RANGE_TO_RE.fullmatch(sentence, a.end, b.start)
                 and FROM_BEFORE_RE.search(sentence, max(0, a.start - 12), a.start))}


def _headed_cells(text: str, heads: dict[int, str], found) -> list[tuple[int, str]]:
    """The amounts of a table row under its table's amount heads ('Payee | Detail | Total £s | VAT' over 'HMRC | (re
    above) | 27.66 | 0.0', Souldern) that the sentence rules left: a figure to the penny with one or two whole digits
    is read as money only where its words name money, and a cell under 'Total' or 'VAT' says it is. A nil cell says
    nothing."""
    taken = {f.start for f in found}
    cells = []
    for start in heads:
        m = HEADED_AMOUNT_RE.match(text, start)
        if start not in taken and m and float(m.group(0).replace(",", "")):
            cells.append((start, m.group(0)))
    return cells


HEADED_AMOUNT_RE = re.compile(r"\d[\d,]*\.\d\d(?![\d%])")


def _nil_cell(s, heads) -> bool:
    """A nil amount in a table's column ('£0.00' VAT) says nothing, as a nil cell under a bare sign does not."""
    return s.start in heads and not s.value


_DIGIT = re.compile(r"\d")
# a speed the item states with its unit ('the lack of 30mph signs on Church Road', 'just a 30mph sign')
# (read over every passage, it is asked only of one that holds its unit: the regex alone tried every position)
SPEED_FIGURE_RE = Gated(re.compile(r"(?i)(?<![\d.,])(\d{1,3})\s?(?:mph|kph|kmh|km/h|miles\s+(?:per|an)\s+hour)\b"),
                        "mph", "kph", "kmh", "km/h", "hour")


def _item_speeds(passages) -> dict:
    speeds: dict = {}
    for p in passages:
        for m in SPEED_FIGURE_RE.finditer(p.text):
            speeds.setdefault(p.item, set()).add(float(m.group(1)))
    return speeds


def _a_stated_speed(s, speeds) -> bool:
    """A bare figure of a speed its item states with the unit is that speed said again without it, not a count:
    '... the lack of 30mph signs ... ask Highways if we could have “30” painted on the road surface' (West Dereham),
    'just a 30mph sign ... be sure you drive no more than 30!' (Boughton). What counts names its plural ('30 cars')."""
    if s.unit != "count" or s.value not in speeds or not s.text.isdigit():
        return False
    return not (s.measure and _plural(s.measure.split()[0]))
# a sentence that ends in its own punctuation; one that does not ran on into the next passage or sentence
ENDED_RE = re.compile(r"[.!?;:)\]\"”’'|]\s*$")
TAIL_CHARS = 40
OPENS_WITH_FIGURE_RE = re.compile(r"\s*[£$€]?\d")


def _with_run_on(tail: str, sentence: str, currency, counts):
    """The figures of a sentence that the reader or the splitter cut from the words before it ('... for active
    employees and under age' / '65 retirees and approving rates'): a figure that opens the sentence is read with
    the run-on words before it, which may make it an age, a page or an item; the figures are this sentence's."""
    found = find_statistics(sentence, currency, counts)
    if not tail or not found or not OPENS_WITH_FIGURE_RE.match(sentence):
        return found
    # the words before can only take a figure away: a rule anchored at the line's start ('2. the application')
    # still reads the sentence as it stands
    joined = tail + " "
    kept = {(f.start - len(joined), f.unit) for f in find_statistics(joined + sentence, currency, counts)}
    return [f for f in found if (f.start, f.unit) in kept]
# what opens the words after a cut sentence that carry on its clause: a lower-case word ('minutes speaking time')
CARRIES_ON_RE = re.compile(r"\s*[a-z]")
# a figure that ends its sentence, at most its bracket closing after it ('three (3)')
ENDS_WITH_FIGURE_RE = re.compile(r"[)\]]?\s*")


def _lead(passages, n: int, sentences: list[str], i: int) -> str:
    """The start of the words that follow a sentence: its passage's next sentence, or the next passage's text
    when that is running text too (a table row or a heading starts something else)."""
    if i + 1 < len(sentences):
        return sentences[i + 1][:TAIL_CHARS]
    if n + 1 < len(passages) and passages[n + 1].kind not in ("heading", "table_row"):
        return passages[n + 1].text[:TAIL_CHARS]
    return ""


def _with_lead(sentence: str, lead: str, found, currency, counts):
    """A figure that ends a sentence the line break or the splitter cut before its unit ('Each person is allowed
    three (3)' / 'minutes speaking time', Baldwin Park) is read with the words that carry on after it, as a figure
    on one line would be: that may make it a duration, a page or an age. The words after can only take a figure
    away, and only one the sentence ends with, and only when they carry on in lower case (a new item, a heading or
    a name opens with a capital)."""
    if not lead or not CARRIES_ON_RE.match(lead):
        return found
    last = [f for f in found if ENDS_WITH_FIGURE_RE.fullmatch(sentence, f.end)]
    if not last:
        return found
    kept = {(f.start, f.unit) for f in find_statistics(sentence + " " + lead.strip(), currency, counts)}
    return [f for f in found if f not in last or (f.start, f.unit) in kept]


# a Markdown paper escapes the full stop of a number that opens a line ('6\\. Announcement'), lest it turn into a list
ITEM_LABEL_RE = re.compile(r"(?:^|(?<=[.:;]\s)|(?<=\|\s))(\d{1,2})(?:\.\d{1,2})*(?:\\?\.)?\s*[A-Z][a-z]")
TRAILING_LABEL_RE = re.compile(r"(?<![\w.,£$€])(\d{1,2})\\?\.\s*$")
# both open with a number: tried at the digits of a text only (digit_scan)
ITEM_LABEL_RE, TRAILING_LABEL_RE = DigitLed(ITEM_LABEL_RE), DigitLed(TRAILING_LABEL_RE)


# a run of bare currency signs heads columns of amounts ('2018 2017 2018 2017 £ £ £ £ Receipts Payments Contractor
# Levy Income 234,000 234,001' in running text, a table row '£ | £ | £' over 'Net | VAT | Gross'): the figures under them
# print no sign. One reading for both layouts: in a table the signs also say which columns they head
SIGN_RUN_RE = re.compile(r"(?:^|(?<=\s))([£$€])(?:\s+\1)+(?=\s|$)")
# a figure under such a sign: grouped, to the penny, or of at most three digits (a year, never grouped, is no amount)
COLUMN_AMOUNT_RE = re.compile(r"(?<![\w.,£$€/:#-])(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2}|\d{1,3})(?![\w%£$€]|[.,/:-]\d)")


def _signed_columns(p, sentence: str | None = None) -> tuple[str, int | set[int]] | None:
    """The currency of the amount columns a passage's bare signs head, and where their figures are: in a table,
    the columns a row of bare signs anywhere in its block stands over; in running text, after the run of signs."""
    if sentence is not None:
        m = SIGN_RUN_RE.search(sentence) if "£" in sentence or "$" in sentence or "€" in sentence else None
        return (CURRENCY[m.group(1)], m.end()) if m else None
    if p.block is None or not p.block.rows:
        return None
    for row in p.block.rows:
        m = SIGN_RUN_RE.fullmatch(" ".join(c.strip() for c in row if c and c.strip()))
        if m:
            return CURRENCY[m.group(1)], {i for i, c in enumerate(row) if c and c.strip()}
    return None


def _column_amounts(p, sentence: str, where: int | set[int], found) -> list[tuple[int, str]]:
    """The figures under a currency heading that the sentence rules did not read (amounts without a sign, whose
    whole part has under three digits or no pence): in a table the cells of the columns it heads, in text the bare
    numbers after it outside dates."""
    taken = [(f.start, f.end) for f in found]
    if p.kind == "table_row":
        spans = _cells_in_columns(p, where)
    else:
        spans = [(m.start(), m.group(1)) for m in COLUMN_AMOUNT_RE.finditer(sentence, where)]
        if spans:
            taken += [(d.start, d.end) for d in find_dates(sentence)]
    # a nil cell ('0.00' VAT) says nothing; the signed amounts skip it too
    return [(s, text) for s, text in spans if float(text.replace(",", "")) and not any(a <= s < b for a, b in taken)]


def _cells_in_columns(p, columns: set[int]) -> list[tuple[int, str]]:
    """A table row's amounts in the given columns, with where each starts in the passage's text (its non-empty
    cells joined by ' | ')."""
    return [(at, text) for i, at, text in row_cells(own_row(p))
            if i in columns and COLUMN_AMOUNT_RE.fullmatch(text.removeprefix("-"))]


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


SENTENCE_CHARS = 1000


def _around(sentence: str, start: int | None) -> str:
    """The sentence as stored: a long one (a table read as one run, a page with no full stops) is cut to a window
    around the figure, so the figure is in what is stored and shown: its first 1000 characters lost every
    figure further on."""
    if len(sentence) <= SENTENCE_CHARS:
        return sentence
    at = sentence.find(" ", 0) if start is None or start < 0 else start
    begin = max(0, min(at - SENTENCE_CHARS // 3, len(sentence) - SENTENCE_CHARS + 2))
    if begin:
        space = sentence.find(" ", begin, begin + 40)
        begin = space + 1 if 0 <= space < at else begin
    end = min(len(sentence), begin + SENTENCE_CHARS - 2)
    if end < len(sentence):
        space = sentence.rfind(" ", end - 40, end)
        end = space if space > at else end
    return ("…" if begin else "") + sentence[begin:end] + ("…" if end < len(sentence) else "")


def _add_statistic(facts, structure, p, n, value, unit, measure, period, text, sentence, start=None, page=None):
    facts["statistics"].append({
        "value": value, "unit": unit, "measure": measure, "period": period, "text": text,
        "sentence": _around(sentence, start if start is not None else sentence.find(text)),
        "page": p.page if page is None else page, "passage": n,
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
    row = own_row(p)
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
                _add_statistic(facts, structure, p, n, s.value, s.unit, s.measure, s.period, s.text, text, s.start)
