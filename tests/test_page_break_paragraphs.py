"""A paragraph the page break cut is one paragraph (ingest/read_pdf._carry_over_page_breaks): Des Moines' 'Temporary
Beer Garden ... for St. Patrick's. Subject to' / (next page) 'submission of acceptable electrical inspections. ...
Moved by Hensley to adopt. Motion Carried 7-0.' stored the motion with half a subject ('submission of acceptable
...'), as Kent's, Souldern's and the Friends of Haverhill Library's minutes cut sentences at their page breaks. Built
papers: joined where the page's last paragraph stops mid-sentence and the next opens in lower case; a finished
sentence, an item's letter ('d. A member stated') or a capital after the break stays apart."""

from __future__ import annotations

import pytest

from minutebook.ingest.read import read_document

from .conftest import SHARED
from .pdfs import write_pdf

FILL = [f"Paragraph {n} of the minutes records what the council heard on the matter before it." for n in range(1, 4)]


def _two_pages(tmp_path, end: str, start: str):
    path = write_pdf(tmp_path / "minutes.pdf", [
        ["MINUTES OF THE COUNCIL MEETING HELD ON 3 MARCH 2025", "", *FILL, "",
         "15. Temporary beer garden for the village fete at the recreation ground on 13 March 2025,",
         f"for one day only, for the St Patrick's day celebrations. {end}"],
        [start, "", "16. Planning applications", "", "No applications had been received."],
    ])
    return read_document(str(path))


def test_the_paragraph_the_page_break_cut_is_one_paragraph(tmp_path):
    doc = _two_pages(tmp_path, "Subject to", "submission of acceptable electrical inspections. Moved by Hensley to adopt.")
    last = doc.pages[0].blocks[-1].text
    assert last.endswith("Subject to submission of acceptable electrical inspections. Moved by Hensley to adopt.")
    assert last.startswith("15. Temporary beer garden")
    assert not any(b.text.startswith("submission") for b in doc.pages[1].blocks)
    assert doc.pages[1].text.startswith("submission")  # the page's own text is as printed


@pytest.mark.parametrize("end,start", [
    ("Subject to", "Submission of the inspections was agreed. Moved by Hensley to adopt."),  # a capital: a sentence
    ("Subject to", "d. A member stated that the inspections were overdue."),  # an item's letter
    ("Agreed.", "submission of the inspections followed the vote."),  # the sentence before was finished
])
def test_a_finished_sentence_or_a_new_start_stays_apart(tmp_path, end, start):
    doc = _two_pages(tmp_path, end, start)
    assert doc.pages[0].blocks[-1].text.endswith(end)
    assert doc.pages[1].blocks[0].text.startswith(start[:20])


def test_des_moines_beer_garden_keeps_its_condition_and_motion():
    path = SHARED / "wild" / "dsm_1999-02-22_meeting_minutes.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild")
    doc = read_document(str(path), ocr=False)
    texts = [" ".join(b.text.split()) for p in doc.pages for b in p.blocks]
    joined = [t for t in texts if "Temporary Beer Garden for Michael Daughenbaugh" in t]
    assert len(joined) == 1 and "St. Patrick's. Subject to submission of acceptable electrical inspections." in joined[0]
    assert joined[0].endswith("Moved by Hensley to adopt. Motion Carried 7-0.")
    assert not any(t.startswith("submission of acceptable") for t in texts)
