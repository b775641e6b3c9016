"""Each paper's meeting (body and date) from whatever the paper offers, on real papers of several
bodies per mechanism: title lines, 'held ... on DATE' sentences, label tables, front sheets, the
file name; references to other meetings are not meetings; a body's papers across years share
one body_key. Skips when ../shared is not beside the project."""

import shutil

import pytest

from minutebook.ingest.dates import find_dates
from minutebook.ingest.meeting_finder import body_key
from minutebook.ingest.ocr import ocr_available
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import REAL, SHARED, run_cli

WILD = SHARED / "wild"


def _paper(folder, name):
    path = folder / name
    if not path.exists():
        pytest.skip(f"{path} is not beside the project (a fresh clone)")
    return path


def _meetings(folder, name, ocr=False):
    s = find_structure(read_document(str(_paper(folder, name)), ocr=ocr))
    return s, [(m.body, m.date, m.found_by) for m in s.stored_meetings]


@pytest.mark.parametrize("folder, name, body, date, found_by", [
    # a title line: the body's name and the date on one heading
    (REAL, "kcc_CPP Minutes 29.10.24.pdf", "Corporate Parenting Panel", "2024-10-29", "title line"),
    (REAL, "rbk_Agenda_151.html", "Kingston and North Kingston Neighbourhood Committee", "2026-01-15", "title line"),
    (REAL, "bln_eastpaloalto_ca_minutes_2020-01-27.pdf", "Planning Commission", "2020-01-27", "title line"),
    # 'MINUTES OF THE ... MEETING HELD AT ... ON THURSDAY 08 NOVEMBER 2018'
    (REAL, "sf_west-dereham-pc-minutes-2018-11_index.html", "West Dereham Parish Council", "2018-11-08", None),
    (REAL, "sf_stoke-ferry-pc-minutes-2018-05_index.html", "Stoke Ferry Parish Council", "2018-05-02", "held on"),
    (REAL, "kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf", "Cabinet", "2025-01-30", "held on"),
    (WILD, "ayton_2012-05-01.pdf", "Ayton Community Council", "2012-05-01", "held on"),
    # a label table or 'Date:' line
    (REAL, "sl_board-meeting-minutes-2016-05-26.pdf", "Suffolk Libraries IPS", "2016-05-26", "label"),
    (REAL, "notlpc_Minutes-of-LPC-Meeting-02-05-2018-Rev-1805A.pdf", "LPC", "2018-05-02", "label"),
    (WILD, "sd_2014-11-20 SPC minutes.pdf", "Souldern Parish Council", "2014-11-20", "label"),
    # a front sheet: a dated line near the start, the body above or below it
    (REAL, "cb_SSA21_MeetingMinutes_1.29.18.pdf", "Special Service Area #21", "2018-01-29", "front sheet"),
    (REAL, "bcwpc_minutes-2025-11-04.pdf", "Parish Council", "2025-11-04", "front sheet"),
])
def test_each_mechanism_finds_the_meeting_on_papers_of_several_bodies(folder, name, body, date, found_by):
    s, found = _meetings(folder, name)
    assert found, f"{name}: no meeting ({s.no_meeting_reason})"
    first_body, first_date, how = found[0]
    assert first_date == date
    assert body.lower() in first_body.lower()
    if found_by:
        assert how == found_by


def test_minutes_being_approved_and_issue_dates_are_not_meetings_of_the_paper():
    # 'The minutes of the Parish Council meeting held on Tuesday 7 October 2025' (item 3), and an
    # agenda's '1. Minutes of the Souldern Parish Council Meeting held on 16th July 2015'
    for folder, name, date in ((REAL, "bcwpc_minutes-2025-11-04.pdf", "2025-11-04"),
                               (WILD, "sd_2015-09-24 Agenda.pdf", "2015-09-24")):
        _, found = _meetings(folder, name)
        assert [d for _, d, _ in found] == [date], name


def test_an_agenda_pack_keeps_the_minutes_of_its_previous_meeting():
    from .conftest import CORPUS

    s = find_structure(read_document(str(CORPUS / "001_de1ae569ecce4883.pdf")))
    assert [m.date for m in s.stored_meetings] == ["2022-10-05", "2022-06-29"]


