"""Short lines that carry a value or an attendance list are not headings: 'Year 1 $32,300.00'
(a US board of health's agenda), 'Treasurer's Account £1430.65' (a Scottish community
council), '1. Apologies; David Thomas, Andrew Payne' (a library friends' group), 'ABSENT:
Hernandez' (a US planning commission); nor are action points ('1-11 AG to approach Pinnacle' in
a pharmacy committee's scanned action column, '07.19.07 NO to instruct Nicholsons to proceed with
treework NO' in a parish council's action list). Read as headings they never reached the
passages, so neither their figures, their names nor their actions were extracted."""

from minutebook.extract.nlp import load_pipeline, people_in
from minutebook.ingest.document import HEADING
from minutebook.ingest.lines import is_heading_line, lines_to_blocks


def test_label_and_amount_lines_stay_text():
    lines = ["Amount to be received is not to exceed:", "Year 1 $32,300.00", "Year 2 $29,000.00",
             "C. RESOLUTION (2019-39) Authorize the Health Commissioner to enter and execute an agreement with"]
    blocks = lines_to_blocks(lines, 1)
    assert [b for b in blocks if "$32,300.00" in b.text][0].kind != HEADING
    assert not is_heading_line("Treasurer’s Account £1430.65 Projects Account £695.81")
    assert not is_heading_line("Promesa Consulting Group $ 77, 096.00")
    assert is_heading_line("Budget Monitoring Report")


def test_numbered_attendance_lines_stay_text_and_end_their_block():
    assert not is_heading_line("1. Apologies; David Thomas, Andrew Payne")
    blocks = lines_to_blocks(["ABSTAIN: Garcia", "ABSENT: Hernandez",
                              "Commissioner Allen Fisk made a motion, seconded by Commissioner Bello to continue this "
                              "item to the next Planning Commission Meeting. Motion approved."], 1)
    absent = [b for b in blocks if b.text.startswith("ABSENT")][0]
    assert absent.text == "ABSENT: Hernandez"


def test_a_known_given_name_as_subject_or_owner_is_a_person():
    nlp = load_pipeline()
    for sentence, name in [
        ("In response, Ms Gleave confirmed that Claire Ledger was appointed as the designated social care worker.", "Claire Ledger"),
        ("MK commented upon Mike Dent's presentation to the regional LPC meeting.", "Mike Dent"),
        ("Simon Dukes is clear that there is no more money coming from the NHS.", "Simon Dukes"),
        ("Subsequent to our meeting SL Chief Executive, Alison Wheeler issued a statement and", "Alison Wheeler"),
    ]:
        assert name in [s.text for s in people_in(nlp(sentence))], sentence
    assert people_in(nlp("Planning Policy was discussed at length.")) == []


def test_action_points_are_text_not_headings():
    for line in ["1-01 Members to comment on", "1-11 AG to approach Pinnacle",
                 "07.19.07 NO to instruct Nicholsons to proceed with treework NO",
                 "5.11 -some forms still outstanding 5.11 SC to chase outstanding forms", "Clerk to write to Highways"]:
        assert not is_heading_line(line), line
    # a post of the council, a title with 'to the', an agenda's 'To receive' are still titles
    for line in ["Mr Richard Nolan, Clerk to the Parish Council", "Clerk to the Council", "Matters to Report",
                 "To receive the Minutes", "Councillors to be Elected"]:
        assert is_heading_line(line), line
    blocks = lines_to_blocks(["1-10 Members to comment on", "Sleepstation", "1-11 AG to approach Pinnacle",
                              "regarding the NSAID audit"], 1)
    assert all(b.kind != HEADING for b in blocks)
    assert "1-11 AG to approach Pinnacle regarding the NSAID audit" in " ".join(b.text for b in blocks)
