"""One database per body (`ingest --db-dir`): each paper in the database of its own meeting's
body, papers without a body and unreadable files in _no-body.db, unchanged papers skipped on
the next run, a paper whose body changed moved out of its old database, and each database
holding what a plain ingest of its papers holds."""

import os
import sqlite3

import sqlite_utils

from minutebook.ingest.body_files import archives_in
from minutebook.ingest.per_body import NO_BODY, database_name

from .conftest import run_cli
from .pdfs import write_pdf


def minutes(body: str, day: int, extra: str = "") -> list[list[str]]:
    return [[f"Minutes of the meeting of the {body} held on {day} March 2024",
             "Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", "",
             "1. FEES", f"The {body} agreed the fees for 2024/25. {extra}",
             "ACTION: Peter Brindle to publish the new fees by 30 April 2024."]]


def papers(folder):
    folder.mkdir()
    write_pdf(folder / "harbour-1.pdf", minutes("Harbour Board", 4))
    write_pdf(folder / "harbour-2.pdf", minutes("Harbour Board", 11))
    (folder / "tide.txt").write_text("\n\n".join(minutes("Tide Committee", 6)[0]) + "\n")
    (folder / "note.txt").write_text("A note about the harbour car park, with no meeting in it.\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    return folder


def holdings(folder) -> dict[str, set[str]]:
    found = {}
    for path in archives_in(str(folder)):
        db = sqlite3.connect(path)
        found[os.path.basename(path)] = {r[0] for r in db.execute("select filename from documents")}
        db.close()
    return found


def test_each_paper_goes_to_its_bodys_database_and_a_second_run_skips_them(tmp_path):
    folder = papers(tmp_path / "papers")
    bodies = tmp_path / "bodies"
    first = run_cli("ingest", folder, "--db-dir", bodies)
    assert first.returncode == 1 and "4 ok, 0 skipped, 1 failed" in first.stderr  # broken.pdf
    assert database_name("Harbour Board") == "harbour"  # body_key drops the generic 'board'
    assert holdings(bodies) == {
        "harbour.db": {"harbour-1.pdf", "harbour-2.pdf"},
        "tide-committee.db": {"tide.txt"},
        f"{NO_BODY}.db": {"note.txt", "broken.pdf"},
    }
    harbour = sqlite_utils.Database(bodies / "harbour.db")
    assert harbour.execute("select count(*) from meetings").fetchone()[0] == 2
    assert harbour.execute("select count(*) from people where name = 'Peter Brindle'").fetchone()[0] == 1
    for name in holdings(bodies):  # each body served through its own public copy, made at ingest
        assert (bodies / name.replace(".db", ".public.db")).exists()
    again = run_cli("ingest", folder, "--db-dir", bodies)
    assert "0 ok, 4 skipped, 1 failed" in again.stderr


def test_a_body_database_holds_what_a_plain_ingest_of_its_papers_holds(tmp_path):
    folder = papers(tmp_path / "papers")
    bodies = tmp_path / "bodies"
    run_cli("ingest", folder, "--db-dir", bodies)
    alone = tmp_path / "alone"
    alone.mkdir()
    for name in ("harbour-1.pdf", "harbour-2.pdf"):
        os.link(folder / name, alone / name)
    plain = tmp_path / "plain.db"
    run_cli("ingest", alone, "--db", plain, check=True)
    sql = {"meetings": "select body, date from meetings order by 1, 2",
           "actions": "select description, due_date, owners from actions order by 1",
           "decisions": "select text from decisions order by 1",
           "people": "select name from people order by 1"}
    for table, query in sql.items():
        got = sqlite_utils.Database(bodies / "harbour.db").execute(query).fetchall()
        assert got and got == sqlite_utils.Database(plain).execute(query).fetchall(), table


def test_a_paper_whose_body_changed_moves_to_its_new_database(tmp_path):
    folder = papers(tmp_path / "papers")
    bodies = tmp_path / "bodies"
    run_cli("ingest", folder, "--db-dir", bodies)
    (folder / "tide.txt").write_text("\n\n".join(minutes("Harbour Board", 18)[0]) + "\n")
    result = run_cli("ingest", folder, "--db-dir", bodies)
    assert "1 ok, 3 skipped, 1 failed" in result.stderr
    found = holdings(bodies)
    assert found["harbour.db"] == {"harbour-1.pdf", "harbour-2.pdf", "tide.txt"}
    assert found["tide-committee.db"] == set()
    tide = sqlite_utils.Database(bodies / "tide-committee.db")
    assert [tide.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("meetings", "pages", "actions")] == [0, 0, 0]
    public = sqlite_utils.Database(bodies / "tide-committee.public.db")
    assert public.execute("select count(*) from documents").fetchone()[0] == 0


def test_db_and_db_dir_together_are_refused(tmp_path):
    result = run_cli("ingest", tmp_path, "--db", tmp_path / "a.db", "--db-dir", tmp_path / "bodies")
    assert result.returncode == 2 and "either --db" in result.stderr


def test_serve_shows_every_body_database_with_a_choice_on_each_page(tmp_path):
    folder = papers(tmp_path / "papers")
    bodies = tmp_path / "bodies"
    run_cli("ingest", folder, "--db-dir", bodies)
    page = run_cli("serve", "--db-dir", bodies, "--get", "/meetings?db=tide-committee")
    assert page.returncode == 0
    assert '<option value="tide-committee" selected>' in page.stdout and '<option value="harbour">' in page.stdout
    assert "Tide Committee" in page.stdout and "Harbour Board" not in page.stdout
    assert "?db=tide-committee" in page.stdout  # links stay in the archive chosen
    first = run_cli("serve", "--db-dir", bodies, "--get", "/meetings")  # the first by name when none is asked for
    assert '<option value="harbour" selected>' in first.stdout and "Harbour Board" in first.stdout
    two = run_cli("serve", "--db", bodies / "harbour.db", "--db", bodies / "tide-committee.db", "--get",
                  "/harbour/meetings.json?_shape=array")
    assert two.returncode == 0 and "2024-03-04" in two.stdout
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "harbour.db").write_bytes((bodies / "harbour.db").read_bytes())
    clash = run_cli("serve", "--db", bodies / "harbour.db", "--db", tmp_path / "other" / "harbour.db", "--get", "/")
    assert clash.returncode == 2 and "same file name" in clash.stderr
