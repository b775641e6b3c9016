"""The action series beyond the trustees' body of test_action_series: two other bodies' real
minutes from the wild corpus. A community council whose minutes are an action log in running
text (the owner printed at the end of each numbered item, its papers a year or more apart), and
a library society's board whose follow-ups sit in one matters-arising paragraph and whose July
minutes carry the header date of the May ones. Real files, a real database; skipped without
../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from minutebook.extract.action_status import reading
from minutebook.extract.sub_items import own_sub_item, sub_items
from minutebook.ingest.pipeline import ingest

from .conftest import SHARED

WILD = SHARED / "wild"
COUNCIL = ["mscc_15-06-10.pdf", "mscc_16-09-14.pdf", "mscc_17-10-11.pdf", "mscc_18-07-11.pdf"]
BOARD = ["sl_board-meeting-minutes-2014-05-29.pdf", "sl_board-meeting-minutes-2014-07-31.pdf"]


def _papers(names):
    paths = [WILD / n for n in names]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping two bodies' real series")
    return paths


@pytest.fixture(scope="module")
def council_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("council") / "council.db"
    ingest([str(p) for p in _papers(COUNCIL)], str(db))
    return sqlite_utils.Database(db)


@pytest.fixture(scope="module")
def board_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("board") / "board.db"
    ingest([str(p) for p in _papers(BOARD)], str(db))
    return sqlite_utils.Database(db)


@pytest.fixture(scope="module")
def board_run(tmp_path_factory):
    """Three consecutive board minutes: matters arising cites the last minutes' item by number."""
    db = tmp_path_factory.mktemp("board_run") / "board_run.db"
    ingest([str(p) for p in _papers([f"sl_board-meeting-minutes-{d}.pdf" for d in ("2013-11-28", "2014-01-30", "2014-03-20")])],
           str(db))
    return sqlite_utils.Database(db)


def _actions(db, filename):
    return list(db.query("""select a.id, a.description, a.status, a.completed_in,
        (select group_concat(name, '|') from action_owners o where o.action_id = a.id) owners
        from actions a join documents d on d.id = a.document_id where d.filename = ?""", [filename]))


def _one(rows, words):
    found = [r for r in rows if words in " ".join(r["description"].split())]
    assert len(found) == 1, (words, [r["description"][:80] for r in rows])
    return found[0]


@pytest.mark.parametrize("filename, words, owner", [
    # at the end of the item, alone: a post (the person the council pays as its Clerk, test_post_holders), a
    # councillor with initials
    ("mscc_15-06-10.pdf", "Clerk to complete and submit", "Jane Davies"),
    ("mscc_15-06-10.pdf", "Harries was translating the text", "Harries"),
    ("mscc_15-06-10.pdf", "Loynton was taking photographs for inclusion on the website", "Loynton"),
    # within a matters-arising paragraph, followed by the next item's reference
    ("mscc_18-07-11.pdf", "a bin was required on Glanrafon Hill", "Davies"),
    ("mscc_18-07-11.pdf", "The Clerk would follow up and request another training session", "Jane Davies"),
    # two councillors
    ("mscc_17-10-11.pdf", "would place the bench near the junction", "Jenkins"),
])
def test_an_owner_printed_after_the_item_makes_it_an_action(council_db, filename, words, owner):
    row = _one(_actions(council_db, filename), words)
    assert owner in (row["owners"] or "")


def test_the_owner_after_an_item_takes_the_sentence_that_is_their_task(council_db):
    """'The Clerk reported that the new defibrillator had been installed ... The Clerk would
    follow up and request another training session. Clerk': the task, not the report."""
    rows = _actions(council_db, "mscc_18-07-11.pdf")
    assert not any(r["description"].startswith("The Clerk reported that the new defibrillator") for r in rows)
    # and the previous item's 'Clerk' does not make the next item ('4.8ii) No update ...') the Clerk's
    assert not any("overgrown state of the footpath" in r["description"] for r in _actions(council_db, "mscc_16-09-14.pdf"))


