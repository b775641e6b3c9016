"""Issue 7's statistics sample: no number from a drawing's OCR or a broken table cell, and no number that is part
of a name, among the counts. A passage of scraps ('qe } ca oJ} LANDSCAPED 8 la = : AREA 3 2', Gardena's site
plan; 'Mayoral Power of | Pag | x e 13 | X', Kent) counts nothing; a number glued to a word ('NHS@75',
the Central Dales patients' group) or closing its clause after a singular noun ('Methwold cabinet 1.', 'Pay scale 22 (2014-16)',
Northwold) is that thing's number. Written passages and real counts stay. Skips without ../shared."""

from functools import lru_cache

from minutebook.extract.fragments import reads_as_fragments
from minutebook.extract.run import extract_document
from minutebook.extract.statistics import find_statistics
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED
from .wild_papers import needs_wild


@lru_cache(maxsize=None)
def paper(name: str):
    doc = read_document(str(SHARED / "wild" / name), ocr=False)
    return doc, find_structure(doc)


def counts_in(name: str, where: str) -> list:
    doc, structure = paper(name)
    return [s["text"] for s in extract_document(doc, structure)["statistics"]
            if s["unit"] == "count" and where in " ".join(s["sentence"].split())]


def counts(sentence: str) -> list:
    return [s.text for s in find_statistics(sentence) if s.unit == "count"]


# the OCR of Gardena's parcel map (page 7 of ca_gardena_agenda_1.pdf, a scan), as its passages read
SITE_PLAN = ("qe } ca oJ} LANDSCAPED 8 la =\n: AREA 3 2\nEs\noO} eg eS aq ° 3i| P Lt 1, 9 —cone. :",
             "r q Fs | = 5 15908 S, MANHATTAN PLAG BOCK 1’ 8 u E FAMILY HOME TO REMAIN 1 22",
             "a. ma LANDSCAPED AREA a 2 2 1 pS")


@needs_wild
def test_a_broken_table_cell_counts_nothing():
    """Kent's devolution supplement: the page number its table cell broke ('Pag | x e 13') was stored as a count;
    the paper's written counts stay."""
    assert not counts_in("kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County "
                         "Council.pdf", "Pag | x e 13")
    assert "three categories" in counts_in("kcc_Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 "
                                           "10.00 County Council.pdf", "there will be three categories")


def test_a_drawing_reads_as_fragments_and_written_passages_do_not():
    assert all(reads_as_fragments(text) for text in SITE_PLAN)
    # lists of initials, list markers, payments rows, times and a Welsh line are written text
    assert not any(reads_as_fragments(text) for text in (
        "Attendance: D Clements (Chair); C Hardy (Vice-Chair); S Harrison; M Leamon; S Lintern; A Lyons",
        "15/01/12 i) ii) iii) iv) v) 15/01/13 i) ii) iii)",
        "| DD | 8/11/13 | | | iii. Drainage – G Proctor",
        "Meeting closed at 8.15 pm.",
        "ii) Cyfriflen banc HSBC dyddiedig 15/09/2017, Taflen Rhif 326, Gweddill o £121.49. Nodwyd",
        "RESULT: FAILED [4-2-1-1]"))


@needs_wild
def test_no_paper_of_written_text_reads_as_fragments():
    """Every passage of papers of four bodies (tables of payments, attendance lists, numbered items) is written."""
    for name in ("sf_northwold-pc-minutes-2015-01_index.html", "sf_stoke-ferry-pc-minutes-2015-07_index.html",
                 "sd_2015-07-16 SPC minutes.pdf", "dsm_2021-05-10_agenda.pdf"):
        _, structure = paper(name)
        assert not [p.text for p in structure.passages if reads_as_fragments(p.text)], name


@needs_wild
def test_a_number_glued_to_a_word_or_closing_a_singular_noun_is_a_label():
    """The Central Dales patient participation group's synopsis (Upper Dales Health Watch): 'The NHS@75 report' stored 75; Northwold's January 2015 minutes:
    'Methwold cabinet 1.' and 'the NJC Pay scale 22 (2014-16)' stored 1 and 22."""
    assert not counts_in("bcwpc_udhw-synopsis-sept-2023.pdf", "NHS@75")
    assert not counts_in("sf_northwold-pc-minutes-2015-01_index.html", "Methwold cabinet 1")
    assert not counts_in("sf_northwold-pc-minutes-2015-01_index.html", "Pay scale 22")
    # a count after a quantity, a vote's side or people counted as one stays, as does one before its noun
    assert counts("in favour 6, against 2") == ["6", "2"]
    assert counts("Members of the public 5.") == ["5"]
    assert counts("The quotes were for 3 benches; there were 12.") == ["3", "12"]


def test_a_number_glued_to_a_double_prime_or_an_unopened_closing_quote_counts_nothing():
    """Inches ('a 40” TV', the Friends of Halesworth library), or a code or an ordinal OCR read as the mark ('from
    C-1”' read '1”', Des Moines; '9""' for '9th', North of Tyne LPC): no count. A number quoted whole, and one with
    no mark, still count."""
    assert counts("The Town Council will be installing a 40” TV in the library window.") == []
    assert counts("to rezone property at 2711 Douglas Avenue from 1” (Neighborhood Retail Commercial) to “C-2”") == []
    assert counts('The working groups from 9"" January strategy day met to discuss') == []
    assert counts("There were “12” people at the surgery") == ["12"]
    assert counts("There were 12 people at the surgery") == ["12"]


@needs_wild
def test_a_code_ocr_glued_to_a_closing_quote_on_a_des_moines_paper():
    assert counts_in("dsm_2005-05-09_meeting_minutes.pdf", "Randall Thompson to rezone") == []
