"""Two people joined by 'and', each a known given name and a surname, are two people, the first as surely as the
second: 'Rebecca Campbell and Sarah Knowles from NTW attended to discuss ...' (NoT LPC) named only Sarah Knowles, so
'Rebecca and Sarah were asked to provide a copy ...' was Sarah's task alone (issue 7: joint owners). Places joined so
('Victoria Park and Grace Road') are no people. On the pipeline, and on a generated paper served by Datasette."""

import asyncio

import sqlite_utils

from minutebook.extract.nlp import load_pipeline, people_in

from .conftest import run_cli

PAPER = """<html><body>
<h1>Minutes of the Meeting of the Riverside Pharmacy Committee held on Wednesday 6 March 2019 at 6.30pm</h1>
<p>Present: Keith Kendall (Chair), Ann Gunning, Geraint Morris and Hugh McKendrick.</p>
<h2>1. Visitors</h2>
<p>Rebecca Campbell and Sarah Knowles from NTW attended to discuss the drug and alcohol recovery service.</p>
<p>Rebecca and Sarah were asked to provide a copy of the proposed pharmacy contract for consideration by the committee.</p>
</body></html>
"""


def _people(text):
    return [s.text for s in people_in(load_pipeline(None)(text))]


def test_both_of_a_pair_are_people():
    assert _people("Rebecca Campbell and Sarah Knowles from NTW attended to discuss it.") == \
        ["Rebecca Campbell", "Sarah Knowles"]
    assert _people("Mike Stephens & Sheila Freeman will complete the work.") == ["Mike Stephens", "Sheila Freeman"]
    # places, and a pair whose second is no known given name, are not read so
    assert _people("Victoria Park and Grace Road were closed for the day.") == []
    assert _people("Rebecca Campbell and Grace Road were closed for the day.") == []


def test_a_pair_named_by_given_names_owns_the_task_together(tmp_path):
    paper = tmp_path / "papers" / "riverside-2019-03.html"
    paper.parent.mkdir()
    paper.write_text(PAPER)
    db_path = tmp_path / "archive.db"
    run_cli("ingest", paper.parent, "--db", db_path, "--silent", check=True)
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select id, owners from actions where description like 'Rebecca and Sarah%'"))
    assert len(rows) == 1
    owners = {r["name"]: r["person_id"] for r in db.query(
        "select name, person_id from action_owners where action_id = ?", [rows[0]["id"]])}
    assert set(owners) == {"Rebecca Campbell", "Sarah Knowles"} and all(owners.values())

    # the public site's page of the first of the pair lists the task (the copy numbers its rows its own way)
    from datasette.utils.testing import TestClient

    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    public = sqlite_utils.Database(public_path(str(db_path)))
    person = public.execute("select id from people where name = 'Rebecca Campbell'").fetchone()[0]
    ds = make_datasette(public_path(str(db_path)), public=True, name="minutebook")
    asyncio.run(ds.invoke_startup())
    response = TestClient(ds).get(f"/person/{person}")
    assert response.status == 200 and "proposed pharmacy contract" in response.text
