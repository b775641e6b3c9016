"""The payments a decision approves without naming them: 'Cllr Mrs Mendoza proposed approval for payment seconded by Cllr
Summers' after the list 'Accounts for Approval / Direct Debit payment to e-on Energy - £39.40 - Lighting - November /
MHB Services - £64.38 ...' (Stoke Ferry), 'The following accounts were approved for payment Paid by standing order'
before the table 'Payee | Detail | Total £s | VAT' / 'Cathy Fleet | Clerk Salary | 136.66 | 0.0' (Souldern). Stored
alone the decision says only that something was paid; the list is the paper's own statement of what. The list is read
by layout: the run of passages beside the decision that each carry a sum (or are rows of its table), on the side the
decision's words point to ('The following ...': after it) or else the side the list stands on, before it first."""

from __future__ import annotations

import re

# a decision to pay: 'approval for payment', 'accepted for payment', 'payments were considered and approved', 'the
# payments as presented be approved'
PAYMENT_APPROVAL_RE = re.compile(
    r"(?i)\b(?:approv\w*|agreed|accepted|authori[sz]ed)\s+(?:\w+\s+){0,3}?(?:for\s+)?payments?\b|"
    r"\bpayments?\s+(?:\w+\s+){0,4}?(?:were\s+|was\s+|be\s+)?(?:\w+\s+and\s+)?(?:approved|agreed|authori[sz]ed)\b")
# a sum of money as a list of payments prints it: '£64.38', '£ 150', '136.66' in a table's column; not a part of a dotted
# number, an item's ('11.22.11 Finance - The following accounts were approved for payment:', Souldern) or a date's
# ('31.03.18', Northwold)
MONEY_RE = re.compile(r"[£$€]\s?\d|(?<!\d\.)\b\d{1,3}(?:,\d{3})*\.\d{2}\b(?!\.\d)")
AFTER_RE = re.compile(r"(?i)\bfollowing\b")


def approves_unnamed_payments(text: str) -> bool:
    return bool(PAYMENT_APPROVAL_RE.search(text)) and not MONEY_RE.search(text)


def _a_payment_line(passage) -> bool:
    """A row of the list: a table's row, or short lines each naming a sum (a paragraph of prose with a sum in it is a
    report: 'Accounts for approval were submitted by PK and NC. NC provided Councillors with ...', West Dereham)."""
    return passage.kind == "table_row" or bool(MONEY_RE.search(passage.text)) and all(
        len(line) <= 200 for line in passage.text.splitlines())


def _run(passages, n: int, step: int, most: int = 20, chars: int = 2000) -> list[int]:
    """The passages from n's neighbour on, one side, while each is a payment line of n's item."""
    run, k, size = [], n + step, 0
    while 0 <= k < len(passages) and len(run) < most and _a_payment_line(passages[k]) \
            and passages[k].item == passages[n].item and size + len(passages[k].text) <= chars:
        run.append(k)
        size += len(passages[k].text)
        k += step
    return run if step > 0 else run[::-1]


# the head a list of payments opens with: 'Accounts for Approval', 'Payments for Approval:' (Stoke Ferry), 'Payee |
# Detail | Total £s | VAT' (Souldern), 'Payee | Net | VAT | IRS (PO)' (West Dereham), 'Payment of Bills | Nett | VAT'
# (Stoke Ferry 2017); a run of sums under no such head ('Income Cheques / Mr Fendick / 61.20', Northwold) is another list
HEAD_RE = re.compile(r"(?i)\b(?:payees?|payments?|accounts|bills|invoices|for\s+approval)\b")


def _a_list(passages, run: list[int]) -> bool:
    head = "\n".join(passages[run[0]].text.splitlines()[:2]) if run else ""
    return bool(HEAD_RE.search(head)) and any(MONEY_RE.search(passages[k].text) for k in run)


def payment_list(passages, n: int, text: str) -> tuple[str | None, str | None]:
    """(the list before the decision, the list after it): at most one of them, None where there is none."""
    after, before = _run(passages, n, 1), _run(passages, n, -1)
    before = before if not AFTER_RE.search(text) and _a_list(passages, before) else []
    after = after if not before and _a_list(passages, after) else []
    return ("\n".join(passages[k].text for k in before) or None, "\n".join(passages[k].text for k in after) or None)
