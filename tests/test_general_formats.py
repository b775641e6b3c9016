"""Issue 7: general formats no shared paper prints, or one body's papers only. Each is read by a pattern that matches
on no body's paper in the shared archive, or on one body's (scripts/rule_bodies.py), so it is shown here on papers
built in the test: a village hall committee's two minutes in Markdown, a club's action log, a paper marked NOT FOR
PUBLICATION and an agenda pack whose exempt item and page are marked as Modern.gov prints them, a US council's roll
call by surname with its moving lines and a code section, a list printing posts before their holders, a report's
'From: ... To: ...' front line, a couple on one council with a road's weight limit, a guest's sentence after a list, a
standing arrangement and a habit, a US board's roll call printing roles before surnames and a membership table run on
into labelled cells, ingested into a real archive. The audit run over the same papers must see every pattern of its
DOCUMENTED_FORMATS match, so the list of documented formats cannot drift from what the papers exercise. Some
built papers show readings that have since been found on several bodies' papers (ingest/exempt_marks.py's markings,
Registry._same_sex): they stay here as tests of that behaviour."""

import json
import subprocess
import sys

import pytest
import sqlite_utils

from .conftest import ROOT, run_cli
from .pdfs import write_pdf

MARCH = """# Ashdown Village Hall Committee

## Minutes of the meeting held on Tuesday 12 March 2024 at 7.30pm

Present:
Jane Harper (JH) Chair
Tom Ellis (TE)
Priya Shah (PS)
Mark Owen (MO)

Apologies: Susan Green

## 1. Finance

- The treasurer reported that bookings fell by −5% on the year.
- A donation of 500 pounds was received from the parish fete.

## 2. Maintenance

Tom Ellis to obtain three quotes for the roof repair within two weeks.

Priya Shah to arrange the renewal of the hall's insurance by the end of May.

Mark Owen to send the booking calendar to the hirers before April.

The heating timer is to be reset for the spring (Action: JH).

## 3. Date of next meeting

Tuesday 9 April 2024 at 7.30pm.
"""

APRIL = """# Ashdown Village Hall Committee

## Minutes of the meeting held on Tuesday 9 April 2024 at 7.30pm

Present: Jane Harper (Chair), Tom Ellis, Priya Shah, Mark Owen, Susan Green

## 1. Matters arising

Roof repair: Tom Ellis hoped to have received the three quotes for the roof repair by the next meeting.

All other actions from the previous meeting were completed.

## 2. Date of next meeting

Tuesday 14 May 2024 at 7.30pm.
"""

# a parish council's task to pay, done when the next minutes' payments list shows it paid (Manordeilo and Salem's cheque
# lines are the one shared body's); its tasks to query a payment are no tasks to pay, a sentence telling of a payment is
# no line of the list; each item's bare 'Clerk to action.' takes its own numbered sub-item
PAY_SEPTEMBER = """# Hartwell Parish Council

## Minutes of the meeting held on Tuesday 10 September 2024 at 7.30pm

Present: Cllr Helen Marsh (Chair), Cllr Owen Bright, Cllr Ruth Payne

## 5. Donations

The Clerk to make a donation of £75.00 to the Hartwell Youth Band, as agreed.

The Clerk to query the Acme Mowers invoice for the August cut before it is to be paid.

## 6. Village green

6.1 The bench on the green needs repainting before winter. Clerk to action. 6.2 The noticeboard by the shop is broken. Clerk to action.
"""

PAY_OCTOBER = """# Hartwell Parish Council

## Minutes of the meeting held on Tuesday 8 October 2024 at 7.30pm

Present: Cllr Helen Marsh (Chair), Cllr Owen Bright, Cllr Ruth Payne

## 4. Payments

The following payments were approved:

- Hartwell Youth Band, Donation, Chq No 204 £75.00
- Acme Mowers, grass cutting, the August invoice was paid by cheque £120.00
- Clerk's salary, BACS £310.50
"""

