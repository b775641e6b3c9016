"""The last minutes approved (issue 7: close_evidence.MINUTES_APPROVED_RE matched Suffolk Libraries' papers only).
The same reading now also keeps an ACTION line under an approval that sets no task from making one: '2.1 The minutes
were accepted as correct.' / 'ACTION: AHop/MS' (Friends of Halesworth Library, whose gold lists no task there), while
'... accepted as a true and accurate record to be posted on the website' stays its task. Text forms, then the real
papers in ../shared/series (skipped when they are absent)."""

import pytest

from minutebook.extract.minutes_approval import approval_only, minutes_approved
from minutebook.extract.run import extract_document
from minutebook.ingest.read import read_document
from minutebook.ingest.structure import find_structure

from .conftest import SHARED


def test_an_approval_that_says_nothing_more_sets_no_task():
    assert approval_only("2.1 The minutes were accepted as correct.")
    assert approval_only("The minutes of the meeting held on 5 May were approved as a true record and signed by the Chairman.")
    assert not approval_only("The minutes were accepted as a true and accurate record to be posted on the website.")
    assert not approval_only("The minutes of the board meeting were agreed for accuracy subject to the following "
                             "changes: Item 3 - The fourth bullet point should refer to document management system")
    # a correction is still the record approved: no news of the tasks it names (close_evidence)
    assert minutes_approved("The minutes of the board meeting were agreed for accuracy subject to the following "
                            "changes: Item 3 - The fourth bullet point should refer to document management system")
    assert not approval_only("The Clerk was asked to put a paragraph after the minutes about vandalism.")


def _actions(name):
    path = SHARED / "series" / "fohcl" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/series/fohcl/{name}")
    doc = read_document(str(path), ocr=False)
    return [a.description if hasattr(a, "description") else a["description"]
            for a in extract_document(doc, find_structure(doc))["actions"]]


def test_friends_of_halesworth_approvals_with_and_without_a_task():
    assert not any("accepted as correct" in a for a in _actions("fohcl_2016-03-15.pdf"))
    assert any("accepted as a true and accurate record to be posted" in a for a in _actions("fohcl_2015-06-02.pdf"))
