"""Ingest on a real Dask cluster gives the same archive as a plain ingest."""

import pytest
import sqlite_utils

from .conftest import CORPUS, run_cli

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


def test_cluster_option_explains_a_missing_scheduler(tmp_path):
    result = run_cli("ingest", CORPUS, "--db", tmp_path / "x.db", "--cluster", "tcp://127.0.0.1:9")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "127.0.0.1:9" in result.stderr
