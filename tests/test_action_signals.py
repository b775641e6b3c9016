"""Actions no exact shape claims, scored on their signals (extract/action_signals.py), on
sentences as the minutes of several bodies print them; and two actions of one paragraph kept
apart when the actions of a body are linked."""

import sqlite_utils
import pytest

from minutebook.extract import action_signals as signals
from minutebook.extract.action_split import sentences_of
from minutebook.extract.people import Registry

from .test_people_and_actions import PARISH, registry_from

NORTHWOLD = registry_from("Present: Vicky Bright – Clerk, Cllr. Martin Storey - NCC")
NOTLPC = registry_from("Present: Ann Gunning (AG), Simon Clark (SC), Stephen Blackman (SB)")


def owners_of(sentence, registry=None, previous=(), heading=None):
    facts = signals.scored(sentence, registry or Registry(), signals.Context(previous=list(previous), heading=heading), 1, 0)
    return [name for name, _ in facts[0].owners] if facts else None


@pytest.mark.parametrize("registry,previous,heading,sentence,owners", [
    # Bishopdale and West Burton PC: the Chairman's 'she', named in the paragraph a page break cut
    (None, ["The Chairman noted that she and the Clerk had another Teams meeting"], None,
     "She undertook to report any further developments on this matter in due course.", ["Chairman"]),
    # Stoke Ferry PC: a 'she' in the same sentence; two councillors after a resolution; a resident
    (None, [], None, "• Cllr Trudy Mann advised that she would be further doing work regarding the issue about not being "
                     "able to purchase wooden village gates.", ["Trudy Mann"]),
    (None, [], None, "RESOLVED: That a Stand is created for the Summer Fayre and Cllr Jim McNeill and Cllr Grant Tomkins "
                     "will man it.", ["Jim McNeill", "Grant Tomkins"]),
    (None, [], None, "A resident agreed to arrange a door(leaflet) drop.", ["Resident"]),
    # Kent County Council's Corporate Parenting Panel: an officer the attendance does not list
    (None, [], None, "Joanne Carpenter offered to follow up with Members when the results become available.",
     ["Joanne Carpenter"]),
    # West Dereham PC: a minute number and a topic before the subject
    (PARISH, [], None, "6.4 GDPR - The Parish Clerk reported that he would circulate to Councillors a draft Privacy Notice "
                       "for Parish Councillors and Staff.", ["Peter King"]),
    # the 'I' of a report: Northwold's Clerk, Boughton's Chairman named in the heading
    (NORTHWOLD, [], "ii) Clerk’s Report and Updates from previous minutes",
     "I will be working with the Insurance company to ensure that the cover we have is sufficient.", ["Vicky Bright"]),
    (None, [], "6 Chairman’s report – Frank Reid",
     "I will issue invitations to Councillors nearer the time, should they wish to attend.", ["Frank Reid"]),
    # North of Tyne LPC: the second verb of a person the sentence opens with
    (NOTLPC, [], None, "AG advised she has already highlighted the pharmacies receiving most referrals and will pass this "
                       "to line managers.", ["Ann Gunning"]),
    (None, [], None, "It was agreed that the Sports & Social Club could install the patio and Cllr. Jenkinson was asked "
                     "to instruct the Sports & Social Club of the resolution.", ["Jenkinson"]),
    # asked for work, the work named by a noun: Friends of Halesworth Library, Stoke Ferry PC
    (None, [], None, "Trustees were asked for their help with this at 5:30 16th September.", ["Trustees"]),
    (None, [], None, "e) Limehouse Drove Bridleway at end of School Lane - CC White was asked for his advice on this matter "
                     "but to date no response has been received.", ["White"]),  # CC: County Councillor, a title
    # encouraged to do it, as asked to: Wretton PC's councillors; Suffolk Libraries' 'Members of the Board', the body's members
    (None, [], None, "Councillors were encouraged to pass comments to the Clerk which will then be collectively forwarded to "
                     "the Borough Council.", ["Councillors"]),
    (None, [], None, "Members of the Board were encouraged to present their claims by the end of the financial year.",
     ["Members of the Board"]),
])
def test_commitments_scored_on_who_and_what(registry, previous, heading, sentence, owners):
    assert owners_of(sentence, registry, previous, heading) == owners


