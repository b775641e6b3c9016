import os
import shutil
import signal
import subprocess
import sys
import time

import sqlite_utils

from minutebook.ingest.schema import SCHEMA_VERSION, migrate, MIGRATIONS

from .conftest import CORPUS, run_cli, tiny_pipeline
from .pdfs import write_image_only_pdf, write_pdf


def rows(db_path, sql, params=()):
    return list(sqlite_utils.Database(db_path).query(sql, params))


def test_corpus_ingests_every_file_ok(corpus_db):
    docs = rows(corpus_db, "select filename, status, format, pages from documents order by filename")
    names = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".pdf", ".html"))
    assert [d["filename"] for d in docs] == names
    assert all(d["status"] == "ok" for d in docs)
    assert {d["format"] for d in docs} == {"pdf", "html"}


def test_corpus_meetings_and_agenda_items(corpus_db):
    meetings = {(m["body"], m["date"]) for m in rows(corpus_db, "select body, date from meetings")}
    for date in ("2022-10-05", "2022-06-29", "2019-12-11"):
        assert ("Community Safety Partnership", date) in meetings
    items = rows(corpus_db, """select i.number, i.title, i.presenter, i.restricted from agenda_items i
                               join meetings m on m.id = i.meeting_id where m.date = '2022-10-05'""")
    by_number = {i["number"]: i for i in items}
    assert by_number["4"]["title"] == "Crime and Disorder Strategic Assessment 2021/22"
    assert by_number["4"]["presenter"] == "Daniel James"
    assert by_number["9"]["title"] == "Serious Violence Duty Update" and by_number["9"]["restricted"] == 1
    assert by_number["3"]["restricted"] == 0
    december = rows(corpus_db, """select i.number, i.title from agenda_items i join meetings m on m.id = i.meeting_id
                                  where m.date = '2019-12-11' order by cast(i.number as integer)""")
    assert [i["title"] for i in december][:4] == [
        "Introductions and Apologies for Absence", "Declaration of Interests", "Minutes and Action Log",
        "Domestic Abuse Commission"]


def test_an_agenda_tables_pages_column_gives_each_items_pages(corpus_db):
    """The bundled CSP agenda prints its items' pages in a 'Pages' column ('3 | Minutes | | 1-10'): read as Kent's
    titles print them inline, '(Pages 1 - 10)' (structure.PAGES_RE); an item with none has none."""
    pages = {r["title"]: r["pages"] for r in rows(corpus_db, """select i.title, i.pages from agenda_items i
                  join documents d on d.id = i.document_id where d.filename = '001_de1ae569ecce4883.pdf'""")}
    assert [pages[t] for t in ("Declarations of Interest", "Minutes", "Crime and Disorder Strategic Assessment 2021/22",
                               "Drugs Strategy and Combating Drugs Partnerships Update", "Children and Young People",
                               "Date of Next Meeting")] == [None, "1-10", "11-12", "15", "51-57", "75"]


def test_search_finds_safe_haven_passages_with_pages(corpus_db):
    hits = rows(corpus_db, """select p.document_id, p.page, p.text from passages_fts f
                              join passages p on p.id = f.rowid where passages_fts match 'safe haven'""")
    assert len(hits) >= 3
    assert all(h["page"] >= 1 for h in hits)
    assert any("Safe Haven" in h["text"] for h in hits)
    # porter stemming: the plural finds the same passages
    plural = rows(corpus_db, "select rowid from passages_fts where passages_fts match 'havens'")
    assert len(plural) >= len(hits)


def test_triggers_keep_search_in_sync(corpus_db, tmp_path):
    db_path = tmp_path / "copy.db"
    shutil.copy(corpus_db, db_path)
    db = sqlite_utils.Database(db_path)
    db["passages"].insert({"document_id": 1, "page": 1, "text": "zebra crossing outside the library"})
    assert db.execute("select count(*) from passages_fts where passages_fts match 'zebra'").fetchone()[0] == 1


