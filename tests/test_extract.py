"""Each extractor on real sentences and tables in many styles, and on what must not be
extracted (dates as statistics, voters as attendees, headings as people)."""

import pytest

from minutebook.extract import action_tables as tables
from minutebook.extract import actions as act
from minutebook.extract.acronyms import find_acronyms
from minutebook.extract.attendance_tables import attendance_from_table
from minutebook.extract.decisions import from_sentence, vote_block, with_motion
from minutebook.extract.due import find_due
from minutebook.extract.names import split_title
from minutebook.extract.nlp import load_pipeline, people_in
from minutebook.extract.people import Person, Registry, attendance_from_block, parse_person, split_names
from minutebook.extract.resolve import merge_pairs
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.document import Block


def block(text, kind="paragraph", rows=None):
    return Block(kind, text, 1, rows=rows)


# --- names and people -----------------------------------------------------------------------

@pytest.mark.parametrize("raw,title,name", [
    ("Cllr Syed Ghani", "Cllr", "Syed Ghani"),
    ("Councillor Worby", "Councillor", "Worby"),
    ("Insp. Melissa Gilmour", "Insp.", "Melissa Gilmour"),
    ("Mr R C Love, OBE", "Mr", "R C Love"),
    ("Councilmember Lillian Flemming", "Councilmember", "Lillian Flemming"),
    ("Angela D’Urso", None, "Angela D'Urso"),
])
def test_titles_are_kept_apart_from_names(raw, title, name):
    assert split_title(raw) == (title, name)


def test_attendance_lists_with_roles_and_several_labels():
    text = ("Members present: Alison Stuart, Andy Opie, Councillor Ghani (CHAIR), Councillor Kangethe, "
            "Tarina Evans. Additional Attendees: Edil Abdi, Ilirjeta Buzoku (NOTE TAKER), Tegan Mills. "
            "Apologies: Brian Parrot, Chris Lyons.")
    entries = attendance_from_block(block(text), 0)
    by_name = {e.name: (e.status, e.role) for e in entries}
    assert by_name["Ghani"] == ("present", "chair")
    assert by_name["Ilirjeta Buzoku"] == ("in_attendance", "minute taker")
    assert by_name["Chris Lyons"] == ("apologies", None)
    assert len(entries) == 10


def test_kent_style_in_attendance_with_posts_and_honours():
    text = ("PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mr R C Love, OBE, Mr D Murphy and Mr R J Thomas "
            "IN ATTENDANCE VIRTUALLY: Mr S Jones (Corporate Director of Growth, Environment and Transport), Mrs L Gannon "
            "(Director of Technology)")
    entries = attendance_from_block(block(text), 0)
    names = [(e.name, e.status) for e in entries]
    assert ("R C Love", "present") in names and ("OBE", "present") not in names
    assert ("S Jones", "in_attendance") in names
    jones = next(e for e in entries if e.name == "S Jones")
    assert jones.person.post == "Corporate Director of Growth, Environment and Transport"


def test_apologies_sentence_and_label_with_a_legal_reference():
    entries = attendance_from_block(block("Apologies were received from Councillors Noel Hadjimichael, Patrick Hall and John Sweeney."), 0)
    assert [e.name for e in entries] == ["Noel Hadjimichael", "Patrick Hall", "John Sweeney"]
    entries = attendance_from_block(block("Accepted Apologies for absence - LGA 1972, Section 85(1) & (2):"), 0,
                                    block("Cllr. Alan Collins and Cllr. Sue Leet."))
    assert [(e.name, e.status) for e in entries] == [("Alan Collins", "apologies"), ("Sue Leet", "apologies")]


def test_voters_are_not_attendance():
    for line in ("AYES: Mashack, Brown, Allen Fisk, Bello", "For (52): Councillors Smith, Jones", "RESULT: APPROVED"):
        assert attendance_from_block(block(line), 0) == []


def test_roll_call_table():
    rows = [["Attendee Name", "Title", "Status", "Arrived"], ["Andrei Garcia", "Commissioner", "Late", "7:08 p.m."],
            ["Uriel Hernandez", "Commissioner", "Absent", ""], ["Juan Mendez", "Alternate", "Present", ""]]
    entries = attendance_from_table(block("", "table", rows), 0, None)
    assert [(e.name, e.status) for e in entries] == [("Andrei Garcia", "present"), ("Uriel Hernandez", "absent"),
                                                     ("Juan Mendez", "present")]