def test_papers_a_year_apart_link_only_what_is_beyond_doubt(council_db):
    """A year and more between two papers of the body: a later sentence sharing a chance word
    ('site', 'work', 'training ... delivered') neither closes nor mentions an earlier action. (Matters
    arising naming the action's item by its title and its subject, 'the tree survey at Caledfwlch play
    area', is no chance word: recurring_titles' sighting, unscored, and a mention only.)"""
    links = list(council_db.query("""select h.score, h.state, a.first_seen, h.seen_on from action_history h
        join actions a on a.id = h.action_id where h.kind != 'extracted'"""))
    import datetime as dt
    for link in links:
        gap = dt.date.fromisoformat(link["seen_on"]) - dt.date.fromisoformat(link["first_seen"])
        if gap.days > 366:
            assert link["score"] >= 0.8 if link["score"] is not None else link["state"] == "mentioned", link
    wrongly_closed = [r for r in _actions(council_db, "mscc_15-06-10.pdf") if r["status"] == "completed"]
    assert wrongly_closed == []


def test_a_grant_reported_as_current_closes_the_application(council_db):
    """2016: the Clerk 'was working on the Big Lottery A4A grant'; 2017: 'once the current grant
    was signed off': matched beyond doubt across the year."""
    row = _one(_actions(council_db, "mscc_16-09-14.pdf"), "working on the Big Lottery A4A grant")
    assert row["status"] == "completed" and row["completed_in"] == "2017-10-11"


def test_a_header_date_copied_from_the_last_minutes_is_not_the_meeting(board_db):
    """The July minutes are headed 'Date 29th May 2014' and approve the minutes of 29 May: they
    are their own meeting (dated by the file), not a second paper of May's."""
    dates = {r["filename"]: r["date"] for r in board_db.query(
        "select d.filename, m.date from meetings m join documents d on d.id = m.document_id")}
    assert dates == {BOARD[0]: "2014-05-29", BOARD[1]: "2014-07-31"}


def test_a_council_naming_its_last_meeting_keeps_its_own_date(council_db):
    dates = {r["date"] for r in council_db.query("select date from meetings")}
    assert dates == {"2015-06-10", "2016-09-14", "2017-10-11", "2018-07-11"}


def test_matters_arising_splits_into_its_follow_ups(board_db):
    """One paragraph, one follow-up per reference or title: the follow-up 'Halesworth – the
    General Manager will be visiting ...' has none of the Birmingham trip's words around it."""
    text = ("Matters Arising Item 5, Committee Membership – this listing has been amended. Item 6.I, 6-monthly report – "
            "this report is going to be discussed today. Item 6.IV, trip to Birmingham – this is currently being "
            "arranged for March 2014 by the Clerk to the Board. Halesworth – the General Manager will be visiting the "
            "new Chair of the Friends Group next week.")
    assert len(sub_items(text)) == 4
    own = own_sub_item(text, "the General Manager will be visiting the new Chair")
    assert own.startswith("Halesworth") and "Birmingham" not in own
    # numbered items of a council's matters arising, and no split inside a date or an amount
    council = ("4.5iii) The Clerk advised that she was working on the grant. Clerk 4.8ii) No update available on the "
               "footpath. 5iii) Clerk to review the Template. Clerk")
    assert [p[:6] for p in sub_items(council)] == ["4.5iii", "4.8ii)", "5iii) "]
    assert len(sub_items("The balance was £9,626.01. 10th March 2014 was agreed.")) == 1


@pytest.mark.parametrize("text, first, second", [
    # Stoke Ferry's matters arising: lettered after a colon, then after a sentence end
    ("27/18 Matters Arising from the Minutes The following items were raised as matters arising: a) The Clerk had "
     "received a second quote in relation to streetlighting electricity supply. b) Cllr Grant Tomkins shared that if "
     "anyone wanted", "a) The Clerk", "b) Cllr Grant"),
    # West Dereham's reports, each lettered under a title and a dash
    ("a) 30mph signs on Village Gateways – It was confirmed that Highways had installed the last one on Hilgay Road. "
     "b) Fly tipping on Lime Kiln Road – This waste had been collected by the BCKLWN.", "a) 30mph", "b) Fly tipping"),
    # Suffolk Libraries' matters arising: what ST confirmed of the Guild is no news of the loan charges
    ("Matters arising – Minutes 11 September a) Inter-library loan charges - ST confirmed these changes were approved "
     "by SCC. b) Notice to The Guild – ST confirmed this had been sent", "Matters arising", "b) Notice"),
])
def test_lettered_points_are_sub_items(text, first, second):
    """A lettered point after a sentence end starts a sub-item, as a numeral does: an action's
    text running on into the next point ('... e) CS confirmed that he had passed on the message')
    reads its news from its own point only (store_action_links._own_part)."""
    pieces = sub_items(text)
    assert pieces[-1].startswith(second) and pieces[-2].startswith(first)


