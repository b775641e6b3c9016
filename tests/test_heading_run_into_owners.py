"""A title inside a run of words opens the clause its people start: an item's heading run into the sentence
('Visit to Wissington Sugar Factory Cllrs Llewellyn and Whitmore will visit the Sugar Factory ...', Wretton) gives
both councillors the task, as the same title parts two people a list ran together ('Gina Preston Cllrs Alam':
personhood.INNER_TITLE_RE). On text and on the real paper (../shared/wild; skipped when it is not beside the project)."""

from minutebook.extract.actions import _clause_owners
from minutebook.extract.people import Person, Registry

from .conftest import SHARED
from .wild_papers import ingested, needs_wild

SENTENCE = ("Visit to Wissington Sugar Factory Cllrs Llewellyn and Whitmore will visit the Sugar Factory as invited on "
            "Thursday 9th November.")


def test_a_heading_run_into_the_sentence_leaves_its_people_the_task():
    registry = Registry()
    registry.add(Person("David Llewellyn", "Cllr"))
    registry.add(Person("Bill Whitmore", "Cllr"))
    assert _clause_owners(SENTENCE, registry) == [("David Llewellyn", "person"), ("Bill Whitmore", "person")]
    # a title after a word in lower case is the sentence's own ('as agreed with Cllr Whitmore'): no clause opens there
    assert _clause_owners("The hedge was cut as agreed with Cllr Whitmore last week.", registry) == []


@needs_wild
def test_on_the_real_paper(tmp_path_factory):
    db = ingested(tmp_path_factory, [SHARED / "wild" / "sf_wretton-pc-minutes-2017-late_index.html"], "wretton")
    owners = {r["name"] for r in db.query("select o.name from action_owners o join actions a on a.id = o.action_id "
                                          "where a.description like 'Visit to Wissington Sugar Factory%'")}
    assert owners == {"David Llewellyn", "Bill Whitmore"}
