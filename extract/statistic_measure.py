"""What a figure measures and the period it is for, read from the figure's own clause.

A figure's words are those of its own row or clause: the words after an amount in a payment list or a cash
statement are the next row's ('£99.89 LGA 1972: s. 111 Souldern Village Hall ...', '£34,338.81 Add uncleared
receipts'), and the words of the next sentence or clause are another figure's ('surplus for the month of £40,000.
There was an overall forecast deficit of £95,000', 'The raffle raised £110; payments for lunch ...'). Where a
figure has no words of its own no measure is stored rather than another row's."""

from __future__ import annotations

import re

from .amount_columns import heads_in_text, under_lone_head
from .english import FUNCTION_WORDS

STOP_MEASURE = set("""the a an of and or to in on at for by with from as is are was were be been this that these those
it its than which who whom whose will would can could should may might has have had there their our we you they
plus minus""".split())
# the words that open another clause after a figure
CLAUSE_OPENERS = {"and", "but", "while", "whilst", "whereas"}  # not "or": "6 or 7 houses"
PERIOD_RE = re.compile(
    r"(?i)\b(?:in|during|for|over|between|since|by|as of|to)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?"
    r"((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
    r"|(?:q[1-4]|quarter\s+[1-4])(?:\s+(?:19|20)\d\d)?|(?:the\s+)?(?:last|past|previous)\s+\d+\s+(?:months?|years?|weeks?))"
    r"|\((\d+\s+months?\s+to\s+\w+(?:\s+\d{4})?)\)"
)
# a word of a measure; not a lone small letter, the rest of a reference or a unit ('s. 111', '£250k - £450k')
WORD_RE = re.compile(r"(?![a-z]\b)[A-Za-z][\w'’&\-]*")
# where a clause or a row ends: a sentence's end (not an initial's full stop: 'Adeeb Y. Yassa', 'C. Humphries'),
# a semicolon, a table's cell boundary (' | '), a line of its own
CLAUSE_END_RE = re.compile(r"[;!?]|(?<![\s.][A-Z])\.(?=\s+[\"“(]?[A-Z£$€])|\s\|\s|\n")
CELL_RE = re.compile(r"\s\|\s")
# another amount: the words past it belong to that amount's row
AMOUNT_RE = re.compile(r"[£$€]\s?\d|(?<![\w.,])\d{1,3}(?:,\d{3})*\.\d\d(?![\d.])|\d+(?:\.\d+)?\s?%")
FIGURE_TOKEN = r"[^\s\d]*\d\S*"
# the figures printed between a row's words and its amount, with what labels them: a date, 'Chq No 1189', '101076'
TRAILING_FIGURES_RE = re.compile(rf"(?:\s+(?:(?i:chq|cheque|no\.?|nos\.?|ref\.?|inv|invoice|number|#)\s*)*{FIGURE_TOKEN})+\W*$")
NUMBERED_WORDS_RE = re.compile(rf"(?:^|\s){FIGURE_TOKEN}(?P<words>(?:\s+(?!\S*\d)\S+)+)\s*$")
# amounts to the penny printed side by side: the columns of one row, or of rows with no words between them
COLUMN_AMOUNT = r"[-(]?[£$€]?\d[\d,]*\.\d\d\)?"
COLUMN_AMOUNT_RE = re.compile(rf"(?<!\S){COLUMN_AMOUNT}(?!\S)")
COLUMNS_BEFORE_RE = re.compile(rf"(?<!\S)(?:{COLUMN_AMOUNT}\s+)+$")
COLUMNS_AFTER_RE = re.compile(rf"(?:\s+{COLUMN_AMOUNT}(?!\S))+")
# what ends the words that name a figure after it: a comma closes the phrase the figure opens ('£51, a donation ...')
AFTER_END_RE = re.compile(r",|\(")


def _after_span(sentence: str, end: int) -> str:
    """The text after a figure up to the end of its clause or row, or the next amount."""
    text = sentence[end:end + 80]
    cut = len(text)
    for rx in (CLAUSE_END_RE, AMOUNT_RE, AFTER_END_RE):
        m = rx.search(text)
        if m:
            cut = min(cut, m.start())
    return text[:cut]


def _before_span(sentence: str, start: int) -> str:
    """The text before a figure back to the start of its clause or row, or the amount before it."""
    text = sentence[max(0, start - 60):start]
    if CELL_RE.search(text):
        # a table row's cells before the amount are its own: a label cell ('Total | £420.42 | £20.15 | £440.57',
        # 'Mrs V Bright | Mileage/Expenses | 001924 | £35.09'), whatever amounts lie between
        return AMOUNT_RE.sub(" ", text)
    begin = 0
    for rx in (CLAUSE_END_RE, AMOUNT_RE):
        for m in rx.finditer(text):
            begin = max(begin, m.end())
    if begin:
        # the amount before may run on past its sign ('£3,189.89 Minus ...'): skip the rest of its digits
        begin += len(re.match(r"[\d,.]*%?", text[begin:]).group(0))
    text = TRAILING_FIGURES_RE.sub("", text[begin:])
    # a row's own words are those after the last figure before its date or number, when they name it (two words
    # or more): the words before that figure are the row before's ('LGA 1972: s. 111 Allotment Water Rates 30.06.25
    # £45.10', 'Annual Subscription - 2019/20 Environment Agency 101076 £16.76')
    own = NUMBERED_WORDS_RE.search(text)
    if own:
        words = [w for w in WORD_RE.findall(own.group("words")) if w.lower() not in STOP_MEASURE]
        # one word names the row too when it names money and a comma parts it from the figure before ('Sheet Number
        # 28 dated 1st May 2020, Balance of £12,306.87': the balance, not 'Number dated st Balance'); 'Salary June 2015
        # and expenses' goes on naming the salary's row
        if len(words) >= 2 or len(words) == 1 and MONEY_MEASURE_RE.fullmatch(words[0]) and \
                text[:own.start("words")].endswith(","):
            return own.group("words")
    return text


