"""'By the next meeting' is dated by the body's next meeting in the archive: when that meeting is
known only from minutes NOT FOR PUBLICATION, the public action's due date told that the body
met, and when (16 April, a date no public paper gives). In public the due is what the action's
own paper says of its next meeting. Two bodies, each wording its next meeting its own way."""

import asyncio

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli
from .pdfs import write_pdf

PRESENT = ["Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", ""]
BODIES = [("Harbour Safety Board", "by the next meeting", "The next meeting will be held on 14 May 2024."),
          ("Vellacourt Parish Council", "to the next Council meeting", "Next meeting: 14 May 2024 at 7pm.")]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("next")
    papers = root / "papers"
    papers.mkdir()
    for n, (body, due, stated) in enumerate(BODIES):
        write_pdf(papers / f"{n} 2024-03 minutes.pdf", [[
            body, f"Minutes of the meeting of the {body} held on 12 March 2024", *PRESENT,
            "1. SLIPWAY", f"ACTION: Peter Brindle to report on the eastern slipway railings {due}.",
            "2. DATE OF NEXT MEETING", stated]])
        write_pdf(papers / f"{n} 2024-04 minutes.pdf", [[
            "NOT FOR PUBLICATION", body, f"Minutes of the meeting of the {body} held on 16 April 2024", *PRESENT,
            "1. QUAYSIDE CLAIM", "The members discussed the claim."]])
        write_pdf(papers / f"{n} 2024-06 minutes.pdf", [[
            body, f"Minutes of the meeting of the {body} held on 11 June 2024", *PRESENT,
            "1. SLIPWAY", "The eastern slipway railings were discussed."]])
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


def test_the_archive_dates_the_action_by_the_restricted_meeting(archive):
    """The premise: without it the public checks below would prove nothing."""
    dues = [r[0] for r in sqlite_utils.Database(archive).execute("select due_date from actions")]
    assert dues == ["2024-04-16"] * len(BODIES)


def test_a_public_action_is_not_dated_by_a_meeting_only_restricted_papers_record(archive):
    public = sqlite_utils.Database(public_path(str(archive)))
    assert [r[0] for r in public.execute("select date from meetings where date = '2024-04-16'")] == []
    for table in ("actions", "action_history"):
        rows = list(public.query(f"select due_date, due_precision from {table} where due_date is not null"))
        assert rows and all(r == {"due_date": "2024-05-14", "due_precision": "day"} for r in rows), (table, rows)
    ds = make_datasette(public_path(str(archive)), public=True, name="archive", public_files=files_dir(str(archive)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    for (action_id,) in public.execute("select id from actions"):
        page = client.get(f"/action/{action_id}")
        assert page.status == 200 and "2024-04-16" not in page.text and "16 April" not in page.text
    for path in ("/overdue?as_of=2024-12-31", "/archive/overdue_actions.csv?as_of=2024-12-31",
                 "/archive/actions.json?_shape=array", "/archive/action_history.csv"):
        response = client.get(path)
        assert response.status == 200 and "2024-04-16" not in response.text, path
