"""A decision that names what it decides only by a reference in the decided clause carries what the reference stands
for (issue 7: judge12's decision texts a reader cannot understand): 'unanimously agreed that this be paid when the
invoice was received' after 'The External Auditors fees would be £141.00 plus Vat.' (Manordeilo and Salem), 'It was
agreed that such a summary would be posted ...' (Souldern), 'Carole’s proposal was seconded by Peter Agate.' three
passages after her 'Proposal – “That Boughton Parish council adopts ...”' (Boughton), 'This application was considered'
(Suffolk Libraries). A decision whose own words name its subject ('15 Stone cladding ...: It was resolved that this is
not a priority') takes nothing, nor across another vote. Real papers of five bodies (skipped without ../shared), a
real archive and the meeting page people open; built sentences for the general shape."""

from __future__ import annotations

import pytest

from minutebook.extract.decision_reference import decided_by_reference
from minutebook.extract.passage_decisions import from_sentences

from .wild_papers import meeting_decisions_shown, paper_decisions, served_wild, needs_wild



def holding(name: str, words: str) -> list[str]:
    return [" ".join(d["text"].split()) for d in paper_decisions("wild", name) if words in " ".join(d["text"].split())]


@needs_wild
@pytest.mark.parametrize("paper, decision, subject", [
    ("mscc_16-09-14.pdf", "agreed that this be paid when the invoice", "External Auditors fees would be £141.00"),
    ("mscc_16-09-14.pdf", "agreed that this work be carried out by Mr Bowen", "Copies of the estimate (£2,466.00)"),
    ("sd_2012-05-09 Annual Parish Meeting minutes.pdf", "such a summary would be posted", "A summary of the minutes"),
    ("sf_boughton-pc-minutes-2014-10_index.html", "Carole’s proposal was seconded", "Model Publication Scheme"),
    ("sf_boughton-pc-minutes-2014-10_index.html", "Peter Agate’s proposal was seconded", "prepare a draft policy"),
    ("sl_board-meeting-minutes-2014-01-30.pdf", "This application was considered", "Friends of Capel St. Mary Library"),
    ("sf_northwold-pc-minutes-2019-04_index.html", "Cllr Crisp would speak to local farmers", "bird scarer"),
    # a bare 'this' before a modal: the sentence before, not an earlier passage that shares the modal 'should'
    ("sf_stoke-ferry-pc-minutes-2015-07_index.html", "that this should be part of the budget discussion",
     "permanent speed indicator"),
])
def test_a_decision_carries_what_its_reference_stands_for(paper, decision, subject):
    found = holding(paper, decision)
    assert len(found) == 1 and subject in found[0] and found[0].index(subject) < found[0].index(decision), found


@needs_wild
@pytest.mark.parametrize("paper, decision, not_there", [
    # its own words name the subject: the item before is no part of it
    ("sd_2014-11-20 SPC minutes.pdf", "It was resolved that this is not a priority", "Website"),
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "it was agreed that this should be included", "video footage"),
])
def test_a_decision_naming_its_subject_takes_nothing_before(paper, decision, not_there):
    found = holding(paper, decision)
    assert len(found) == 1 and not_there not in found[0], found


@needs_wild
def test_a_modal_after_a_bare_this_is_no_noun_to_look_for():
    """Stoke Ferry, July 2015: 'Cllr Hardy suggested that a permanent speed indicator be considered. It was agreed that
    this should be part of the budget discussion ...': not the passage before about one-off complaints, which says
    'should' too."""
    found = holding("sf_stoke-ferry-pc-minutes-2015-07_index.html", "that this should be part of the budget discussion")
    assert len(found) == 1 and "one-off complaints" not in found[0], found


@needs_wild
def test_a_decided_this_takes_what_this_is():
    """Souldern, July 2017: 'The matter of the sign outside The Fox ... was raised. The sign is by the side of the road and
    a temporary sign erected. It was decided this is not a parish council matter ...': 'decided' is the deciding word,
    as 'agreed' and 'resolved' are, so 'this' is what the sentence before names."""
    found = holding("sd_2017-07-13 SPC minutes.pdf", "It was decided this is not a parish council matter")
    assert len(found) == 1 and "The sign is by the side of the road" in found[0], found


def test_a_built_decided_this_takes_the_sentence_before():
    facts = from_sentences(["The bench by the pond has rotted.", "It was decided that this would be replaced in spring."], 1, 0)
    assert [f.carried for f in facts if f.carried] == ["The bench by the pond has rotted."]


@needs_wild
@pytest.mark.parametrize("paper, decision, named", [
    ("sd_2012-05-09 Annual Parish Meeting minutes.pdf", "a notice of such applications would be posted",
     "all planning applications were brought to the attention"),  # Souldern
    ("sf_wereham-pc-minutes-2012-07_index.html", "Council made no objections to this application",
     "Appeal application for Land at Woodstock Farm"),  # Wereham
    ("sl_board-meeting-minutes-2013-08-21.pdf", "The Board agreed to hand this draft plan over to the new Board",
     "the draft risk management policy"),  # Suffolk Libraries
])
def test_a_demonstrative_takes_the_sentence_naming_its_noun(paper, decision, named):
    found = holding(paper, decision)
    assert len(found) == 1 and named in found[0], found