def test_headings_and_groups_are_not_people():
    for text in ("Safer Neighbourhood Board", "Any Other Business", "Members of the public", "Regular Meeting Agenda"):
        assert parse_person(text) is None


def test_registry_resolves_short_forms_to_the_full_name_in_the_same_paper():
    r = Registry()
    for p in (Person("David Thomas", initials="DT"), Person("Syed Ghani"), Person("Zach Maiorca"), Person("Alison Britton"),
              Person("Vicky Bright", role="clerk")):
        r.add(p)
    assert r.resolve("DT") == "David Thomas"
    assert r.resolve("Councillor Ghani") == "Syed Ghani"
    assert r.resolve("Z. Maiorca") == "Zach Maiorca"
    assert r.resolve("Alison B") == "Alison Britton"
    assert r.resolve_role("Clerk") == "Vicky Bright"
    assert r.resolve("Unknown Person") == "Unknown Person"


def test_split_names_keeps_parentheses_together():
    assert split_names("A Smith (Chair, Planning), B Jones and C Brown") == ["A Smith (Chair, Planning)", "B Jones", "C Brown"]


def test_people_in_running_prose():
    nlp = load_pipeline()
    doc = nlp("Cllr Worby noted the commitments. Andy Opie questioned the plan. "
              "Paula Fulghum, 822 Crescent Avenue, spoke in opposition. The Partnership Board agreed.")
    found = {s.text for s in people_in(doc)}
    assert {"Cllr Worby", "Andy Opie", "Paula Fulghum"} <= found
    assert not any("Partnership" in f for f in found)


# --- cross-document resolution ---------------------------------------------------------------

def _merged(names):
    people = list(enumerate(names))
    pairs = merge_pairs(people)
    groups = {}
    for a, b in pairs:
        groups.setdefault(a, {a}).add(b)
    return {frozenset({names[a], names[b]}) for a, b in pairs}


def test_alias_merging_across_papers():
    pairs = _merged(["Syed Ghani", "Ghani", "Steve Calder", "Steven Calder", "Kevin Makambe", "Kevin McKambe",
                     "Ioannis Mathioudakis", "Loannis Mathioudakis", "Steve Thompson", "Daniel Thompson", "Mel Gilmour",
                     "Melissa Gilmour"])
    for a, b in [("Syed Ghani", "Ghani"), ("Steve Calder", "Steven Calder"), ("Kevin Makambe", "Kevin McKambe"),
                 ("Ioannis Mathioudakis", "Loannis Mathioudakis"), ("Mel Gilmour", "Melissa Gilmour")]:
        assert frozenset({a, b}) in pairs
    assert frozenset({"Steve Thompson", "Daniel Thompson"}) not in pairs  # two people who share a surname


def test_a_bare_surname_shared_by_two_people_stays_apart():
    pairs = _merged(["Thompson", "Steve Thompson", "Daniel Thompson"])
    assert not any("Thompson" in p and len(p) == 2 and any(n != "Thompson" for n in p) for p in pairs)


# --- actions ----------------------------------------------------------------------------------

def registry():
    r = Registry()
    for p in (Person("David Thomas", initials="DT"), Person("Mike Stephens", initials="MS"), Person("Tamara Barnett"),
              Person("Andy Opie"), Person("Vicky Bright", role="clerk"), Person("Hazel North-Stephens")):
        r.add(p)
    return r


def test_action_marker_with_owner_and_completion():
    f = act.from_marker("Angela D'Urso to set up VAWG strategic group meetings for the future. (COMPLETED)", None,
                        Registry(), 1, 0, "ACTION: ...")
    assert f.owners == [("Angela D'Urso", "person")] and f.status == "completed" and f.status_text == "COMPLETED"


def test_action_marker_after_the_paragraph_with_initials():
    f = act.from_marker("DT/TRUSTEES", "3.2 DT will circulate to Trustees a list of businesses/clubs.", registry(), 1, 3, "ACTION: DT/TRUSTEES")
    assert f.owners == [("David Thomas", "person"), ("Trustees", "group")]
    assert "list of businesses/clubs" in f.description