ACTION_LOG = """# Ashdown Bowls Club Committee

## Action log

| Ref | Action | Owner | Due | Status |
|---|---|---|---|---|
| 1 | Obtain three quotes for the roof repair | Tom Ellis | 26 March 2024 | Open |
| 2 | Renew the hall's insurance | Priya Shah | 31 May 2024 | In progress |
| 3 | Send the booking calendar to the hirers | Mark Owen | 1 April 2024 | Completed |
| 4 | Book the marquee for the summer fete | Jane Harper | 27/5 | Open |
"""

# the minutes of that meeting: a task given by delegating authority to a post
DELEGATION = """# Ashdown Village Hall Committee

## Minutes of the meeting held on Tuesday 23 April 2024 at 7.30pm

Present: Jane Harper (Chair), Tom Ellis, Priya Shah, Mark Owen

## 1. Hall hire charges 2024/25

The Committee agreed the hall hire charges for 2024/25 as set out in the report, and resolved to delegate authority to the
Secretary, in consultation with the Chair, to publish the new charges on the website.
"""

# an agenda pack: its items' pages in the pack, an exempt item and the exempt report's page replaced by a placeholder
AGENDA_PACK = [
    ["Ashdown Village Hall Committee",
     "Agenda for the meeting of the Ashdown Village Hall Committee on Tuesday 23 April 2024 at 7.30pm", "",
     "1. Apologies for absence", "2. Minutes of the meeting held on 9 April 2024 (Pages 1 - 6)",
     "3. Hall hire charges 2024/25 (Pages 7 - 12)", "4. RESTRICTED: Caretaker's contract"],
    ["Document is Restricted"],
]

EXEMPT = """NOT FOR PUBLICATION

# Ashdown Village Hall Committee

## Staffing report to the meeting of Tuesday 9 April 2024

The caretaker's contract is to be extended for a year.
"""


# the press and public excluded before an item whose title does not say it is exempt
EXCLUSION = """# Ashdown Village Hall Committee

## Minutes of the meeting held on Tuesday 21 May 2024 at 7.30pm

Present: Jane Harper (Chair), Tom Ellis, Priya Shah

## 1. Hall hire charges

The Committee agreed the hall hire charges for the summer.

## 2. Exclusion of the press and public

RESOLVED that the press and public be excluded for the following item.

## 3. Caretaker's grievance

The Committee heard the caretaker's grievance about the boiler room.
"""


# a parish council's planning answers: only its own 'no objections' is its decision; a condition, a neighbour's answer
# and the planning authority's decisions listed to the meeting are not
PLANNING = """# Ashdown Parish Council

## Minutes of the meeting held on Tuesday 14 May 2024 at 7.30pm

Present: Cllr Jane Harper (Chair), Cllr Tom Ellis, Cllr Priya Shah

## 6. Planning

24/00123/F Rear extension at 3 Mill Lane. If there are no objections from members the Clerk will respond by the deadline.

24/00200/F Two dwellings at Church Farm. Neighbours raised no objections to the application.

Planning decisions received: 24/00088/F Garage at 5 High Street - No objection 3 May 2024 Delegated Decision.

24/00301/TPO Works to an oak at The Green. Cllr Ellis left the room. There were no objections.
"""


# a US council's minutes: the roll called by surname alone, under the item's own heading
ROLL_CALL = """# Millbrook City Council

## Minutes of the regular meeting held on Monday 13 May 2024 at 6:00 pm

## 1. ROLL CALL: Present: Brooks, Coleman, Hensley, Kiernan and Mahaffey

Absent: Cownie.

## 2. Approving the agenda

Moved by Coleman to adopt the agenda as presented. Motion Carried 5-0.

## 3. Fire station reroofing

Resolution approving plans and specifications for the reroofing of Fire Station No. 1, estimated cost $174,800.
Moved by Hensley to adopt and refer the contract to the City Manager for signature. Motion Carried 5-0.

## 4. Closed session

Moved by Brooks to hold a closed session under State Code § 414.12 to discuss pending litigation. Motion Carried 5-0.
"""

