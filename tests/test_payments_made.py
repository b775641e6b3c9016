"""A task to pay is done when the paper's own list of payments shows it paid (ingest/payments_made.py):
Manordeilo and Salem's 'agreed to make a donation of £50.00' and the auditors' fee 'paid when the invoice
was received' beside 'Carmarthen and District Youth Opera, Donation, Chq No 1187 £50.00' and 'Grant
Thornton, External Audit, Chq No 1188 £169.20' (the fee with VAT). A sentence telling of a payment is
no line of the list; a task to withhold or query a payment is no task to pay; another payee's line of
the same sum pays nothing of it. On a generated paper (real SQLite) and the real minutes
(../shared/wild; skipped when it is not beside the project)."""

from __future__ import annotations

import sqlite_utils

from minutebook.ingest.payments_made import pay_task
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

MINUTES = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Wednesday 14 September 2016 at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas, Cllr Lorraine Hunt and Cllr Paula Kellingray.</p>
<h2>5. Correspondence</h2>
<p>i) Ashby Village Players, request for financial assistance for their spring pantomime. It was proposed by Cllr
Bullas, seconded by Cllr Hunt and agreed to make a donation of £75.00. Clerk</p>
<p>ii) Ashby Scouts, request for help with a new tent. It was agreed to make a donation of £40.00. Clerk</p>
<p>iii) The invoice from Fenland Fencing for the stile was queried; the Clerk is to withhold the cheque payment until
the work is finished. Clerk</p>
<h2>6. Accounts for payment</h2>
<p>i) Ashby Village Players, Donation, Chq No 1187 £75.00</p>
<p>ii) Ashby Bowls Club, Grant, Chq No 1188 £40.00</p>
<p>iii) Fenland Fencing, stile repair, Chq No 1189 £120.00</p>
<p>iv) The invoice of £40.00 from Ashby Scouts had been paid.</p>
<p>v) Ashby Bowls Club, Donation towards new mats, Chq No 1190 £40.00</p>
</body></html>
"""


def _status(db, words):
    rows = list(db.query("select status, completed_in from actions where description like ?", [f"%{words}%"]))
    assert len(rows) == 1, words
    return rows[0]["status"]


def test_the_list_of_payments_closes_the_task_to_pay(tmp_path):
    paper = tmp_path / "lower-ashby-2016-09-14.html"
    paper.write_text(MINUTES)
    db_path = tmp_path / "archive.db"
    ingest([str(paper)], str(db_path))
    db = sqlite_utils.Database(db_path)
    assert _status(db, "donation of £75.00") == "completed"
    # the Bowls Club's £40.00 grant, nor its £40.00 donation (a word saying the kind of payment, not whose), is the
    # Scouts' donation, and a sentence saying an invoice was paid is no line of the list
    assert _status(db, "donation of £40.00") == "open"
    # withholding a payment is no task to pay, though the payee's line is there
    assert _status(db, "withhold the cheque payment") == "open"


def test_a_task_to_pay():
    assert pay_task("It was agreed that this be paid when the invoice was received.")
    assert pay_task("xviii) Reading Room Manordeilo, Invoice for Hire of Hall; Clerk to arrange payment.")
    assert not pay_task("PK was asked to withhold the cheque payment for these fees.")
    assert not pay_task("Clerk to query payments for the BCKLWN and represent for payment in May.")


@needs_wild
def test_manordeilo_payments(tmp_path_factory):
    db = ingested(tmp_path_factory, [SHARED / "wild" / "mscc_16-09-14.pdf"], "mscc_payments")
    for words, line in (("make a donation of £50.00", "Chq No 1187"), ("paid when the invoice was received", "Chq No 1188")):
        row = next(db.query("""select a.status, a.completed_in, h.text from actions a join action_history h on h.action_id = a.id
                               where a.description like ? and h.kind = 'follow_up'""", [f"%{words}%"]))
        assert row["status"] == "completed" and line in row["text"], words