def test_action_marker_with_several_owners_groups_and_passive():
    r = registry()
    f = act.from_marker("Refuge/Hazel North-Stephens to provide an update to March board on delivery.", None, r, 1, 0, "")
    assert f.owners == [("Refuge", "group"), ("Hazel North-Stephens", "person")]
    f = act.from_marker("Amolak Tatter, Paul Waller and partners need to present a broader update.", None, r, 1, 0, "")
    assert [o[0] for o in f.owners] == ["Amolak Tatter", "Paul Waller"]
    f = act.from_marker("Roadmap around partnerships structures to be presented to March CSP Board.", None, r, 1, 0, "")
    assert f.owners == []


def test_action_log_table():
    rows = [["Ref", "Action", "Owner", "Due", "Status"],
            ["A1", "Write to the county about the footpath", "Clerk", "31/01/2024", "Complete"],
            ["A2", "Obtain three quotes for the bench", "Cllr Jones", "March 2024", "Ongoing"]]
    facts = tables.from_table(block("", "table", rows), 0, registry())
    assert [(f.ref, f.owners, f.status, f.due_hint) for f in facts] == [
        ("A1", [("Vicky Bright", "person")], "completed", "31/01/2024"),
        ("A2", [("Jones", "person")], "open", "March 2024")]


def test_numbered_action_points_in_a_minutes_column():
    rows = [["Item", "Discussion", "Decisions and Action Points"],
            ["01", "Declarations", "05-01 RB, FQ, KK to complete updated COI forms"]]
    facts = tables.from_table(block("", "table", rows), 0, Registry())
    assert facts[0].ref == "05-01" and [o[0] for o in facts[0].owners] == ["RB", "FQ", "KK"]


@pytest.mark.parametrize("sentence,owner", [
    ("The Clerk will look into the possibility and the implications.", "Vicky Bright"),
    ("Clerk to write to the Highways Authority about the verge.", "Vicky Bright"),
    ("Council directed staff to return with options at the February 20 meeting.", "staff"),
    ("Members were asked to promote the service through social media platforms.", "Members"),
])
def test_implicit_assignments(sentence, owner):
    facts = act.implicit(sentence, registry(), 1, 0)
    assert facts and owner in [o[0] for o in facts[0].owners]


@pytest.mark.parametrize("sentence", [
    "The plan has been affirmed by governance and will be presented to cabinet later this year.",
    "There were fewer delays as the pilot provides flexibility to LBBD to put on additional panels.",
    "Mr Murphy also participated in filming at Ashford International Station to promote the station.",
    "RESOLVED that the Clerk writes to the county.",
])
def test_statements_are_not_actions(sentence):
    assert act.implicit(sentence, registry(), 1, 0) == []


# --- due dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,meeting,next_meeting,expected", [
    ("Members to feedback any comments on the DVHR by Wednesday 18 December 2019.", "2019-12-11", None, ("2019-12-18", "day")),
    ("Defer FLAG presentation to March CSP Board", "2019-12-11", None, ("2020-03-31", "month")),
    ("CSP to provide update on progression at June 2023 CSP.", "2023-03-20", None, ("2023-06-30", "month")),
    ("Clerk to report back by the next meeting.", "2015-05-05", "2015-06-02", ("2015-06-02", "day")),
    ("Chief Smith will provide the figures by February 2.", "2024-01-16", None, ("2024-02-02", "day")),
    ("Report back within 60 days.", "2024-01-01", None, ("2024-03-01", "day")),
    ("ORWG to review the job description within 1 month.", "2018-05-02", None, ("2018-06-30", "month")),
    ("Return the form by 31/01/2024.", "2024-01-10", None, ("2024-01-31", "day")),
    ("Present at the September meeting", "2022-06-29", "2022-09-22", ("2022-09-22", "day")),
])
def test_due_dates(text, meeting, next_meeting, expected):
    due = find_due(text, meeting, next_meeting)
    assert (due.date, due.precision) == expected


