"""Welsh decision words (extract/welsh_decisions.py): a Welsh paper's decisions are read as its English twin's are:
'Cytunwyd' (it was agreed), 'Cynigiwyd gan X, eiliwyd gan Y' (proposed by X, seconded by Y) with its mover and
seconder; not the noun 'penderfyniad', apologies received, or a person agreeing to do something. A generated Welsh
minutes paper (the one the Welsh papers' tests use), its lines without the decision words, and Manordeilo and
Salem's real Welsh minutes beside their English twin (skipped without ../shared)."""

import pytest

from minutebook.extract.run import extract_document
from minutebook.extract.welsh_decisions import welsh_decision_kind, welsh_moved_and_seconded
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .pdfs import write_pdf
from .test_welsh_papers import WELSH_MINUTES
from .wild_papers import needs_wild, paper_decisions


def _decisions(tmp_path, lines) -> list[dict]:
    path = write_pdf(tmp_path / "cofnodion.pdf", [lines])
    doc = read_document(str(path), ocr=False)
    return [d for d in extract_document(doc, find_structure(doc))["decisions"] if d.get("source") == "meeting"]


def test_a_welsh_papers_decisions(tmp_path):
    found = {" ".join(d["text"].split()): d for d in _decisions(tmp_path, WELSH_MINUTES)}
    agreed = [d for t, d in found.items() if "Cytunwyd y dylid atgyweirio" in t]
    assert len(agreed) == 1 and agreed[0]["kind"] == "agreed"
    minutes = [d for t, d in found.items() if "bod cofnodion y cyfarfod diwethaf yn gywir" in t]
    assert len(minutes) == 1
    assert (minutes[0]["mover"], minutes[0]["seconder"]) == ("Cyng. G. Hughes", "Cyng. E. Pugh")
    # apologies received are attendance, not a decision
    assert not [t for t in found if "Derbyniwyd ymddiheuriadau" in t]


def test_the_same_lines_without_decision_words_decide_nothing(tmp_path):
    lines = [line.replace("Cytunwyd y dylid atgyweirio’r golau", "Trafodwyd y golau").replace(
        "Cynigiwyd gan y Cyng. G. Hughes, eiliwyd gan y Cyng. E. Pugh bod", "Darllenwyd") for line in WELSH_MINUTES]
    assert not [d for d in _decisions(tmp_path, lines) if "golau" in d["text"] or "cofnodion" in d["text"]]


@pytest.mark.parametrize("sentence, kind", [
    ("Cytunwyd y dylai’r Clerc gwblhau’r ffurflen gais.", "agreed"),
    ("Cytunodd y Cynghorwyr y byddai Beechwood yn un lleoliad da.", "agreed"),
    ("Penderfynwyd gohirio’r eitem tan y cyfarfod nesaf.", "resolved"),
    ("Cymeradwywyd y taliadau canlynol:", "approved"),
    ("Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies ac roedd pawb yn gytûn, bod y cofnodion yn gywir.",
     "agreed"),
    ("Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies bod y cofnodion yn gywir.", "motion"),
    # a person agreeing to do something, the noun 'decision', things received: no decision
    ("Cytunodd y Clerc i ysgrifennu at y Cyngor Sir.", None),
    ("Fe wnaeth adael yr ystafell ac ni chymerodd ran yn y drafodaeth na’r penderfyniad.", None),
    ("Derbyniwyd ymddiheuriadau gan y Cynghorwyr Doris Jones ac Owen Williams.", None),
    ("The Council agreed to write to the County Council.", None),
])
def test_welsh_decision_words(sentence, kind):
    assert welsh_decision_kind(sentence) == kind


def test_welsh_mover_and_seconder():
    assert welsh_moved_and_seconded("Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies ac roedd pawb yn "
                                    "gytûn") == ("Cyng. P. Harries", "Cyng. J. Davies")
    assert welsh_moved_and_seconded("Cytunwyd y dylid anfon y sylwadau.") == (None, None)


@needs_wild
def test_a_real_welsh_paper_decides_as_its_english_twin():
    """Manordeilo and Salem, 11 October 2017: the Welsh minutes record the English minutes' decisions: the last
    meeting's minutes confirmed (proposed and seconded), the Local Decisions Protocol on November's agenda, the
    defibrillator application and place, the planning observations sent."""
    cy = [" ".join(d["text"].split()) for d in paper_decisions("wild", "mscc_10-17_cy.pdf") if d.get("source") == "meeting"]
    for words in ("fel ag y maent wedi’u teipio a’u dosbarthu, yn gywir", "Cytunwyd y dylid rhoi Model Protocol",
                  "Cytunwyd y dylai’r Clerc gwblhau’r ffurflen gais", "Cytunodd y Cynghorwyr y byddai Beechwood",
                  "Cytunwyd y dylid anfon y sylwadau canlynol"):
        assert len([t for t in cy if words in t]) == 1, (words, cy)
    en = [d for d in paper_decisions("wild", "mscc_17-10-11.pdf") if d.get("source") == "meeting"]
    assert len(cy) <= len(en)
