"""One action followed across a body's meetings, on two small series written here: a parish
council whose follow-ups sit in an action log (HTML tables with ref/action/owner/due/status),
and a friends' group whose follow-ups are 'matters arising' sentences under 'ACTION: SJ' style
minutes (text files). Real files, a real database, the real command line and site."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from minutebook.extract.action_match import Candidate, Vocabulary, ref_of, score
from minutebook.extract.action_status import reading
from minutebook.ingest.pipeline import ingest

from .conftest import run_cli

COUNCIL = "Westfield Parish Council"


def _council_paper(date_text: str, rows, arising: str) -> str:
    cells = "".join(f"<tr><td>{r}</td><td>{a}</td><td>{o}</td><td>{d}</td><td>{s}</td></tr>" for r, a, o, d, s in rows)
    return f"""<html><body><h1>{COUNCIL}</h1>
<h2>Minutes of the meeting of {COUNCIL} held on {date_text}</h2>
<p>Present: Councillor Jane Smith (Chair), Councillor Tom Baker, Councillor Ann Lee. Clerk: Peter Grey.</p>
<h3>1. Apologies</h3><p>None.</p>
<h3>2. Matters arising</h3><p>{arising}</p>
<h3>3. Action log</h3>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>{cells}</table>
</body></html>"""


VERGE = "Write to the county council about the damaged verge on Mill Lane"
QUOTES = "Obtain three quotes for repairing the bus shelter"
LITTER = "Arrange the spring litter pick"
REPORT = "Publish the annual report on the noticeboard"


def write_council_series(folder: Path, litter_status: str = "Carried forward") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    papers = {
        "westfield-2024-01-10.html": _council_paper("10 January 2024", [
            ("01-01", "Order a portrait of the retiring chairman", "Jane Smith", "February 2024", "Open"),
            ("01-02", VERGE, "Tom Baker", "March 2024", "Open"),
            ("01-03", QUOTES, "Ann Lee", "February 2024", "Open"),
        ], "None."),
        "westfield-2024-02-14.html": _council_paper("14 February 2024", [
            ("01-02", VERGE, "Tom Baker", "March 2024", "Carried forward"),
            ("01-03", QUOTES, "Ann Lee", "February 2024", "In progress"),
            ("02-01", LITTER, "Tom Baker", "April 2024", "Open"),
            ("02-02", REPORT, "Ann Lee", "March 2024", "Open"),
        ], "The Chair reported that the portrait had been ordered from a local artist."),
        "westfield-2024-03-13.html": _council_paper("13 March 2024", [
            ("01-02", VERGE, "Tom Baker", "March 2024", "Closed"),
            ("01-03", QUOTES, "Ann Lee", "February 2024", "Superseded by the county's own repair"),
            ("02-01", LITTER, "Tom Baker", "April 2024", litter_status),
        ], "No matters arising."),
    }
    paths = []
    for name, html in papers.items():
        (folder / name).write_text(html, encoding="utf-8")
        paths.append(folder / name)
    return paths


def _friends_paper(date_text: str, body: str) -> str:
    return (f"Minutes of the Oakbridge Friends Group meeting held on {date_text}\n\n"
            "Present: Sarah Jones (SJ), Mark Evans (ME), Ruth Patel (RP)\n\n"
            "1. Minutes of the previous meeting\n\nThe minutes were agreed as a true record.\n\n" + body)


def write_friends_series(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    papers = {
        "oakbridge-2024-03-05.txt": _friends_paper("5 March 2024", (
            "2. Garden benches\n\n2.1 Sarah will obtain prices for two new garden benches for the reading garden.\n\n"
            "ACTION: SJ\n\n3. Newsletter\n\n3.1 Mark agreed to draft the spring newsletter for members.\n\nACTION: ME\n\n"
            "4. Any other business\n\n4.1 Ruth will contact the borough about the broken gate by the car park.\n\n"
            "ACTION: RP\n")),
        "oakbridge-2024-04-09.txt": _friends_paper("9 April 2024", (
            "2. Matters arising\n\n2.1 Prices for the garden benches were obtained and two benches have been purchased.\n\n"
            "2.2 The spring newsletter is still in progress.\n\n"
            "3. Summer fair\n\n3.1 Ruth will book the church hall for the summer fair in July.\n\nACTION: RP\n")),
        "oakbridge-2024-05-14.txt": _friends_paper("14 May 2024", (
            "2. Matters arising\n\n2.1 All ongoing action points closed.\n")),
    }
    paths = []
    for name, text in papers.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def action_rows(db_path) -> list[dict]:
    """The auditor's view of every action, without ids: what must not depend on ingest order."""
    db = sqlite_utils.Database(db_path)
    out = []
    for a in db.query("select * from actions order by first_seen, description"):
        trail = [(h["seen_on"], h["kind"], h["status"], h["state"], h["status_text"], " ".join(h["text"].split()))
                 for h in db.query("select * from action_history where action_id = ? order by seen_on, kind, text", [a["id"]])]
        out.append({k: a[k] for k in ("description", "status", "state", "status_text", "owners", "due_date", "first_seen",
                                      "last_seen", "completed_in", "sightings")} | {"trail": trail})
    return out