@pytest.mark.parametrize("text", [
    "The stall in Rifle Hall on 6th June should be used to recruit members.",
    "The minutes of the meeting held on 9 January 2025 were agreed.",
])
def test_events_and_history_are_not_due_dates(text):
    assert find_due(text, "2025-01-30", None) is None


# --- decisions ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,kind", [
    ("It was agreed that the forum would meet quarterly.", "agreed"),
    ("The minutes from September CSP board were reviewed by members and confirmed as correct.", "approved"),
    ("Item deferred to March CSP Board as presenter was not present.", "deferred"),
    ("The proposal for lighting retrofits was rejected.", "rejected"),
    ("The Committee noted the decision progress update.", "noted"),
])
def test_decision_sentences(sentence, kind):
    assert from_sentence(sentence, 1, 0).kind == kind


def test_a_speaker_noting_is_not_a_decision():
    assert from_sentence("Cllr Worby noted that one of the commitments we gave was a forum.", 1, 0) is None
    assert from_sentence("Members are asked to approve the budget.", 1, 0) is None


def test_vote_block_and_motion_with_mover_and_seconder():
    d = vote_block(["RESULT: APPROVED [UNANIMOUS]", "MOTION BY: Mashack", "SECOND: Brown",
                    "AYES: Mashack, Brown, Allen Fisk, Bello", "ABSENT: Hernandez"], 1, 0, "Approval of the agenda")
    assert (d.kind, d.mover, d.seconder, d.votes_for) == ("approved", "Mashack", "Brown", 4)
    m = with_motion(from_sentence("Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)", 1, 0))
    assert (m.mover, m.seconder) == ("Z. Maiorca", "T. Feinberg")
    v = with_motion(from_sentence("The motion was carried with 32 votes in favour, 10 against and 3 abstentions.", 1, 0))
    assert (v.votes_for, v.votes_against, v.votes_abstain) == (32, 10, 3)


# --- statistics -------------------------------------------------------------------------------

def values(sentence):
    return [(s.value, s.unit) for s in find_statistics(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("326 domestic abuse offences & 62 sexual offences in January 2023", [(326, "count"), (62, "count")]),
    ("one pot of £20,000 was awarded to Studio3Arts", [(20000, "GBP")]),
    ("we are investing £3.7 million, using new funding", [(3700000, "GBP")]),
    ("the forecast revenue overspend of £23.3m", [(23300000, "GBP")]),
    ("a saving of £145k", [(145000, "GBP")]),
    ("the SSA received $239,503 out of $242,994", [(239503, "USD"), (242994, "USD")]),
    ("a reoffending rate of 42.7% for the latest cohort", [(42.7, "percent")]),
    ("187 per 100,000 population", [(187, "rate")]),
])
def test_statistics(sentence, expected):
    found = values(sentence)
    for e in expected:
        assert e in found


@pytest.mark.parametrize("sentence", [
    "The meeting on 5 October 2022 started at 10:00 am.",
    "See item 14(a) on pages 51 - 57 of the pack.",
    "Call 020 8227 2326 or write to IG11 7LU.",
    "Decision 24/00108 was taken in 2021/22 under section 3.4.3.",
])
def test_dates_refs_and_phone_numbers_are_not_statistics(sentence):
    assert values(sentence) == []


def test_acronyms():
    found = find_acronyms("the Violence Against Women and Girls (VAWG) strategy and the Multi Agency Risk Assessment "
                          "Conference (MARAC) Steering Group")
    assert ("VAWG", "Violence Against Women and Girls") in found
    assert ("MARAC", "Multi Agency Risk Assessment Conference") in found


# --- the pipeline option --------------------------------------------------------------------

def test_a_user_pipeline_can_be_chosen(tmp_path):
    """An installed pipeline by path: its PERSON entities add to the rule matches."""
    from .conftest import tiny_pipeline

    path = tiny_pipeline(tmp_path / "tiny_pipeline", patterns=[[{"LOWER": "zelda"}, {"LOWER": "quince"}]])
    loaded = load_pipeline(str(path))
    doc = loaded("The report from zelda quince was welcomed. Andy Opie questioned it.")
    assert {"zelda quince", "Andy Opie"} <= {s.text for s in people_in(doc)}
    assert loaded.has_pipe("minutes_sentencizer") and loaded.has_pipe("person_matcher")


