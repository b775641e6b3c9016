"""Someone at the meeting named by the post they were there for ('Recorder: Nick Cann', 'Clerk:
Sarah Thorpe') is in attendance unless the lists already give them (issue 7, judge9 attendance
fault 2). Real papers of two bodies (../shared/wild; skipped when it is not beside the project)."""

import pytest

from minutebook.extract.role_labels import ROLE_LABEL_RE

from .wild_papers import meeting_actions_shown, served_wild, wild_attendance

WEST_DEREHAM_2016 = "sf_west-dereham-pc-minutes-2016-10_index.html"


def _attendance(name):
    return {a["name"]: a["status"] for a in wild_attendance(name)}


@pytest.mark.parametrize("name, who, status", [
    # West Dereham: 'Recorder: Nick Cann (NC), present to record the meeting', after the list of 7 councillors
    ("sf_west-dereham-pc-minutes-2013-09_index.html", "Nick Cann", "in_attendance"),
    # West Dereham 2016: '... Claire Williams (CW). Clerk: Sarah Thorpe 9 members of the public ...'
    ("sf_west-dereham-pc-minutes-2016-10_index.html", "Sarah Thorpe", "in_attendance"),
    # Govan: 'Minute taker: John Foster', who is in the list of those present, stays present
    ("govan_23NOVEMBERMINUTEGovanCC.docx", "John Foster", "present"),
])
def test_a_role_label_names_someone_in_attendance_unless_listed(name, who, status):
    assert _attendance(name).get(who) == status


def test_the_label_opens_a_line_or_a_sentence():
    assert ROLE_LABEL_RE.search("Claire Williams (CW). Clerk: Sarah Thorpe 9 members").group("surname") == "Thorpe"
    assert not ROLE_LABEL_RE.search("Ms C McInnes (Area Education Officer: West Kent)")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, [WEST_DEREHAM_2016], "role_labels")


def test_the_labelled_post_holder_owns_the_papers_tasks_of_that_post(served):
    # 'Clerk: Sarah Thorpe' under the list of councillors: 'Clerk to contact all tenants ...' is her task, on her page
    db, client = served
    rows = list(db.query("select a.id, a.owners from actions a join documents d on d.id = a.document_id "
                         "where d.filename = ? and a.description like 'Clerk to contact all tenants%'", [WEST_DEREHAM_2016]))
    assert [r["owners"] for r in rows] == ["Sarah Thorpe"]
    person = db.execute("select o.person_id from action_owners o where o.action_id = ?", [rows[0]["id"]]).fetchone()[0]
    page = client.get(f"/person/{person}")
    assert page.status == 200 and "Clerk to contact all tenants" in page.text
    assert "Sarah Thorpe" in " ".join(meeting_actions_shown(client, db, WEST_DEREHAM_2016).split())