def by_description(rows, words: str) -> dict:
    hits = [r for r in rows if words.lower() in r["description"].lower()]
    assert len(hits) == 1, f"{words!r} is in {len(hits)} action rows: {[r['description'] for r in rows]}"
    return hits[0]


@pytest.fixture
def series(tmp_path):
    return write_council_series(tmp_path / "westfield") + write_friends_series(tmp_path / "oakbridge")


@pytest.fixture
def series_db(tmp_path, series):
    db = tmp_path / "series.db"
    ingest([str(p) for p in series], str(db))
    return db


def test_an_action_log_follows_each_action_to_its_close(series_db):
    rows = action_rows(series_db)
    verge = by_description(rows, "damaged verge")
    assert (verge["status"], verge["completed_in"], verge["first_seen"], verge["last_seen"]) == (
        "completed", "2024-03-13", "2024-01-10", "2024-03-13")
    assert [t[3] for t in verge["trail"]] == ["open", "carried_forward", "done"]  # one row, three sightings
    quotes = by_description(rows, "bus shelter")
    assert quotes["status"] == "completed" and quotes["state"] == "superseded"
    assert "Superseded" in quotes["status_text"]  # the paper's own words are kept
    litter = by_description(rows, "litter pick")
    assert (litter["status"], litter["state"], litter["completed_in"]) == ("open", "carried_forward", None)


def test_a_paraphrase_in_matters_arising_closes_the_action(series_db):
    rows = action_rows(series_db)
    portrait = by_description(rows, "portrait")
    assert portrait["status"] == "completed" and portrait["completed_in"] == "2024-02-14"
    assert any("had been ordered" in t[5] for t in portrait["trail"])
    benches = by_description(rows, "garden benches")
    assert benches["completed_in"] == "2024-04-09" and benches["owners"] == "Sarah Jones"


def test_a_blanket_line_closes_every_open_action_before_it(series_db):
    rows = action_rows(series_db)
    newsletter = by_description(rows, "newsletter")
    assert [(t[0], t[3]) for t in newsletter["trail"]] == [("2024-03-05", "open"), ("2024-04-09", "ongoing"),
                                                          ("2024-05-14", "blanket")]
    hall = by_description(rows, "church hall")
    assert hall["completed_in"] == "2024-05-14" and hall["state"] == "blanket"
    # the other body's actions are not closed by this body's blanket line
    assert by_description(rows, "litter pick")["status"] == "open"


@pytest.mark.parametrize("order", ["newest_first", "oldest_first_one_at_a_time", "newest_first_one_at_a_time"])
def test_ingest_order_does_not_change_the_actions(tmp_path, series, series_db, order):
    db = tmp_path / f"{order}.db"
    papers = sorted(series, key=lambda p: p.name)
    if order == "newest_first":
        ingest([str(p) for p in reversed(papers)], str(db))
    else:
        for p in (papers if order.startswith("oldest") else reversed(papers)):
            ingest([str(p)], str(db))
    assert action_rows(db) == action_rows(series_db)