def test_passive_assignment_names_its_owners():
    facts = act.implicit("The action log is to be reviewed by Jade Hodgson and Fiona Taylor.", Registry(), 1, 0)
    assert [o[0] for o in facts[0].owners] == ["Jade Hodgson", "Fiona Taylor"]


@pytest.mark.parametrize("sentence,kind", [
    ("DT proposed and AH seconded that Sheila continue as Co-ordinator of this group.", "motion"),
    ("It was concluded that an SSA #21 logo should incorporate the words Neighborhood Improvement.", "agreed"),
    ("Commissioner Bello moved to postpone the election of Chair and Vice Chair to July 2020; the motion failed.", "deferred"),
])
def test_more_decision_forms(sentence, kind):
    assert from_sentence(sentence, 1, 0).kind == kind


def test_an_item_that_moved_is_not_a_motion():
    assert from_sentence("The meeting moved to the next item on transport.", 1, 0) is None


def test_table_columns_headed_in_millions_of_pounds():
    from minutebook.extract.statistic_facts import _column_scales, _scaled_row
    from minutebook.ingest.structure import Passage

    rows = [["Risk", "Likelihood", "Annual exposure"], ["", "", "£m"], ["Savings not delivered", "4", "119.2"]]
    table = Block("table", "", 1, rows=rows)
    p = Passage(1, "Savings not delivered | 4 | 119.2", None, None, None, "table_row", False, table)
    assert _column_scales(p) == {2: (1e6, "GBP")}

    class S:
        def real_meeting(self, i):
            return None

    facts = {"statistics": []}
    _scaled_row(p, 0, _column_scales(p), S(), facts)
    found = [(f["value"], f["unit"]) for f in facts["statistics"]]
    assert (119.2e6, "GBP") in found and (4e6, "GBP") not in found


@pytest.mark.parametrize("text,name", [
    ("The Board welcome the new Independent Chair, Anju Ahluwalia, who has experience in safeguarding.", "Anju Ahluwalia"),
    ("Mr Watkins wrote to the Minister of State for Care, Stephen Kinnock, regarding the budget.", "Stephen Kinnock"),
    ("Mr Murphy was pleased to present the award to Mr. Mark Quinn for his contributions.", "Mr. Mark Quinn"),
    ("The proposal was seconded by Councillor Sadr-Hashemi, voted on and carried.", "Councillor Sadr-Hashemi"),
    ("a. Chief Diversity Officer Bryant Davis. Mr. McDonough introduced Mr. Davis.", "Bryant Davis"),
])
def test_people_named_in_passing(text, name):
    doc = load_pipeline()(text)
    assert name in {s.text for s in people_in(doc)}


@pytest.mark.parametrize("text", [
    "Trading Standards will review the licence conditions.",
    "The Extended Producer Responsibility (EPR) brings additional costs.",
    "Residents of Normandy Close advised that they had been in touch.",
])
def test_organisations_and_places_are_not_people(text):
    assert people_in(load_pipeline()(text)) == []


def test_recorded_vote_counts_attach_to_the_motion_before_them(tmp_path):
    from minutebook.ingest.pipeline import ingest
    import sqlite_utils

    minutes = tmp_path / "council-minutes.md"
    minutes.write_text(
        "# Minutes of the meeting of the County Council held on Thursday 13 February 2025\n\n"
        "## 5. Budget 2025-26\n\n"
        "RESOLVED that the revenue budget for 2025-26 be approved.\n\n"
        "For (52): Councillors Smith, Jones and Patel\n\n"
        "Against (10): Councillors Brown and Green\n\n"
        "Abstain (3): Councillor White\n")
    db = tmp_path / "v.db"
    ingest([str(minutes)], str(db))
    rows = list(sqlite_utils.Database(db).query("select text, votes_for, votes_against, votes_abstain from decisions"))
    budget = next(r for r in rows if "revenue budget" in r["text"])
    assert (budget["votes_for"], budget["votes_against"], budget["votes_abstain"]) == (52, 10, 3)
    attendance = list(sqlite_utils.Database(db).query("select name from attendance"))
    assert attendance == []  # voters are not attendance
