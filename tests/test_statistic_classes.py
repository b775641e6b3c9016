"""Statistics are measured quantities, on real papers: each class of number that is not one (a ranged
duration, an open-ended age band, a telephone service, a number that names a thing, the label of a
list or of the paper's next item, a place in a series, a passage not in English) is told apart on the
papers of at least two bodies, and the real counts of the same papers stay. Skips without ../shared."""

from functools import lru_cache
from pathlib import Path

import pytest

from minutebook.extract.english import reads_as_english
from minutebook.extract.run import extract_document
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "wild").exists() or not (SHARED / "real").exists(),
                                  reason="needs ../shared/wild and ../shared/real")


@lru_cache(maxsize=None)
def statistics_of(folder: str, name: str) -> tuple:
    doc = read_document(str(SHARED / folder / name), ocr=False)
    return tuple(extract_document(doc, find_structure(doc))["statistics"])


def counts(folder, name, where, text=None):
    """The counts read from sentences holding `where` (and written `text`, if given)."""
    return [s for s in statistics_of(folder, name) if s["unit"] == "count" and where in " ".join(s["sentence"].split())
            and (text is None or s["text"] == text)]


@needs_shared
def test_a_ranged_duration_is_no_count():
    """Des Moines city council: 'Parking meter time change from 2- to 10-Hour meters' (a suspended hyphen before
    'to', the unit in capitals); Kent's cabinet: 'the new requirement for 9 to 36-month provision'."""
    assert not counts("wild", "dsm_1996-01-02_meeting_minutes.pdf", "from 2- to 10-Hour meters")
    assert not counts("real", "kcc_Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf", "9 to 36-month", "9")
    assert counts("wild", "dsm_1996-01-02_meeting_minutes.pdf", "new construction of", "12")  # '12 new buildings'


@needs_shared
def test_an_open_ended_band_counts_nothing_on_its_own():
    """'respondents to the surveys were 65 plus although all age groups ...' (Suffolk Libraries board) and '18+
    Care Leaver Event' (Kent's corporate parenting panel) are age bands; 'proposals to add 25 plus houses' (West
    Dereham parish council) counts houses."""
    assert not counts("wild", "sl_board-meeting-minutes-2012-09-11.pdf", "were 65 plus", "65")
    assert not counts("real", "kcc_CPP Minutes 29.10.24.pdf", "18+ Care Leaver", "18")
    assert counts("wild", "sf_west-dereham-pc-minutes-2017-04_index.html", "25 plus houses", "25")


@needs_shared
def test_a_telephone_service_is_no_count():
    """'report vandalism to the police on 101', 'reported on the 101 number', 'Upon calling 999' (Northwold
    parish council); 'sessions with 111 call handlers' (North of Tyne pharmaceutical committee); 'via the 101
    service' (West Dereham parish council): the service words after the number tell it, at three bodies. The
    committee's own counts in the same report stay."""
    assert not counts("wild", "sf_northwold-pc-minutes-2013-06_index.html", "101")
    assert not counts("real", "sf_west-dereham-pc-minutes-2018-11_index.html", "101 service")
    assert not counts("wild", "sf_northwold-pc-minutes-2015-01_index.html", "calling 999")
    report = "notlpc_NoT-LPC-Annual-Report-Financial-Statements-2018-Rev-18-08-B.pdf"
    assert not counts("wild", report, "111 call handlers")
    assert counts("wild", report, "more than three meetings")


@needs_shared
def test_a_number_that_names_a_thing_is_no_count():
    """'phase of Runway 5 extension' (Des Moines), 'the consultation article in Group 4 news' (Boughton parish
    council), 'along with Team 1 from Downham Market' (West Dereham parish council): a number after a capitalised
    word with no plural after it is the thing's number. Des Moines's '53 cemetery block signs' stay."""
    assert not counts("wild", "dsm_1999-02-22_meeting_minutes.pdf", "Runway 5 extension")
    assert counts("wild", "dsm_1999-02-22_meeting_minutes.pdf", "cemetery block signs", "53")
    assert not counts("wild", "sf_boughton-pc-minutes-2014-10_index.html", "Group 4 news")
    assert not counts("wild", "sf_west-dereham-pc-minutes-2020-10-virtual_index.html", "Team 1 from")


