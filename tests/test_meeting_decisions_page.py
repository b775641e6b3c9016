"""The meeting page keeps a meeting's own decisions apart from text its papers only describe:
the bundled Community Safety Partnership pack's reports ('Forward workplans ... have been agreed
at the September meetings', 'CCTV request are also discussed and approved or rejected ...') are
stored as `reported` and must not stand under the meeting's "Decisions"."""

import asyncio
import html as htmllib
import re

import pytest
import sqlite_utils
from datasette.utils.testing import TestClient as DatasetteClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette


@pytest.fixture(scope="module")
def site(corpus_db):
    path = public_path(str(corpus_db))
    ds = make_datasette(path, public_files=files_dir(str(corpus_db)))
    asyncio.run(ds.invoke_startup())
    return sqlite_utils.Database(path), DatasetteClient(ds)


def _section(html: str, anchor: str) -> str:
    m = re.search(r'<table class="mb mb-stack" id="' + anchor + r'">(.*?)</table>', html, re.S)
    return htmllib.unescape(m.group(1)) if m else ""


def test_reported_text_is_not_among_the_meetings_decisions(site):
    db, client = site
    rows = db.execute("select meeting_id, text, source from decisions where meeting_id is not null").fetchall()
    reported = [r for r in rows if r[2] == "reported"]
    assert reported, "the bundled pack's report text is stored as reported"
    for meeting in {r[0] for r in reported}:
        response = client.get(f"/meeting/{meeting}")
        assert response.status == 200
        own, described = _section(response.text, "decisions"), _section(response.text, "reported")
        assert "Reported in the papers" in response.text
        for m, text, source in rows:
            if m != meeting:
                continue
            shown = htmllib.unescape(str(htmllib.escape(text, quote=False)))
            if source == "reported":
                assert shown in described and shown not in own, text
            elif source == "meeting":
                assert shown in own and shown not in described, text


def test_the_home_page_counts_a_meetings_own_decisions(site):
    """The recent meetings' 'Decisions' column counts what the meeting page lists under Decisions, not the text its
    papers describe (the pack's 2022-10-05 meeting showed 6, all of them reported)."""
    db, client = site
    html = client.get("/").text
    table = re.search(r'<table class="mb" id="recent-meetings">(.*?)</table>', html, re.S).group(1)
    rows = re.findall(r'<a href="/meeting/(\d+)[^"]*">[^<]*</a></td><td>[^<]*</td><td>(\d+)</td>', table)
    assert rows
    for meeting, shown in rows:
        own = db.execute("select count(*) from decisions where meeting_id = ? and coalesce(source, 'meeting') = 'meeting'",
                         [int(meeting)]).fetchone()[0]
        assert int(shown) == own, meeting