@pytest.mark.parametrize("registry,sentence", [
    # Kent County Council: a forecast about many members; a motion's text; a referral (a decision)
    (None, "Both of those figures were up on the previous year and Mr Gough recognised that many Members would be "
           "supporting residents locally where there was the need for an appeal."),
    (None, "3) Mr Richardson proposed, and Mr Crow-Brown seconded the motion that “Members are asked to note all that is "
           "being done to deliver the Armed Forces Covenant in Kent."),
    (None, "Members agreed to refer the decision to full Council."),
    (None, "He said the future of Kent, should it be placed on the Devolution Priority Programme, would be made in the "
           "space of just 25 days and would include the risk of elections in May being postponed."),
    # Greenville: a newcomer's remit, introduced
    (None, "Mr. McDonough introduced Mr. Davis as the City's first Chief Diversity Officer and stated Mr. Davis will be "
           "working on four primary items including (1) development of the strategy."),
    # Kingston: agenda boilerplate
    (None, "Members are asked to declare any disclosable pecuniary interests relevant to items on this agenda."),
    (None, "Members of the Board are asked to declare any personal or prejudicial interest they may have."),  # Suffolk's
    # North of Tyne LPC: news of a post, not a task; a 'she' with no one named before it
    (NOTLPC, "AG advised that she will be restarting her post with HEE in February as tutor champion."),
    (None, "She would like to thank everyone for their help."),
    (None, "If possible, she would not object to the change."),
])
def test_news_forecasts_and_boilerplate_score_below_the_threshold(registry, sentence):
    assert owners_of(sentence, registry) is None


@pytest.mark.parametrize("previous,sentence", [
    # Stoke Ferry, West Dereham and Northwold PCs (../shared/wild): the 'he' or 'she' is someone
    # the sentence names before it, whom the paper does not list, not the councillor named earlier
    (["Cllr Helen Richardson gave an update."], "She added that the developer had advised he would consider an extension "
                                                "of double yellow lines on the current scheme."),
    (["Cllr Keith Gore gave an update."], "The proposing Parishioner suggested setting a target date of the end of year "
                                          "for receiving back survey results and she agreed to draft a poster."),
    (["Cllr Gillett gave an update."], "Another member of the public said that he would consider becoming a Councillor."),
])
def test_a_pronoun_refers_to_the_speaker_its_sentence_names(previous, sentence):
    assert owners_of(sentence, PARISH, previous) is None


def test_both_of_two_councillors_own_what_they_agreed():
    # West Dereham PC (../shared/wild): 'Both' opens the clause and is nobody
    registry = registry_from("Present: Tom Foy (TF), Lorraine Hunt (LH)")
    assert owners_of("Both TF and LH agreed to consider the dates and apply for training if any proved suitable.",
                     registry) == ["Tom Foy", "Lorraine Hunt"]


@pytest.mark.parametrize("registry,sentence,owners", [
    # Suffolk Libraries board (../shared/wild): the team's news first, the Manager's commitment after it
    (None, "HR Plan: The HR team are currently working on this and the HR Manager will be providing this document for "
           "the July meeting of the Staffing Committee.", ["HR Manager"]),
    # Souldern PC (../shared/wild): an event's date first, the councillor's commitment after it
    (registry_from("Present: Tania Noble, Nick Oakhill"),
     "a. Playground: The annual Rospa inspection will be on Friday 24th July and Tania Noble will attend.", ["Tania Noble"]),
])
def test_a_commitment_after_another_clauses_will_is_read(registry, sentence, owners):
    assert owners_of(sentence, registry) == owners


def test_a_resolutions_that_is_not_part_of_the_owner():
    # Wereham PC: '(2) That HR will also contact ...' is owned by HR, with no 'That'
    facts = signals.candidates("(2) That HR will also contact Wickstead to get advice on painting/sealing of the tiles.",
                               Registry(), signals.Context())
    assert [name for c in facts for name, _ in c.owners] == ["HR"]