# a list that prints each post before its holder
POSTS_FIRST = """# Brookfield Parish Council

## Minutes of the meeting held on Tuesday 11 June 2024 at 7.30pm

Present: Chairman Cllr P Norris, Vice Chairman Mrs J Taylor, Cllr C Humphries, Cllr D Deighton, Parish Clerk Mrs J M Markwell

## 1. Apologies

Apologies were received from Cllr G Key.

## 2. Date of next meeting

Next meeting: Tues 9th at 7.30pm in the Village Hall.
"""

# a council whose members include a couple: 'Mr Cole' in the apologies is not 'Mrs A Cole', who was there
COUPLE = """# Brookfield Parish Council

## Minutes of the meeting held on Tuesday 9 July 2024 at 7.30pm

Present: Mrs A Cole (Chair), Mr B Hill, Mrs C Dunn

Apologies: Mr Cole

## 1. Footpaths

Mrs Cole reported that the stile on the footpath to Mill Lane had been repaired.

## 2. Highways

Residents reported lorries ignoring the 7.5 tonne weight limit on Mill Lane. The verge by the school is broken, which we
asked Kent CC to action.
"""

# a report's front line: its author, then the meeting it goes to
REPORT_TO = """From: Helen Marsh, Treasurer To: Ashdown Village Hall Committee – 23 April 2024

Subject: Hall hire charges 2024/25

## Summary

The report sets out the proposed hall hire charges for 2024/25.
"""

# a Welsh community council's minutes: Welsh is printed by one body of the shared papers (Manordeilo and Salem), so the
# language table's words (ingest/welsh.py, extract/welsh_decisions.py) are shown here on a second, built paper
WELSH = [
    "CYNGOR CYMUNED LLANGADOG A BETHLEHEM",
    "Dydd Mercher 14eg Mehefin 2023",
    "Cynhaliwyd cyfarfod Cyngor Cymuned Llangadog a Bethlehem am 7.00pm ar y 14eg Mehefin 2023 yn y Neuadd.",
    "PRESENNOL",
    "Cynghorwyr Rhian Bowen, Gareth Hughes, Eleri Pugh a’r Cynghorydd Sir Dafydd Owen.",
    "1. CROESO AC YMDDIHEURIADAU",
    "Derbyniwyd ymddiheuriadau gan y Cynghorwyr Bethan Rowlands ac Iwan Price.",
    "2. CADARNHAU COFNODION",
    "Cynigiwyd gan y Cyng. G. Hughes, eiliwyd gan y Cyng.",
    "E. Pugh bod cofnodion y cyfarfod diwethaf yn gywir, pawb yn gytûn.",
    "3. GOLEUADAU",
    "Cytunwyd y dylid atgyweirio’r golau ger yr ysgol.",
    "4. TALIADAU",
    "Cynigiwyd gan y Cyng. R. Bowen, eiliwyd gan y Cyng. G. Hughes bod y taliadau yn cael eu talu, yn unfrydol.",
    "Penderfynwyd gohirio’r eitem nesaf tan y cyfarfod nesaf.",
    "..............................12fed Gorffennaf 2023 CADEIRYDD",
]


# a parish council's minutes: a guest's own sentence after the list of those present, a standing arrangement said in
# the future passive and a habit told in the present tense, beside a task and a decision of the meeting
OAKLEY = """# Oakley Parish Council

## Minutes of the meeting held on Tuesday 13 August 2024 at 7.30pm

PRESENT (four Councillors): - Anna Webb (AW) – Chair, Brian Cole (BC), Dora Finch (DF) and Ellen Hart (EH). Locum Clerk: Helen Price Ten members of the public were in attendance. Tom Reed, Director of Fenland Waste was in attendance. (TR)

## 1. Village hall bookings

In future, hall bookings will be handled by the Clerk.

The new booking form will be drafted by the Clerk before the next meeting.

## 2. Precept

The precept is agreed annually in January. The Council agreed to renew the grass cutting contract for two years.
"""

