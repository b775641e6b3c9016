"""Who took part in a meeting, said in prose a clause or more from their name (issue 7, judge10: Jim Neal
and Gail Boughen, co-opted at Stoke Ferry, and Kent's Ms Grehan, attending virtually after her apologies,
were missing). Text forms, then real papers of four bodies in ../shared/wild (skipped when it is absent)."""

import pytest

from minutebook.extract.prose_attendance import fullest, said_to_attend

from .wild_papers import wild_attendance


def _said(text):
    return [(s.candidates, s.status) for s in said_to_attend(text)]


def test_the_subject_of_the_sentence_that_says_they_joined():
    assert _said("Prop. JT, 2nd DC. Ann Lee received and signed a copy of a declaration of acceptance, and joined "
                 "the meeting with immediate effect.") == [(["Ann Lee"], "present")]
    assert _said("Mr. Eastgate verified the ballot papers. Mrs. Lee then joined the Councillors and the clerk "
                 "was instructed to write.") == [(["Mrs. Lee"], "present")]
    # 'As' opens it, then the names before the verb, the nearest first ('As' and the title are not one name)
    assert _said("As Cllr Ann Lee had received the Code, they were signed and she joined the meeting.") == [
        (["As", "Code", "Cllr Ann Lee"], "present")]
    # a clause too long to be one sentence's subject is not read
    assert _said("Ann Lee " + "said more, " * 30 + "and joined the meeting.") == []


def test_who_was_attending_is_a_guest_unless_a_member():
    assert _said("4. Public participation\n\nAnn Lee was attending the meeting regarding the Playground") == [
        (["Ann Lee"], "in_attendance")]
    assert _said("Ms Lee had given her formal apologies but was attending the meeting \nvirtually.") == [
        (["Ms Lee"], "present")]


def test_the_fullest_form_the_text_prints():
    text = "Mrs. D. Lee and M/s M. Norris were duly elected. Mrs. Lee then joined the Councillors."
    assert fullest(text, "Lee") == "D. Lee"
    assert fullest("Mrs. D. Lee and Mr. T. Lee were elected.", "Lee") == "Lee"  # two: neither


@pytest.mark.parametrize("paper, who, status", [
    ("sf_stoke-ferry-pc-minutes-2017-08_index.html", "Jim Neal", "present"),
    ("sf_stoke-ferry-pc-minutes-2018-02_index.html", "Gail Boughen", "present"),
    ("sf_wereham-pc-minutes-2009-05-annual_index.html", "D. Everitt", "present"),
    ("kcc_Printed minutes 09th-Jan-2025 10.00 County Council.pdf", "Grehan", "present"),
    ("sd_2020-11-25 SPC minutes.pdf", "Lucy Cornish", "in_attendance"),
])
def test_who_joined_or_was_attending_is_at_the_meeting(paper, who, status):
    assert (who, status) in {(a["name"], a["status"]) for a in wild_attendance(paper)}


def test_a_member_co_opted_who_did_not_join_is_not_present():
    """Northwold co-opted Mr Gillett from the public and sent him the forms: he did not join the council's table."""
    assert not [a for a in wild_attendance("sf_northwold-pc-minutes-2013-06_index.html") if "Gillett" in a["name"]]