def test_second_run_skips_everything(corpus_copy, tmp_path):
    db = tmp_path / "a.db"
    run_cli("ingest", corpus_copy, "--db", db, check=True)
    before = rows(db, "select id, ingested_at from documents order by id")
    second = run_cli("ingest", corpus_copy, "--db", db, check=True)
    assert "0 ok, 5 skipped, 0 failed" in second.stderr
    assert rows(db, "select id, ingested_at from documents order by id") == before


def test_changed_file_replaces_its_rows(corpus_copy, tmp_path):
    db = tmp_path / "a.db"
    news = corpus_copy / "004_c0bf44172330decd.pdf"
    run_cli("ingest", corpus_copy, "--db", db, check=True)
    doc_id = rows(db, "select id from documents where filename = ?", [news.name])[0]["id"]
    write_pdf(news, [["A completely different news item about parking permits."]])
    run_cli("ingest", corpus_copy, "--db", db, check=True)
    texts = [r["text"] for r in rows(db, "select text from pages where document_id = ?", [doc_id])]
    assert texts == ["A completely different news item about parking permits."]
    assert not rows(db, "select * from passages where document_id = ? and text like '%Sophie Linden%'", [doc_id])
    assert rows(db, "select count(*) n from documents")[0]["n"] == 5


def test_broken_files_are_recorded_and_good_files_load(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(CORPUS / "000_79c56972b0298532.pdf", folder / "good.pdf")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "really-html.pdf").write_text("<html><body>Moved</body></html>")
    (folder / "truncated.pdf").write_bytes((CORPUS / "003_01c4fb0a19c26b9e.pdf").read_bytes()[:400])
    write_pdf(folder / "locked.pdf", [["Exempt report"]], encrypt="secret")
    write_image_only_pdf(folder / "scan.pdf")
    db = tmp_path / "m.db"
    result = run_cli("ingest", folder, "--db", db, "--no-ocr")
    assert result.returncode == 1
    assert "1 ok, 0 skipped, 5 failed" in result.stderr
    for name in ("empty.pdf", "really-html.pdf", "truncated.pdf", "locked.pdf", "scan.pdf"):
        assert name in result.stderr
    status = {r["filename"]: (r["status"], r["error"]) for r in rows(db, "select filename, status, error from documents")}
    assert status["good.pdf"] == ("ok", None)
    assert status["empty.pdf"] == ("error", "empty file")
    assert "not a PDF" in status["really-html.pdf"][1]
    assert "encrypted" in status["locked.pdf"][1]
    assert status["scan.pdf"][0] == "no_text" and "OCR" in status["scan.pdf"][1]
    assert rows(db, "select count(*) n from pages where document_id = (select id from documents where filename='good.pdf')")[0]["n"] == 2


def test_a_good_file_that_turns_bad_keeps_its_content(corpus_copy, tmp_path):
    db = tmp_path / "a.db"
    run_cli("ingest", corpus_copy, "--db", db, check=True)
    target = corpus_copy / "003_01c4fb0a19c26b9e.pdf"
    pages_before = rows(db, "select count(*) n from pages p join documents d on d.id = p.document_id where d.filename = ?",
                        [target.name])[0]["n"]
    target.write_bytes(b"%PDF-1.4 garbage")
    result = run_cli("ingest", corpus_copy, "--db", db)
    assert result.returncode == 1
    doc = rows(db, "select status, error, pages from documents where filename = ?", [target.name])[0]
    assert doc["status"] == "error" and "previously ingested version is kept" in doc["error"]
    assert rows(db, "select count(*) n from pages p join documents d on d.id = p.document_id where d.filename = ?",
                [target.name])[0]["n"] == pages_before


def test_workers_give_the_same_database(corpus_db, tmp_path):
    db = tmp_path / "parallel.db"
    run_cli("ingest", CORPUS, "--db", db, "--workers", "2", check=True)
    count = "select (select count(*) from pages), (select count(*) from passages), (select count(*) from meetings)"
    assert rows(db, count) == rows(corpus_db, count)