# a US housing authority's board: its roll call prints each member's role before the surname, and two people
# of the paper share the chair's surname
HOUSING = """# Millbrook Housing Authority

## Minutes of the regular meeting of the Board of Commissioners held on Monday 10 June 2024 at 5:00 pm

## 1. ROLL CALL

Present: Chair Ramirez, Commissioners Ortiz, Chen and Valencia

## 2. Staff report

John P. Ramirez, Director of Community Development, presented the staff report on the voucher program.

Chair Ramirez thanked staff for the report on the voucher program.

## 3. Adjournment

The meeting was adjourned at 6:10 pm.

Rick Ramirez, Chair
"""

# a membership table whose rows run on into a column of labelled cells beside them
WESTCOTT = """<html><body>
<h1>Minutes of Westcott Parish Council</h1>
<p>Meeting held on 14th May 2024</p>
<p>Present:</p>
<table>
<tr><td>Mark Pogmore (MPO)</td><td>Councillor</td><td>Treasurer:</td><td>Frank Reid</td></tr>
<tr><td>Frank Reid (FRE)</td><td>Councillor</td><td></td><td></td></tr>
<tr><td>Tim Madjwick (TMA)</td><td>Councillor</td><td>Distribution:</td><td>Parish noticeboard</td></tr>
</table>
<h2>1. Playground</h2>
<p>MPO to arrange signage for the playground.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    for name, text in (("2024-03-12-minutes.md", MARCH), ("2024-04-09-minutes.md", APRIL),
                       ("2024-03-12-action-log.md", ACTION_LOG), ("2024-04-09-staffing.md", EXEMPT),
                       ("2024-04-23-minutes.md", DELEGATION), ("2024-05-14-minutes.md", PLANNING),
                       ("2024-05-13-council-minutes.md", ROLL_CALL), ("2024-06-11-parish-minutes.md", POSTS_FIRST),
                       ("2024-04-23-hire-charges-report.md", REPORT_TO), ("2024-07-09-parish-minutes.md", COUPLE),
                       ("2024-05-21-minutes.md", EXCLUSION), ("2024-09-10-parish-minutes.md", PAY_SEPTEMBER),
                       ("2024-10-08-parish-minutes.md", PAY_OCTOBER), ("2024-08-13-oakley-minutes.md", OAKLEY),
                       ("2024-06-10-housing-minutes.md", HOUSING), ("2024-05-14-westcott-minutes.html", WESTCOTT)):
        (folder / name).write_text(text, encoding="utf-8")
    write_pdf(folder / "2024-04-23-agenda.pdf", AGENDA_PACK)
    write_pdf(folder / "cofnodion-llangadog.pdf", [WELSH])  # no date in the name: the paper's own Welsh date is read
    db = folder.parent / "formats.db"
    run_cli("ingest", folder, "--db", db, check=True)
    return folder, db


def _actions(db, path_part):
    return {r["description"]: r for r in sqlite_utils.Database(db).query(
        "select a.description, a.status, a.due_date, a.completed_in, group_concat(o.name) owners from actions a "
        "join documents d on d.id = a.document_id left join action_owners ao on ao.action_id = a.id "
        "left join people o on o.id = ao.person_id where d.path like ? group by a.id", [f"%{path_part}%"])}


def test_due_dates_in_words_blanket_closes_and_inline_markers(built):
    """'within two weeks' of 12 March is 26 March; 'by the end of May' is 31 May; 'before April' is done by the end
    of March; '(Action: JH)' marks its own paragraph, not the paragraphs before it in the same item. At the next
    meeting 'All other actions from the previous meeting were completed' closes every action but the one its
    matters arising say is still hoped for."""
    _, db = built
    march = _actions(db, "2024-03-12-minutes")
    assert {d: (r["due_date"], r["owners"]) for d, r in march.items()} == {
        "Tom Ellis to obtain three quotes for the roof repair within two weeks.": ("2024-03-26", "Tom Ellis"),
        "Priya Shah to arrange the renewal of the hall's insurance by the end of May.": ("2024-05-31", "Priya Shah"),
        "Mark Owen to send the booking calendar to the hirers before April.": ("2024-03-31", "Mark Owen"),
        "The heating timer is to be reset for the spring": (None, "Jane Harper")}
    assert {d: r["status"] for d, r in march.items()} == {
        "Tom Ellis to obtain three quotes for the roof repair within two weeks.": "open",
        "Priya Shah to arrange the renewal of the hall's insurance by the end of May.": "completed",
        "Mark Owen to send the booking calendar to the hirers before April.": "completed",
        "The heating timer is to be reset for the spring": "completed"}
    assert {r["completed_in"] for r in march.values() if r["status"] == "completed"} == {"2024-04-09"}


def test_an_action_log_figures_in_words_markdown_and_a_paper_not_for_publication(built):
    """An action log's Due and Status columns (a bare '27/5' is that day of the log's year); '−5%' and '500 pounds'; Markdown headings as the meeting's items; a
    label alone on its line over one member a line with initials; a paper marked NOT FOR PUBLICATION withheld."""
    _, db = built
    log = _actions(db, "action-log")
    assert {d: (r["due_date"], r["status"], r["owners"]) for d, r in log.items()} == {
        "Obtain three quotes for the roof repair": ("2024-03-26", "open", "Tom Ellis"),
        "Renew the hall's insurance": ("2024-05-31", "open", "Priya Shah"),
        "Send the booking calendar to the hirers": ("2024-04-01", "completed", "Mark Owen"),
        "Book the marquee for the summer fete": ("2024-05-27", "open", "Jane Harper")}  # '27/5' of the log's year
    archive = sqlite_utils.Database(db)
    kinds = {path.rsplit("/", 1)[-1]: kind for path, kind in archive.execute("select path, kind from documents")}
    assert kinds["2024-03-12-action-log.md"] == "action_log" and kinds["2024-03-12-minutes.md"] == "minutes"
    figures = {(r[0], r[1]) for r in archive.execute("select s.value, s.unit from statistics s join documents d "
                                                     "on d.id = s.document_id where d.path like '%03-12-minutes%'")}
    assert {(-5.0, "percent"), (500.0, "GBP")} <= figures
    # the Markdown headings are the meeting's items
    items = [r[0] for r in archive.execute("select i.title from agenda_items i join documents d on d.id = i.document_id "
                                           "where d.path like '%03-12-minutes%' order by i.id")]
    assert [t for t in items if t.endswith(("Finance", "Maintenance"))] == ["Finance", "Maintenance"]
    attendance = [(r[0], r[1]) for r in archive.execute("select a.name, a.status from attendance a join documents d "
                                                         "on d.id = a.document_id where d.path like '%03-12-minutes%' order by a.id")]
    assert attendance == [("Jane Harper", "present"), ("Tom Ellis", "present"), ("Priya Shah", "present"),
                          ("Mark Owen", "present"), ("Susan Green", "apologies")]
    restricted = {path.rsplit("/", 1)[-1]: flag for path, flag in archive.execute("select path, restricted from documents")}
    assert restricted["2024-04-09-staffing.md"] == 1 and restricted["2024-03-12-minutes.md"] == 0


def test_an_agenda_packs_item_pages_its_exempt_item_and_its_restricted_placeholder_page(built):
    """'(Pages 1 - 6)' is the item's pages in the pack, not its title; 'RESTRICTED: Caretaker's contract' is an exempt
    item; a page printing only 'Document is Restricted' holds an exempt report: it is marked restricted and its words
    are kept from the public text, as is the agenda page listing the exempt item."""
    _, db = built
    archive = sqlite_utils.Database(db)
    items = {r[0]: (r[1], r[2], r[3]) for r in archive.execute(
        "select i.number, i.title, i.pages, i.restricted from agenda_items i join documents d on d.id = i.document_id "
        "where d.path like '%04-23-agenda%'")}
    assert items == {"1": ("Apologies for absence", None, 0),
                     "2": ("Minutes of the meeting held on 9 April 2024", "1-6", 0),
                     "3": ("Hall hire charges 2024/25", "7-12", 0), "4": ("Caretaker's contract", None, 1)}
    pages = {r[0]: (r[1], r[2]) for r in archive.execute(
        "select p.page, p.restricted, p.text from pages p join documents d on d.id = p.document_id "
        "where d.path like '%04-23-agenda%'")}
    assert pages[1][0] == 1 and pages[2][0] == 1
    assert "Document is Restricted" not in (pages[2][1] or "")


def test_the_items_after_the_press_and_public_are_excluded_are_restricted(built):
    _, db = built
    items = {r[0]: r[1] for r in sqlite_utils.Database(db).execute(
        "select i.title, i.restricted from agenda_items i join documents d on d.id = i.document_id "
        "where d.path like '%05-21-minutes%'")}
    assert items == {"Hall hire charges": 0, "Exclusion of the press and public": 0, "Caretaker's grievance": 1}


def test_a_task_given_by_delegating_authority_is_the_posts(built):
    """'delegate authority to the Secretary, in consultation with the Chair, to publish ...': the Secretary's task,
    not the Chair's, who is only consulted."""
    _, db = built
    owners = [(r[0], r[1]) for r in sqlite_utils.Database(db).execute(
        "select ao.name, ao.kind from actions a join action_owners ao on ao.action_id = a.id join documents d "
        "on d.id = a.document_id where d.path like '%04-23-minutes%' and a.description like '%publish the new charges%'")]
    assert owners == [("Secretary", "role")]


