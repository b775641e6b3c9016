"""Ingest on a real Dask cluster gives the same archive as a plain ingest; on the workers each
paper is held to the same limits as a local run (a paper that hangs, eats memory or kills its
process is recorded with the reason), OCR goes through the writer's cache, and a writer killed
mid-run is finished by the next run."""

import importlib.util
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest
import sqlite_utils

from minutebook.ingest.ocr import cache_path_for

from .conftest import CORPUS, SHARED, ROOT, run_cli

distributed = pytest.importorskip("distributed", reason='Dask distributed is not installed (pip install "minutebook[cluster]")')

CONTENT = {
    "documents": "select filename, status, kind, title, pages, sha256 from documents order by filename",
    "pages": "select d.filename, p.page, p.text from pages p join documents d on d.id = p.document_id order by 1, 2",
    "meetings": "select body, date, start_time, venue from meetings order by body, date",
    "items": "select d.filename, a.number, a.title, a.page from agenda_items a join documents d on d.id = a.document_id order by 1, 2, 3",
    "passages": "select d.filename, p.page, p.text from passages p join documents d on d.id = p.document_id order by 1, 2, 3",
    "attendance": "select name, status, role from attendance order by 1, 2, 3",
    "actions": "select description, due_date, status, owners from actions order by 1, 2",
    "decisions": "select text, kind from decisions order by 1",
    "statistics": "select value, unit, sentence from statistics order by 1, 2, 3",
    "people": "select name from people order by 1",
}


def _content(db):
    database = sqlite_utils.Database(db)
    return {name: [tuple(r) for r in database.execute(sql).fetchall()] for name, sql in CONTENT.items()}


def test_local_cluster_ingests_the_same_archive(corpus_db, tmp_path):
    db = tmp_path / "cluster.db"
    result = run_cli("ingest", CORPUS, "--db", db, "--cluster", "local", check=True)
    assert "5 ok" in result.stderr
    assert _content(db) == _content(corpus_db)


