"""A meeting's venue is the place alone: not the time, day, link words or spaced heading its
line runs on into, and never a statute's words. The venues below are as real papers of six
bodies print them on the venue's line (Govan CC, Stoke Ferry PC, Wretton PC, Kingston, the
bundled Community Safety Partnership pack, Des Moines)."""

from pathlib import Path

import pytest

from minutebook.ingest.structure import tidy_venue

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize("printed,venue", [
    ("Board Room, Elderpark Workspace at 7 p", "Board Room, Elderpark Workspace"),
    ("Community Centre At 7", "Community Centre"),
    ("CHURCH MONDAY 13th September 2010", "CHURCH"),
    ("Guildhall, Kingston upon Thames. View directions", "Guildhall, Kingston upon Thames"),
    ("Meeting held virtually via MS Teams A G E N D A", "Meeting held virtually via MS Teams"),
    ("Council Chamber, Sessions House, County Hall, Maidstone", "Council Chamber, Sessions House, County Hall, Maidstone"),
    ("City Hall Council Chambers, City Hall, One Civic Center Drive, La Cañada Flintridge, CA",
     "City Hall Council Chambers, City Hall, One Civic Center Drive, La Cañada Flintridge, CA"),
    ("The Village Hall from 7:00pm", "The Village Hall"),
])
def test_the_venue_alone(printed, venue):
    assert tidy_venue(printed) == venue


def test_a_statutes_words_are_no_venue():
    # Des Moines' agenda: 'at a place reasonably accessible to the public and at a time reasonably convenient ...'
    assert tidy_venue("a place reasonably accessible to the public and at a time reasonably convenient to the public") is None


def test_the_bundled_packs_meeting_page_shows_the_venue_alone():
    from minutebook.ingest.pipeline import parse_file
    meetings = parse_file(str(CORPUS / "001_de1ae569ecce4883.pdf"), "x", extract=False)["meetings"]
    assert meetings[0]["venue"] == "Meeting held virtually via MS Teams"
