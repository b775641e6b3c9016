"""An action given to a post belongs to the person the body's papers name for that post, though
the action's own paper does not list the holder: a library society's board's real minutes, a
community council's that never name their Clerk, and the rules of the look-up on dated names
(Stoke Ferry's and the board's posts changing hands)."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.ingest.pipeline import ingest
from minutebook.ingest.store_post_holders import PostHolders

from .conftest import SHARED

WILD = SHARED / "wild"


def _ingest(tmp_path, names):
    paths = [WILD / n for n in names]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping real minutes")
    db = tmp_path / "posts.db"
    ingest([str(p) for p in paths], str(db))
    return sqlite_utils.Database(db)


def _owners_of(db, filename, words):
    rows = list(db.query("""select a.description, group_concat(o.name, '|') owners, group_concat(o.kind, '|') kinds
        from actions a join documents d on d.id = a.document_id left join action_owners o on o.action_id = a.id
        where d.filename = ? group by a.id""", [filename]))
    found = [r for r in rows if words in " ".join(r["description"].split())]
    assert len(found) == 1, (words, [r["description"][:80] for r in rows])
    return found[0]


def test_a_post_named_in_the_body_s_next_minutes(tmp_path):
    """May 2014: 'The Marketing and Communications Manager will contact them'; the July minutes
    list 'James Powell, Marketing & Communications Manager' ('&' and 'and' are one post)."""
    db = _ingest(tmp_path, ["sl_board-meeting-minutes-2014-05-29.pdf", "sl_board-meeting-minutes-2014-07-31.pdf"])
    row = _owners_of(db, "sl_board-meeting-minutes-2014-05-29.pdf", "Marketing and Communications Manager will contact")
    assert row["owners"] == "James Powell" and row["kinds"] == "person"


def test_a_post_is_the_person_its_salary_is_paid_to(tmp_path):
    """Manordeilo and Salem's minutes name their Clerk only where they pay her: 'Mrs J. Davies, Clerk's Salary
    June 2015' and, two years on, 'Mrs Jane Davies, Clerk's October Salary'. 'Clerk to complete and submit'
    (2015) is hers, in full: the initials and surname of the post's one later holder, not the paper's
    Cllr J. Davies (Joseph)."""
    db = _ingest(tmp_path, ["mscc_15-06-10.pdf", "mscc_17-10-11.pdf"])
    row = _owners_of(db, "mscc_15-06-10.pdf", "Clerk to complete and submit")
    assert row["owners"] == "Jane Davies" and row["kinds"] == "person"


def test_a_post_is_the_person_its_salary_is_paid_to_in_a_payments_table(tmp_path):
    """Souldern's November 2020 minutes: 'Clerk to draft letter to Clive Smith', and in the payments table
    'Cathy Fleet Clerk Salary (Nov)'."""
    db = _ingest(tmp_path, ["sd_2020-11-25 SPC minutes.pdf"])
    row = _owners_of(db, "sd_2020-11-25 SPC minutes.pdf", "Clerk to draft letter to Clive Smith")
    assert row["owners"] == "Cathy Fleet" and row["kinds"] == "person"


def test_a_post_no_paper_of_the_body_names_stays_a_post():
    holders = PostHolders([("Clerk", "Jane Davies", "2017-10-11")])
    assert holders.holder("Treasurer", "2017-10-11") is None


def test_initials_are_the_post_s_holder_named_in_full():
    holders = PostHolders([("Clerk", "J. Davies", "2015-06-10"), ("Clerk", "Jane Davies", "2017-10-11"),
                           ("Chair", "J. Davies", "2015-06-10"), ("Chair", "Jane Davies", "2017-10-11"),
                           ("Chair", "John Davies", "2018-01-01")])
    assert holders.holder("Clerk", "2015-06-10") == "Jane Davies"
    assert holders.holder("Chair", "2015-06-10") == "J. Davies"  # two holders fit: neither is taken


def test_the_holder_named_nearest_in_time_within_a_year():
    holders = PostHolders([("Honorary Secretary", "Anne Mallalieu", "2014-09-25"),
                           ("Honorary Secretary", "Jonathan Ogden", "2014-11-27"),
                           ("Parish Clerk", "Helen Richardson", "2018-02-07"),
                           ("Chair", "Pam Walker", "2019-05-15"), ("Chair", "Claire Cann", "2019-05-15")])
    assert holders.holder("Secretary", "2014-09-01") == "Anne Mallalieu"
    assert holders.holder("the Honorary Secretary", "2014-12-01") == "Jonathan Ogden"
    assert holders.holder("Clerk", "2017-08-02") == "Helen Richardson"
    assert holders.holder("Clerk", "2009-01-14") is None  # named nine years later: maybe a later clerk
    assert holders.holder("Chair", "2019-05-15") is None  # two named at once: no guess
    assert holders.holder("Councillors", "2014-09-25") is None  # a group is no post
