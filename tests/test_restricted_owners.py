"""A public action keeps the owners its public papers name when a restricted paper also names
owners for it: the public copy then lists only the owners some public sighting names, and the
check must recognise a name spelt with an accent ("Zoë", which the sightings' JSON stores
escaped) and a short form the body's papers taught ("Ali" for Alison Hopkins). Either used to be
dropped, leaving the action with no owner on the public site."""

import asyncio

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import run_cli
from .pdfs import write_pdf

PRESENT = ["Present: Councillor Mary Aldous (Chair), Councillor Zoë Pellow, Councillor Alison Hopkins", ""]


def write_papers(folder, body):
    write_pdf(folder / "2024-03 minutes.pdf", [[
        body, f"Minutes of the meeting of the {body} held on 12 March 2024", *PRESENT,
        "1. SLIPWAY", "ACTION: Zoë Pellow to repair the eastern slipway railings by 31 May 2024.",
        "2. STANDPIPE",
        "ACTION: Alison Hopkins to write to the water board about the quayside standpipe, Ali to send the photographs.",
        "3. COMPOST", "ACTION: Ali to clear the compost bays behind the harbour office by 30 April 2024."]])
    write_pdf(folder / "2024-06 minutes.pdf", [[
        "NOT FOR PUBLICATION",
        body, f"Minutes of the meeting of the {body} held on 11 June 2024", *PRESENT,
        "1. SLIPWAY", "ACTION: Zoë Pellow and Isolde Marchetti to repair the eastern slipway railings by 14 November 2031.",
        "2. COMPOST",
        "ACTION: Ali and Isolde Marchetti to clear the compost bays behind the harbour office by 14 November 2031."]])


@pytest.fixture(scope="module", params=["Harbour Safety Board", "Vellacourt Allotments Committee"])
def archive(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("owners")
    papers = root / "papers"
    papers.mkdir()
    write_papers(papers, request.param)
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


def _owners(db, words):
    return next(db.query("select id, owners from actions where description like ?", [f"%{words}%"]))


def test_the_archive_gives_both_actions_a_restricted_owner_too(archive):
    """The premise: the restricted paper named an owner, so the public copy must choose."""
    db = sqlite_utils.Database(archive)
    assert _owners(db, "slipway")["owners"] == "Zoë Pellow; Isolde Marchetti"
    assert _owners(db, "compost bays")["owners"] == "Alison Hopkins; Isolde Marchetti"


def test_the_public_copy_keeps_the_owner_its_public_paper_names(archive):
    public = sqlite_utils.Database(public_path(str(archive)))
    slipway, compost = _owners(public, "slipway"), _owners(public, "compost bays")
    assert slipway["owners"] == "Zoë Pellow"
    assert compost["owners"] == "Alison Hopkins"
    assert [r["name"] for r in public.query("select name from action_owners where action_id = ?", [slipway["id"]])] \
        == ["Zoë Pellow"]
    assert not list(public.query("select * from people where name like '%Marchetti%'"))
    ds = make_datasette(public_path(str(archive)), public=True, name="archive", public_files=files_dir(str(archive)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    for action in (slipway, compost):
        page = client.get(f"/action/{action['id']}")
        assert page.status == 200 and action["owners"] in page.text and "Marchetti" not in page.text
    overdue = client.get("/overdue?as_of=2025-01-01").text
    assert "Zoë Pellow" in overdue and "Alison Hopkins" in overdue and "Marchetti" not in overdue