def test_dates_typed_or_read_with_slips_are_dates():
    # 'MONDAY 4 MARCH 2O24' (the letter O) in a Govan Community Council docx
    _, found = _meetings(WILD, "govan_24FebruaryGovanCC.docx")
    assert found and found[0][:2] == ("Govan Community Council", "2024-03-04")
    assert find_dates('Date: Wednesday 23" January 2019')[0].iso == "2019-01-23"
    # the patterns read case-blind, so a lower-case letter o in the year is a slip too (it raised)
    assert [d.iso for d in find_dates("held on 4 march 2o24; budget for June 2o25")] == ["2024-03-04", "2025-06"]


def test_dates_asked_again_are_the_same_and_each_caller_owns_its_answer():
    """find_dates keeps what it read of a text (several stages ask of the same lines): asked
    again it answers the same, and a caller changing its answer changes nobody else's."""
    import datetime as dt

    for text, reference in (("held on Thursday 4 MARCH 2O24 at 7pm; next meeting 7 April", dt.date(2024, 3, 4)),
                            ("Minutes of 5 June (a year only in the reference)", dt.date(2023, 1, 1)),
                            ("March 2020 budget, agreed 11/30/17", None)):
        first = find_dates(text, reference=reference)
        assert first and [d.iso for d in first] == [d.iso for d in find_dates(text, reference=reference)]
        first[0].iso = "1900-01-01"
        first.clear()
        again = find_dates(text, reference=reference)
        assert again and "1900-01-01" not in [d.iso for d in again]
    assert [d.iso for d in find_dates("held on Thursday 4 MARCH 2O24", reference=None)] == ["2024-03-04"]
    assert [d.iso for d in find_dates("next meeting 7 April", reference=None)] == []  # no year, no reference


def test_an_ocr_date_with_a_misread_ordinal():
    if not ocr_available():
        pytest.skip("tesseract is not installed: the scanned LPC minutes cannot be read")
    _, found = _meetings(REAL, "notlpc_Attach-01c-Minutes-of-LPC-Meeting-23-01-2019.pdf", ocr=True)
    assert found and found[0][1] == "2019-01-23"


def test_the_file_name_is_the_last_resort(tmp_path):
    # nothing in the text dates these papers; their names do (two bodies, two name styles)
    _, found = _meetings(WILD, "cb_Notice-and-Agenda-001-2023-06-06.pdf")
    assert found and found[0][1:] == ("2023-06-06", "file name")
    paper = tmp_path / "Finance Committee minutes 05.03.2024.md"
    paper.write_text("# Finance Committee\n\nMinutes\n\nPresent: Ann Lee, Raj Patel\n\n1. Budget\n\nThe budget was agreed.\n")
    s = find_structure(read_document(str(paper)))
    assert [(m.body, m.date, m.found_by) for m in s.stored_meetings] == [("Finance Committee", "2024-03-05", "file name")]


def test_a_paper_without_a_meeting_says_why(tmp_path):
    paper = tmp_path / "minutes.md"
    paper.write_text("# Minutes\n\nPresent: Ann Lee\n\n1. Budget\n\nThe budget was agreed.\n")
    s = find_structure(read_document(str(paper)))
    assert not s.stored_meetings
    assert s.kind == "minutes" and "date" in s.no_meeting_reason


@pytest.mark.parametrize("names", [
    ["sf_stoke-ferry-pc-minutes-2009-01_index.html", "sf_stoke-ferry-pc-minutes-2017-08_index.html",
     "sf_stoke-ferry-pc-minutes-2020-06-virtual_index.html"],
    ["sl_board-meeting-minutes-2012-09-11.pdf", "sl_board-meeting-minutes-2014-11-27.pdf"],
    ["ayton_2008-07-08.pdf", "ayton_2016-11-01.pdf", "ayton_2021-05-04.pdf"],
])
def test_a_bodys_papers_across_years_share_one_body_key(names):
    keys = set()
    for name in names:
        _, found = _meetings(WILD, name)
        assert found, name
        keys.add(body_key(found[0][0]))
    assert len(keys) == 1, keys


def test_body_key_ignores_case_possessives_and_the_meetings_qualifiers():
    assert body_key("Suffolk’s Libraries IPS") == body_key("Suffolk Libraries IPS")
    assert body_key("STOKE FERRY PARISH COUNCIL") == body_key("Stoke Ferry Parish Council")
    assert body_key("Extraordinary Meeting of the Wereham Parish Council") == body_key("Wereham Parish Council")
    assert body_key("West Dereham Parish Council") != body_key("Wereham Parish Council")
    assert body_key("City of Manhattan Beach Planning Commission") == body_key("Manhattan Beach Planning Commission")


