"""The look for a word's hyphenated printing ('cooperation' as 'co-operation') runs for any word
typed into the search, outside the SQL time limit: its cost must stay bounded however much of the
archive a split's phrase matches ('inthe' splits into 'in the', printed in nearly every passage).
Counted in SQLite's own steps, not timed."""

import sqlite3

import sqlite_utils

from minutebook import fulltext


def _archive(tmp_path, passages):
    db = sqlite_utils.Database(tmp_path / "a.db")
    db["passages"].insert_all(({"id": i + 1, "heading": "", "text": t} for i, t in enumerate(passages)), pk="id")
    db["passages"].enable_fts(["heading", "text"], fts_version="FTS5", tokenize="porter", create_triggers=True)
    db.conn.commit()
    return sqlite3.connect(tmp_path / "a.db")


def _steps(conn, word):
    steps = [0]

    def count():
        steps[0] += 1
        return 0
    conn.set_progress_handler(count, 100)
    try:
        found = fulltext.compound_of(conn, word)
    finally:
        conn.set_progress_handler(None, 0)
    return found, steps[0] * 100


def test_a_phrase_in_every_passage_costs_the_same_in_a_bigger_archive(tmp_path):
    common = "Item {}: the clerk reported in the meeting that the work in the park was done."
    steps = []
    for size in (2000, 8000):
        folder = tmp_path / str(size)
        folder.mkdir()
        conn = _archive(folder, [common.format(i) for i in range(size)]
                        + ["The council noted the co-operation of the tenants."])
        assert _steps(conn, "cooperation")[0] == "co operation"
        found, cost = _steps(conn, "inthe")
        assert found is None  # no paper prints 'in-the'
        steps.append(cost)
    # without the bound, 'in the' reads the text of every passage: four times the archive, four
    # times the steps
    assert steps[1] <= steps[0] * 1.25 + 1000, steps


def test_a_printing_among_the_first_candidates_is_still_found(tmp_path):
    texts = ["We thank you for your co operation."] * 50 + ["Their co-operation was noted."]
    conn = _archive(tmp_path, texts)
    assert fulltext.compound_of(conn, "cooperation") == "co operation"
