"""People printed with a middle initial, as American papers name them ('Ronald D. Pearson, President dba Hy Vee',
'payment of $83,750 to David L. Cox', Des Moines; 'Karen A. Stevenson', 'Benjamin M. Haro' in Californian agendas):
a known given name, one capital with its full stop, a surname (issue 7: people recall). A capital and a full stop
after a word that is no given name ('Section A. Smith', 'Appendix B. Report') is none; on the pipeline, and on a
real Des Moines paper where ../shared is there."""

import pytest

from minutebook.extract.nlp import load_pipeline, people_in

from .conftest import SHARED


def _people(text):
    return [s.text for s in people_in(load_pipeline(None)(text))]


@pytest.mark.parametrize("text, name", [
    ("6. Hy Vee, Inc., Ronald D. Pearson, President dba Hy Vee #1, 3330 Martin Luther King; Renewal.", "Ronald D. Pearson"),
    ("Approving payment of $83,750 to David L. Cox, former City employee for special case settlement.", "David L. Cox"),
    ("The contract went to Karen A. Stevenson for the library roof.", "Karen A. Stevenson"),
])
def test_a_given_name_a_middle_initial_and_a_surname(text, name):
    assert name in _people(text)


def test_a_capital_and_a_stop_after_other_words_is_no_name():
    assert _people("See Section A. Smith Road is closed until the works finish.") == []
    assert _people("The members read Appendix B. Report pages were circulated.") == []
    # no known given name before the initial: not read on this shape alone
    assert _people("The Hy Vee K. Linn store renewal was approved.") == []


def test_a_real_licence_list():
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / "wild" / "dsm_1999-02-22_meeting_minutes.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild")
    doc = read_document(str(path), ocr=False)
    names = {m["name"] for m in extract_document(doc, find_structure(doc))["mentions"]}
    assert {"Ronald D. Pearson", "Mark A. Nicola", "David L. Cox"} <= names
