"""A meeting dated by weekday, day and month only (issue 7): the year is scored from what the paper
offers, never from the file's properties alone."""

import pytest

from minutebook.ingest.weekday_year import year_for_weekday_date

from .conftest import SHARED

HEAD = ["GOVAN COMMUNITY COUNCIL", "GENERAL MEETING MONDAY 6 NOVEMBER", "Held in the Board Room at 7 p.m."]


def test_two_signals_that_fit_the_weekday_give_the_year():
    # the file name's '23' and the file written the same day; 6 November 2023 is a Monday
    assert year_for_weekday_date(HEAD, "23NOVEMBERMINUTE.docx", "2023-11-06", "")[0] == "2023-11-06"
    # the text's own year and the file written a month later
    assert year_for_weekday_date(["Minutes of the meeting held on Tuesday 3rd June"], "minutes.pdf", "2014-07-01",
                                 "budget for 2014 and the 2014 precept")[0] == "2014-06-03"


def test_one_signal_alone_or_a_weekday_that_does_not_fit_gives_no_year():
    assert year_for_weekday_date(HEAD, "minutes.docx", "2023-11-06", "") is None  # file properties alone
    assert year_for_weekday_date(HEAD, "minutes.docx", None, "the 2023 budget") is None  # the text alone
    # 6 November 2022 was a Sunday: signals for 2022 do not fit a Monday
    assert year_for_weekday_date(HEAD, "22NOVEMBER.docx", "2022-11-07", "") is None
    # a weekday date with no meeting word near it is no meeting's date
    assert year_for_weekday_date(["Bins are collected on Monday 6 November"], "23.docx", "2023-11-06", "") is None


@pytest.mark.skipif(not (SHARED / "wild").exists(), reason="needs ../shared/wild")
def test_govan_minutes_dated_by_weekday_and_day():
    from minutebook.ingest.meeting_finder import find_meeting
    from minutebook.ingest.read import read_document

    found, _ = find_meeting(read_document(str(SHARED / "wild" / "govan_23NOVEMBERMINUTEGovanCC.docx")))
    assert (found.body, found.date, found.found_by) == ("Govan Community Council", "2023-11-06", "weekday and day")
