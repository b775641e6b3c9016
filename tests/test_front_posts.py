"""The posts a paper's front lines give the people it comes from ('From: Peter Oakford, Deputy Leader and Cabinet
Member for Finance, / Corporate and Traded Services', 'Author: Chris Lyons, Community Safety Partnership Manager')
are roles rows, shown under Roles on the person's page. Real papers of three bodies (Kent County Council's report
and record of decision, Gardena's staff report 'FROM: Greg Tsujiuchi, Community Development Director', Barking and
Dagenham's Community Safety Partnership pack, whose page is restricted and so not on the public site); skips
without ../shared."""

import shutil

import pytest
import sqlite_utils

from minutebook.extract.front_posts import front_posts
from minutebook.ingest.publish import public_path
from minutebook.ingest.read import read_document

from .conftest import SHARED, run_cli
from .test_datasette import client_for
from .wild_papers import roles_shown

PAPERS = ["wild/kcc_Cabinet Report 4 March 2025.pdf", "wild/kcc_Appendix 4 - 24-00093 Record of Decision.pdf",
          "wild/ca_gardena_agenda_1.pdf", "seeds/001_de1ae569ecce4883.txt"]
needs_shared = pytest.mark.skipif(not all((SHARED / p).exists() for p in PAPERS), reason="needs ../shared/wild and seeds")


@needs_shared
def test_front_lines_name_posts_over_broken_lines_and_stop_at_the_next_field():
    posts = {name: post for name, post, _ in front_posts(read_document(str(SHARED / PAPERS[0])).pages)}
    # the post goes on over the line break after its comma; the second name under 'From:' has its own
    assert posts == {"Peter Oakford": "Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services",
                     "John Betts": "Interim Corporate Director of Finance"}
    # 'DECISION TO BE TAKEN BY:' over a person, and over a body ('Cabinet', no post): only the person
    decision = front_posts(read_document(str(SHARED / PAPERS[1])).pages)
    assert [(n, p) for n, p, _ in decision] == [("Sue Chandler", "Cabinet Member for Integrated Children’s Services")]
    proposed = SHARED / "wild" / "kcc_24-00108 - PROD.pdf"
    if proposed.exists():
        assert front_posts(read_document(str(proposed)).pages) == []
    # a partnership pack's report authors, a post after the name and its borough
    authors = {n: p for n, p, _ in front_posts(read_document(str(SHARED / PAPERS[3])).pages)}
    assert authors["Chris Lyons"] == "Community Safety Partnership Manager, Barking and Dagenham"


@needs_shared
def test_front_line_posts_are_on_the_person_pages(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for paper in PAPERS[:3]:
        shutil.copy(SHARED / paper, folder)
    db_path = tmp_path / "front.db"
    run_cli("ingest", folder, "--db", db_path, check=True)
    db = sqlite_utils.Database(public_path(str(db_path)))
    _, client = client_for(public_path(str(db_path)))
    for name, post in [("Peter Oakford", "Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services"),
                       ("Sue Chandler", "Cabinet Member for Integrated Children’s Services"),
                       ("Greg Tsujiuchi", "Community Development Director")]:
        roles = roles_shown(db, client, name)
        assert post in roles, (name, roles[:500])


COVER = ["real/ca_hermosa_beach_agenda_1.pdf", "wild/kcc_Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf",
         "real/bcwpc_public-notice-2025-11-04.pdf"]


@pytest.mark.skipif(not all((SHARED / p).exists() for p in COVER), reason="needs ../shared/real and wild")
def test_cover_page_and_signature_posts_are_roles(tmp_path):
    """A US agenda's cover list ('Suja Lowenthal, City Manager'), Kent's agenda frontsheet signed 'Benjamin Watts /
    General Counsel', Burton-cum-Walden's notice signed 'R C Nolan / Clerk to the Council Date: 29 October 2025'
    (the post without the field after it). What follows a name and is no post alone is no role: another person
    ('Commissioner Nicole Neeman Brady'), a sentence going on ('Assistant City Manager, made a presentation and')."""
    folder = tmp_path / "cover"
    folder.mkdir()
    for paper in COVER:
        shutil.copy(SHARED / paper, folder)
    db_path = tmp_path / "cover.db"
    run_cli("ingest", folder, "--db", db_path, check=True)
    roles = set(sqlite_utils.Database(db_path).execute(
        "select p.name, r.title from roles r join people p on p.id = r.person_id").fetchall())
    assert {("Suja Lowenthal", "City Manager"), ("Myra Maravilla", "City Clerk"), ("Benjamin Watts", "General Counsel"),
            ("R C Nolan", "Clerk to the Council")} <= roles, roles
    assert not [t for _, t in roles if "Date" in t or t.endswith((",", " and"))], roles


def test_what_follows_a_name_is_a_post_only_when_it_is_one_alone():
    from minutebook.extract.front_posts import clean_post

    assert clean_post("Clerk to the Council Date: 26 November 2025") == "Clerk to the Council"
    assert clean_post("Deputy City Manager") == "Deputy City Manager"
    # a portfolio no post word names is a post under a label that says who the paper is from, not on any line
    portfolio = "Cabinet Member for Integrated Children’s Services"
    assert clean_post(portfolio, labelled=True) == portfolio and clean_post(portfolio) is None
    assert clean_post("Community Safety Partnership Manager, Barking and Dagenham Contact: Chris.Lyons") == \
        "Community Safety Partnership Manager, Barking and Dagenham"
    for not_a_post in ("Commissioner Nicole Neeman Brady", "Councillors, and Mr Richard Nolan, Clerk",
                       "Assistant City Manager, made a presentation and", "Director of", "Tuesday 4 March"):
        assert clean_post(not_a_post) is None, not_a_post
