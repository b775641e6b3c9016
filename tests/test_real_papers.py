"""The twelve real papers in ../shared/real: every one recorded, none crashing."""

import json

import sqlite_utils

from .conftest import GOLD, run_cli


def test_every_real_paper_is_recorded(real_db, real_dir):
    db = sqlite_utils.Database(real_db)
    docs = {r["filename"]: r for r in db.query("select filename, status, error, pages from documents")}
    papers = [p.name for p in real_dir.iterdir() if p.suffix in (".pdf", ".html")]
    assert len(papers) == 12
    for name in papers:
        assert name in docs
    scan = docs["gvl_Council 2023_05_23.pdf"]
    assert scan["status"] in ("no_text", "ok")
    if scan["status"] == "no_text":
        assert "OCR" in scan["error"]
    assert all(docs[n]["status"] == "ok" for n in papers if not n.startswith("gvl_"))


def test_second_run_over_real_papers_skips_everything(real_db, real_dir):
    result = run_cli("ingest", real_dir, "--db", real_db)
    assert " 0 ok, " in result.stderr and "0 failed" in result.stderr


def test_real_meetings_match_the_gold_dates(real_db):
    db = sqlite_utils.Database(real_db)
    found = {(r["filename"], r["date"]) for r in db.query(
        "select d.filename, m.date from meeting_documents md join meetings m on m.id = md.meeting_id "
        "join documents d on d.id = md.document_id")}
    expected, hits = 0, 0
    for gold_file in (GOLD / "real").glob("*.json"):
        gold = json.loads(gold_file.read_text())
        for meeting in gold["meetings"]:
            if len(meeting["date"]) == 10:
                expected += 1
                hits += (gold["document"], meeting["date"]) in found
    assert expected >= 8
    assert hits / expected >= 0.8, f"{hits} of {expected} real meetings found"
