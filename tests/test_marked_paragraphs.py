"""One reading of a paragraph whose owners are printed outside its sentences: an 'ACTION: MS/AB/SF'
line under it (a library's trustees), the owner after its last sentence (a community council's
running action log), a code level with it in a side column (a parish council). Its sentences are
split one way (not after a title or an initial, without the minute's number) and one test says
which of them sets a task (extract/action_split.py). Real papers of three bodies, a real database;
skipped without ../shared."""

from __future__ import annotations

import re

import pytest

from minutebook.extract.action_split import AGENTLESS_RE, is_task, sentences_of

from .conftest import SERIES, SHARED
from .wild_papers import ingested

PAPERS = [SERIES / "fohcl" / name for name in ("fohcl_2015-06-02.pdf", "fohcl_2015-10-27.pdf", "fohcl_2016-03-15.pdf")] + [
    SHARED / "wild" / name for name in ("mscc_15-06-10.pdf", "mscc_16-09-14.pdf", "mscc_17-10-11.pdf", "mscc_18-07-11.pdf",
                                        "sd_2012-11-29 SPC minutes.pdf")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingested(tmp_path_factory, PAPERS, "marked")


def _passage(db, filename, words):
    rows = [r["text"] for r in db.query("select p.text from passages p join documents d on d.id = p.document_id "
                                          "where d.filename = ? and p.text like ?", [filename, f"%{words}%"])]
    assert len(rows) == 1, (filename, words, rows)
    return rows[0]


@pytest.mark.parametrize("filename, rule", [("fohcl_2015-06-02.pdf", "marker-split"),
                                            ("mscc_18-07-11.pdf", "trailing-owner")])
def test_a_marked_paragraphs_task_begins_at_its_first_word_not_at_its_number(db, filename, rule):
    """'3.1 Mike agreed to take on the role ...' above 'ACTION: MS'; '4.10.There was no further update regarding
    the tree survey ... Cllr. A. Thomas': the minute's number is no part of the task."""
    rows = [r["description"] for r in db.query("select a.description from actions a join documents d on "
                                               "d.id = a.document_id where d.filename = ? and a.rule = ?", [filename, rule])]
    assert rows
    assert [d for d in rows if not re.match(r"[A-Za-z“\"']", d)] == []


@pytest.mark.parametrize("filename, words, sentences", [
    # the trustees' minute: each numbered sub-point run into the paragraph is a sentence of its own
    ("fohcl_2015-06-02.pdf", "Mike agreed to take on the role",
     ["Mike agreed to take on the role in addition to being the secretary.", "The Trustees paid their thanks."]),
    # the council's: a councillor's title and initial end no sentence
    ("mscc_16-09-14.pdf", "unanimously agreed to make a donation",
     ["Carmarthen and District Youth Opera, request for financial assistance for their February 2017 production.",
      "Due to the restricted time frame, it was proposed by Cllr. Alun Davies, seconded by Cllr. H. Gwynne and "
      "unanimously agreed to make a donation of £50.00.", "Clerk"]),
])
def test_the_sentences_of_a_marked_paragraph(db, filename, words, sentences):
    got = [s for _, s in sentences_of([_passage(db, filename, words)])]
    assert got[:len(sentences)] == sentences[:len(got)] and len(got) >= len(sentences) - 1


def test_an_owner_after_an_item_owns_the_sentence_that_sets_its_task(db):
    """'13i) It was agreed to add Model Local Resolution Protocol ... as an agenda item for the November meeting.
    The protocol had been emailed/posted to Councillors. Clerk': the Clerk's task is the agreement, not the report
    after it (the same task test as under an 'ACTION:' line)."""
    rows = list(db.query("""select a.description, (select group_concat(name, '|') from action_owners o
        where o.action_id = a.id) owners from actions a join documents d on d.id = a.document_id
        where d.filename = 'mscc_17-10-11.pdf' and a.description like '%Model Local Resolution Protocol%'"""))
    assert [r["description"][:43] for r in rows] == ["It was agreed to add Model Local Resolution"]
    assert rows[0]["owners"] == "Jane Davies"  # the council's Clerk


@pytest.mark.parametrize("filename, words, task", [
    # the trustees': the reporter's own work going on is a task, a report alone is not
    ("fohcl_2016-03-15.pdf", "Ali advised that the cleaning is not at the standard expected and is looking at", True),
    ("fohcl_2015-06-02.pdf", "Ali informed the Trustees that only one company had chosen to tender", False),
    # the council's: the same with a post or a titled name reporting, and work the minutes report as going on
    ("mscc_16-09-14.pdf", "The Clerk advised that she was working on the Big Lottery A4A grant", True),
    ("mscc_15-06-10.pdf", "Harries was translating the text and this work was ongoing", True),
    # the parish council's: a resolution sets a task as an agreement does
    ("sd_2012-11-29 SPC minutes.pdf", "was suggested and it was resolved to follow this up", True),
])
def test_one_test_says_which_sentence_of_a_marked_paragraph_sets_a_task(db, filename, words, task):
    sentence = next(s for _, s in sentences_of([_passage(db, filename, words)]) if words in s)
    assert is_task(sentence) is task, sentence


def _actions(db, filename, start):
    return list(db.query("""select a.id, a.rule, (select group_concat(name, '|') from (select o.name from action_owners o
        where o.action_id = a.id order by o.name)) owners from actions a join documents d on d.id = a.document_id
        where d.filename = ? and a.description like ?""", [filename, f"{start}%"]))


def _site(db):
    import asyncio

    from datasette.utils.testing import TestClient

    from minutebook.ingest.public_files import files_dir
    from minutebook.ingest.publish import public_path
    from minutebook.serve import make_datasette

    path = db.execute("pragma database_list").fetchone()[2]  # the module's archive
    ds = make_datasette(public_path(path), public_files=files_dir(path))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


@pytest.mark.parametrize("filename, start, rule, owners", [
    # the trustees': 'ACTION: DT/AHop/...' under the item; each task sentence goes to the marked people it names
    ("fohcl_2016-03-15.pdf", "Agreed that Alison and Ali will consider", "marker-split", "Alison Britton|Alison Hopkins"),
    # the parish council's: 'AM/BM' in the side column, level with a sub-point's heading and description ('a)
    # Councillor's handbook – should include the things ...'); its task is the resolution in the paragraph below
    ("sd_2012-11-29 SPC minutes.pdf", "It was resolved to compile a skeleton framework", "side-column",
     "A Martin|B McGarry"),
])
def test_a_mark_of_several_owners_is_read_as_a_line_under_the_sentences_it_marks(db, filename, start, rule, owners):
    """One reading of a mark of several owners, printed under an item ('ACTION: MS/AB/SF') or beside it in a column
    ('AM/BM'): the sentence that sets a task, owned by the marked people it names, else by all of them. The
    sub-point's heading level with the column's mark sets no task."""
    rows = _actions(db, filename, start)
    assert [(r["rule"], r["owners"]) for r in rows] == [(rule, owners)]
    assert not _actions(db, filename, "a) Councillor’s handbook")
    page = _site(db).get(f"/action/{rows[0]['id']}")
    assert page.status == 200 and all(name in page.text for name in owners.split("|"))


@pytest.mark.parametrize("filename, words, agentless", [
    ("fohcl_2016-03-15.pdf", "Agreed to print 50 copies", True),
    ("fohcl_2015-06-02.pdf", "Agreed that we should purchase a new one", True),
    # a council's resolution is its agreement: under a mark of several owners it is all theirs
    ("sd_2012-11-29 SPC minutes.pdf", "It was resolved to investigate possible action to improve drainage", True),
    ("sd_2012-11-29 SPC minutes.pdf", "was suggested and it was resolved to follow this up", True),
    # one that names who will do it is theirs
    ("sd_2012-11-29 SPC minutes.pdf", "It was resolved that SB would look into who uses the bus", False),
])
def test_an_agreement_or_resolution_that_names_no_one(db, filename, words, agentless):
    sentence = next(s for _, s in sentences_of([_passage(db, filename, words)]) if words in s)
    assert bool(AGENTLESS_RE.search(sentence)) is agentless, sentence


@pytest.mark.parametrize("filename, end, start", [
    ("fohcl_2015-10-27.pdf", "from the Town Council be re-instated", "4.3 DT was asked to write a letter of thanks"),
    ("sd_2012-11-29 SPC minutes.pdf", "formalise the current historical and informal arrangements",
     "d) Newsletter: Items to include are"),
])
def test_a_paragraph_cut_off_mid_sentence_does_not_run_into_the_next_numbered_point(db, filename, end, start):
    """A paragraph a page or a column cut before its full stop joins the next one's first sentence, unless that
    opens a numbered point ('4.3 DT was asked ...', 'd) Newsletter: ...'): a new point is a new sentence."""
    first, second = _passage(db, filename, end), _passage(db, filename, start)
    sentences = sentences_of([first, second])
    ends = next(k for k, (_, s) in enumerate(sentences) if s.endswith(end))
    assert sentences[ends][0] == 0 and sentences[ends + 1][0] == 1, sentences


def test_a_post_the_paper_lists_as_if_a_person_is_no_one_a_marked_sentence_makes_its_subject():
    """Suffolk Libraries' 'TB/AW' beside 'The Chair will raise this with Cllr Stamp and the Chief Executive will
    contact the Director of CYP.': the paper's people include a 'Vice Chair' read from a list, but 'The Chair' is no
    name, so the task stays the two marked members'."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "real" / "sl_board-meeting-minutes-2016-05-26.pdf"
    if not path.exists():
        pytest.skip(f"needs {path}")
    doc = read_document(str(path), ocr=False)
    actions = [a for a in extract_document(doc, find_structure(doc))["actions"]
               if a["description"].startswith("The Chair will raise this with Cllr Stamp")]
    assert [sorted(o["name"] for o in a["owners"]) for a in actions] == [["Alison Wheeler", "Tony Brown"]]


@pytest.mark.parametrize("folder, filename, words, task", [
    # the trustees': themselves ('we') and a post of theirs ('our Chairman')
    ("series", "fohcl/fohcl_2015-06-02.pdf", "our Chairman should attend the AGM", True),
    # the library board's posts, no name of the paper's people in the sentence
    ("real", "sl_board-meeting-minutes-2016-05-26.pdf", "The Chair will raise this with Cllr Stamp", True),
    ("wild", "sl_board-meeting-minutes-2013-05-29.pdf", "The Support Services Manager will contact the insurance", True),
    # an organisation is neither the body, its members nor a post: what it will do is news
    ("wild", "sl_board-meeting-minutes-2012-09-11.pdf", "Suffolk Libraries will communicate with them", False),
])
def test_the_body_its_members_or_a_post_as_the_subject_set_a_task_though_the_sentence_names_no_one(
        folder, filename, words, task):
    """Under a mark of several owners a sentence sets a task when its subject is one of the paper's people or does
    the body's work without a name: 'we', 'the Trustees', 'the Board', a post ('the Clerk', 'The Support Services
    Manager will contact ...'). `known` is empty here, so only that reading can make it a task."""
    from minutebook.ingest.read import read_document

    path = (SERIES if folder == "series" else SHARED / folder) / filename
    if not path.exists():
        pytest.skip(f"needs {path}")
    text = " ".join(page.text for page in read_document(str(path), ocr=False).pages)
    sentence = next(s for _, s in sentences_of([text]) if words in s)
    assert is_task(sentence, set()) is task, sentence


def test_a_sentence_that_only_sends_the_task_before_it_to_the_next_meeting_stays_with_that_task(db):
    """'DT requested Trustees to agree a rota for attendance at SL Community Forums. This will be for discussion at
    our next meeting.' over 'ACTION: Trustees/DT': one task, the Trustees', due at the next meeting; the second
    sentence points back ('This') and says what any body's restated action says of the next meeting."""
    rows = list(db.query("""select a.description, a.due_text, (select group_concat(name, '|') from action_owners o
        where o.action_id = a.id) owners from actions a join documents d on d.id = a.document_id
        where d.filename = 'fohcl_2015-10-27.pdf' and (a.description like 'DT requested Trustees to agree a rota%'
        or a.description like 'This will be for discussion%')"""))
    assert [(r["description"].endswith("This will be for discussion at our next meeting."), r["due_text"], r["owners"])
            for r in rows] == [(True, "next meeting", "Trustees")]