def test_only_the_councils_own_no_objections_is_its_planning_decision(built):
    _, db = built
    texts = [r[0] for r in sqlite_utils.Database(db).execute(
        "select d.text from decisions d join documents doc on doc.id = d.document_id where doc.path like '%05-14-minutes%'")]
    assert texts == ["24/00301/TPO Works to an oak at The Green. Cllr Ellis left the room. There were no objections."]


def _attendance(db, path_part):
    return [(r[0], r[1], r[2]) for r in sqlite_utils.Database(db).execute(
        "select a.name, a.status, a.role from attendance a join documents d on d.id = a.document_id where d.path like ? "
        "order by a.id", [f"%{path_part}%"])]


def test_a_roll_call_by_surname_alone(built):
    """'ROLL CALL: Present: Brooks, Coleman, ...' (Des Moines' council prints its roll so): members named by surname
    alone, present and absent."""
    _, db = built
    assert sorted(_attendance(db, "05-13-council")) == [("Brooks", "present", None), ("Coleman", "present", None),
                                                         ("Cownie", "absent", None), ("Hensley", "present", None),
                                                         ("Kiernan", "present", None), ("Mahaffey", "present", None)]


def test_a_us_councils_moving_line_and_a_code_section(built):
    """'Moved by Hensley to adopt and refer ...' says how the item was moved, not what: the decision keeps the
    resolution the line before names (Des Moines minutes its motions so). A section of a state code ('State Code §
    414.12') is no amount of money, while the paper's dollars are."""
    _, db = built
    archive = sqlite_utils.Database(db)
    decisions = [r[0] for r in archive.execute("select x.text from decisions x join documents d on d.id = x.document_id "
                                               "where d.path like '%05-13-council%'")]
    assert [t for t in decisions if "Moved by Hensley" in t] == [
        "Resolution approving plans and specifications for the reroofing of Fire Station No. 1, estimated cost $174,800. "
        "Moved by Hensley to adopt and refer the contract to the City Manager for signature. Motion Carried 5-0."]
    figures = {(r[0], r[1]) for r in archive.execute("select s.value, s.unit from statistics s join documents d "
                                                     "on d.id = s.document_id where d.path like '%05-13-council%'")}
    assert (174800.0, "USD") in figures and not [f for f in figures if f[0] == 414.12]