def test_matters_arising_citing_the_last_minutes_item_reports_on_its_action(board_run):
    """28 Nov 2013, item 3: 'Halesworth – the General Manager will be visiting the new Chair of the
    Friends Group next week'; 30 Jan 2014: 'Matters Arising Item 3 – the Halesworth meeting was
    cancelled and has been rescheduled for 10th March 2014.' Item 3 of the last minutes holds two
    actions (the Birmingham trip too); the place names which."""
    row = _one(_actions(board_run, "sl_board-meeting-minutes-2013-11-28.pdf"), "will be visiting the new Chair")
    trail = list(board_run.query("select seen_on, state, text from action_history where action_id = ? order by seen_on",
                                 [row["id"]]))
    january = [t for t in trail if t["seen_on"] == "2014-01-30" and "rescheduled" in t["text"]]
    assert january and january[0]["state"] == "deferred"
    trip = _one(_actions(board_run, "sl_board-meeting-minutes-2013-11-28.pdf"), "trip to Birmingham")
    assert not list(board_run.query("select 1 from action_history where action_id = ? and seen_on = '2014-01-30'",
                                    [trip["id"]]))
    # 'the trustees had not been completely aware of all they had signed up to' (20 Mar) says nothing is still to
    # do: the meeting of 10 March it speaks of has been held, so the visit is done there (event_held), never 'not done'
    assert not any(t["seen_on"] == "2014-03-20" and t["state"] == "not_done" for t in trail)


@pytest.mark.parametrize("text, status, state", [
    # Manordeilo and Salem, 14 Sep 2016: still to do, whatever 'have submitted' says
    ("The Clerk advised that she was working on the Big Lottery A4A grant and hoped to have submitted the "
     "application before the next meeting.", "open", "ongoing"),
    # Suffolk Libraries, 30 Jan 2014
    ("the Halesworth meeting was cancelled and has been rescheduled for 10th March 2014.", "open", "deferred"),
    ("The plan to have the hall painted was carried out.", "completed", "done"),
])
def test_hopes_and_new_dates_are_no_close(text, status, state):
    said = reading(text)
    assert (said.status, said.state) == (status, state)


@pytest.mark.parametrize("text, said", [
    # Suffolk Libraries, 20 Mar 2014: neither 'not done' nor 'signed'
    ("SK reported that the Halesworth Community Group had been advised on correct procedure and that the trustees had "
     "not been completely aware of all they had signed up to.", None),
    ("The Safety Management policy has been signed.", ("completed", "done")),
    ("The letter has not been sent.", ("open", "not_done")),
])
def test_signing_up_and_being_unaware_are_no_progress(text, said):
    found = reading(text)
    assert (found and (found.status, found.state)) == (said or None)


def test_matters_arising_of_minutes_months_apart_is_no_sighting_of_the_older_papers_actions(council_db):
    """The council's papers are 9 to 15 months apart: their matters arising speak of meetings
    the archive lacks. 'There was no further update regarding C.C.C current review into safety
    along the Talley Road' (Jul 2018) is no sighting of the bench to be placed 'near the junction
    of the A40 and the Talley Road' (Oct 2017)."""
    bench = _one(_actions(council_db, "mscc_17-10-11.pdf"), "would place the bench near the junction")
    assert not list(council_db.query("select 1 from action_history where action_id = ? and kind != 'extracted'",
                                     [bench["id"]]))


