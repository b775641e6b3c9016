import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
REAL = SHARED / "real"
GOLD = SHARED / "gold"
SERIES = SHARED / "series"


def run_cli(*args, cwd=None, env=None, check=False):
    """Run the installed `minutebook` command as a user would."""
    result = subprocess.run([sys.executable, "-m", "minutebook", *map(str, args)], capture_output=True, text=True,
                            cwd=cwd, env={**os.environ, **(env or {})}, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"minutebook {' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(autouse=True, scope="module")
def _close_module_files():
    """Close the files a test module left open, when it ends: its sites' database connections,
    the connections the site's version readers keep, and whatever its garbage still holds.

    Datasette keeps every connection it opens until its Database is closed; a connection in a
    reference cycle (a sqlite-utils Database, a site) stays open until Python's rare full
    collection; and SQLite keeps a closed connection's file open while another connection of the
    process still reads that file. A full run held over a thousand open files: more than a fresh
    machine's default limit of 1024."""
    import gc

    from datasette.app import Datasette

    from minutebook.data_version import PragmaReader

    before = {id(o) for o in gc.get_objects() if isinstance(o, Datasette)}
    yield
    for obj in gc.get_objects():
        if isinstance(obj, Datasette) and id(obj) not in before:
            for database in obj.databases.values():
                database.close()
        elif isinstance(obj, PragmaReader):
            obj.close()
    gc.collect()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """The bundled corpus ingested once, through the command line."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    run_cli("ingest", CORPUS, "--db", db, check=True)
    return db


@pytest.fixture(scope="session")
def real_dir():
    if not REAL.is_dir():
        pytest.skip("../shared/real is not beside the project (a fresh clone): skipping real-paper tests")
    return REAL


@pytest.fixture(scope="session")
def real_db(tmp_path_factory, real_dir):
    db = tmp_path_factory.mktemp("real") / "real.db"
    run_cli("ingest", real_dir, "--db", db, "--max-seconds", "900")  # scans are OCRed: not at a busy machine's mercy
    return db


@pytest.fixture(scope="session")
def archive_db(tmp_path_factory):
    """The bundled corpus plus the real papers when they are there: the served archive."""
    db = tmp_path_factory.mktemp("archive") / "minutebook.db"
    run_cli("ingest", CORPUS, "--db", db, check=True)
    # the evaluation floors count the scanned papers: their OCR must not lose to a busy machine
    budget = ("--max-seconds", "900")
    if REAL.is_dir():
        run_cli("ingest", REAL, "--db", db, *budget)
    if SERIES.is_dir():  # the series' per-document gold is scored with the rest
        run_cli("ingest", SERIES, "--db", db, *budget)
    return db


@pytest.fixture
def corpus_copy(tmp_path):
    target = tmp_path / "papers"
    shutil.copytree(CORPUS, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def tiny_pipeline(path, patterns=(), components=()):
    """A small spaCy pipeline saved to disk, as a user's installed pipeline would be: an
    entity ruler with PERSON patterns and any registered components."""
    import spacy

    nlp = spacy.blank("en")
    for name in components:
        nlp.add_pipe(name)
    if patterns:
        nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": p} for p in patterns])
    nlp.to_disk(path)
    return path