def test_a_list_printing_each_post_before_its_holder(built):
    """'Chairman Cllr P Norris, Vice Chairman Mrs J Taylor, ...' (Wereham 2012, and Stoke Ferry 2017, a paper not among
    the shared ones): each post is the next name's, not the one before it."""
    _, db = built
    roles = {(name, role) for name, status, role in _attendance(db, "06-11-parish") if role}
    assert roles == {("P Norris", "chair"), ("J Taylor", "vice-chair"), ("J M Markwell", "clerk")}


def test_a_next_meeting_by_its_weekday_and_day_alone(built):
    """'Next meeting: Tues 9th' in the minutes of Tuesday 11 June: the first 9th after the meeting that is a Tuesday, 9
    July (9 June was a Sunday)."""
    _, db = built
    rows = sqlite_utils.Database(db).execute(
        "select m.date, m.next_meeting from meeting_documents md join meetings m on m.id = md.meeting_id "
        "join documents d on d.id = md.document_id where d.path like '%06-11-parish%'").fetchall()
    assert rows == [("2024-06-11", "2024-07-09")]


def test_a_title_of_one_sex_never_names_a_person_of_the_other(built):
    """'Mr Cole' sent apologies; 'Mrs A Cole' chaired (Kent's council has both 'Ms J Meade' and 'Mr J Meade'): the
    surname alone does not make them one person."""
    _, db = built
    assert ("Cole", "apologies", None) in _attendance(db, "07-09-parish")
    assert ("A Cole", "present", "chair") in _attendance(db, "07-09-parish")


