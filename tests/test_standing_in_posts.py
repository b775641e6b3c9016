"""One standing in for a post holds it meanwhile: 'Locum Clerk: Helen Richardson' under a parish council's list of
councillors (West Dereham) is the clerk that paper's 'The Clerk to contact ...' means; 'Mrs J Martin (Acting Clerk)',
'Nick Oakhill (NO) [Acting Chair]' (Souldern) key to the clerk and the chair; 'RFO' and 'Responsible Financial
Officer' are one post. A deputy or an assistant is someone beside the holder, not the holder. On a generated paper, a
real database, and the real West Dereham minutes (../shared/wild; skipped when it is not beside the project)."""

import sqlite_utils

from minutebook.extract.role_labels import ROLE_LABEL_RE
from minutebook.extract.roles import role_key

from .conftest import SHARED, run_cli
from .wild_papers import ingested, needs_wild

PAPER = """<html><body>
<h1>Minutes of the Meeting of Lower Ashby Parish Council held on Thursday 6 April 2017 at 7.30pm</h1>
<p>Present: Cllr Claire Cann (Chairman), Cllr Pam Bullas, Cllr Lorraine Hunt and Cllr Paula Kellingray.
Locum Clerk: Joanna Pendleton. Four members of the public were in attendance.</p>
<h2>1. Apologies</h2>
<p>Apologies were received from Cllr Tom Foy.</p>
<h2>2. Footpaths</h2>
<p>The Clerk to contact the Highways Officer about the broken stile on the footpath to the church.</p>
<p>RESOLVED: That the Locum Clerk place the advert for a new clerk on the Parish Council website.</p>
</body></html>
"""


def test_standing_in_keys_to_the_post_held():
    for said, key in [("Locum Clerk", "clerk"), ("the Acting Clerk", "clerk"), ("Interim Chairman", "chair"),
                      ("Acting Chair", "chair"), ("RFO", "rfo"), ("Responsible Financial Officer", "rfo")]:
        assert role_key(said) == key, said
    # someone beside the holder is not the holder
    assert role_key("Deputy Clerk") != "clerk" and role_key("Assistant Clerk") != "clerk"


def test_the_label_may_say_the_post_is_held_for_now():
    m = ROLE_LABEL_RE.search("Claire Williams (CW). Locum Clerk: Helen Richardson Ten members of the public")
    assert (m.group("post"), m.group("given"), m.group("surname")) == ("Locum Clerk", "Helen", "Richardson")
    assert not ROLE_LABEL_RE.search("the Locum Clerk’s Report: Helen Richardson")


def test_the_locum_owns_the_clerks_tasks(tmp_path):
    paper = tmp_path / "papers" / "lower-ashby-2017-04.html"
    paper.parent.mkdir()
    paper.write_text(PAPER)
    db_path = tmp_path / "archive.db"
    run_cli("ingest", paper.parent, "--db", db_path, "--silent", check=True)
    db = sqlite_utils.Database(db_path)
    owners = sorted((r["description"][:20], r["owners"]) for r in db.query("select description, owners from actions"))
    assert [o for _, o in owners] == ["Joanna Pendleton", "Joanna Pendleton"], owners
    assert {r["name"]: r["status"] for r in db.query("select name, status from attendance")}["Joanna Pendleton"] \
        == "in_attendance"


@needs_wild
def test_on_the_real_paper(tmp_path_factory):
    name = "sf_west-dereham-pc-minutes-2017-04_index.html"
    db = ingested(tmp_path_factory, [SHARED / "wild" / name], "locum_clerk")
    owners = [r["owners"] for r in db.query(
        "select a.owners from actions a where a.description like '%Clerk to contact Bonnets%' "
        "or a.description like '%Locum Clerk agreed to seek a response%'")]
    assert owners == ["Helen Richardson", "Helen Richardson"]
    # no person row is made of the post
    assert not list(db.query("select name from people where name like '%Clerk%'"))