def test_coverage_command_reports_per_kind_and_every_failure(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    for name in ("kcc_CPP Minutes 29.10.24.pdf", "sl_board-meeting-minutes-2016-05-26.pdf",
                 "kcc_Appendix I Budget Risk Register 22.01.25.pdf"):
        shutil.copy(_paper(REAL, name), papers / name)
    (papers / "minutes.md").write_text("# Minutes\n\nPresent: Ann Lee\n\n1. Budget\n\nThe budget was agreed.\n")
    (papers / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    db = tmp_path / "cov.db"
    result = run_cli("coverage", papers, "--db", db, check=True)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["kind", "papers", "dated", "meeting", "attendance", "actions"]
    minutes = next(line.split() for line in lines if line.startswith("minutes "))
    assert minutes[1] == "3" and minutes[2] == "67%"  # two of the three minutes are dated
    assert any(line.startswith("  minutes.md [minutes]: no dated meeting: no day-precise date") for line in lines)
    assert any(line.startswith("  broken.pdf [error]: error:") for line in lines)
    assert "people that look like non-people:" in result.stdout
    # the same figures from the existing database, as JSON
    import json

    again = json.loads(run_cli("coverage", "--db", db, "--json", check=True).stdout)
    assert again["kinds"]["minutes"]["dated_meeting"] == 2
    assert "coverage [OPTIONS] [FOLDER]" in run_cli("coverage", "--help", check=True).stdout


@pytest.mark.parametrize("name, body, month", [
    ("sf_wretton-pc-minutes-2009-01_index.html", "Wretton Parish Council", "2009-01"),  # 'the January meeting', page of April 2009
    ("sf_wretton-pc-minutes-2017-late_index.html", "Wretton Parish Council", "2017-12"),  # 'December meeting', page of March 2018
    ("sf_northwold-pc-minutes-2016-09_index.html", "Northwold Parish Council", "2016-09"),
])
def test_a_paper_that_names_only_its_meetings_month_is_dated_to_the_month(name, body, month):
    _, found = _meetings(WILD, name)
    assert found == [(body, month, "month only")]


@pytest.mark.parametrize("folder, name, body", [
    (REAL, "ca_hermosa_beach_agenda_1.pdf", "Hermosa Beach City Council"),  # 'City of Hermosa Beach' ... 'City Council'
    (WILD, "ca_manhattanbeach_agenda_1.pdf", "Manhattan Beach Planning Commission"),
    (WILD, "ca_san_diego_city_planning_upcoming_follow_1.pdf", "San Diego Planning Commission"),  # from the address
])
def test_a_generic_body_takes_the_place_its_front_sheet_names(folder, name, body):
    _, found = _meetings(folder, name)
    assert found and body_key(found[0][0]) == body_key(body)


@pytest.mark.parametrize("folder, name, kind", [
    (WILD, "govan_24JULY MINUTES.docx", "minutes"),  # no 'minutes' heading: a present list, past-tense business
    (WILD, "mscc_16-09-14.pdf", "minutes"),
    (WILD, "dsm_1999-02-22_meeting_minutes.pdf", "minutes"),
    (WILD, "sd_2015-09-24 Agenda.pdf", "agenda"),  # 'you are summoned', though it names the minutes to approve
    (WILD, "sl_2016-formal-notice-agenda.pdf", "agenda"),
    (WILD, "ca_burbank_agenda_1.pdf", "agenda"),
    (REAL, "cbcle_cuya_health.pdf", "agenda"),
])
def test_the_kind_of_paper_comes_from_what_it_does(folder, name, kind):
    s, _ = _meetings(folder, name)
    assert s.kind == kind


def test_the_next_meeting_is_after_the_meeting(tmp_path):
    # 'Thursday 7th February 2018' (a year typed from habit) in West Dereham's November 2018 minutes
    s, _ = _meetings(REAL, "sf_west-dereham-pc-minutes-2018-11_index.html")
    assert s.stored_meetings[0].next_meeting == "2019-02-07"
    # a December meeting's 'next meeting: Tuesday 9 January' is in the following year
    paper = tmp_path / "finance.md"
    paper.write_text("# Finance Committee\n\nMinutes of the meeting held on Tuesday 12 December 2023\n\n"
                     "Present: Ann Lee\n\n1. Budget\n\nThe budget was agreed.\n\nDate of next meeting: Tuesday 9 January at 7pm\n")
    s = find_structure(read_document(str(paper)))
    assert [(m.date, m.next_meeting) for m in s.stored_meetings] == [("2023-12-12", "2024-01-09")]


@pytest.mark.parametrize("folder, name, kept, refused", [
    # a line of an agenda list under item 9 ('100 Club/Quizzes – David'), item 10 below it
    (SHARED / "series" / "fohcl", "fohcl_2016-03-15.pdf", "10", "100"),
    # an amount under item 8 ('48p Interest on Business Saver account'), item 9 below it
    (WILD, "sf_boughton-pc-minutes-2014-10_index.html", "9", "48"),
    # an address that a line break put first ('514 Foster Drive, (5-24-21).') under item 26, item 27 below it (item 30 after)
    (WILD, "dsm_2021-05-10_agenda.pdf", "30", "514"),
    # a body that numbers its minutes on across the year: '2. RESOLVED ...' then '283. Apologies for Absence'
    (WILD, "kcc_9 January 2025 - County Council minutes.pdf", "283", None),
])
def test_an_item_number_far_past_the_current_item_is_a_line_of_text_when_the_next_item_follows(folder, name, kept, refused):
    numbers = {item.number for item in find_structure(read_document(str(_paper(folder, name)), ocr=False)).items}
    assert kept in numbers
    assert refused is None or refused not in numbers


def test_minute_numbers_date_a_paper_that_states_no_day():
    """'Resolved 14/06/5.01': minute numbers made of the year and month date the meeting when
    no day is stated (Northwold PC, a page headed only by its archive month), and agree with
    the day a paper does state (Wereham PC, minutes 14/01/...; Souldern PC, minutes 07.17.01 written
    month first)."""
    from minutebook.ingest.meeting_finder import _minute_month, head_lines

    s, found = _meetings(REAL, "sf_northwold-pc-minutes-2014-09_index.html")
    assert found == [("Northwold Parish Council", "2014-06", "minute numbers")]
    s, found = _meetings(WILD, "sf_northwold-pc-minutes-2015-01_index.html")
    assert found == [("Northwold Parish Council", "2015-01", "minute numbers")]
    doc = read_document(str(_paper(WILD, "sf_wereham-pc-minutes-2014-01_index.html")))
    s, found = _meetings(WILD, "sf_wereham-pc-minutes-2014-01_index.html")
    assert found[0][1] == "2014-01-14" and _minute_month(doc, head_lines(doc)) == "2014-01"
    # numbered month first, with stops: '07.17.01' (July 2017), '06.23.01' (June 2023)
    for paper, month in (("sd_2017-07-13 SPC minutes.pdf", "2017-07"), ("sd_2023-06-29 SPC minutes.pdf", "2023-06")):
        doc = read_document(str(_paper(WILD, paper)), ocr=False)
        assert _minute_month(doc, head_lines(doc)) == month
        assert _meetings(WILD, paper)[1][0][1] == paper[3:13]
    # a deeper level: '16/09/6/1'
    doc = read_document(str(_paper(WILD, "sf_northwold-pc-minutes-2016-09_index.html")))
    assert _minute_month(doc, head_lines(doc)) == "2016-09"
    # dates written dd/mm/yy are no minute numbers: their 'year' is not one the paper speaks of
    doc = read_document(str(_paper(WILD, "sf_northwold-pc-minutes-2018-05-annual_index.html")))
    assert _minute_month(doc, head_lines(doc)) is None


def test_a_month_hyphenated_onto_the_body_is_not_its_name():
    from minutebook.ingest.meeting_finder import clean_body

    assert clean_body("Northwold Parish Council -June") == "Northwold Parish Council"
    assert clean_body("Planning Committee – March 2019") == "Planning Committee"


@pytest.mark.parametrize("name, start_time", [
    # 'Minutes of the meeting held on 02.03.2020' is a date, not two minutes past two
    ("sf_wretton-pc-minutes-2020-05-virtual_index.html", None),
    # 'Minutes of Meeting 24.07.2014' above; the paper's own time is read
    ("sf_boughton-pc-minutes-2014-10_index.html", "19:00"),
])
def test_a_dotted_date_is_not_the_meetings_start_time(name, start_time):
    s, _ = _meetings(WILD, name)
    assert [m.start_time for m in s.stored_meetings] == [start_time]
    from minutebook.ingest.dates import first_time
    assert [first_time(t) for t in ("02.03.2020", "held on 12.05.20", "at 19.30 in the hall", "7.30pm")] == \
        [None, None, "19:30", "19:30"]