def test_a_close_naming_the_task_by_its_phrase(tmp_path):
    """Suffolk Libraries, 24 Jan 2013: 'the board agreed the adoption of the safety management
    policy presented, subject to ...'; 26 Feb 2013: 'The Safety Management policy has been signed
    and copies posted'. 'Safety' and 'management' alone are everyday in the board's papers; the
    phrase names the task, and the February sentence closes it. Since the January paper's 'The overall policy
    statement to be signed by AW as general manager on behalf of the board' is read as a task of its own (session
    18), the sentence closes that one, the signing it reports: one sentence, one close."""
    papers = _papers([f"sl_board-meeting-minutes-{d}.pdf" for d in ("2013-01-24", "2013-02-26")])
    db_path = tmp_path / "safety.db"
    ingest([str(p) for p in papers], str(db_path))
    db = sqlite_utils.Database(db_path)
    january = _actions(db, papers[0].name)
    signing = _one(january, "policy statement to be signed")
    assert signing["status"] == "completed" and signing["completed_in"] == "2013-02-26"
    trail = db.execute("select text from action_history where action_id = ? and kind = 'follow_up'", [signing["id"]]).fetchall()
    assert any("Safety Management policy has been signed" in t[0] for t in trail)


def test_a_roll_of_names_initials_and_posts_is_no_owner_after_an_item(tmp_path):
    """Boughton Parish Council ('Frank Reid Chair Dave Horkan (DHO) Clerk') and West Dereham
    ('Pam Walker (PW) Chair'): a post after a bracketed code is a roll, not an owner printed
    after an item."""
    papers = _papers(["sf_boughton-pc-agenda-minutes-2012-05-agm_index.html", "sf_boughton-pc-agenda-minutes-2012-08_index.html",
                      "sf_west-dereham-pc-minutes-2019-05-annual_index.html"])
    db_path = tmp_path / "rolls.db"
    ingest([str(p) for p in papers], str(db_path))
    db = sqlite_utils.Database(db_path)
    # the roll gives no post-owned action; an item closed by a member's code is one ('... file to copy. DHO 10/8/12',
    # '... sign compilation from K Fisher.' / 'MPO' / '9/11/12')
    marks = [r["text"].rsplit("ACTION: ", 1)[-1] for r in db.query("select text from action_history where rule = 'trailing-owner'")]
    assert marks and set(marks) <= {"DHO", "MPO"}, marks


def test_prose_beside_an_action_column_gives_a_post_that_will_do_something(board_db):
    """The May 2014 board minutes mark some actions in their column ('AW'); the prose also sets
    tasks the column leaves unmarked: 'The Marketing and Communications Manager will contact them
    to re-arrange.' Only that surest shape is read there: 'asked the Board to review' is no task."""
    row = _one(_actions(board_db, BOARD[0]), "will contact them to re-arrange")
    assert row["owners"] == "James Powell"  # the post's holder, named in the July minutes (test_post_holders)
    assert any(r["description"].startswith("The General Manager will meet with them both") for r in _actions(board_db, BOARD[0]))



def test_prose_beside_an_action_column_at_a_second_body(tmp_path):
    """Ayton Community Council, 8 Jul 2008: initials in a column beside some items, and in the
    prose of another 'MC to investigate if it might be possible.'"""
    [paper] = _papers(["ayton_2008-07-08.pdf"])
    db_path = tmp_path / "ayton.db"
    ingest([str(paper)], str(db_path))
    db = sqlite_utils.Database(db_path)
    rules = {r["rule"] for r in db.query("select rule from action_history where kind = 'extracted'")}
    assert "side-column" in rules
    assert [r for r in _actions(db, paper.name) if r["description"].startswith("MC to investigate")]


def test_a_code_closing_an_attendance_grid_line_is_no_owner():
    """Ayton CC prints its present list as a grid of names and initials ('Present: Margaret Carey MC Kenny Combe
    KC'), so the last code of the grid's first line stands where the side column's owner codes stand. A line that
    opens with an attendance label is no one's task (extract/side_column.py). Ayton is the one shared body whose
    side column meets its attendance grid (docs/extraction-notes.md, issue 7: kept with no second body)."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    for paper in _papers(["ayton_2019-10-01.pdf", "ayton_2021-05-04.pdf"]):
        doc = read_document(str(paper))
        actions = extract_document(doc, find_structure(doc))["actions"]
        assert [a for a in actions if a["rule"] == "side-column"], paper.name  # the side column is read
        assert not [a["text"] for a in actions if "Present:" in a["text"]], paper.name


def _trail(db, action_id):
    return list(db.query("select seen_on, state, text from action_history where action_id = ? order by seen_on, id",
                         [action_id]))


def test_a_task_naming_no_subject_after_news_of_an_action_is_its_next_step(board_run):
    """30 Jan 2014, matters arising: 'Item 3 – the Halesworth meeting was cancelled and has been
    rescheduled for 10th March 2014. The General Manager, Community Lead and Vice Chair will be
    attending.' The second sentence says who will go, not to what: it is the Halesworth visit
    carried on, not an action of its own. The next minutes' matters arising on the Halesworth group
    (20 Mar), news of none of the board's older actions, is a sighting of it."""
    assert not [r for r in _actions(board_run, "sl_board-meeting-minutes-2014-01-30.pdf")
                if r["description"].startswith("The General Manager, Community Lead and Vice Chair")]
    row = _one(_actions(board_run, "sl_board-meeting-minutes-2013-11-28.pdf"), "will be visiting the new Chair")
    trail = _trail(board_run, row["id"])
    assert any(t["seen_on"] == "2014-01-30" and t["text"].startswith("The General Manager, Community Lead") for t in trail)
    assert any(t["seen_on"] == "2014-03-20" and "Halesworth Community Group" in t["text"] for t in trail)



