"""Several who introduced an item together are all in attendance, the first often with their post
(issue 7, judge9 attendance fault 3). Real papers of two bodies (../shared/wild; skipped when it is not
beside the project), and the guard on a post that ends in 'and ...'."""

import pytest

from minutebook.extract.attendance_facts import PRESENTER_LIST_RE, _presenters_listed

from .wild_papers import wild_attendance


@pytest.mark.parametrize("name, presenters", [
    # Kent 19 Dec 2024, item 277: 'Caroline Smith, Assistant Director for Corporate Parenting and apprentices
    # from Virtual School Kent, Nathan Moody, Jack Phelps, Kiron Bullen and Connor Cruickshank introduced the item'
    ("kcc_19 December 2024 - County Council minutes.pdf",
     ["Caroline Smith", "Nathan Moody", "Jack Phelps", "Kiron Bullen", "Connor Cruickshank"]),
    # Suffolk Libraries: 'Marion Harvey and Charlotte Clark presented a way forward'
    ("sl_board-meeting-minutes-2012-11-19.pdf", ["Marion Harvey", "Charlotte Clark"]),
])
def test_every_one_of_a_list_of_presenters_is_in_attendance(name, presenters):
    found = {a["name"]: a["status"] for a in wild_attendance(name)}
    assert {who: found.get(who) for who in presenters} == {who: "in_attendance" for who in presenters}


def _names(text):
    return [n for m in PRESENTER_LIST_RE.finditer(text) for n in _presenters_listed(m)]


def test_a_post_ending_in_and_is_no_second_name():
    assert _names("Sarah Hammond, Director of Safeguarding and Quality Assurance presented the report") == []
    assert _names("Ann Lee, Head of Finance, Tom Hale and Jo Pym introduced the item") == ["Ann Lee", "Tom Hale", "Jo Pym"]
