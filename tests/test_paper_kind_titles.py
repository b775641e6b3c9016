"""A word in a paper's title decides its kind only where the title says it (ingest/paper_kind.py): an agenda whose first
item reviews the action log is no action log."""

from minutebook.ingest.paper_kind import document_kind
from minutebook.ingest.read import read_document

from .conftest import SHARED
from .wild_papers import needs_wild


@needs_wild
def test_an_agenda_item_reviewing_the_action_log_is_no_action_log():
    # '1. Review of minutes from March meeting and sign-off to publish on website. Review of action log.'
    doc = read_document(str(SHARED / "wild" / "wtsb_2019-05-30_index.md"), ocr=False)
    assert document_kind(doc) != "action_log"
