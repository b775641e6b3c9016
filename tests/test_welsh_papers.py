"""Welsh papers (issue 7): a Welsh community council's minutes name their meeting, next meeting and attendance in
Welsh ('CYFARFOD 11eg HYDREF 2017', 'Cyngor Cymuned X a Y', 'PRESENNOL', 'Derbyniwyd ymddiheuriadau gan',
'…13eg Mawrth 2019 CADEIRYDD'). The language table (ingest/welsh.py) reads them as the English rules would; English
papers that happen to hold the same letters ('Mai Lee', 'Medi') are read as before. Small PDFs written by the test;
a Welsh paper of ../shared/wild beside its English twin where it is there."""

import pytest

from minutebook.extract.run import extract_document
from minutebook.ingest.dates import find_dates
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure
from minutebook.ingest.welsh import english_attendance, english_head

from .conftest import SHARED
from .pdfs import write_pdf


@pytest.mark.parametrize("text, iso", [
    ("CYFARFOD 11eg HYDREF 2017", "2017-10-11"),
    ("ar y 6ed Chwefror 2019 yn yr Ystafell", "2019-02-06"),
    ("cyn 5.00pm ddydd Gwener 8fed Chwefror 2019.", "2019-02-08"),
    ("Dydd Mercher 10 Mehefin 2020", "2020-06-10"),
    ("Nos Fercher 1af Gorffennaf 2020", "2020-07-01"),
    ("y 21ain o Fedi 2022", "2022-09-21"),  # soft mutation after 'o'
])
def test_welsh_dates(text, iso):
    assert [d.iso for d in find_dates(text)] == [iso]


def test_english_text_with_welsh_letters_gains_no_date():
    # a name, a word, a month without a year: nothing new (a Welsh date needs its day, month and year)
    assert find_dates("Mai Lee 2020 report") == []
    assert find_dates("Medi 12 of the scheme, 2019") == []
    assert find_dates("on 12 Medi") == []
    assert [d.iso for d in find_dates("Meeting of 3 March 2020, Mai 5 2020")] == ["2020-03-03"]


def test_head_and_attendance_words():
    assert english_head("CYNGOR CYMUNED LLANFAIR A BETWS") == "LLANFAIR AND BETWS COMMUNITY COUNCIL"
    assert english_head("Cynhaliwyd cyfarfod Cyngor Tref Abercarn am 7pm") == "held meeting Abercarn Town Council am 7pm"
    assert english_head("Minutes of the Parish Council held on 5 May 2020") == "Minutes of the Parish Council held on 5 May 2020"
    assert english_attendance("PRESENNOL Cynghorwyr Sian Jones, Ifan Rees a’r Cynghorydd Sir Huw Lloyd.") == \
        "PRESENT: Councillors Sian Jones, Ifan Rees and County Councillor Huw Lloyd."
    assert english_attendance("Derbyniwyd ymddiheuriadau gan y Cynghorwyr Elin Morgan ac Owen Price.") == \
        "Apologies: Councillors Elin Morgan and Owen Price."
    # an English passage is left as it is, 'a' and all
    assert english_attendance("Present: Cllr A Smith and a member of the public") == \
        "Present: Cllr A Smith and a member of the public"


WELSH_MINUTES = [
    "CYNGOR CYMUNED LLANGADOG A BETHLEHEM",
    "CYFARFOD 14eg MEHEFIN 2023",
    "Cynhaliwyd cyfarfod Cyngor Cymuned Llangadog a Bethlehem am 7.00pm ar y 14eg Mehefin 2023 yn y Neuadd.",
    "PRESENNOL",
    "Cynghorwyr Rhian Bowen, Gareth Hughes, Eleri Pugh a’r Cynghorydd Sir Dafydd Owen.",
    "",
    "1. CROESO AC YMDDIHEURIADAU",
    "Croesawodd y Cadeirydd bawb i’r cyfarfod. Derbyniwyd ymddiheuriadau gan y Cynghorwyr Bethan Rowlands ac Iwan Price.",
    "2. CADARNHAU COFNODION",
    "Cynigiwyd gan y Cyng. G. Hughes, eiliwyd gan y Cyng. E. Pugh bod cofnodion y cyfarfod diwethaf yn gywir.",
    "3. GOLEUADAU",
    "Cytunwyd y dylid atgyweirio’r golau ger yr ysgol.",
    "",
    "Diolchodd y Cadeirydd i bawb am fynychu.",
    "..............................12fed Gorffennaf 2023 CADEIRYDD",
]