@needs_wild
@pytest.mark.parametrize("paper, decision, told", [
    ("sd_2012-11-29 SPC minutes.pdf", "get quotes for both these actions",
     "the crown should be reduced or the whole tree removed"),  # Souldern
    ("sf_stoke-ferry-pc-minutes-2015-07_index.html", "so it was agreed to drop this idea", "SpeedWatch scheme"),  # Stoke Ferry
    ("sl_board-meeting-minutes-2013-08-21.pdf", "the Board agreed these proposals subject to",
     "an amended staffing structure"),  # Suffolk Libraries
])
def test_a_demonstrative_whose_noun_is_not_named_takes_the_sentence_before(paper, decision, told):
    """No sentence before says 'action', 'idea' or 'proposal': the one just before tells what the reference stands for."""
    found = holding(paper, decision)
    assert len(found) == 1 and told in found[0] and found[0].index(told) < found[0].index(decision), found


@pytest.mark.parametrize("told, carried", [
    ("The hedge along Mill Lane has grown over the footway and the bus shelter roof leaks.",
     ["The hedge along Mill Lane has grown over the footway and the bus shelter roof leaks."]),
    ("It was agreed to repair the bus shelter roof.", []),  # a decision before is no part of this one
])
def test_a_built_demonstrative_takes_the_sentence_told_before(told, carried):
    facts = from_sentences([told, "It was agreed to get quotes for both these actions to learn what each would cost the "
                                  "council."], 1, 0)
    assert [f.carried for f in facts if f.carried] == carried


@needs_wild
def test_a_titled_decision_takes_nothing_before():
    """Suffolk Libraries, 29 May 2013: '1. Stradbroke – this application has been accepted ... 2. Ixworth – this application
    has been accepted by the Board.': the title names the application, the one before is another's."""
    found = holding("sl_board-meeting-minutes-2013-05-29.pdf", "Ixworth – this application has been accepted")
    assert found and not any("Stradbroke" in t for t in found), found


def test_a_built_demonstrative_takes_the_sentence_naming_it():
    facts = from_sentences(["Cllr Bell suggested a new scheme to clear the footpaths each spring.",
                            "It was agreed that volunteers would run this scheme with the Clerk’s support."], 1, 0)
    assert [f.carried for f in facts if f.carried] == ["Cllr Bell suggested a new scheme to clear the footpaths each spring."]


@pytest.mark.parametrize("text, pointer", [
    ("It was proposed by Cllr. A. Bell, seconded by Cllr. C. Dee and agreed that this be paid.", ("this", None)),
    ("It was agreed that such a leaflet would be delivered to every house.", ("such a leaflet", "leaflet")),
    # a modal or auxiliary after the reference is its verb, no noun of it
    ("It was agreed that this will be progressed.", ("this", None)),
    ("It was agreed that this should be part of the budget discussion.", ("this", None)),
    ("It was agreed that these would be discussed further.", ("these", None)),
    ("Jo Smith’s proposal was seconded by Al Green. All in favour.", ("Jo Smith’s proposal", "proposal")),
    ("The committee accepted the quotation.", ("the quotation", "quotation")),
    ("Members agreed to adopt this policy, proposed by AB.", ("this policy", "policy")),
    ("The Council approved the scheme.", None),  # 'the' names what the sentence is about
    ("The proposer and seconder agreed to the amendment, which became the substantive motion:", None),  # 'the' mid-sentence
])
def test_built_references(text, pointer):
    found = decided_by_reference(text)
    assert (found[:2] if found else None) == pointer


def test_a_built_reference_takes_the_sentence_naming_it():
    facts = from_sentences(["The quotation from Hedges Ltd for the churchyard wall was £1,200.",
                            "Cllr Bell reported on the bus shelter.",
                            "The meeting accepted the quotation."], 1, 0)
    assert [f.carried for f in facts if f.carried] == [
        "The quotation from Hedges Ltd for the churchyard wall was £1,200. Cllr Bell reported on the bus shelter."]


def test_a_built_reference_never_takes_another_vote():
    facts = from_sentences(["Moved by Hall that the road ordinance be considered for passage. Motion Carried 6-1.",
                            "Moved by Hall that this ordinance be given second vote. Motion Carried 6-1."], 1, 0)
    assert all(f.carried is None for f in facts)


PAPERS = ["sf_boughton-pc-minutes-2014-10_index.html", "mscc_16-09-14.pdf"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, PAPERS, "pointing")


@pytest.mark.parametrize("decision, subject", [("Carole’s proposal was seconded", "Model Publication Scheme"),
                                               ("agreed that this be paid", "External Auditors fees")])
def test_the_meeting_page_shows_what_was_decided(served, decision, subject):
    db, client = served
    rows = list(db.query("select meeting_id, text from decisions where text like ?", [f"%{decision}%"]))
    assert len(rows) == 1 and rows[0]["meeting_id"] and subject in rows[0]["text"], rows
    decisions = meeting_decisions_shown(client, rows[0]["meeting_id"])
    assert subject in decisions and decision in decisions
