"""Who was there, said in prose or after a count of the public (issue 7): a guest who 'was in
attendance' is in attendance, one who 'had previously attended' another meeting is not, and
'Public: 14 Also, in attendance:' heads a list. Real papers of three bodies (../shared/wild and
../shared/real; skipped when absent) and guards on text."""

import pytest

from minutebook.extract.attendance_facts import PRESENTER_RES
from minutebook.extract.people import attendance_from_block
from minutebook.ingest.document import Block

from .conftest import SHARED


def _presenters(text):
    return [m.group("who") for pattern in PRESENTER_RES for m in pattern.finditer(text)]


def test_who_attended_this_meeting_not_another():
    assert _presenters("PCSO Claire Law was in attendance at the beginning of the meeting") == ["Claire Law"]
    assert _presenters("so Steve Lively, Regulatory Compliance Officer who had previously attended the Parish "
                       "Council meeting in November 2017, won't be responsible") == []
    # a post between commas still leads to its holder, whatever the sentence says after the verb
    assert _presenters("1. Gavin Swann, Service Manager in Safeguarding and Quality Assurance presented the "
                       "report which had been shared") == ["Gavin Swann"]


def test_a_count_of_the_public_before_a_label_is_no_sentence():
    follow = Block("paragraph", "Cllr Martin Storey, Norfolk County Council Matt Kenny, Trustee of the Playing Field", 1)
    found = attendance_from_block(Block("paragraph", "Public: 14 Also, in attendance:", 1), 0, follow)
    assert [(e.name, e.status) for e in found] == [("Martin Storey", "in_attendance"), ("Matt Kenny", "in_attendance")]
    assert attendance_from_block(Block("paragraph", "The clerk noted who was present: Mr Smith", 1), 0) == []


def _attendance(folder, name):
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = SHARED / folder / name
    if not path.exists():
        pytest.skip(f"needs ../shared/{folder}/{name}")
    doc = read_document(str(path))
    facts = extract_document(doc, find_structure(doc))
    return {a["name"]: a["status"] for a in facts["attendance"]}


@pytest.mark.parametrize("folder, name, there, not_there", [
    ("wild", "sf_northwold-pc-minutes-2011-03_index.html", ["Claire Law"], []),
    ("wild", "sf_west-dereham-pc-minutes-2017-04_index.html", ["Jon Miles"], []),
    ("wild", "sf_stoke-ferry-pc-minutes-2019-04-extraordinary_index.html", ["Martin Storey", "Matt Kenny"], []),
    ("wild", "sf_stoke-ferry-pc-minutes-2018-02_index.html", ["Chris Philpott"], ["Steve Lively"]),
    ("real", "kcc_CPP Minutes 29.10.24.pdf", ["Gavin Swann"], ["Quality Assurance"]),
])
def test_real_papers(folder, name, there, not_there):
    found = _attendance(folder, name)
    for who in there:
        assert found.get(who) in ("present", "in_attendance"), (who, found)
    for who in not_there:
        assert who not in found, (who, found)
