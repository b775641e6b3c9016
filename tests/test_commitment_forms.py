"""Commitments in forms the scored signals did not read (extract/action_signals.py, extract/actions.py):

- with an auxiliary before the commitment: 'Mr P Murfitt has offered to construct three wooden plant
  containers' (West Dereham), 'Mr. Warner has offered to clear the fallen tree' (Northwold), 'Bernadette
  Lawrence has offered to make introductions' (Suffolk Libraries), 'The Locum Clerk is going to contact
  them' (West Dereham); a past perfect's offer is less sure ('had offered to paint ... last year');
- the subject's own second verb with no report around it: 'Nick Oakhill is comunicating with Anglian Water
  ... and will try to obtain a copy' (Souldern), 'Eric is specifically concentrating on vulnerable groups
  and will draw out headings' (Suffolk Libraries), not another subject's ('... who will reply') nor a
  passive ('has been appointed ... and will be supported');
- not an office taken: 'It was confirmed that Cathy Fleet will take over from Nikki Robertson as RFO'
  (Souldern), 'Councillor Agate has kindly agreed to take over the duties of Treasurer' (Boughton);
- the meeting's 'agreed' with its 'that' dropped: 'It was agreed the matter will be reviewed towards the
  end of the year' (Stoke Ferry), 'It was agreed a list would be prepared for the next Finance & Audit
  meeting' (Suffolk Libraries); only a modal's future ('agreed the work is considered complete' is none).

Generated minutes read by the real pipeline into a real database, and real minutes of four bodies
(skipped without ../shared)."""

from __future__ import annotations

import pytest
import sqlite_utils

from minutebook.ingest.pipeline import ingest

from .conftest import SHARED
from .wild_papers import ingested

MINUTES = """<html><body>
<h1>Minutes of the Meeting of Elmfield Community Council held on 12 March 2024</h1>
<p>Present: Cllr John Archer (Chair), Cllr Mary Bell, Cllr Tom Cooper, Jane Fox (Clerk).</p>
<h2>1. Village</h2>
<p>Mary Bell has offered to update the website.</p>
<p>The Clerk is going to contact the insurers.</p>
<p>Tom Cooper has contacted three suppliers and will chase up the quotes.</p>
<p>It was agreed a list of verges would be prepared for the next meeting.</p>
<h2>2. Other matters</h2>
<p>Members agreed the work is considered complete.</p>
<p>Tom Cooper had offered to paint the benches last year but the weather prevented it.</p>
<p>The Clerk has written to the landowner, who will reply next week.</p>
<p>Mary Bell has been appointed as warden and will be supported by the Clerk.</p>
<p>Tom Cooper said the hedge was overgrown. He had received a letter from the farm stating the company was reviewing its land and would be in touch later.</p>
<p>Meanwhile Mary Bell has agreed to send the plan to the school.</p>
<h2>3. Officers</h2>
<p>It was confirmed that Tom Cooper will take over from Mary Bell as Treasurer with a handover on 1 April.</p>
<p>Mary Bell has kindly agreed to take over the duties of Footpath Warden.</p>
<p>Date of next meeting: 9 April 2024.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("commitment_forms")
    paper = folder / "elmfield-minutes-2024-03-12.html"
    paper.write_text(MINUTES, encoding="utf-8")
    path = folder / "archive.db"
    ingest([str(paper)], str(path))
    return sqlite_utils.Database(path)


def _owners(db, start: str) -> list[str]:
    """The owners of each action whose description starts so, one string per action."""
    return [r["owners"] or "" for r in db.query("select owners from actions where description like ?", [start + "%"])]


@pytest.mark.parametrize("start, owners", [
    ("Mary Bell has offered to update the website", "Mary Bell"),
    ("The Clerk is going to contact the insurers", "Jane Fox"),
    ("Tom Cooper has contacted three suppliers and will chase up the quotes", "Tom Cooper"),
    ("It was agreed a list of verges would be prepared", ""),
    ("Meanwhile Mary Bell has agreed to send the plan", "Mary Bell"),  # a sentence adverb is no part of the name
])
def test_the_commitment_is_an_action(made, start, owners):
    assert _owners(made, start) == [owners]


@pytest.mark.parametrize("start", [
    "Members agreed the work is considered complete",
    "Tom Cooper had offered to paint the benches last year",
    "The Clerk has written to the landowner, who will reply",
    "Mary Bell has been appointed as warden",
    "He had received a letter from the farm",  # the second verb is the company's
    "It was confirmed that Tom Cooper will take over from Mary Bell as Treasurer",  # an office taken, no task
    "Mary Bell has kindly agreed to take over the duties of Footpath Warden",
])
def test_no_commitment_no_action(made, start):
    assert _owners(made, start) == []


WILD = SHARED / "wild"
PAPERS = [WILD / "sf_west-dereham-pc-minutes-2009-03_index.html", WILD / "sf_northwold-pc-minutes-2011-03_index.html",
          WILD / "sf_west-dereham-pc-minutes-2017-04_index.html", WILD / "sd_2018-05-24 Annual Meeting minutes.pdf",
          WILD / "sl_board-meeting-minutes-2014-05-29.pdf", WILD / "sf_stoke-ferry-pc-minutes-2010-06_index.html",
          WILD / "sd_2017-07-13 SPC minutes.pdf", WILD / "sf_boughton-pc-agenda-minutes-2013-11_index.html"]


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    return ingested(tmp_path_factory, PAPERS, "commitment_forms_real")


@pytest.mark.parametrize("start, owners", [
    ("Mr P Murfitt has offered to construct three wooden plant containers", "Paddy Murfitt"),
    ("Mr. Warner has offered to clear the fallen tree", "Warner"),
    ("The Locum Clerk is going to contact them", "Helen Richardson"),
    ("Nick Oakhill is comunicating with Anglian Water", "Nick Oakhill"),
    ("Eric is specifically concentrating on vulnerable groups and will draw out headings", "Eric Orme"),
    ("It was agreed the matter will be reviewed towards the end of the year", ""),
])
def test_real_commitments(real, start, owners):
    assert _owners(real, start) == [owners]


@pytest.mark.parametrize("start", [
    "It was confirmed that Cathy Fleet will take over from Nikki Robertson as RFO",
    "As a result of discussions Councillor Agate has kindly agreed to take over the duties of Treasurer",
])
def test_real_offices_taken_are_no_tasks(real, start):
    assert _owners(real, start) == []
