"""Issue 7's statistics sample: no day of a date and no bearing of a site plan among the counts. A day is known by the
year after its comma even when OCR damaged its month ('period of J 1, 2005', Des Moines); degrees, minutes and seconds
('N89° 58'55"E' on a Gardena site plan, '10° F' in Des Moines minutes) count nothing. The real counts of the same
sentences stay. Skips without ../shared."""

from functools import lru_cache

from minutebook.extract.run import extract_document
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED
from .wild_papers import needs_wild


@lru_cache(maxsize=None)
def counts_of(name: str) -> tuple:
    doc = read_document(str(SHARED / "wild" / name), ocr=False)
    return tuple((s["value"], s["text"], " ".join(s["sentence"].split()))
                 for s in extract_document(doc, find_structure(doc))["statistics"] if s["unit"] == "count")


def counts_in(name: str, where: str) -> list:
    return [(value, text) for value, text, sentence in counts_of(name) if where in sentence]


def counts(sentence: str) -> list:
    return [(s.value, s.text) for s in find_statistics(sentence) if s.unit == "count"]


@needs_wild
def test_the_day_of_a_date_whose_month_is_damaged_is_no_count():
    """Des Moines 2005 minutes: 'for period of J 1, 2005 through June 30, 2006' stored the count 1; its 2021
    agenda: 'an event on May 12 16, 2021' stored 16 (a range whose dash was lost)."""
    assert not counts_in("dsm_2005-05-09_meeting_minutes.pdf", "for period of J 1, 2005")
    assert not counts_in("dsm_2021-05-10_agenda.pdf", "event on May 12 16, 2021")
    assert counts("for period of Jly 1, 2005 through 2006 for 5 employees") == [(5.0, "5")]
    assert counts("Q2, 2024 saw 12 complaints") == [(12.0, "12")]  # a quarter's number is no day


@needs_wild
def test_degrees_minutes_and_seconds_are_no_count():
    """Des Moines special meeting: 'the wind chill reaching 10° F' stored 10; Gardena's site plan (a scan, its OCR'd
    line): 'N8g° 58'55"E' stored 58."""
    assert not counts_in("dsm_special-meeting-invalid-minutes.pdf", "wind chill reaching 10° F")
    assert not counts('KeseayTo5 F EXISTING ELDER CARE FACILITY 44.91" \\FL=\\ A ik 1 N8g° 58\'55"E _ ee — .')
    assert counts("the wind chill reaching 10° F, 3 shelters opened") == [(3.0, "3")]
