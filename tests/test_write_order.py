"""Papers are written in whatever order they finish (--workers, --cluster): a meeting recorded
by two papers and a person spelt two ways by them come out the same in either order."""

import sqlite_utils

from .conftest import run_cli


def paper(path, venue: str, name: str):
    path.write_text(
        f"Minutes of the meeting of the Harbour Board held on 4 March 2024 at {venue}\n\n"
        f"Present: {name} (Chair), Councillor Peter Brindle\n\n"
        f"1. Fees\n\nThe Board agreed the fees. {name} reported on the moorings.\n\n"
        f"ACTION: {name} to publish the fees by 30 April 2024.\n")


def ingest_in_order(tmp_path, tag: str, order: list[str]):
    folder = tmp_path / tag
    folder.mkdir()
    db = tmp_path / f"{tag}.db"
    for name in order:  # one run per paper: the first written is the first named
        paper(folder / name, *SPELLINGS[name])
        run_cli("ingest", folder, "--db", db, check=True)
    database = sqlite_utils.Database(db)
    meetings = database.execute(
        "select m.body, m.date, m.venue, d.filename, m.page from meetings m join documents d on d.id = m.document_id"
    ).fetchall()
    people = database.execute("select name from people order by name").fetchall()
    return meetings, people


SPELLINGS = {"a-minutes.txt": ("the Harbour Office, Quay Street", "Councillor André Videla"),
             "b-draft.txt": ("the Harbour Office", "Councillor Andre Videla")}


def test_meeting_and_person_do_not_depend_on_the_order_papers_are_written(tmp_path):
    forward = ingest_in_order(tmp_path, "forward", ["a-minutes.txt", "b-draft.txt"])
    backward = ingest_in_order(tmp_path, "backward", ["b-draft.txt", "a-minutes.txt"])
    assert forward == backward
    meetings, people = forward
    assert len(meetings) == 1 and meetings[0][3] == "a-minutes.txt"  # the paper first by path gives it
    assert ("André Videla",) in people and ("Andre Videla",) not in people