def test_a_council_named_by_its_place_and_the_abbreviation_of_its_kind_is_no_person(built):
    """'which we asked Kent CC to action' (Boughton's 'Norfolk CC'; UK councils write themselves 'X CC', 'X DC',
    'X PC'): the county council owns the task as a group and is never one of the paper's people."""
    _, db = built
    people = {r[0] for r in sqlite_utils.Database(db).execute("select name from people")}
    assert "Kent CC" not in people and {"A Cole", "B Hill", "C Dunn"} <= people
    owners = {d: r["owners"] for d, r in _actions(db, "07-09-parish").items()}
    assert any("Kent CC" in d for d in owners)


def test_a_reports_front_line_names_the_meeting_it_goes_to(built):
    """'From: Helen Marsh, Treasurer To: Ashdown Village Hall Committee – 23 April 2024' (Kent's reports: 'By: ...
    To: Cabinet - 4 March 2025'): the meeting is the one after 'To:', not the author's line."""
    _, db = built
    meetings = [(r[0], r[1]) for r in sqlite_utils.Database(db).execute(
        "select m.body, m.date from meeting_documents md join meetings m on m.id = md.meeting_id "
        "join documents d on d.id = md.document_id where d.path like '%hire-charges%'")]
    assert meetings == [("Ashdown Village Hall Committee", "2024-04-23")]


def test_the_audit_sees_every_documented_format_match_on_the_built_papers(built, tmp_path):
    folder, db = built
    out = tmp_path / "formats.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_bodies.py"), str(folder), "--archive", str(db),
                          "--json", str(out), "--at-most", "0"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    found = json.loads(out.read_text())
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from rule_bodies import DOCUMENTED_FORMATS
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert not [name for name in DOCUMENTED_FORMATS if not found.get(name)]


def test_a_task_to_pay_is_closed_by_the_next_minutes_payments_list(built):
    """The donation agreed in September is paid by the cheque line of October's payments; each numbered sub-item's bare
    'Clerk to action.' is a task of its own, worded with its sub-item."""
    _, db = built
    september = _actions(db, "2024-09-10-parish-minutes")
    donation = [r for d, r in september.items() if "donation of £75.00" in d]
    assert donation and donation[0]["status"] == "completed" and donation[0]["completed_in"], september
    # (the invoice to query is no task to pay: what October says of it is news for the other closing rules)
    assert [d for d in september if "bench" in d] and [d for d in september if "noticeboard" in d], september


