"""The real papers in ../shared/real: every one recorded, none crashing, with or without OCR; each dated
meeting of a readable paper found."""

import json
import re

import sqlite_utils

from .conftest import GOLD, run_cli


def test_every_real_paper_is_recorded(real_db, real_dir):
    db = sqlite_utils.Database(real_db)
    docs = {r["filename"]: r for r in db.query("select filename, status, error, pages from documents")}
    papers = [p.name for p in real_dir.iterdir() if p.suffix in (".pdf", ".html")]
    assert len(papers) >= 24
    for name in papers:
        assert name in docs
        # a scan without a text layer is read only with OCR; without tesseract it says so
        # (or stopped by the per-paper time budget when OCR is slow on a loaded machine)
        assert docs[name]["status"] in ("ok", "no_text") or "time budget" in (docs[name]["error"] or ""), (
            name, docs[name]["error"])
        if docs[name]["status"] == "no_text":
            assert "OCR" in docs[name]["error"] or "tesseract" in docs[name]["error"], name
    assert all(docs[n]["status"] == "ok" for n in papers if not n.endswith(".pdf"))  # only a PDF can be a scan


def test_second_run_over_real_papers_skips_everything(real_db, real_dir):
    db = sqlite_utils.Database(real_db)
    done = db.execute("select count(*) from documents where status in ('ok', 'no_text')").fetchone()[0]
    result = run_cli("ingest", real_dir, "--db", real_db)
    # every paper read the first time is skipped; one stopped by the time budget is tried again
    skipped = int(re.search(r"(\d+) skipped", result.stderr).group(1))
    assert skipped >= done, result.stderr


def test_real_meetings_match_the_gold_dates(real_db):
    db = sqlite_utils.Database(real_db)
    rows = list(db.query(
        "select d.filename, d.status, m.date, md.found_by from meeting_documents md join meetings m on m.id = md.meeting_id "
        "join documents d on d.id = md.document_id"))
    found = {(r["filename"], r["date"]) for r in rows}
    readable = {r["filename"] for r in db.query("select filename from documents where status = 'ok'")}
    expected, hits, missed = 0, 0, []
    for gold_file in (GOLD / "real").glob("*.json"):
        gold = json.loads(gold_file.read_text())
        for meeting in gold["meetings"]:
            if len(meeting["date"]) == 10 and gold["document"] in readable:  # a scan needs OCR
                expected += 1
                hits += (gold["document"], meeting["date"]) in found
                if (gold["document"], meeting["date"]) not in found:
                    missed.append((gold["document"], meeting["date"]))
    assert expected >= 12
    assert hits == expected, f"{hits} of {expected} real meetings found; missed {missed}"
    # every meeting says what in the paper gave it
    assert all(r["found_by"] for r in rows)
