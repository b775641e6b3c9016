"""A later paper's task joins an earlier paper's action only when the two share a word of what the task is about:
alike only in the doing and the doer ('The Clerk to chase up Highways', then two years on 'The Clerk will chase this
up again' about the laurel bushes), they are two tasks, and the later one is its own meeting's action. Real minutes of
three bodies (Stoke Ferry, Northwold, Souldern), their archive and the meeting pages of its Datasette;
skipped without ../shared. Built candidates for the general shape."""

from __future__ import annotations

import html

import pytest

from minutebook.extract.action_match import Candidate, Vocabulary
from minutebook.ingest.task_subjects import one_task_named

from .wild_papers import served_wild

PAPERS = ["sf_stoke-ferry-pc-minutes-2010-06_index.html", "sf_stoke-ferry-pc-minutes-2012-10_index.html",
          "sf_northwold-pc-minutes-2018-05-annual_index.html", "sf_northwold-pc-minutes-2019-04_index.html",
          "sd_2022-11-03 SPC minutes.pdf", "sd_2023-06-29 SPC minutes.pdf"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "task_subjects")


@pytest.mark.parametrize("later_paper, task", [
    ("sf_stoke-ferry-pc-minutes-2012-10_index.html", "The Clerk will chase this up again."),  # not 2010's Highways
    ("sf_northwold-pc-minutes-2019-04_index.html", "Clerk to instruct."),  # Hayes + Storr, not 2018's 'Clerk to instruct.'
])
def test_a_task_alike_only_in_the_doing_is_its_own_meetings_action(served, later_paper, task):
    db, client = served
    rows = list(db.query("""select a.id, a.meeting_id, d.filename from action_history h join actions a on a.id = h.action_id
        join documents d on d.id = a.document_id join documents seen on seen.id = h.document_id
        where h.kind = 'extracted' and seen.filename = ? and h.description like ?""", [later_paper, task + "%"]))
    assert [r["filename"] for r in rows] == [later_paper], rows
    page = client.get(f"/meeting/{rows[0]['meeting_id']}")
    assert page.status == 200
    shown = html.unescape(page.text).split('id="actions"', 1)[1].split("</table>", 1)[0]
    assert task in shown


def test_a_task_naming_its_subject_again_still_joins_its_action(served):
    """Souldern's action log: 'NO to action barrier for carpark' (2023) is the 2022 log's 'Barrier for carpark - NO will
    contact the steel fabricators': they share the words of the task's subject."""
    db, _ = served
    joined = list(db.query("""select d.filename from action_history h join actions a on a.id = h.action_id
        join documents d on d.id = a.document_id where h.kind = 'extracted' and h.description like ?""",
                           ["NO to action barrier for carpark%"]))
    assert joined and {r["filename"] for r in joined} == {"sd_2022-11-03 SPC minutes.pdf"}


def _candidate(vocab: Vocabulary, text: str) -> Candidate:
    return Candidate(words=vocab.vector(text), context={}, item={})


def test_tasks_sharing_a_word_of_their_subject_are_one_and_those_sharing_only_the_doing_are_two():
    texts = ["The Clerk to chase up the bus shelter repairs with Highways", "The Clerk will chase this up again",
             "Clerk to write to the allotment holders about the rent", "The Clerk to write to the allotment holders",
             "Mr Brown to mow the cemetery", "Mrs Green to report the street light", "The Chair to contact the Vicar",
             "The hall committee to review its booking rates"]
    vocab = Vocabulary(texts)
    chase, again = _candidate(vocab, texts[0]), _candidate(vocab, texts[1])
    assert not one_task_named(chase, again, {}, vocab)
    # the sentence before it names what 'this' is: then it is the same task
    assert one_task_named(chase, again, vocab.vector("The bus shelter repairs are still outstanding"), vocab)
    assert one_task_named(_candidate(vocab, texts[2]), _candidate(vocab, texts[3]), {}, vocab)