# the words of money: what names a figure's row or clause as one ('Administrative Fee 83.16', Norwalk; 'Bank charges
# 83.80', NoT LPC; 'Water DD April Payment 5.50', Northwold; 'the expense of the purchases 46K', Suffolk Libraries)
MONEY_MEASURE_RE = re.compile(r"(?i)\b(?:cost|costs|budget|expense|expenses|expenditure|surplus|deficit|income|spend|"
                              r"spent|spending|charge|charges|funding|fund|funds|savings?|revenue|reserves?|grant|price|fees?|"
                              r"loan|profit|loss|overspend|underspend|balance|salary|salaries|payments?|paid|invoice)\b")


def names_money(sentence: str, start: int, end: int) -> bool:
    """Whether a figure's own words, those of its row or clause before it, name money: a payment list's bare
    'Annual Office Fee 59.99 0.00 59.99' (Stoke Ferry), a statement's 'Final Balance Mar19 50.72' (Northwold); or
    the heads of its column do ('Common Bin 73.95 14.79 88.74' under 'Net VAT Total', Stoke Ferry)."""
    return bool(MONEY_MEASURE_RE.search(measure_in_columns(sentence, start, end) or "")) or \
        start in heads_in_text(sentence) or under_lone_head(sentence, start)


def measure_after(sentence: str, end: int) -> str | None:
    words = []
    for w in WORD_RE.findall(_after_span(sentence, end))[:6]:
        if w.lower() in STOP_MEASURE and words or not words and w.lower() in CLAUSE_OPENERS:
            if len(words) == 1 and w.lower() == "than":
                return None  # '£44 billion which is larger than many city-regions': a comparison, not what it is
            break  # '£70 and we are now awaiting a quote': what follows 'and' is another clause's
        if w.lower() in STOP_MEASURE:
            continue
        words.append(w)
        if len(words) == 4:
            break
    return " ".join(words) or None


def _names_nothing(measure: str | None) -> bool:
    """A lone function word names no figure: '£985.10 had not been presented', 'by 2% or above'."""
    return bool(measure) and " " not in measure and measure.lower() in FUNCTION_WORDS


def measure_before(sentence: str, start: int) -> str | None:
    words = [w for w in WORD_RE.findall(_before_span(sentence, start)) if w.lower() not in STOP_MEASURE][-4:]
    return " ".join(words) or None


def measure_of_amount(sentence: str, start: int, end: int) -> str | None:
    """An amount's measure: the words that carry on after it in its clause ('£43K overspend', '5% increase'), or
    else its own words before it. A capitalised word right after an amount that has words of its own before it
    opens the next row of a list ('Insurance 26.05.15 £99.89 LGA ...'): its own words name it."""
    if COLUMNS_BEFORE_RE.search(sentence, 0, start):
        return measure_in_columns(sentence, start, end)
    after = measure_after(sentence, end)
    before = measure_before(sentence, start)
    if _names_nothing(after):
        after = None
    if after and before and re.match(r"\W{0,3}[A-Z]", sentence[end:end + 8]):
        return before
    return after or before


def measure_in_columns(sentence: str, start: int, end: int) -> str | None:
    """An amount printed without its sign ('329.12 65.82 394.94'): a further column of its row is named as a signed
    one is; otherwise by its own words before it."""
    columns_before = COLUMNS_BEFORE_RE.search(sentence, 0, start)
    if columns_before:
        return _column_measure(sentence, columns_before.start(), end)
    return measure_before(sentence, start)


def _column_measure(sentence: str, first: int, end: int) -> str | None:
    """An amount printed right after another is a further column of its row ('Quarter plot £15.00 £50.00', 'Total
    £2150.85 £135.50 £2286.35'): the row's words before its first amount name it, not the words after it (the next
    row's). A run of more than three amounts is more than one row (a row's net, VAT and gross, then the totals
    under them with no words of their own): which row an amount is on cannot be told, so it has no measure."""
    run = len(COLUMN_AMOUNT_RE.findall(sentence[first:end]))
    run += len(COLUMN_AMOUNT_RE.findall((COLUMNS_AFTER_RE.match(sentence, end) or re.match("", "")).group(0)))
    return measure_before(sentence, first) if run <= 3 else None


def periods(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), (m.group(1) or m.group(2)).strip()) for m in PERIOD_RE.finditer(sentence)]


def period_of(sentence: str, start: int, end: int, found: list[tuple[int, int, str]]) -> str | None:
    """The period a figure is for: the last one named before it in its clause ('in 2012 this was 73, in 2017 it was
    14'), or one named after it in its own clause ('£5m was spent in 2023/24'); a period named past a clause break is
    another figure's ('the limit was 40, and in 2012 this was 73')."""
    before = [(e, p) for s, e, p in found if e <= start]
    if before:
        # not across a clause's end: '; 2016 it was 21' is not in 2017
        return None if CLAUSE_END_RE.search(sentence, before[-1][0], start) else before[-1][1]
    for s, e, p in found:
        if s >= end and not re.search(r"[,;:]|\.\s", sentence[end:s]):
            return p
    return None