def _read(tmp_path, lines):
    path = write_pdf(tmp_path / "cofnodion.pdf", [lines])
    doc = read_document(str(path), ocr=False)
    structure = find_structure(doc)
    return structure, extract_document(doc, structure)


def test_a_welsh_paper_has_its_meeting_next_meeting_and_attendance(tmp_path):
    structure, facts = _read(tmp_path, WELSH_MINUTES)
    assert structure.kind == "minutes"
    assert [(m.body, m.date, m.next_meeting) for m in structure.stored_meetings] == [
        ("Llangadog and Bethlehem Community Council", "2023-06-14", "2023-07-12")]
    seen = {(a["name"], a["status"]) for a in facts["attendance"] if not a.get("weak")}
    assert {("Rhian Bowen", "present"), ("Gareth Hughes", "present"), ("Eleri Pugh", "present"),
            ("Bethan Rowlands", "apologies"), ("Iwan Price", "apologies")} <= seen
    # a councillor of the county is a guest of a community council, as in English ('County Councillor')
    assert ("Dafydd Owen", "in_attendance") in seen


def test_the_same_paper_without_its_welsh_words_gets_no_meeting(tmp_path):
    # the place's name and a date alone, no council, no meeting word: the table adds no meeting of its own
    lines = ["LLANGADOG A BETHLEHEM", "14eg MEHEFIN 2023", "Rhian Bowen, Gareth Hughes, Eleri Pugh.",
             "Atgyweirio’r golau ger yr ysgol."]
    structure, facts = _read(tmp_path, lines)
    assert structure.stored_meetings == [] or all(m.body != "Llangadog and Bethlehem Community Council"
                                                  for m in structure.stored_meetings)
    assert [a for a in facts["attendance"] if not a.get("weak")] == []


def _wild(name):
    path = SHARED / "wild" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/wild/{name}")
    doc = read_document(str(path), ocr=False)
    structure = find_structure(doc)
    return structure, extract_document(doc, structure)


def test_a_real_welsh_paper_reads_as_its_english_twin():
    # Manordeilo and Salem publish each meeting's minutes in Welsh and in English: the same meeting, next meeting
    # and list of those present and sending apologies
    cy, cy_facts = _wild("mscc_10-17_cy.pdf")
    en, en_facts = _wild("mscc_17-10-11.pdf")
    assert [(m.body, m.date, m.next_meeting) for m in cy.stored_meetings] == \
        [(m.body, m.date, m.next_meeting) for m in en.stored_meetings] == \
        [("Manordeilo and Salem Community Council", "2017-10-11", "2017-11-08")]

    def listed(facts):  # the lists of members (a police officer the prose names is read in English only)
        return {(a["name"], a["status"]) for a in facts["attendance"]
                if not a.get("weak") and a["status"] in ("present", "apologies")}
    assert listed(cy_facts) == listed(en_facts)
    assert len(listed(cy_facts)) >= 9 and {s for _, s in listed(cy_facts)} == {"present", "apologies"}


def test_welsh_titles_name_people_in_prose():
    from minutebook.extract.names import split_title
    from minutebook.extract.nlp import load_pipeline, people_in

    nlp = load_pipeline(None)
    # 'Cyng.' (Councillor) is a title, and its full stop ends no sentence
    assert [s.text for s in people_in(nlp("Croesawodd y Cyng. G. Evans bawb i’r cyfarfod."))] == ["Cyng. G. Evans"]
    assert [s.text for s in people_in(nlp("Trefnwyd y byddai’r Cyng. Jenkins a’r Cyng. A. Davies yn gosod y fainc."))] == \
        ["Cyng. Jenkins", "Cyng. A. Davies"]
    assert split_title("Cynghorydd Sir Joseph Davies") == ("Cynghorydd Sir", "Joseph Davies")
    # in a generated Welsh paper the titled short forms are the councillors its list names in full
    structure, facts = _read_welsh_with_prose()
    assert {"Gareth Hughes", "Eleri Pugh"} <= {m["name"] for m in facts["mentions"] if m["kind"] == "mention"}


def _read_welsh_with_prose():
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = write_pdf(Path(folder) / "cofnodion.pdf", [WELSH_MINUTES[:9] + [
            "Bydd y Cyng. G. Hughes a’r Cyng. E. Pugh yn trefnu’r gwaith ar y llwybr."] + WELSH_MINUTES[9:]])
        doc = read_document(str(path), ocr=False)
        structure = find_structure(doc)
        return structure, extract_document(doc, structure)
