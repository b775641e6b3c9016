"""An action's owners as its paper prints them beside it (issue 7 point 3), on real papers of two
bodies (skipped without ../shared):

- a numbered action point that names no one, with its row's discussion run into it by OCR ('1-17 Response letter to
  be provided Newbiggin Hall. AG and AW to provide a draft LPC response to KK.', North of Tyne LPC), is owned by whom
  that discussion sets the same work;
- a name cut where its surname's second word is written small ('to be reviewed by Andrew St ledger at SCC',
  Suffolk Libraries) is the paper's 'Andrew St Ledger', not 'Andrew St'."""

from __future__ import annotations

import html

import pytest

from minutebook.extract.people import Person, Registry

from .wild_papers import served_wild

PAPERS = ["sl_board-meeting-minutes-2012-09-11.pdf",
          "notlpc_Attach-01c-Minutes-of-LPC-Meeting-06-03-2019.pdf"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "printed_owners")


def _action(db, start: str) -> dict:
    rows = list(db.query("select id, ref, due_date, due_precision from actions where description like ?", [start + "%"]))
    assert len(rows) == 1, (start, rows)
    return rows[0]


def _owners(db, action_id: int) -> set[str]:
    return {r["name"] for r in db.query("select name from action_owners where action_id = ?", [action_id])}


def test_an_action_point_naming_no_one_is_owned_by_whom_its_row_sets_the_work(archive):
    db, client = archive
    row = _action(db, "Response letter to be provided")
    assert _owners(db, row["id"]) == {"Ann Gunning", "Andy Watson"}
    page = client.get(f"/minutebook/actions?ref={row['ref']}")
    assert page.status == 200 and "Andy Watson" in html.unescape(page.text)


def test_a_point_whose_own_owner_is_printed_keeps_it(archive):
    db, _ = archive
    assert _owners(db, _action(db, "AG to speak to Oonagh")["id"]) == {"Ann Gunning"}


def test_a_name_cut_before_a_word_written_small_is_the_papers_full_name(archive):
    db, _ = archive
    row = _action(db, "Communication plan to be reviewed by Andrew St ledger")
    assert _owners(db, row["id"]) == {"Andrew St Ledger"}
    assert not list(db.query("select name from action_owners where name = 'Andrew St'"))


@pytest.mark.parametrize("surface, expected", [
    ("Andrew St", "Andrew St Ledger"),
    ("Ann Lee", "Ann Lee"),  # a three-letter surname is a surname
])
def test_a_cut_name_is_the_one_longer_name_it_begins(surface, expected):
    registry = Registry()
    for name in ("Andrew St Ledger", "Andrew St", "Ann Lee", "Ann Lee Smith"):
        registry.add(Person(name))
    assert registry.resolve(surface) == expected
