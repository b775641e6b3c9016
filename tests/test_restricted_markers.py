"""An exempt item as councils and boards mark it: before its title, after it with the statute's
paragraph, under a heading that is only the marking ('CONFIDENTIAL', 'PRIVATE BUSINESS'), or not
at all but after the item that excludes the press and public. Each paper's
exempt item holds a word the public copy must not hold; the forms that say nothing of the kind
('(Exempt from CEQA)', a finding under California's environmental law) stay public."""

import pytest
import sqlite_utils

from minutebook.ingest.publish import public_path

from .conftest import run_cli

SECRET = "Zorbaquin"
MARKED = {
    "confidential item": "3. CONFIDENTIAL ITEM: Land at Mill Lane",
    "private and confidential": "3. PRIVATE AND CONFIDENTIAL - Land at Mill Lane",
    "in camera": "3. In Camera: Land at Mill Lane",
    "part two": "3. PART TWO: Land at Mill Lane",
    "not for publication": "3. Land at Mill Lane - NOT FOR PUBLICATION",
    "confidential after a dash": "3. Land at Mill Lane – Confidential",
    "exempt information, paragraph": "3. Land at Mill Lane (Exempt information – Paragraph 3)",
    "exempt, by virtue of": "3. Land at Mill Lane (Exempt by virtue of paragraph 3 of Schedule 12A)",
    "exclusion of the press and public": "3. EXCLUSION OF THE PRESS AND PUBLIC\n\nRESOLVED that the press and public "
                                         "be excluded for the following item.\n\n4. Land at Mill Lane",
    "exclusion without a number": "Exclusion of the Public and Press\n\n4. Land at Mill Lane",
    # a heading over the exempt part that is only the marking
    "a confidential heading": "CONFIDENTIAL\n\n3. Land at Mill Lane",
    "private business": "PRIVATE BUSINESS\n\n3. Land at Mill Lane",
    "exempt information heading": "Exempt Information\n\n3. Land at Mill Lane",
    "items in private": "Items to be considered in private\n\n3. Land at Mill Lane",
}
# a numbered item whose title is only the marking: the item, its text and the items after it
NUMBERED = {"a numbered confidential item": "3. Confidential", "numbered exempt information": "3. Exempt Information"}
PUBLIC = {"exempt from CEQA": "3. Adopt the Mill Lane zoning change (Exempt from CEQA)",
          "a confidential reporting line": "3. Whistleblowing - Confidential reporting line"}


def _minutes(item: str) -> str:
    return (f"Minutes of the meeting of the Mill Board held on 12 March 2024\n\n1. Apologies\n\nNone.\n\n"
            f"2. Budget\n\nThe Board agreed the budget.\n\n{item}\n\nThe Board discussed the {SECRET} offer for the land.\n")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("markers")
    papers = root / "papers"
    papers.mkdir()
    for name, item in {**MARKED, **NUMBERED, **PUBLIC}.items():
        (papers / f"{name}.txt").write_text(_minutes(item), encoding="utf-8")
    (papers / "readmitted.txt").write_text(
        "Minutes of the meeting of the Mill Board held on 12 March 2024\n\n1. Exclusion of the public\n\nResolved.\n\n"
        f"2. Land at Mill Lane\n\nThe Board discussed the {SECRET} offer for the land.\n\n"
        "The press and public were readmitted.\n\n3. Any other business\n\nThe Board thanked the Quibbleton volunteers.\n",
        encoding="utf-8")
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db


def _passages_with(db, word):
    return {r[0][:-4] for r in sqlite_utils.Database(db).execute(
        "select d.filename from passages p join documents d on d.id = p.document_id where p.text like ?", [f"%{word}%"])}


def test_every_marked_item_is_kept_from_the_public_copy(archive):
    assert _passages_with(archive, SECRET) == set(MARKED) | set(NUMBERED) | set(PUBLIC) | {"readmitted"}  # all held
    assert _passages_with(public_path(str(archive)), SECRET) == set(PUBLIC)


def test_the_marked_items_title_is_read_without_its_marking(archive):
    titles = {r[0][:-4]: (r[1], r[2]) for r in sqlite_utils.Database(archive).execute(
        "select d.filename, a.title, a.restricted from agenda_items a join documents d on d.id = a.document_id "
        "where a.title like '%Mill Lane%'")}
    for name in MARKED:
        assert titles[name] == ("Land at Mill Lane", 1), name
    assert titles["exempt from CEQA"] == ("Adopt the Mill Lane zoning change (Exempt from CEQA)", 0)
    numbered = {r[0][:-4]: (r[1], r[2]) for r in sqlite_utils.Database(archive).execute(
        "select d.filename, a.title, a.restricted from agenda_items a join documents d on d.id = a.document_id "
        "where a.number = '3'")}
    assert [numbered[name] for name in NUMBERED] == [("Confidential", 1), ("Exempt Information", 1)]


def test_the_exclusion_item_is_public_and_the_readmitted_public_sees_the_next(archive):
    items = {(r[0][:-4], r[1]): r[2] for r in sqlite_utils.Database(archive).execute(
        "select d.filename, a.number, a.restricted from agenda_items a join documents d on d.id = a.document_id")}
    assert items[("exclusion of the press and public", "3")] == 0  # its resolution is read out in public
    assert items[("exclusion of the press and public", "4")] == 1
    assert (items[("readmitted", "1")], items[("readmitted", "2")], items[("readmitted", "3")]) == (0, 1, 0)
    assert _passages_with(public_path(str(archive)), "Quibbleton") == {"readmitted"}