def test_a_standing_arrangement_is_no_task_and_a_habit_no_decision(built):
    """'In future, hall bookings will be handled by the Clerk' says how things will be done from now on, not a task the
    meeting gave (the next sentence, 'will be drafted by the Clerk before the next meeting', is one); 'The precept is
    agreed annually in January' tells a habit, not a decision (the next sentence's 'The Council agreed' is one)."""
    _, db = built
    archive = sqlite_utils.Database(db)
    owners = {r[0]: r[1] for r in archive.execute(
        "select a.description, group_concat(ao.name) from actions a join documents d on d.id = a.document_id "
        "left join action_owners ao on ao.action_id = a.id where d.path like '%oakley%' group by a.id")}
    assert not [d for d in owners if "hall bookings" in d], owners
    assert [o for d, o in owners.items() if "booking form will be drafted" in d] == ["Helen Price"], owners  # the Clerk
    decisions = [r[0] for r in archive.execute("select x.text from decisions x join documents d on d.id = x.document_id "
                                               "where d.path like '%oakley%'")]
    assert not [t for t in decisions if "agreed annually" in t.split(".")[0]], decisions
    assert [t for t in decisions if "renew the grass cutting contract" in t], decisions


def test_a_guests_sentence_after_the_list_is_no_post_of_its_last_name(built):
    """'... and Ellen Hart (EH). Locum Clerk: Helen Price Ten members of the public were in attendance. Tom Reed,
    Director of Fenland Waste was in attendance.' (West Dereham prints its guests so): the guest's sentence holds a verb,
    so 'Director of Fenland Waste was in attendance' is no post of Ellen Hart."""
    _, db = built
    titles = [r[0] or "" for r in sqlite_utils.Database(db).execute(
        "select r.title from roles r join people p on p.id = r.person_id where p.name = 'Ellen Hart'")]
    assert not [t for t in titles if "Fenland" in t], titles
    assert "Ellen Hart" in {r[0] for r in _attendance(db, "oakley")}


def test_a_roll_call_printing_each_role_before_the_surname(built):
    """'Present: Chair Ramirez, Commissioners ...' (Norwalk's housing authority; Manhattan Beach's and Gardena's agendas
    print 'Chair Ungoco, Vice-Chair Tokashiki', 'TO: Chair Langley'), with a John P. Ramirez of the staff in the same
    minutes: 'Chair Ramirez' is the Ramirez who signs as Chair, in the roll call and in the text."""
    _, db = built
    assert ("Rick Ramirez", "present") in [(name, status) for name, status, _ in _attendance(db, "housing-minutes")]
    assert not {"Chair Ramirez", "Ramirez"} & {r[0] for r in sqlite_utils.Database(db).execute("select name from people")}
    titled = {r[0] for r in sqlite_utils.Database(db).execute(
        "select p.name from mentions m join people p on p.id = m.person_id join documents d on d.id = m.document_id "
        "where d.path like '%housing-minutes%' and m.text like 'Chair Ramirez%'")}
    assert titled == {"Rick Ramirez"}


def test_a_membership_tables_row_stops_at_a_labelled_column(built):
    """'Mark Pogmore (MPO) | Councillor | Treasurer: | Frank Reid' (Boughton's members beside its officers): the label
    'Treasurer:' heads another column, so Mark Pogmore's post is 'Councillor' alone."""
    _, db = built
    titles = {r[0]: r[1] for r in sqlite_utils.Database(db).execute(
        "select p.name, r.title from roles r join people p on p.id = r.person_id join documents d on d.id = r.document_id "
        "where d.path like '%westcott%'")}
    assert titles.get("Mark Pogmore") == "Councillor", titles


def test_a_welsh_papers_date(built):
    """'Dydd Mercher 14eg Mehefin 2023' (Manordeilo and Salem's minutes date themselves so): the meeting's day, read from
    a paper whose name holds no date."""
    _, db = built
    dates = [r[0] for r in sqlite_utils.Database(db).execute(
        "select m.date from meeting_documents md join meetings m on m.id = md.meeting_id join documents d "
        "on d.id = md.document_id where d.path like '%cofnodion-llangadog%'")]
    assert dates == ["2023-06-14"]