def test_killed_run_leaves_whole_documents_only(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        shutil.copy(CORPUS / "001_de1ae569ecce4883.pdf", folder / f"pack-{n:02d}.pdf")
        # make each copy distinct so none is skipped as a duplicate
        with open(folder / f"pack-{n:02d}.pdf", "ab") as f:
            f.write(f"\n% copy {n}\n".encode())
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-m", "minutebook", "ingest", str(folder), "--db", str(db), "--no-extract"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        if os.path.exists(db) and _count(db) >= 2:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    database = sqlite_utils.Database(db)
    assert database.execute("pragma integrity_check").fetchone()[0] == "ok"
    done = database.execute("select id, pages from documents").fetchall()
    assert 0 < len(done) < 40
    for doc_id, pages in done:  # every document that is there is there whole
        assert database.execute("select count(*) from pages where document_id = ?", [doc_id]).fetchone()[0] == pages
    run_cli("ingest", folder, "--db", db, "--no-extract", check=True)  # and the next run finishes the job
    assert _count(db) == 40


def _count(db):
    try:
        return sqlite_utils.Database(db).execute("select count(*) from documents").fetchone()[0]
    except Exception:
        return 0


def test_migrations_upgrade_an_existing_database(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db["documents"].insert({"path": "/x.pdf", "filename": "x.pdf", "status": "ok"})
    assert migrate(db) == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db["documents"].count == 1 and "actions" in db.table_names()


def test_unsupported_named_file_is_an_error(tmp_path):
    path = tmp_path / "notes.xyz"
    path.write_text("hello")
    result = run_cli("ingest", path, "--db", tmp_path / "u.db")
    assert result.returncode == 1 and "unsupported file type" in result.stderr


def test_help_explains_the_commands():
    result = run_cli("--help", check=True)
    for command in ("ingest", "serve"):
        assert command in result.stdout
    assert "Unchanged files" in run_cli("ingest", "--help", check=True).stdout


def test_ingest_with_a_chosen_spacy_pipeline(tmp_path):
    """--pipeline loads an installed pipeline (here a path) and its PERSON entities count."""
    # deliberately odd, so that only the chosen pipeline can have found it
    path = tiny_pipeline(tmp_path / "tiny", patterns=[[{"LOWER": "safe"}, {"LOWER": "havens"}]])
    db = tmp_path / "p.db"
    run_cli("ingest", CORPUS / "000_79c56972b0298532.pdf", "--db", db, "--pipeline", path, check=True)
    names = [r["name"] for r in rows(db, "select name from people")]
    assert "Safe Havens" in names
    missing = run_cli("ingest", CORPUS, "--db", db, "--pipeline", "en_core_web_nonexistent")
    assert missing.returncode == 2 and "is not installed" in missing.stderr


def test_a_failing_extractor_keeps_the_document(tmp_path):
    """A user's pipeline that crashes must not lose the paper: it is stored with its text and
    structure, and the failure is written in documents.error."""
    from spacy.language import Language

    from minutebook.ingest.pipeline import ingest

    if "explodes_on_havens" not in Language.factories:
        @Language.component("explodes_on_havens")
        def explodes(doc):
            if "Havens" in doc.text:
                raise ValueError("boom")
            return doc

    path = tiny_pipeline(tmp_path / "exploding", components=["explodes_on_havens"])
    db = tmp_path / "b.db"
    summary = ingest([str(CORPUS / "000_79c56972b0298532.pdf")], str(db), pipeline=str(path))
    assert summary.count("ok") == 1
    doc = rows(db, "select status, error from documents")[0]
    assert doc["status"] == "ok" and "fact extraction stopped: minutebook failed on something in it that it does not handle (ValueError: boom, at " in doc["error"]
    assert rows(db, "select count(*) n from pages")[0]["n"] == 2


def test_facts_carry_their_meetings_body_and_date(corpus_db):
    """actions, decisions and statistics repeat their meeting's body, date and year for plain SQL
    ('open actions of this body'); linking actions across meetings rewrites the actions rows after
    the people merge, so they must be filled again after it."""
    db = sqlite_utils.Database(corpus_db)
    for table in ("actions", "decisions", "statistics"):
        rows = db.execute(f"select t.body, t.meeting_date, t.year, m.body, m.date from [{table}] t "
                          "join meetings m on m.id = t.meeting_id").fetchall()
        assert rows, table
        assert all((body, date, year) == (m_body, m_date, int(m_date[:4]))
                   for body, date, year, m_body, m_date in rows), table