@needs_shared
def test_a_list_label_is_no_count():
    """'in summary these are 1: Put Re-designate the parish' (Wereham parish council), 'Public Comment Options: 1.'
    (Burbank city council, its options on the next lines; a scan, so its OCR'd sentence), 'ext. 230 or 235' (Duarte
    city council: a second extension)."""
    assert not [f for f in find_statistics("Public Comment Options: 1.") if f.unit == "count"]
    assert not counts("wild", "sf_wereham-pc-minutes-2014-01_index.html", "these are 1:", "1")
    assert counts("wild", "sf_wereham-pc-minutes-2014-01_index.html", "three options are proposed")
    assert not [f for f in find_statistics("please contact the Community Development Department at (626) 357-7931, "
                                           "ext. 230 or 235.") if f.unit == "count"]  # a scan: its OCR'd sentence


@needs_shared
def test_a_place_in_a_series_is_no_count():
    """'Invoice 1 of 6 previously missed, plus May & June (3 of 6)' (Wereham parish council), 'Invoice 1 of 8 SLCC'
    (West Dereham parish council); '12 of the 14 in attendance' (Stoke Ferry parish council) counts people."""
    assert not counts("wild", "sf_wereham-pc-minutes-2015-07_index.html", "Invoice 1 of 6")
    assert not counts("wild", "sf_west-dereham-pc-minutes-2017-04_index.html", "Invoice 1 of 8")
    assert counts("wild", "sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html", "12 of the 14", "12")


@needs_shared
def test_the_label_of_the_next_item_is_no_count():
    """Wretton parish council's minutes print an item's number at the end of the sentence before it ('... to
    discourage use at this time. 2207/05/2020 6.' / 'Accounts were presented'; 'No declarations of Interest made
    3.'): the paper numbers its items 2, 4, 5, 7, so 3 and 6 are items too."""
    name = "sf_wretton-pc-minutes-2020-05-virtual_index.html"
    assert not counts("wild", name, "2207/05/2020 6.")
    assert not counts("wild", name, "of Interest made 3.")
    assert any(s["unit"] == "GBP" for s in statistics_of("wild", name))
    # Govan community council's Markdown minutes escape the label's full stop ('... debate is needed. 5\\. Elder
    # Park Facilities'), between items '1\\.Attendance' and '6\\. Announcement'; its 'Three issues' stay
    govan = "govan_2025-10-06-agm-and-general-meeting-october-2025.md"
    assert not counts("wild", govan, "debate is needed.")
    assert counts("wild", govan, "Three issues")


@needs_shared
def test_no_counts_from_a_passage_not_in_english():
    """Manordeilo and Salem community council prints its minutes in Welsh too: 'Mae’r ardal hon wedi bod yn
    amwynder gwerthfawr i’r gymuned am 35 o flynyddoedd a mwy' ('for 35 years and more') is no count. Its English
    minutes keep theirs ('the purchase of four defibrillators'), and Baldwin Park's Spanish public-comment notice
    reads as not English as well, beside its English one."""
    assert not counts("wild", "mscc_2-19_EM_cy.pdf", "o flynyddoedd")
    assert counts("wild", "mscc_16-09-14.pdf", "four defibrillators")
    doc = read_document(str(SHARED / "wild" / "ca_baldwinpark_agenda_1.pdf"), ocr=False)
    passages = [p.text for p in find_structure(doc).passages]
    assert [t for t in passages if "invita al público" in t] and not any(
        reads_as_english(t) for t in passages if "invita al público" in t)
    assert all(reads_as_english(t) for t in passages if "PUBLIC COMMUNICATIONS" in t)


@needs_shared
def test_an_age_set_further_on_in_its_clause_is_no_count():
    """Kent county council: 'Lower the age of universal suffrage to 16' (a motion's point); Bishopdale and West
    Burton parish: 'to be presented to each child in the Parish of the age of 16 or under', where the '25
    commemorative £5.00 coins' of the same sentence stay."""
    assert not counts("wild", "kcc_19 December 2024 - County Council minutes.pdf", "age of universal suffrage", "16")
    bcwpc = "bcwpc_minutes-APM-2023-04-25.pdf"
    assert not counts("wild", bcwpc, "age of 16 or under", "16")
    assert counts("wild", bcwpc, "commemorative", "25")


@needs_shared
def test_an_abbreviated_legal_reference_is_no_count():
    """Souldern parish council's payments cite the power they are made under ('LGA 1972: s. 111', 's. 132'); Stoke
    Ferry parish council's table of enforcement letters a regulation and its paragraph ('Yes – Partial R. 13 2.')."""
    souldern = "sd_2013-09-19 SPC minutes.pdf"
    assert not counts("wild", souldern, "s. 111", "111") and not counts("wild", souldern, "s. 132", "132")
    assert any(s["unit"] == "GBP" for s in statistics_of("wild", souldern))
    assert not counts("wild", "sf_stoke-ferry-pc-minutes-2018-02_index.html", "Partial R. 13")