def test_a_changed_paper_replaces_only_its_own_sightings(tmp_path, series):
    db_path = tmp_path / "changing.db"
    ingest([str(p) for p in series], str(db_path))
    db = sqlite_utils.Database(db_path)
    ids_before = {r["description"]: r["id"] for r in db.query("select id, description from actions")}
    others_before = list(db.query("select * from action_history where document_id != (select id from documents "
                                  "where filename = 'westfield-2024-03-13.html') and kind = 'extracted' order by id"))
    # the other papers' follow-ups too ('the portrait had been ordered'), rows and ids: the
    # relinking rewrites only the sightings whose links the changed paper changed
    follow_ups_before = list(db.query("select * from action_history where document_id != (select id from documents "
                                      "where filename = 'westfield-2024-03-13.html') and kind != 'extracted' order by id"))
    assert any("portrait had been ordered" in r["text"] for r in follow_ups_before)
    write_council_series(series[0].parent, litter_status="Completed")  # the March minutes corrected
    ingest([str(p) for p in series], str(db_path))
    litter = by_description(action_rows(db_path), "litter pick")
    assert (litter["status"], litter["completed_in"]) == ("completed", "2024-03-13")
    others_after = list(db.query("select * from action_history where document_id != (select id from documents "
                                 "where filename = 'westfield-2024-03-13.html') and kind = 'extracted' order by id"))
    assert others_after == others_before
    assert list(db.query("select * from action_history where document_id != (select id from documents where filename = "
                         "'westfield-2024-03-13.html') and kind != 'extracted' order by id")) == follow_ups_before
    assert {r["description"]: r["id"] for r in db.query("select id, description from actions")} == ids_before


def test_overdue_tells_reported_open_from_never_mentioned_again(series_db):
    result = run_cli("actions", "--overdue", "--as-of", "2024-06-01", "--format", "json", "--db", series_db, check=True)
    rows = {r["description"]: r for r in json.loads(result.stdout)}
    assert rows[LITTER]["follow_up"] == "reported still open" and rows[LITTER]["last_seen"] == "2024-03-13"
    assert rows[REPORT]["follow_up"] == "no later paper mentions it" and rows[REPORT]["last_seen"] == "2024-02-14"
    assert VERGE not in rows  # closed in March
    earlier = run_cli("actions", "--overdue", "--as-of", "2024-03-01", "--format", "json", "--db", series_db, check=True)
    assert QUOTES in {r["description"] for r in json.loads(earlier.stdout)}  # overdue then, superseded later


def test_history_on_the_command_line(series_db):
    db = sqlite_utils.Database(series_db)
    verge_id = db.execute("select id from actions where description like '%verge%'").fetchone()[0]
    out = run_cli("actions", "--history", verge_id, "--db", series_db, check=True).stdout
    assert VERGE in out and "Carried forward" in out and "Closed" in out
    header, trail = out.split("\n\n", 1)
    assert "closed in 2024-03-13" in header
    assert trail.index("2024-01-10") < trail.index("2024-02-14") < trail.index("2024-03-13")
    assert "/-/source/" in trail and "#page=1" in trail
    missing = run_cli("actions", "--history", 99999, "--db", series_db)
    assert missing.returncode != 0 and "99999" in missing.stderr


