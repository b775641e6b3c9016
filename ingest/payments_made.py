"""An action to pay is done when the paper's own list of payments shows it paid. Manordeilo and
Salem's September 2016 minutes agree 'to make a donation of £50.00' (the Youth Opera) and that the
auditors' fee, '£141.00 plus Vat', 'be paid when the invoice was received'; the same minutes'
payments list 'Carmarthen and District Youth Opera, Donation, Chq No 1187 £50.00' and 'Grant
Thornton, External Audit, Chq No 1188 £169.20'. Stored as sentences, neither closes anything (a
line of a list says nothing was done in words); read as what they are, lines of payments made,
they close the tasks to make them.

A payment line: a short line of a list, ending in its sum and naming how it was paid (cheque,
BACS, direct debit, standing order), not a sentence telling of a payment ('the invoice of £477.00
had been paid'), in the minutes of the meeting that set the task or a later one. It is
the task's when it names two of the subject words of the task, its paragraph and its item (the
payee, what was bought), or one of them and the task's own sum (or that sum with VAT at 20%); of
several such lines, the one naming most. The words saying the task is to pay ('make a donation of
£', 'arrange payment') are no subject words: they name the kind of payment, which another payee's
line of the same sum shares. A task not to pay, or
to query or withhold a payment, is no task to pay."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..extract.action_match import Vocabulary
from ..extract.close_evidence import subject_word
from ..extract.payment_lists import MONEY_RE
from .action_threads import Thread
from .task_subjects import not_subject_words

# the task is to pay: 'agreed to make a donation of £50.00', 'that this be paid when the invoice was received', 'Clerk to
# arrange payment', 'submit the invoice for re-imbursement'
PAY_TASK_RE = re.compile(
    r"(?i)\b(?:(?:be|to\s+be|would\s+be|will\s+be)\s+paid|to\s+pay\b|make\s+a\s+(?:donation|payment|grant)|"
    r"donat(?:e|ion)\s+(?:of\s+)?£|arrange\s+(?:the\s+)?payment|payment\s+(?:to\s+)?be\s+made|re-?imburse)")
# ('PK was asked to withhold the cheque payment', 'Clerk to query payments ... and represent for payment in May')
NOT_PAID_RE = re.compile(r"(?i)\b(?:withh[oe]ld|quer(?:y|ied)|not\s+(?:to\s+)?(?:be\s+)?(?:paid|pay)|refus\w*|declin\w*)\b")
PAID_BY_RE = re.compile(r"(?i)\b(?:chq|cheque|bacs|direct\s+debit|d/d|standing\s+order|s/o)\b")
# (a sentence telling of a payment is a report, not a line of the list: 'the invoice of £477.00 had been paid')
PROSE_RE = re.compile(r"(?i)\b(?:was|were|had|has|have|would|will|agreed|proposed|resolved)\b")
SUM_AT_END_RE = re.compile(r"\d(?:[.,]\d{2})?\s*\W{0,3}$")
LINE_CHARS = 200  # a line of a list, not a paragraph reporting a sum
SUM_RE = re.compile(r"[£$€]?\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)")
VAT = Decimal("1.2")
SUBJECT_WORDS = 2


def pay_task(text: str) -> bool:
    return bool(PAY_TASK_RE.search(text or "")) and not NOT_PAID_RE.search(text or "")


def _sums(text: str) -> set[Decimal]:
    out = set()
    for m in MONEY_RE.finditer(text or ""):
        found = SUM_RE.match(text, m.start())
        if found:
            try:
                out.add(Decimal(found.group(1).replace(",", "")))
            except InvalidOperation:
                pass
    return out


def payment_lines(db, meeting_id: int) -> list[dict]:
    """The lines of payments made in the meeting's minutes, as minutes_units gives units."""
    rows = db.execute("""
        select p.id, p.text, p.page, p.document_id, p.restricted, i.title from passages p
        join meeting_documents md on md.document_id = p.document_id and md.meeting_id = p.meeting_id and md.role = 'records'
        left join agenda_items i on i.id = p.agenda_item_id
        join documents d on d.id = p.document_id
        where p.meeting_id = ? order by d.path, p.id""", [meeting_id]).fetchall()
    out = []
    for pid, text, page, doc_id, restricted, title in rows:
        for line in (text or "").splitlines():
            if (len(line) <= LINE_CHARS and MONEY_RE.search(line) and PAID_BY_RE.search(line) and SUM_AT_END_RE.search(line)
                    and not PROSE_RE.search(line)):
                out.append(dict(passage_id=pid, text=line.strip(), page=page, document_id=doc_id, restricted=restricted,
                                item_title=title))
    return out


def paid_by(t: Thread, lines: list[dict], vocab: Vocabulary, context: str) -> dict | None:
    """The line of `lines` paying the task, if one does: its sum, or two of its subject words."""
    own = t.first.row.get("description") or t.first.text
    sums = _sums(own) | _sums(context)
    sums |= {(s * VAT).quantize(Decimal("0.01")) for s in sums}
    # the words saying it is a payment ('make a donation of £', 'arrange payment') say what kind, not whose: another
    # payee's 'Donation, Chq No 1190 £40.00' shares them with any donation of £40
    paying = frozenset(vocab.stems(" ".join(m.group(0) for m in PAY_TASK_RE.finditer(f"{own} {context}"))))
    not_subject = not_subject_words(vocab) | paying
    subject = {k for k in vocab.vector(f"{own} {context} {t.first.row.get('item_title') or ''}")
               if subject_word(k, vocab.weight(k), vocab.rare, not_subject)}
    best, best_value = None, 0
    for line in lines:
        shared = subject & set(vocab.stems(line["text"]))
        # (its sum and a word of its subject: another £50 donation the same night is another's)
        value = len(shared) + (SUBJECT_WORDS if shared and sums & _sums(line["text"]) else 0)
        if value >= SUBJECT_WORDS and value > best_value:
            best, best_value = line, value
    return best
