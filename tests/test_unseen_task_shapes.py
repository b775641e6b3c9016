"""Tasks in the shapes of bodies no earlier rule was written for, on their real minutes: the
body setting itself work ('The Parish Council will make further enquiries'), passive tasks the
meeting agreed ('It was agreed that an options appraisal be conducted', 'Response to be chased
before next meeting'), the later parts of a numbered resolution ('(2) That BB contact Roger
Lankfer.'), 'it was agreed for X to ...', work that should or needs to be done ('Footpath 6 needs
to be cleared of nettles'), a post written without its article ('City Manager to report on ...')
and a member whose initials spell an honour ('KC to inform Mrs Picton'). Each
shape is read on two or more bodies' papers, and the look-alikes that set no task are not read.
Real files, a real database; skipped without ../shared."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"
PAPERS = [
    "sf_wretton-pc-minutes-2013-07_index.html", "sf_wereham-pc-minutes-2012-07_index.html",
    "sf_west-dereham-pc-minutes-2020-10-virtual_index.html", "sf_wretton-pc-minutes-2016-03_index.html",
    "sl_board-meeting-minutes-2014-07-31.pdf", "sf_northwold-pc-minutes-2019-04_index.html",
    "sf_wereham-pc-minutes-2014-01_index.html", "sd_2023-06-29 SPC minutes.pdf",
    "sf_stoke-ferry-pc-minutes-2020-06-virtual_index.html", "sf_west-dereham-pc-minutes-2009-03_index.html",
    "sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "sf_west-dereham-pc-minutes-2017-04_index.html",
    "ayton_2012-05-01.pdf", "ayton_2018-06-05.pdf", "dsm_1996-01-02_meeting_minutes.pdf",
    "sf_stoke-ferry-pc-minutes-2010-06_index.html", "mscc_17-10-11.pdf", "sd_2012-11-29 SPC minutes.pdf",
    "ayton_2021-05-04.pdf", "sf_stoke-ferry-pc-minutes-2009-01_index.html", "sf_wretton-pc-minutes-2010-09_index.html",
    "sf_stoke-ferry-pc-minutes-2017-08_index.html", "sf_wereham-pc-minutes-2015-07_index.html", "mscc_18-07-11.pdf",
    "sf_west-dereham-pc-minutes-2016-10_index.html",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    paths = [WILD / n for n in PAPERS]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping real minutes")
    path = tmp_path_factory.mktemp("unseen") / "unseen.db"
    ingest([str(p) for p in paths], str(path))
    return sqlite_utils.Database(path)


def _having(db, filename, words):
    rows = db.query("""select a.description, a.owners from actions a join documents d on d.id = a.document_id
        where d.filename = ?""", [filename])
    return [r for r in rows if words in " ".join(r["description"].split())]


@pytest.mark.parametrize("filename, words", [
    # the body's own will, and its 'should' once agreed
    ("sf_wretton-pc-minutes-2013-07_index.html", "The Parish Council will make further enquiries including land ownership"),
    ("sf_wretton-pc-minutes-2013-07_index.html", "The Parish Council will review Standing Orders once the revised"),
    ("sf_wereham-pc-minutes-2012-07_index.html", "The Council will seek legal advice from Norfolk Association"),
    # passive tasks the meeting agreed, or wrote in minute style
    ("sl_board-meeting-minutes-2014-07-31.pdf", "It was agreed that an options appraisal be conducted"),
    ("sl_board-meeting-minutes-2014-07-31.pdf", "The Board unanimously agreed that the options review is instigated"),
    ("sf_northwold-pc-minutes-2019-04_index.html", "It was also agreed that a comment be sent to the BCKLWN"),
    ("sf_wereham-pc-minutes-2014-01_index.html", "Response to be chased before next meeting"),
    ("sd_2023-06-29 SPC minutes.pdf", "Another bin to be purchased to be sited at the bottom of Nancy Bowles Wood"),
    ("sf_stoke-ferry-pc-minutes-2009-01_index.html", "It was agreed that a notice will be placed on the Cemetery Notice"),
    # work the minutes say should or needs to be done
    ("sf_northwold-pc-minutes-2019-04_index.html", "Footpath 6 needs to be cleared of nettles"),
    ("sf_west-dereham-pc-minutes-2017-04_index.html", "but this should be placed on the May agenda"),
    # the meeting's own resolutions in papers whose column of initials leaves them out
    ("sd_2012-11-29 SPC minutes.pdf", "It was resolved to investigate possible action to improve drainage"),
    ("ayton_2021-05-04.pdf", "It was agreed to ask that the sign be relocated"),
])
def test_tasks_with_no_one_named_are_read(db, filename, words):
    assert len(_having(db, filename, words)) == 1


@pytest.mark.parametrize("filename, words, owner", [
    # the later parts of a numbered resolution, and the meeting agreeing for someone to act
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "That BB contact Roger Lankfer", "Brian Bruce"),
    ("sf_west-dereham-pc-minutes-2017-04_index.html", "It was agreed for JM to come back with a date", "Jon Miles"),
    # the Clerk's task is the locum's this paper labels 'Locum Clerk: Helen Richardson' (session 18, fb2b234)
    ("sf_west-dereham-pc-minutes-2017-04_index.html", "agreed for the Clerk to arrange for it to be replaced",
     "Helen Richardson"),
    # a post without its article, and the post a 'he' refers back to
    ("dsm_1996-01-02_meeting_minutes.pdf", "City Manager to report on Airport Finance figures", "City Manager"),
    ("sf_stoke-ferry-pc-minutes-2010-06_index.html", "He will contact Anglian Water", "Footpaths Officer"),
    # initials that spell an honour are the member the paper gives them for
    ("ayton_2012-05-01.pdf", "KC to inform Mrs Picton", "Kenny Combe"),
    ("ayton_2018-06-05.pdf", "KC agreed to contact AMEY regarding grass cutting", "Kenny Combe"),
    # a task no one owns, then a bare 'X to action' that gives it its owner: one action
    ("sd_2023-06-29 SPC minutes.pdf", "Another bin to be purchased to be sited at the bottom", "Alan Smith"),
    # and every such task of its item that runs up to it ('The new bin should be replaced ... Another bin to be
    # purchased ... AS to action'), up to the sentence that sets none: the comment's, not the statement quoted before it
    ("sd_2023-06-29 SPC minutes.pdf", "The new bin should be replaced with the old bin", "Alan Smith"),
    ("sf_northwold-pc-minutes-2019-04_index.html", "It was also agreed that a comment be sent to the BCKLWN", "N Cooper"),
    ("sf_wereham-pc-minutes-2015-07_index.html", "Formalisation of arrangements will be added to the September", "Nicola Cooper"),
    # a post every body has, opening a later clause: its holder, whom the paper labels 'Clerk: Sarah Thorpe'
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "and Clerk to contact him to advise", "Sarah Thorpe"),
    # (Manordeilo and Salem's Clerk is the person it pays as its Clerk, test_post_holders)
    ("mscc_18-07-11.pdf", "Invoice for Hire of Hall April, May and June 2018; Clerk to arrange payment", "Jane Davies"),
    # a minute number with its sub-point before the subject
    ("mscc_17-10-11.pdf", "PCSO Anthony would look into the issue of cars parked", "Anthony"),
])
def test_tasks_and_their_owners(db, filename, words, owner):
    rows = _having(db, filename, words)
    assert rows and owner in rows[0]["owners"]


@pytest.mark.parametrize("filename, words", [
    ("sf_west-dereham-pc-minutes-2020-10-virtual_index.html", "SP commented that the Parish Council should explore"),
    ("sf_wretton-pc-minutes-2016-03_index.html", "The Parish Council will therefore donate to works"),
    ("sf_stoke-ferry-pc-minutes-2020-06-virtual_index.html", "This issue is unlikely to be progressed"),
    ("sf_west-dereham-pc-minutes-2009-03_index.html", "Others to be reported are between Stocks Bridge"),
    ("dsm_1996-01-02_meeting_minutes.pdf", "that this ordinance be considered and given first vote"),
    ("sf_wereham-pc-minutes-2016-04-extraordinary_index.html", "That the Accounts to 12 April 2016 were accepted"),
    ("sf_wretton-pc-minutes-2010-09_index.html", "A notice which was put up asking that litter should be placed"),
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "JM reported that Bridge Road should now be cleared"),
])
def test_what_sets_no_task(db, filename, words):
    assert _having(db, filename, words) == []


def test_a_capitalised_verb_is_no_part_of_a_post(db):
    """'Authorizing Finance Director to draw warrants ...' (Des Moines): no owner 'Authorizing Finance Director'."""
    owners = [r["owners"] for r in db.query("select owners from actions where owners is not null")]
    assert not any("Authorizing" in o for o in owners)