def test_series_gold_is_scored(tmp_path, series_db):
    from minutebook.extract.evaluate_series import evaluate_series

    gold = {"series": "westfield", "documents": [f"westfield-2024-0{m}.html" for m in ("1-10", "2-14", "3-13")],
            "as_of": "2024-03-13", "actions": [
                {"key": VERGE, "owners": ["Tom Baker"], "raised": "2024-01-10", "final_status": "completed",
                 "seen_in": ["2024-01-10", "2024-02-14", "2024-03-13"], "completed_in": "2024-03-13"},
                {"key": LITTER, "owners": ["Tom Baker"], "raised": "2024-02-14", "final_status": "open",
                 "seen_in": ["2024-02-14", "2024-03-13"], "completed_in": None},
                {"key": "Order a portrait", "owners": ["Ann Lee"], "raised": "2024-01-10", "final_status": "open",
                 "seen_in": ["2024-01-10"], "completed_in": None}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "SERIES_westfield.json").write_text(json.dumps(gold))
    [s] = evaluate_series(str(series_db), str(tmp_path / "gold"))
    assert (s.found, s.one_row) == (3, 3)
    assert s.status == 2 and s.owners == 2  # the portrait: gold here says open and Ann Lee, the papers say otherwise
    assert s.open_list.tp == 1 and s.open_list.fn == 1 and s.open_list.fp == 1  # REPORT is open but not in this gold
    out = run_cli("eval", tmp_path / "gold", "--db", series_db, check=True).stdout
    assert "westfield" in out and "open F1" in out


@pytest.mark.parametrize("text,status,state", [
    ("The portrait had been ordered.", "completed", "done"),
    ("As progress has been very slow it was decided to remain with HSBC for the time being.", "completed", "dropped"),
    ("Superseded by the new policy.", "completed", "superseded"),
    ("All ongoing action points closed.", "completed", "blanket"),
    ("Carried forward to the next meeting.", "open", "carried_forward"),
    ("Deferred until next meeting", "open", "deferred"),
    ("The letter had not been implemented.", "open", "not_done"),
    ("This item to stay on the agenda.", "open", "on_agenda"),
    ("Work is ongoing.", "open", "ongoing"),
    ("A sub group have revised the letter and this will be sent out ASAP.", "open", "ongoing"),
    # an action log's status cells (Souldern Parish Council's 'Actions from previous meeting')
    ("AS o/s", "open", "carried_forward"),
    ("ON GOING – AS to action", "open", "ongoing"),
    ("Being done 31/3/23.", "open", "ongoing"),
    ("The assessment was carried out on 20 February.", "completed", "done"),
    ("Online banking is now set up.", "completed", "done"),
    ("The parish council replaced the lamps in April.", "completed", "done"),
    ("The letter is to be sent next week.", None, None),
    ("Libraries are to remain open.", None, None),
])
def test_what_later_papers_say_about_progress(text, status, state):
    found = reading(text)
    assert ((found.status, found.state) if found else (None, None)) == (status, state)


def test_a_paraphrase_scores_above_an_unrelated_action():
    vocab = Vocabulary(["order a portrait of the chairman", "write to the county about the verge", "the bus shelter",
                        "the chairman thanked members", "the county council replied"])
    action = Candidate(words=vocab.vector("Order a portrait of the retiring chairman"), context={}, item={})
    other = Candidate(words=vocab.vector("Write to the county about the verge"), context={}, item={})
    later = Candidate(words=vocab.vector("The portrait had been ordered"), context={}, item={})
    assert score(action, later, report=True) > 0.5 > score(other, later, report=True)
    assert score(Candidate({}, {}, {}, ref="05-13"), Candidate({}, {}, {}, ref="05-13")) == 1.0
    assert score(Candidate({}, {}, {}, ref="05-13"), Candidate(later.words, {}, {}, ref="05-14")) == 0.0
    # references as action logs print them: month-year ('July22.03') and minute numbers with a part
    assert ref_of("July22.03") == ref_of("july22.03") == "july22-03" and ref_of("03.19.04(2)") == "03-19-04(2)"
    assert ref_of("Item 3") is None


def test_the_site_shows_an_actions_trail_and_overdue_as_of_a_date(series_db):
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    ds = make_datasette(public_path(str(series_db)), public_files=files_dir(str(series_db)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    db = sqlite_utils.Database(series_db)
    verge_id, march_doc = db.execute(
        "select a.id, (select id from documents where filename = 'westfield-2024-03-13.html') from actions a "
        "where description like '%verge%'").fetchone()
    page = client.get(f"/action/{verge_id}")
    assert page.status == 200
    trail = page.text[page.text.index('id="action-trail"'):]
    assert trail.count("<tr>") == 4 and "Carried forward" in trail and "Closed" in trail
    assert f'href="/-/source/{march_doc}#page=1"' in trail  # each sighting opens its paper at its page
    assert "2024-03-13" in page.text[:page.text.index('id="action-trail"')]  # closed in
    assert client.get("/action/99999").status == 404
    overdue = client.get("/overdue?as_of=2024-06-01")
    assert overdue.status == 200 and LITTER in overdue.text and REPORT in overdue.text and VERGE not in overdue.text
    assert "reported still open" in overdue.text and "no later paper mentions it" in overdue.text
    assert QUOTES in client.get("/overdue?as_of=2024-03-01").text
    api = client.get("/series/overdue_actions.json?as_of=2024-06-01&_shape=array")
    assert {r["description"] for r in api.json} == {LITTER, REPORT}
    assert QUOTES in {r["description"] for r in client.get("/series/overdue_actions.json?as_of=2024-03-01&_shape=array").json}


def _chart(page: str, title: str) -> str:
    start = page.index(f'aria-label="{title}"')
    return page[start:page.index("</svg>", start)]


def test_the_overdue_charts_count_what_was_open_on_the_date_asked(series_db):
    """The bus shelter quotes (Ann Lee, due February) were superseded in March: overdue as of
    1 March, in the charts as in the list, and gone from both as of June."""
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    ds = make_datasette(public_path(str(series_db)), public_files=files_dir(str(series_db)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    march = client.get("/overdue?as_of=2024-03-01").text
    by_owner, by_month = _chart(march, "Open and overdue actions by owner"), _chart(march, "Overdue actions by month")
    assert "Ann Lee" in by_owner and "overdue: 1" in by_owner.split("Ann Lee", 1)[1].split("</text>", 2)[1]
    assert ">2024-02<" in by_month
    june = client.get("/overdue?as_of=2024-06-01").text
    assert "2024-02" not in _chart(june, "Overdue actions by month")  # the quotes, due in February, closed in March


# A village hall committee's minutes as PDFs, in the form most small bodies use: numbered items,
# 'Matters arising' that name an earlier minute, a recurring item (the boiler) carrying its own
# news, a bare 'JB will chase.' after news of an action, and a new task on a subject an older one
# shares a word with (the boiler cupboard door is not the boiler).
HALL_HEAD = ["Harbury Village Hall Management Committee"]
HALL_PRESENT = "Present: Jane Brook (Chair) (JB), Robert Hale (RH), Priya Shah (PS), Tom Walsh (Treasurer) (TW)"
HALL_PAPERS = {
    "harbury-hall-2025-01-12.pdf": [
        "Minutes of the meeting held on 12 January 2025 at the Village Hall", HALL_PRESENT, "",
        "1. Apologies", "None.", "2. Minutes of the last meeting",
        "The minutes of the meeting held on 10 November 2024 were approved and signed.",
        "3. Matters arising", "None.", "4. Boiler",
        "4.1 The boiler failed twice in December. RH to obtain three quotes for a replacement boiler.",
        "5. Fire safety", "5.1 PS will arrange the annual fire risk assessment with the county fire service.",
        "6. Finance", "6.1 TW reported a balance of £12,400. TW to set up online banking with the Co-operative Bank.",
        "7. Any other business",
        "7.1 The car park lights are faulty. JB will contact the parish council about the lighting.",
        "Date of next meeting: 9 March 2025"],
    "harbury-hall-2025-03-09.pdf": [
        "Minutes of the meeting held on 9 March 2025 at the Village Hall", HALL_PRESENT, "",
        "1. Apologies", "None.", "2. Minutes of the last meeting",
        "The minutes of the meeting held on 12 January 2025 were approved and signed.",
        "3. Matters arising",
        "3.1 Fire risk assessment (minute 5.1): the assessment was carried out on 20 February and",
        "no major issues were found.",
        "3.2 Car park lighting (minute 7.1): the parish council has not yet replied. JB will chase.",
        "4. Boiler",
        "4.1 Three quotes had been received. The committee agreed to accept the quote from Smith",
        "Heating for £4,200. RH will book the installation.",
        "5. Finance", "5.1 Online banking: still awaiting the forms from the bank.",
        "6. Any other business",
        "6.1 The door of the boiler cupboard is broken.", "6.2 PS will arrange a joiner to repair the cupboard door.",
        "Date of next meeting: 11 May 2025"],
    "harbury-hall-2025-05-11.pdf": [
        "Minutes of the meeting held on 11 May 2025 at the Village Hall", HALL_PRESENT, "",
        "1. Apologies", "None.", "2. Minutes of the last meeting",
        "The minutes of the meeting held on 9 March 2025 were approved and signed.",
        "3. Matters arising",
        "3.1 The new boiler was installed by Smith Heating on 2 April.",
        "3.2 Car park lighting: the parish council replaced the lamps in April.",
        "3.3 The cupboard door has been repaired.",
        "4. Finance", "4.1 Online banking is now set up and TW circulated the first statement.",
        "5. Any other business", "5.1 PS will order new tables for the main hall.",
        "Date of next meeting: 13 July 2025"],
}


def write_hall_series(folder: Path) -> list[Path]:
    from .pdfs import write_pdf

    folder.mkdir(parents=True, exist_ok=True)
    return [write_pdf(folder / name, [HALL_HEAD + lines]) for name, lines in HALL_PAPERS.items()]


@pytest.fixture(scope="module")
def hall_dbs(tmp_path_factory):
    root = tmp_path_factory.mktemp("hall")
    papers = write_hall_series(root / "papers")
    together, one_by_one = root / "together.db", root / "one_by_one.db"
    ingest([str(p) for p in papers], str(together))
    for paper in reversed(papers):
        ingest([str(paper)], str(one_by_one))
    return together, one_by_one


def test_matters_arising_and_a_recurring_item_close_the_right_actions(hall_dbs):
    rows = action_rows(hall_dbs[0])
    expected = {  # words of the action: (status, closed in, meetings seen)
        "three quotes": ("completed", "2025-03-09", 2),
        "fire risk assessment": ("completed", "2025-03-09", 2),
        "online banking": ("completed", "2025-05-11", 3),
        "parish council about the lighting": ("completed", "2025-05-11", 3),
        "book the installation": ("completed", "2025-05-11", 2),
        "cupboard door": ("completed", "2025-05-11", 2),
        "new tables": ("open", None, 1),
    }
    assert len(rows) == len(expected), [r["description"] for r in rows]
    for words, (status, closed, seen) in expected.items():
        row = by_description(rows, words)
        assert (row["status"], row["completed_in"], len({t[0] for t in row["trail"]})) == (status, closed, seen), row
    # the news goes to its own action: the boiler installed to the booking, the door to the door
    assert any("installed" in t[5] for t in by_description(rows, "book the installation")["trail"])
    assert any("has been repaired" in t[5] for t in by_description(rows, "cupboard door")["trail"])
    # 'JB will chase.' is the lighting action still in JB's hands, not an action of its own; its sighting
    # carries the matter stated before it
    lighting = by_description(rows, "parish council about the lighting")
    assert any(t[5] == "3.2 Car park lighting (minute 7.1): the parish council has not yet replied. JB will chase."
               for t in lighting["trail"]) and lighting["owners"] == "Jane Brook"
    banking = by_description(rows, "online banking")
    assert [t[3] for t in banking["trail"]] == ["open", "not_done", "done"]


def test_the_hall_series_gives_the_same_actions_one_paper_at_a_time_newest_first(hall_dbs):
    assert action_rows(hall_dbs[1]) == action_rows(hall_dbs[0])


FOHCL = Path(__file__).resolve().parent.parent.parent / "shared" / "series" / "fohcl"
SERIES_GOLD = FOHCL.parent.parent / "gold" / "series"


@pytest.fixture(scope="module")
def fohcl_dbs(tmp_path_factory):
    """A real series (six minutes of one trustees' body) ingested all at once, one paper at a
    time newest first, and one paper at a time oldest first."""
    if not FOHCL.is_dir() or not SERIES_GOLD.is_dir():
        pytest.skip("../shared/series/fohcl is not beside the project (a fresh clone): skipping the real series")
    root = tmp_path_factory.mktemp("fohcl")
    together, newest_first, oldest_first = root / "together.db", root / "newest_first.db", root / "oldest_first.db"
    ingest([str(FOHCL)], str(together))
    papers = sorted(FOHCL.glob("*.pdf"))
    for paper in reversed(papers):
        ingest([str(paper)], str(newest_first))
    for paper in papers:
        ingest([str(paper)], str(oldest_first))
    return together, newest_first, oldest_first


def test_a_real_series_gives_the_same_actions_in_any_order(fohcl_dbs):
    together, newest_first, oldest_first = fohcl_dbs
    rows = action_rows(together)
    assert action_rows(newest_first) == rows
    assert action_rows(oldest_first) == rows


@pytest.mark.parametrize("order", [0, 1, 2], ids=["together", "newest_first", "oldest_first"])
def test_a_real_series_meets_its_floors(fohcl_dbs, order):
    """Floors at what the mechanism reaches on this series (found 0.94, one row 0.92, status
    0.92, owners 0.94, open-actions F1 0.91: every target of the issue met), in each order, so a
    change that loses ground fails here; the targets themselves are printed by `minutebook eval`."""
    from minutebook.extract.evaluate_series import evaluate_series

    [s] = evaluate_series(str(fohcl_dbs[order]), str(SERIES_GOLD))
    f = s.figures()
    assert f["found"] >= 0.93 and f["one_row"] >= 0.91 and f["status"] >= 0.91 and f["owners"] >= 0.93, f
    assert f["open_f1"] >= 0.90, f


def test_series_gold_judges_only_actions_raised_in_its_own_papers(tmp_path, series_db):
    """An action raised in a paper outside the gold's documents (the body's earlier minutes,
    ingested beside the series) is not an extra of the gold's open list, though a paper of the
    series reports it still open; raised in the series, it is."""
    from minutebook.extract.evaluate_series import evaluate_series

    def extras(documents):
        folder = tmp_path / ("gold-" + str(len(documents)))
        folder.mkdir()
        gold = {"series": "westfield", "documents": documents, "as_of": "2024-03-13", "actions": []}
        (folder / "SERIES_westfield.json").write_text(json.dumps(gold))
        [s] = evaluate_series(str(series_db), str(folder))
        return s.open_list.fp

    assert extras(["westfield-2024-03-13.html"]) == 0  # the litter pick was raised on 14 February
    assert extras(["westfield-2024-02-14.html", "westfield-2024-03-13.html"]) == 2  # the litter pick and the report


ASHBY_HEAD = ("Minutes of the meeting of Ashby Parish Council held on {}\n\n"
              "Present: Councillor Ruth Dale (Chair), Councillor Owen Pike, Councillor Nina Hart. Clerk: Carl Moss.\n\n"
              "1. Minutes of the last meeting\n\n1.1 The minutes were approved and will be posted on the website and the "
              "noticeboard.\n\n")
ASHBY_PAPERS = {
    "ashby-2024-02-06.txt": ASHBY_HEAD.format("6 February 2024") + (
        "2. Grass cutting\n\n2.1 Councillor Pike will collect quotes for the grass cutting contract and put the tender "
        "on the website.\n\nACTION: OP\n\n3. Website – deferred until next meeting\n\nACTION: Clerk\n\n"
        "4. Bus shelter\n\n4.1 Councillor Hart will ask the county council to repair the bus shelter roof.\n\nACTION: NH\n\n"
        "5. Village hall heating\n\n5.1 Councillors Pike and Hart will obtain a survey of the boiler.\n\nACTION: OP/NH\n"),
    "ashby-2024-03-05.txt": ASHBY_HEAD.format("5 March 2024") + (
        "2. Grass cutting\n\n2.1 Three quotes were received and are on the website for residents to see.\n\n"
        "3. The Website\n\n3.1 The county council offered to host the parish pages free of charge and the council "
        "accepted.\n\n4. Bus shelter\n\n4.1 The county council has not yet replied.\n\n"
        "5. Progress on the village hall heating\n\n5.1 The radiators in the small room must be bled before the "
        "engineer can start.\n\nACTION: OP/NH/Clerk\n"),
}


def _ashby(tmp_path):
    folder = tmp_path / "ashby"
    folder.mkdir()
    for name, text in ASHBY_PAPERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    together, one_by_one = tmp_path / "together.db", tmp_path / "one_by_one.db"
    ingest([str(folder)], str(together))
    for name in sorted(ASHBY_PAPERS, reverse=True):
        ingest([str(folder / name)], str(one_by_one))
    return action_rows(together), action_rows(one_by_one)


def test_a_recurring_item_of_its_own_carries_the_deferred_action(tmp_path):
    """'Website - deferred until next meeting' is taken up under 'The Website' at the next
    meeting, though the two share only a word every paper of the council uses ('website'):
    the item itself recurs. In any order."""
    rows, rows_one_by_one = _ashby(tmp_path)
    website = by_description(rows, "Website – deferred")
    assert (website["status"], website["completed_in"]) == ("completed", "2024-03-05"), website
    assert any("host the parish pages" in t[5] for t in website["trail"])
    assert by_description(rows, "bus shelter")["status"] == "open"
    assert rows_one_by_one == rows


FOHCL_MAY = FOHCL.parent.parent / "real" / "sl_2015-05-05-fohcl-minutes.pdf"


@pytest.fixture(scope="module")
def fohcl_with_may(tmp_path_factory):
    """The series with the body's minutes of the meeting before it (5 May 2015, in ../shared/real)
    ingested beside it: together, and one paper at a time newest first (May last)."""
    if not FOHCL.is_dir() or not SERIES_GOLD.is_dir() or not FOHCL_MAY.is_file():
        pytest.skip("../shared/series/fohcl or ../shared/real is not beside the project (a fresh clone)")
    root = tmp_path_factory.mktemp("fohcl_may")
    together, newest_first = root / "together.db", root / "newest_first.db"
    ingest([str(FOHCL), str(FOHCL_MAY)], str(together))
    for paper in sorted([*FOHCL.glob("*.pdf"), FOHCL_MAY], key=lambda p: p.name.replace("sl_", "fohcl_"), reverse=True):
        ingest([str(paper)], str(newest_first))
    return together, newest_first


def test_the_meeting_before_the_series_splits_none_of_its_actions(fohcl_with_may):
    """With the May minutes in, 'blinds' is in five passages and no longer a rare word, yet 'The
    blinds will be fitted 5th November' is news of the June action to 'proceed with the blackout
    blinds': the action's own trail ('quotes for the installation of blackout blinds', August)
    repeating a word does not make it everyday. And 'Meraylah is waiting to hear ...' under
    'Progress of stair risers' in October is news of May's approach to the artist; June's riser
    project manager, carried on under that item in August, is seen there too (recurring_titles: the
    item that carried it), without taking the artist's news as its own. Floors at what is measured
    (one row 0.92, was 0.88), in either order."""
    from minutebook.extract.evaluate_series import evaluate_series

    together, newest_first = fohcl_with_may
    rows = action_rows(together)
    assert action_rows(newest_first) == rows
    blinds = by_description(rows, "liaise with Katherine Ellen Designs")
    assert any(t[0] == "2015-10-27" and "blinds will be fitted" in t[5] for t in blinds["trail"]), blinds["trail"]
    manager = by_description(rows, "role of project manager")
    artist = by_description(rows, "approach Meraylah")
    assert any(t[0] == "2015-10-27" and "Meraylah is waiting" in t[5] for t in artist["trail"]), artist["trail"]
    assert any(t[0] == "2015-10-27" and t[3] == "mentioned" for t in manager["trail"]), manager["trail"]
    assert manager["status"] == artist["status"] == "open"
    for db in fohcl_with_may:
        [s] = evaluate_series(str(db), str(SERIES_GOLD))
        f = s.figures()
        assert f["found"] >= 0.93 and f["one_row"] >= 0.91 and f["status"] >= 0.91 and f["owners"] >= 0.93, f
        assert f["open_f1"] >= 0.90, f