def test_one_more_signal_is_one_more_function_and_weight(monkeypatch):
    sentence = "Joanne Carpenter offered to follow up with Members when the results become available."
    assert owners_of(sentence) == ["Joanne Carpenter"]
    monkeypatch.setattr(signals, "SIGNALS", [lambda s: {"classifier": 0.0 if "follow up" in s else 1.0}])
    monkeypatch.setitem(signals.WEIGHTS, "classifier", 1.0)
    monkeypatch.setattr(signals, "THRESHOLD", 3.0)
    assert owners_of(sentence) is None  # the classifier says no, and the threshold now needs it
    assert owners_of("Joanne Carpenter offered to contact Members.") == ["Joanne Carpenter"]


def test_a_numbered_minute_is_not_glued_to_the_sentence_before_it():
    # Friends of Halesworth Library: '4.2 ... be re-instated' has no full stop before '4.3 DT was asked ...'
    got = sentences_of(["4.2 It was requested that DT ask for the £5k annual grant from the Town Council be re-instated",
                        "4.3 DT was asked to write a letter of thanks to a supporter."])
    assert [s for _, s in got] == ["It was requested that DT ask for the £5k annual grant from the Town Council be re-instated",
                                   "DT was asked to write a letter of thanks to a supporter."]


def _actions_of(db, name):
    return [r["text"] for r in db.query(
        "select h.text from action_history h join documents d on d.id = h.document_id "
        "where d.path like ? and h.kind = 'extracted'", [f"%{name}%"])]


def test_two_actions_of_one_paragraph_stay_two_actions(real_db):
    # Stoke Ferry PC: both the Clerk's, in one 'Matters Arising' paragraph, which all their words share
    db = sqlite_utils.Database(real_db)
    rows = list(db.query("select h.action_id, h.text from action_history h join documents d on d.id = h.document_id "
                         "where d.path like '%stoke-ferry%' and (h.text like '%contact the developer%' "
                         "or h.text like '%write back to Elizabeth Truss%')"))
    assert len(rows) == 2 and rows[0]["action_id"] != rows[1]["action_id"]


def test_actions_keep_the_papers_own_words_and_marker_codes(real_db):
    db = sqlite_utils.Database(real_db)
    # Stoke Ferry prints 'door(leaflet)'; the tokenizer's spacing must not reach the action
    assert any("door(leaflet) drop" in t for t in _actions_of(db, "stoke-ferry"))
    # Friends of Halesworth Library: 'ACTION: AH' makes 'AH will approach Meraylah ...' a task
    assert any("AH will approach Meraylah" in t for t in _actions_of(db, "sl_2015-05-05"))


def _fact(text, owners, rule):
    from minutebook.extract.actions import ActionFact
    return ActionFact(text=text, description=text, owners=[(o, "group") for o in owners], page=1, block=0, rule=rule)


def test_a_discussion_sentence_restating_a_listed_action_is_that_action():
    from minutebook.extract.action_facts import _without_restatements
    # North of Tyne LPC: the discussion restates action point 05-07 for the same owner
    point = _fact("05-07 FSC to consider financial governance", ["FSC"], "action-points")
    talk = _fact("FSC to consider financial governance including payment limits and dual signatories.", ["FSC"], "implicit")
    other = _fact("FSC to set the budget for next year.", ["FSC"], "implicit")
    assert [f for _, f in _without_restatements([(0, point), (1, talk), (2, other)])] == [point, other]
    # Souldern PC: an action table with no owner column, and the same task in the minutes' text
    row = _fact("Plot at Bovewell - Action - NO will move fencing back across and re-fix to pre-existing post", [], "table")
    said = _fact("NO will move fencing back across and re-fix to pre-existing post, covering the gate.", ["NO"], "implicit")
    twice = _fact("HD to draft letter re St Josephs.", ["HD"], "implicit")
    kept = [f for _, f in _without_restatements([(0, row), (1, said), (2, twice), (3, _fact(twice.text, ["HD"], "implicit"))])]
    assert kept == [row, twice] and [name for name, _ in row.owners] == ["NO"]