def test_a_local_cluster_leaves_a_taken_dashboard_port_alone(tmp_path):
    """Dask's scheduler serves HTTP on 8787 unless told otherwise, and warned into the user's
    output ('Perhaps you already have a cluster running?') when something else held it."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass  # taken already, which is the case this is about
    try:
        result = run_cli("ingest", CORPUS, "--db", tmp_path / "x.db", "--cluster", "local", "-v", check=True)
    finally:
        holder.close()
    assert "5 ok" in result.stderr
    assert "8787" not in result.stderr and "Warning" not in result.stderr


def test_two_worker_cluster_by_address_then_resumes(corpus_db, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        db = tmp_path / "cluster.db"
        first = run_cli("ingest", CORPUS, "--db", db, "--cluster", cluster.scheduler_address, check=True)
        assert "5 ok" in first.stderr
        again = run_cli("ingest", CORPUS, "--db", db, "--cluster", cluster.scheduler_address, check=True)
        assert "0 ok, 5 skipped" in again.stderr
    assert _content(db) == _content(corpus_db)


def _compare_archives():
    spec = importlib.util.spec_from_file_location("compare_archives", ROOT / "benchmarks" / "compare_archives.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_workers_ingest_real_papers_of_two_bodies_into_the_same_archive(tmp_path):
    """Issue 9: the facts linked across a body's papers (an action seen again at later meetings)
    and the people merged across papers are the plain ingest's, row for row in every table,
    whatever order the two workers' papers come back in."""
    wild = SHARED / "wild"
    if not wild.is_dir():
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping real-paper tests")
    papers = tmp_path / "papers"
    papers.mkdir()
    # born-digital papers (no OCR): a community council's PDFs, a parish council's web pages
    for paper in sorted(wild.glob("mscc_*")) + sorted(wild.glob("sf_northwold-*")):
        shutil.copy(paper, papers / paper.name)
    plain = tmp_path / "plain.db"
    run_cli("ingest", papers, "--db", plain, "--no-ocr", check=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        db = tmp_path / "cluster.db"
        run_cli("ingest", papers, "--db", db, "--no-ocr", "--cluster", cluster.scheduler_address, check=True)
    found = _compare_archives().differences(str(plain), str(db))
    assert {table: (len(only_a), len(only_b)) for table, (only_a, only_b, _, _) in found.items()
            if only_a or only_b} == {}
    linked = sqlite_utils.Database(db).execute(
        "select substr(d.filename, 1, 4), count(*) from actions a join documents d on d.id = a.document_id "
        "where a.sightings > 1 group by 1").fetchall()
    assert {prefix for prefix, _ in linked} == {"mscc", "sf_n"}  # both bodies' actions linked across papers
    assert found["people"][2] > 0 and found["action_history"][2] > len(linked)


def test_cluster_option_explains_a_missing_scheduler(tmp_path):
    result = run_cli("ingest", CORPUS, "--db", tmp_path / "x.db", "--cluster", "tcp://127.0.0.1:9")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "127.0.0.1:9" in result.stderr


@pytest.fixture(scope="module")
def two_workers():
    """A real cluster of two worker processes; a worker's child reading a file called doomed.txt
    is killed (kill -9) as a crash inside a library would kill it."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  env={"MINUTEBOOK_KILL_AT": "read:doomed.txt"}) as cluster:
        yield cluster.scheduler_address


def _status(db):
    return {r["filename"]: (r["status"], r["error"]) for r in sqlite_utils.Database(db).query(
        "select filename, status, error from documents")}


def test_hostile_papers_on_workers_are_stopped_recorded_and_the_run_goes_on(two_workers, tmp_path):
    """The limits of a local run (tests/test_hostile.py), each in its own run as there."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    # a million lines take far longer than 3 s to read and cut into blocks (17 s on a busy CI box); a long
    # paper's extraction no longer runs past the budget: only its first words are read (reading_window.py)
    (folder / "long.txt").write_text("Councillor Jane Smith asked the Board about the figure\n" * 1_000_000)
    (folder / "doomed.txt").write_text("Minutes of the Board\n\nThe Board agreed the plan.\n")
    for n in range(3):
        (folder / f"short-{n}.txt").write_text(f"Minutes of the Board\n\nItem {n}: the Board agreed the plan.\n")
    db = tmp_path / "h.db"
    result = run_cli("ingest", folder, "--db", db, "--cluster", two_workers, "--max-seconds", "3")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    status = _status(db)
    assert status["long.txt"][0] == "error" and "over the time budget" in status["long.txt"][1]
    assert status["doomed.txt"] == ("error", "the parser process died (SIGKILL) while reading this file")
    assert {name: status[name] for name in status if name.startswith("short")} == {
        f"short-{n}.txt": ("ok", None) for n in range(3)}
    assert "3 ok, 0 skipped, 2 failed" in result.stderr

    (folder / "big.txt").write_bytes(b"a b c\n" * (24 << 20))  # 144 MB of short lines
    (folder / "short-3.txt").write_text("Minutes of the Board\n\nItem 3: the Board agreed the plan.\n")
    again = run_cli("ingest", folder, "--db", db, "--cluster", two_workers, "--max-seconds", "3",
                    "--max-memory", "256")
    status = _status(db)
    assert status["big.txt"][0] == "error" and "memory ceiling of 256 MB" in status["big.txt"][1]
    assert status["short-3.txt"] == ("ok", None)  # the workers lived through it all
    assert "1 ok, 3 skipped, 3 failed" in again.stderr  # the failed papers are tried again


def test_a_writer_killed_mid_run_is_finished_by_the_next_run(two_workers, corpus_db, tmp_path):
    papers = tmp_path / "papers"
    shutil.copytree(CORPUS, papers, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    plain = tmp_path / "plain.db"
    for n in range(16):  # enough papers that the run is still going when it is killed
        (papers / f"board-{n:02}.txt").write_text(
            f"Minutes of the Harbour Board meeting held on {n + 1} March 2023\n\n"
            f"Present: Councillor Jane Smith (Chair), Councillor Tom Reed\n\n"
            f"{n + 1}. Moorings\n\nThe Board agreed the mooring fees.\n"
            f"ACTION: Tom Reed to publish the fees by 30 April 2023.\n")
    run_cli("ingest", papers, "--db", plain, check=True)
    db = tmp_path / "cluster.db"
    writer = subprocess.Popen([sys.executable, "-m", "minutebook", "ingest", str(papers), "--db", str(db),
                               "--cluster", two_workers, "-v"], stderr=subprocess.PIPE, text=True)
    for line in writer.stderr:
        if ": ok" in line:  # a paper is committed: kill -9 with the rest in flight
            writer.send_signal(signal.SIGKILL)
            break
    writer.communicate(timeout=120)
    assert writer.returncode == -signal.SIGKILL
    stored = sqlite_utils.Database(db).execute("select count(*) from documents where status = 'ok'").fetchone()[0]
    assert 1 <= stored < 21
    again = run_cli("ingest", papers, "--db", db, "--cluster", two_workers, check=True)
    assert f"{21 - stored} ok, {stored} skipped" in again.stderr
    assert _content(db) == _content(plain)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")
def test_workers_ocr_into_the_writers_cache_and_read_from_it(two_workers, tmp_path):
    from .test_ocr import write_pdf_pages

    folder = tmp_path / "scans"
    folder.mkdir()
    write_pdf_pages(folder / "scan.pdf", [("scan", ["Minutes of the Parish Council"]),
                                          ("scan", ["Apologies were received"])])
    db = tmp_path / "s.db"
    run_cli("ingest", folder, "--db", db, "--cluster", two_workers, "--no-extract", check=True)
    cache = sqlite3.connect(cache_path_for(str(db)))
    assert cache.execute("select count(*) from ocr_pages").fetchone()[0] == 2  # OCRed on a worker, kept here
    text = sqlite3.connect(db).execute("select group_concat(text, ' ') from pages").fetchone()[0]
    assert "Parish Council" in text and "Apologies" in text
    # what the writer's cache holds is what a worker reads next time: tesseract is not asked again
    cache.execute("update ocr_pages set text = 'Minutes of the Cached Committee' where page = 0")
    cache.commit()
    cache.close()  # folds the write-ahead log into the file copied next
    again = tmp_path / "again.db"
    shutil.copy(cache_path_for(str(db)), cache_path_for(str(again)))
    run_cli("ingest", folder, "--db", again, "--cluster", two_workers, "--no-extract", check=True)
    pages = [r[0] for r in sqlite3.connect(again).execute("select text from pages order by page")]
    assert "Cached Committee" in pages[0] and "Apologies" in pages[1]


def test_one_database_per_body_from_the_cluster(two_workers, tmp_path):
    from .test_per_body import holdings, papers

    folder = papers(tmp_path / "papers")
    run_cli("ingest", folder, "--db-dir", tmp_path / "plain")
    result = run_cli("ingest", folder, "--db-dir", tmp_path / "dask", "--cluster", two_workers)
    assert "4 ok, 0 skipped, 1 failed" in result.stderr
    assert holdings(tmp_path / "dask") == holdings(tmp_path / "plain")
    for name in holdings(tmp_path / "plain"):
        assert _content(tmp_path / "dask" / name) == _content(tmp_path / "plain" / name), name


def test_a_workers_parser_child_is_kept_from_paper_to_paper(tmp_path):
    """What a Dask task runs, called here twice: both papers are parsed, in one child forked
    for the first and kept idle between them."""
    from minutebook.ingest import cluster

    papers = []
    for n, body in enumerate(("Harbour Board", "Parish Council")):
        path = tmp_path / f"paper-{n}.txt"
        path.write_text(f"Minutes of the {body} meeting held on {n + 1} March 2023\n\nThe {body} agreed the plan.\n")
        papers.append(path)

    def kept():
        return [child for lists in cluster._idle_children.values() for k in lists for child in k]

    cluster.stop_kept_children()
    try:
        first = cluster.parse_bytes(str(papers[0]), papers[0].read_bytes(), "a" * 64, None, True, None)
        children = kept()
        assert len(children) == 1 and children[0].process.is_alive()
        second = cluster.parse_bytes(str(papers[1]), papers[1].read_bytes(), "b" * 64, None, True, None)
        assert kept() == children and children[0].process.is_alive()
    finally:
        cluster.stop_kept_children()
    assert (first["status"], second["status"]) == ("ok", "ok")
    assert [m["body"] for m in first["meetings"]] == ["Harbour Board"]
    assert [m["body"] for m in second["meetings"]] == ["Parish Council"]
    assert first["path"] == str(papers[0]) and second["path"] == str(papers[1])
    assert not kept() and not children[0].process.is_alive()