def test_a_table_cut_by_a_page_break_is_minutes_not_an_action_log(tmp_path):
    """Suffolk Libraries' minutes are a table, an item a row; on a new page the table goes on without its header,
    opening with the paragraph the break cut ('... would need a brokering with SCC ... to lead on ...'). Its
    words named no column, yet the table was taken for an action log and its cells went unread: 'Richard will
    speak with Steven Watts to arrange invitations' (Nov 2014) was no action. A real log's header, a row of
    labels, is still one: Souldern's 'NO | ITEM | OWNER' (Jul 2017)."""
    from minutebook.extract.action_facts import _is_action_log
    from minutebook.ingest.read import read_document

    board, council = _papers(["sl_board-meeting-minutes-2014-11-27.pdf", "sd_2017-07-13 SPC minutes.pdf"])
    db_path = tmp_path / "board.db"
    ingest([str(board)], str(db_path))
    db = sqlite_utils.Database(db_path)
    row = _one(_actions(db, board.name), "Richard will speak with Steven Watts")
    assert row["owners"] == "Richard Hunt"
    logs = [b.rows[0] for page in read_document(str(council)).pages for b in page.blocks if b.rows and _is_action_log(b)]
    assert [c.strip().upper() for c in logs[0]] == ["NO", "ITEM", "OWNER"]


def test_a_task_under_another_item_sharing_only_the_doing_is_a_task_of_its_own(tmp_path):
    """Souldern: 'It was resolved to get quotes for both these actions to determine possible costs to the PC.'
    (November 2012, resurfacing) and, ten months on under 'b. Bus Shelter', 'It was resolved to seek a second quote
    and explore the possibility of external funding.' share the doing (quotes, the same owner), no subject: two
    actions, not one seen twice."""
    papers = sorted(WILD.glob("sd_*"))  # all of the body's papers: the words' rarity is the body's
    if not papers:
        pytest.skip("../shared/wild is not beside the project (a fresh clone): skipping Souldern's papers")
    db_path = tmp_path / "souldern.db"
    ingest([str(p) for p in papers], str(db_path))
    db = sqlite_utils.Database(db_path)
    rows = [r["description"] for r in db.query("select description from actions where description like '%quote%'")]
    assert any(r.startswith("It was resolved to seek a second quote") for r in rows), rows
    assert any(r.startswith("It was resolved to get quotes for both these actions") for r in rows), rows


@pytest.mark.parametrize("order", ["newest_first", "oldest_first"])
def test_a_matters_arising_body_gives_the_same_actions_one_paper_at_a_time(tmp_path, board_run, order):
    """Order-free on a second real body, whose follow-ups sit in matters arising and under recurring items: its
    minutes ingested one at a time, newest or oldest first, give the rows they give together (board_run)."""
    from .test_action_series import action_rows

    papers = sorted(_papers([f"sl_board-meeting-minutes-{d}.pdf" for d in ("2013-11-28", "2014-01-30", "2014-03-20")]))
    db = tmp_path / f"{order}.db"
    for paper in (reversed(papers) if order == "newest_first" else papers):
        ingest([str(paper)], str(db))
    together = action_rows(board_run.conn.execute("pragma database_list").fetchone()[2])
    assert action_rows(db) == together
    assert any(len(r["trail"]) > 1 for r in together)  # follow-ups to keep, not only first sightings
