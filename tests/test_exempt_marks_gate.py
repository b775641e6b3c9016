"""exempt_marks.marks asks its pattern only of a line holding one of FORM_WORDS. A marking is a
promise (nothing may withhold less), so every form's every wording is read here through the gate
and straight through the pattern, and must be read the same: a form whose words the gate lacks
fails here (dropping 'session' from FORM_WORDS fails the closed-session lines, for one)."""

import pytest

from minutebook.ingest.exempt_marks import MARKING_RE, marks

FORMS = {
    "before": ["RESTRICTED: Prevent Update", "CONFIDENTIAL ITEM: Land at Mill Lane", "EXEMPT - Staffing",
               "PRIVATE AND CONFIDENTIAL: Staffing review", "NOT FOR PUBLICATION: Land sale", "IN CAMERA: Personnel",
               "PART 2: Contract award", "PART II - Contract award", "Part B: Tenders", "PART TWO: Tenders"],
    "after": ["Land at Mill Lane (Exempt information - Paragraph 3)", "Land at Mill Lane - Confidential",
              "Staffing [Restricted]", "Contract (Not for publication by virtue of paragraph 3)",
              "Personnel (in camera)", "Staffing (Private and Confidential)", "Lease – Exempt Report"],
    "section": ["EXEMPT ITEMS", "RESTRICTED ITEMS", "PART 2", "Part ii", "CONFIDENTIAL ITEMS", "CLOSED SESSION",
                "CONFIDENTIAL", "PRIVATE BUSINESS", "Restricted:", "Items to be considered in private",
                "Item taken in private", "Items to be dealt with in private", "Exempt matters"],
    "closes": ["Exclusion of the Press and Public", "Exclude the public", "Exclusion of public and press",
               "RECESS TO CLOSED SESSION", "Adjourned into executive session", "Retire to a closed session"],
    "opens": ["UNRESTRICTED ITEMS", "OPEN ITEMS", "PART 1", "Part I", "Part A", "OPEN SESSION",
              "6:00 PM - OPEN SESSION", "The press and public were readmitted", "The public was re-admitted",
              "Public and press were readmitted"],
    "placeholder": ["Document is Restricted", "  document is restricted. "],
    "unpublished": ["NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A",
                    "This report is not for public release"],
}


def _ungated(text: str) -> dict:
    m = MARKING_RE.match(text)
    return {form: m.span(form) for form, found in m.groupdict().items() if found is not None} if m else {}


@pytest.mark.parametrize("form,text", [(form, text) for form, texts in FORMS.items() for text in texts])
def test_every_form_is_read_through_the_gate(form, text):
    assert form in _ungated(text)  # the example prints the form
    assert marks(text) == _ungated(text)


def test_letters_the_pattern_folds_to_ascii_pass_the_gate():
    # re's IGNORECASE lets 'ſ' match 's' and 'ı' match 'i': so must the gate
    for text in ("Reſtricted items", "PRıVATE BUSINESS", "Exclusion of the preſs and public"):
        assert _ungated(text), text
        assert marks(text) == _ungated(text)


def test_a_line_with_none_of_the_words_prints_no_marking():
    for text in ("The minutes of the last meeting were agreed", "Apologies for absence", "Any other business", ""):
        assert marks(text) == _ungated(text) == {}
