"""The terminal's reports (`minutebook actions`, `search`, `people`) are what a user pastes into
a mail or saves as a spreadsheet (`--format csv > opie.csv`): they read the public copy, as the
public site does, so they carry no restricted word, and their ids and source links are the
public site's. `--full` reads the archive, restricted material and all."""

import json

import pytest
import sqlite_utils

from minutebook.ingest.publish import public_path

from .conftest import run_cli
from .test_restricted import OWN_SECRETS, words, write_papers


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    papers = root / "papers"
    papers.mkdir()
    write_papers(papers)  # a restricted item with an action, a paper NOT FOR PUBLICATION, an exempt HTML item
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


def _reports(db, *extra):
    """Every report a user might share, in every format."""
    commands = [("actions", "--all"), ("actions", "--owner", "Aldous"), ("people",), ("people", "Vexworth"),
                ("people", "Aldous"), ("search", "Quillfeather"), ("search", "settlement"), ("search", "Glimmerholt")]
    outputs = []
    for command in commands:
        for fmt in ("table", "csv", "json"):
            result = run_cli(*command, "--db", db, "--format", fmt, *extra)
            assert result.returncode == 0, (command, result.stderr)
            outputs.append((command, fmt, result.stdout + result.stderr))
    return outputs


def test_reports_carry_no_restricted_word(archive):
    for command, fmt, text in _reports(archive):
        shown = words(text) & OWN_SECRETS - words(" ".join(command))  # less the word asked for, said back
        assert not shown, (command, fmt, shown)
    # the public facts are there
    rows = json.loads(run_cli("actions", "--all", "--db", archive, "--format", "json", check=True).stdout)
    assert any("mooring fees" in r["description"] for r in rows)


def test_full_reports_read_the_archive(archive):
    found = set()
    for _, _, text in _reports(archive, "--full"):
        found |= words(text) & OWN_SECRETS
    assert {"vexworth", "quillfeather", "glimmerholt"} <= found


def test_a_history_links_each_sighting_to_the_public_sites_paper(archive):
    """The trail's '/-/source/N' is opened on the public site, where N is the public copy's id:
    the archive's id (a restricted paper took one) opened another paper there."""
    public = sqlite_utils.Database(public_path(str(archive)))
    paper = {r["id"]: r["filename"] for r in public.query("select id, filename from documents")}
    checked = 0
    for (action_id,) in public.execute("select id from actions"):
        result = run_cli("actions", "--history", action_id, "--db", archive, "--format", "json", check=True)
        for sighting in json.loads(result.stdout):
            document_id = int(sighting["source"].split("/-/source/")[1].split("#")[0])
            assert paper[document_id] == sighting["filename"], sighting
            checked += 1
    assert checked


def test_a_restricted_action_has_no_history_in_public(archive):
    full = sqlite_utils.Database(archive)
    (secret,) = [r[0] for r in full.execute("select id from actions where description like '%Quillfeather%'")]
    assert "Quillfeather" in run_cli("actions", "--history", secret, "--db", archive, "--full", check=True).stdout
    result = run_cli("actions", "--history", secret, "--db", archive)
    assert "Quillfeather" not in result.stdout + result.stderr
