"""The home page's body names read as the bodies' own: 'AND Improvement Authority' was the second line
of Rancho Palos Verdes' joint heading ('... CITY COUNCIL MEETING / AND IMPROVEMENT AUTHORITY ...'),
a bare 'City Council' (Greenville) and 'Planning Commission' (La Puente) lacked the place their papers
name as 'the City of X', and shouted names kept a short word in capitals as if an acronym ('DES Moines
City Council', 'LA Cañada Flintridge', 'SEX Offender Management Board'), and a dated heading's line that
reads as no name ('CITY OF DUARTE PLANNING COMMISSION _ Sara Vasquez, Chair', 'Council Chambers DUE TO A LACK
OF', 'MSC Board Room, Municipal Services Building') stood for the body. Real papers of several bodies
through the meeting finder; skips without ../shared."""

from pathlib import Path

import pytest

from minutebook.ingest.meeting_finder import clean_body, place_named_in
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "wild").exists() or not (SHARED / "real").exists(),
                                  reason="needs ../shared/wild and ../shared/real")


def bodies(paper):
    return [m.body for m in find_structure(read_document(str(SHARED / paper))).stored_meetings]


@needs_shared
@pytest.mark.parametrize("paper, body", [
    ("real/ca_rpv_agenda_1.pdf", "Rancho Palos Verdes City Council"),  # joint meeting: the first body named
    ("real/gvl_Council 2023_05_23.pdf", "Greenville City Council"),  # 'City of Greenville' in the minutes' text
    ("wild/ca_lapuente_agenda_2.pdf", "La Puente Planning Commission"),  # 'CITY OF LA PUENTE'
    ("wild/dsm_1996-01-02_meeting_minutes.pdf", "Des Moines City Council"),
    # a dated heading's line that is no name gives way to the name the paper's head is scored to give
    ("wild/ca_duarte_agenda_1.pdf", "Duarte Planning Commission"),  # '... COMMISSION _ Sara Vasquez, Chair'
    ("wild/ca_rolling_hills_estates_agenda_1.pdf", "Rolling Hills Estates City Council"),  # 'Council Chambers DUE TO A LACK OF'
])
def test_a_paper_names_its_body_as_the_body_is_called(paper, body):
    assert bodies(paper)[:1] == [body]


def test_a_place_is_taken_only_when_the_paper_names_one_of_the_bodys_kind():
    assert place_named_in("the City of Greenville ... a City of Greenville Resident spoke", {"city", "council"}) == "Greenville"
    assert place_named_in("CITY OF LA PUENTE ... CITY OF LA PUENTE", {"planning", "commission"}) == "La Puente"
    assert place_named_in("the City of Greenville once", {"city", "council"}) is None  # once is no paper's own place
    assert place_named_in("City of Austin and City of Dallas, City of Austin", {"city", "council"}) is None  # two
    assert place_named_in("City of London, City of London", {"parish", "council"}) is None  # a parish is no city's


def test_a_venue_an_address_or_a_cut_line_does_not_read_as_a_name():
    from minutebook.ingest.meeting_finder import reads_as_name

    assert reads_as_name("Duarte Planning Commission") and reads_as_name("Trustees of The Friends of Halesworth County Library")
    assert not reads_as_name("CITY OF DUARTE PLANNING COMMISSION _ Sara Vasquez, Chair")
    assert not reads_as_name("Council Chambers DUE TO A LACK OF")
    assert not reads_as_name("MSC Board Room, Municipal Services Building")
    assert not reads_as_name("Beverly Hills, California 90210 Planning Commission")
    assert clean_body("THE REGULARLY SCHEDULED ROLLING HILLS ESTATES CITY COUNCIL") == "Rolling Hills Estates City Council"
    # what befell the meeting is not the body's name (Palmdale's 'Measure AV Oversight Committee Adjourned')
    assert clean_body("Measure AV Oversight Committee Adjourned") == "Measure AV Oversight Committee"
    assert clean_body("PLANNING COMMISSION CANCELLED") == "Planning Commission"
    # the paper's kind before the body it goes to (Kent's '(Public Pack)Agenda Document for Cabinet')
    assert clean_body("Agenda Document for Cabinet") == "Cabinet"
    assert clean_body("Agenda Document for County Council") == "County Council"
    assert clean_body("Document Management Group") == "Document Management Group"


def test_a_shouted_name_keeps_only_real_acronyms_in_capitals():
    assert clean_body("NORTH OF TYNE LPC COMMITTEE") == "North of Tyne LPC Committee"
    assert clean_body("SUFFOLK LIBRARIES IPS BOARD") == "Suffolk Libraries IPS Board"
    assert clean_body("MSC BOARD") == "MSC Board"
    assert clean_body("DES MOINES CITY COUNCIL") == "Des Moines City Council"
    assert clean_body("LA PUENTE PLANNING COMMISSION") == "La Puente Planning Commission"
    assert clean_body("SEX OFFENDER MANAGEMENT BOARD") == "Sex Offender Management Board"
