"""A payment approval that names no sum carries the list of payments beside it (issue 7: judge12's 'the header without
the accounts' and 'the list of accounts approved is not in the text'): 'Cllr Mrs Mendoza proposed approval for payment
seconded by Cllr Summers' after 'Accounts for Approval / Direct Debit payment to e-on Energy - £39.40 ...' (Stoke
Ferry), 'The following accounts were approved for payment Paid by standing order' before its table (Souldern). A run
of sums under no payments head (a list of income) is not taken. Real minutes of three bodies (skipped without
../shared), and a built paper ingested into a real archive."""

from __future__ import annotations

import pytest
import sqlite_utils

from .wild_papers import paper_decisions, needs_wild



def holding(name: str, words: str) -> list[str]:
    return [d["text"] for d in paper_decisions("wild", name) if words in d["text"]]


@needs_wild
@pytest.mark.parametrize("paper, decision, payee, before", [
    ("sf_stoke-ferry-pc-minutes-2009-01_index.html", "proposed approval for payment", "MHB Services - £64.38", True),
    ("sf_stoke-ferry-pc-minutes-2012-10_index.html", "proposed approval for payment", "Westcotec Ltd - £70.55", True),
    ("sd_2025-10-30 SPC minutes.pdf", "accounts were approved for payment", "Cathy Fleet | Clerk Salary | 136.66", False),
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "following payments presented are approved", "Glazewing", False),
    ("sf_west-dereham-pc-minutes-2013-09_index.html", "The payment to NALC was not approved", "NALC photocopying", True),
])
def test_a_payment_approval_carries_its_list(paper, decision, payee, before):
    found = holding(paper, decision)
    assert len(found) == 1 and payee in found[0], found
    assert (found[0].index(payee) < found[0].index(decision)) == before


@needs_wild
def test_a_list_of_income_is_not_the_payments():
    found = holding("sf_northwold-pc-minutes-2013-06_index.html", "Payments approved, all Councillors agreed.")
    assert len(found) == 1 and "Income" not in found[0] and "Fendick" not in found[0], found


PAPER = """# Mill Green Parish Council

Minutes of the meeting of Mill Green Parish Council held on 3 March 2024 at the Village Hall.

Present: Cllr A Bell (Chairman), Cllr C Hart, Cllr D Kay.

## 1. Finance

Payments for Approval:

Hedges Ltd - £120.00 - Churchyard wall repair

Bright Lights - £45.50 - Street lighting maintenance

Cllr Hart proposed approval for payment seconded by Cllr Kay.

## 2. Income

Income received:

Allotment rents - £60.00

Cllr Bell proposed approval for payment of the clerk's salary seconded by Cllr Hart.
"""


def decisions_of_built(tmp_path, name: str, text: str) -> list[str]:
    """The decisions' texts of a built paper ingested into a real archive."""
    from minutebook.ingest.pipeline import ingest

    paper = tmp_path / name
    paper.write_text(text)
    db_path = tmp_path / "a.db"
    ingest([str(paper)], str(db_path))
    return [r["text"] for r in sqlite_utils.Database(db_path).query("select text from decisions")]


def test_a_built_paper_stores_the_list_with_the_approval(tmp_path):
    texts = decisions_of_built(tmp_path, "mill-green-2024-03-03.md", PAPER)
    first = [t for t in texts if "Cllr Hart proposed approval for payment" in t]
    assert len(first) == 1 and "Hedges Ltd - £120.00" in first[0] and "Bright Lights - £45.50" in first[0], texts
    salary = [t for t in texts if "salary" in t]
    assert len(salary) == 1 and "Allotment rents" not in salary[0], texts  # income is no payments list


# Souldern numbers its items by month, year and item ('11.22.11 Finance - ...', minutes of 3 November 2022): the dotted
# number is no sum, so the approval still names none and takes its table
DOTTED = """# Mill Green Parish Council

Minutes of the meeting of Mill Green Parish Council held on 3 November 2022 at the Village Hall.

Present: Cllr A Bell (Chairman), Cllr C Hart, Cllr D Kay.

11.22.11 Finance - The following accounts were approved for payment:

| Payee | Detail | Total £s | VAT |
|---|---|---|---|
| Hedges Ltd | Churchyard wall repair | 120.00 | 20.00 |
| Bright Lights | Street lighting maintenance | 45.50 | 0.00 |

11.22.12 Date of next meeting: 24 November 2022.
"""


def test_an_items_dotted_number_is_no_sum(tmp_path):
    texts = decisions_of_built(tmp_path, "mill-green-2022-11-03.md", DOTTED)
    found = [t for t in texts if "accounts were approved for payment" in t]
    assert len(found) == 1 and "Hedges Ltd" in found[0] and "Bright Lights" in found[0], texts
