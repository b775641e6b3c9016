"""Who moved and seconded a decision, in the shapes minutes print them: labels before the names ('Prop. GK, 2nd JH',
'Proposed: X; seconded: Y', 'Proposed. Cllr X, Seconded Cllr Y'), the proposer's verb then 'seconded by', both verbs
after their names ('X proposed approval; Y seconded'), 'upon the proposition of X, seconded by Y', and a mover alone
('Moved by X to adopt'); what is proposed is no mover ('It was proposed that the quote from Thomas B Bonnett be
accepted', a nominee after 'proposed'). Sentences of seven bodies' papers, generated minutes stored in a real
database, and wild papers (skipped without ../shared)."""

import sqlite3

import pytest

from minutebook.extract.movers import moved_and_seconded

from .conftest import run_cli
from .pdfs import write_pdf
from .wild_papers import needs_wild, paper_decisions


@pytest.mark.parametrize("text, mover, seconder", [
    ("The Minutes of the previous Parish Meeting were approved. Proposed: Mrs A Prescott; seconded: Major Gray",
     "Mrs A Prescott", "Major Gray"),  # Souldern
    ("a precept of £5,700 was approved. Prop KD 2nd: CR Points arising from the discussions:", "KD", "CR"),  # Souldern
    ("for the next 2 yrs Prop: CR 2nd: DMJ Allowances of £200 for village celebrations", "CR", "DMJ"),  # Souldern
    ("It was resolved to adjourn the meeting. Prop JB, 2nd GK, All agreed.", "JB", "GK"),  # Wereham
    ("It was proposed to get new sign from JD Signs. Proposer: Cllr D Deighton, 2nd: Cllr P Norris.", "Cllr D Deighton",
     "Cllr P Norris"),  # Wereham
    ("Village Hall £36.00 -Proposed Mrs. Newell seconded C. Humphries pass for payment - agreed.", "Mrs. Newell",
     "C. Humphries"),  # Wereham
    ("Proposed: Cllr Muir; seconded: Cllr Pointeer. 9 for, 1 abstention.", "Cllr Muir", "Cllr Pointeer"),  # Northwold
    ("Vice Chair for a few months. Proposed. Cllr Sue Lintern, Seconded Cllr Grant Tomkins, all agreed.",
     "Cllr Sue Lintern", "Cllr Grant Tomkins"),  # Stoke Ferry
    ("Cllr Mann proposed acceptance, seconded by Cllr Summers.", "Cllr Mann", "Cllr Summers"),  # Stoke Ferry
    ("Cllr Ryves proposed Cllr McCarthy, seconded by Cllr Mrs Buckley Stevens. Cllr Mrs Clements proposed",
     "Cllr Ryves", "Cllr Mrs Buckley Stevens"),  # the nominee is not the mover
    ("Cllr Leamon proposed approval; Cllr Hardy seconded; Carried.", "Cllr Leamon", "Cllr Hardy"),  # Stoke Ferry
    ("(Cllr Gail Reeve proposed, Cllr Sue Lintern seconded, all were in favour).", "Cllr Gail Reeve", "Cllr Sue Lintern"),
    ("Upon the proposition of M Reeve, seconded by P Sewell, it was resolved unanimously", "M Reeve", "P Sewell"),
    ("PAG proposed GPR as vice Chairman, seconded by MPO, all agreed,", "PAG", "MPO"),  # Boughton
    ("PW was proposed as Chairman by LH and seconded by PK.", "LH", "PK"),  # West Dereham
    ("SK proposed to adopt this paper, AM seconded, and the Board were in full agreement.", "SK", "AM"),  # Suffolk Libraries
    ("Proposed: Lynne Walker (Aldeburgh) Seconded: Graham Watson (Woodbridge) Carried Unanimously.", "Lynne Walker",
     "Graham Watson"),  # Suffolk Libraries' AGM
    ("Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar", "Commissioner Perez",
     "Chair Ramirez"),  # Norwalk
    ("Communication from Legal Department. Moved by Vlassis to receive and file. Motion Carried 7-0.", "Vlassis", None),
])
def test_the_mover_and_seconder_are_read(text, mover, seconder):
    assert moved_and_seconded(text) == (mover, seconder)


@pytest.mark.parametrize("text", [
    "It was proposed that the quote from Thomas B Bonnett be accepted.",
    "Proposed memorial received from H Brett and Son for Norman James Rolph, no objections made by Council.",
    "The Chairman then proposed that the contractor that presented the lowest quote be invited to remove the tree.",
    "16/01510/F; proposed construction of 2 single storey dwellings at Pooly Farm Barns, Northwold.",
])
def test_what_was_proposed_is_no_mover(text):
    assert moved_and_seconded(text) == (None, None)


def test_the_stored_decision_names_its_mover(tmp_path):
    pdf = write_pdf(tmp_path / "minutes.pdf", [[
        "Ashby Parish Council",
        "Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall",
        "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart",
        "4. Grass cutting",
        "It was resolved to accept the quote of £480 from Green Lawns for the playing field. Prop. AG, 2nd BS, All agreed.",
        "5. Date of next meeting: 1 April 2021"]])
    db = tmp_path / "a.db"
    run_cli("ingest", str(pdf), "--db", str(db), "--silent", check=True)
    rows = sqlite3.connect(db).execute("select mover, seconder from decisions where text like '%Green Lawns%'").fetchall()
    assert rows == [("AG", "BS")]


@needs_wild
@pytest.mark.parametrize("name, words, mover, seconder", [
    ("sf_wereham-pc-minutes-2015-07_index.html", "Parish Council notice board", "JB", "GK"),
    ("sd_2014-11-20 SPC minutes.pdf", "continue using MR Cross for mowing", "CR", "DMJ"),
    ("dsm_1999-02-22_meeting_minutes.pdf", "Approving payment of $83,750 to David L. Cox", "McPherson", None),
])
def test_wild_decisions_name_their_mover(name, words, mover, seconder):
    found = [d for d in paper_decisions("wild", name) if words in " ".join(d["text"].split())]
    assert found and all((d["mover"], d["seconder"]) == (mover, seconder) for d in found), found
