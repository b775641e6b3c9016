"""What a restricted paper says of public actions and meetings stays out of the public copy: a
later restricted paper that hands an action to someone else, moves its due date or closes it,
and gives the meeting its time and next date, while a public agenda convenes the same meeting
and a public paper mentions the action afterwards."""

import asyncio
import re

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli
from .pdfs import write_pdf

PRESENT = ["Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", ""]
SECRETS = ["Marchetti", "Isolde", "2031", "14:30", "Thornquist", "was completed"]
# what the archive itself stamps can hold a secret's characters by chance ('12:14:30' of an ingest time,
# '...2031...' inside a file's sha256): those are taken out before looking, the papers' words never are
_STAMPS_RE = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?|\b[0-9a-f]{32,}\b")


def said(text: str) -> list[str]:
    """The secrets the text holds, outside the archive's own time stamps and hashes."""
    text = _STAMPS_RE.sub(" ", text)
    return [s for s in SECRETS if s in text]


def write_papers(folder):
    write_pdf(folder / "board 2024-03 minutes.pdf", [[
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024", *PRESENT,
        "1. QUAYSIDE LEASE", "The Board discussed the quayside lease renewal.",
        "ACTION: Mary Aldous to negotiate the quayside lease renewal with the tenant by 1 May 2024.",
        "2. SLIPWAY", "ACTION: Peter Brindle to repair the eastern slipway railings by 31 May 2024."]])
    # sorts first: it gives the June meeting its details in the archive
    write_pdf(folder / "board 2024-06 a minutes.pdf", [[
        "NOT FOR PUBLICATION",
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 11 June 2024 at 2.30 pm",
        "at the Thornquist Pavilion, Vellacourt Quay", *PRESENT,
        "1. QUAYSIDE LEASE",
        "Mary Aldous reported that the quayside lease renewal negotiation with the tenant was completed.",
        "2. SLIPWAY",
        "ACTION: Peter Brindle and Isolde Marchetti to repair the eastern slipway railings by 14 November 2031.",
        "3. DATE OF NEXT MEETING", "The next meeting will be held on 3 December 2031."]])
    write_pdf(folder / "board 2024-06 b agenda.pdf", [[
        "Harbour Safety Board", "Agenda for the meeting of the Harbour Safety Board to be held on 11 June 2024",
        "1. Quayside lease", "2. Slipway", "3. Date of next meeting"]])
    write_pdf(folder / "board 2024-09 minutes.pdf", [[
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 10 September 2024",
        *PRESENT, "1. MATTERS ARISING", "The eastern slipway railings repair was discussed.",
        "2. ANY OTHER BUSINESS", "There was no other business."]])


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("news")
    papers = root / "papers"
    papers.mkdir()
    write_papers(papers)
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


def test_the_archive_holds_what_the_restricted_paper_says(archive):
    """The premise: without it the public checks below would prove nothing."""
    db = sqlite_utils.Database(archive)
    slipway = next(db.query("select * from actions where description like '%slipway%'"))
    assert "Isolde Marchetti" in slipway["owners"] and slipway["due_date"] == "2031-11-14"
    lease = next(db.query("select * from actions where description like '%quayside lease%'"))
    assert lease["status"] == "completed"
    june = next(db.query("select * from meetings where date = '2024-06-11'"))
    assert june["start_time"] == "14:30" and june["next_meeting"] == "2031-12-03"


def test_a_public_action_and_meeting_show_nothing_a_restricted_paper_said(archive):
    public = sqlite_utils.Database(public_path(str(archive)))
    slipway = next(public.query("select * from actions where description like '%slipway%'"))
    assert slipway["owners"] == "Peter Brindle"
    assert (slipway["due_date"], slipway["due_text"]) == ("2024-05-31", "31 May 2024")
    assert slipway["last_seen"] == "2024-09-10" and slipway["sightings"] == 2
    assert [r["name"] for r in public.query("select name from action_owners where action_id = ?", [slipway["id"]])] \
        == ["Peter Brindle"]
    assert not list(public.query("select * from people where name like '%Marchetti%'"))
    assert {r["action_status"] for r in public.query("select action_status from action_history")} == {"open"}
    lease = next(public.query("select * from actions where description like '%quayside lease%'"))
    assert (lease["status"], lease["completed_in"], lease["sightings"]) == ("open", None, 1)
    june = next(public.query("select * from meetings where date = '2024-06-11'"))
    assert (june["start_time"], june["venue"], june["next_meeting"]) == (None, None, None)
    for table in public.table_names():
        for row in public[table].rows:
            text = " ".join(str(v) for v in row.values() if not isinstance(v, bytes))
            assert not said(text), (table, row)


def test_the_public_site_shows_nothing_a_restricted_paper_said(archive):
    public = sqlite_utils.Database(public_path(str(archive)))
    ds = make_datasette(public_path(str(archive)), public=True, name="archive", public_files=files_dir(str(archive)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    paths = ["/", "/overdue", "/overdue?as_of=2100-01-01", "/meetings", "/people", "/archive/actions.csv",
             "/archive/overdue_actions.json?as_of=2100-01-01", "/archive/action_history.json",
             "/archive/meetings.json", "/search?q=slipway", "/search?q=Marchetti"]
    paths += [f"/action/{i}" for (i,) in public.execute("select id from actions")]
    paths += [f"/meeting/{i}" for (i,) in public.execute("select id from meetings")]
    paths += [f"/person/{i}" for (i,) in public.execute("select id from people")]
    for path in paths:
        response = client.get(path)
        assert response.status == 200, (path, response.status)
        text = response.text.replace("Marchetti", "") if path.endswith("q=Marchetti") else response.text  # echoed
        assert not said(text), (path, said(text))


def test_the_public_copy_does_not_count_the_restricted_papers(archive):
    public = sqlite_utils.Database(public_path(str(archive)))
    assert public.execute("select count(*) from documents").fetchone()[0] == 3
    # each value is '|'-joined fields (counts, then a random token that may itself begin '10')
    fields = {field for row in public.execute("select value from _public_copy").fetchall()
              for field in str(row[0]).split("|")}
    assert "4" not in fields and "10" not in fields  # the archive's 4 papers and the sum of their ids


def test_who_attended_only_a_restricted_item_stays_out(tmp_path):
    """'Apologies for this item: ...' under an exempt item was copied as the meeting's attendance,
    and so made a person known only from restricted text public."""
    papers = tmp_path / "papers"
    papers.mkdir()
    write_pdf(papers / "board.pdf", [
        ["Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
         *PRESENT, "1. APOLOGIES", "Apologies were received from Councillor Ruth Calder.", "",
         "2. MOORING FEES", "The Board agreed the mooring fees for 2024/25."],
        ["EXEMPT ITEMS", "3. CONFIDENTIAL: QUAYSIDE CLAIM",
         "Apologies for this item: Councillor Octavia Brummelkamp",
         "Councillor Mary Aldous reported on the claim."]])
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    names = lambda d, sql: {r[0] for r in sqlite_utils.Database(d).execute(sql)}
    assert "Octavia Brummelkamp" in names(db, "select name from attendance")  # the archive knows
    public = public_path(str(db))
    assert names(public, "select name from attendance") == {"Ruth Calder", "Mary Aldous", "Peter Brindle"}
    assert "Octavia Brummelkamp" not in names(public, "select name from people")
