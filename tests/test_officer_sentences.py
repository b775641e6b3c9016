"""Posts a sentence prints before their holders, as post-first lists do: Manordeilo & Salem's 'the existing officers -
Chairperson Cllr. O. Williams and Vice Chairperson Cllr. K. Davies remain in post' gives the two officers their
posts on the person pages (a real paper, its archive and Datasette; skipped without ../shared), as Wereham's
'Present: Chairman Cllr P Norris, ...' does. A post a comma ends, or one its holder has left, gives no one a post."""

from __future__ import annotations

import pytest

from minutebook.extract.officer_sentences import officers_said

from .wild_papers import roles_shown, served_wild


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    return served_wild(tmp_path_factory, ["mscc_minutes_20-06-10.php", "sf_wereham-pc-minutes-2012-07_index.html"],
                       "officer_sentences")


@pytest.mark.parametrize("name, post", [("Owen Williams", "Chairperson"), ("Kim Davies", "Vice Chairperson"),
                                        ("P Norris", "Chairman")])
def test_officers_a_sentence_names_hold_their_posts(served, name, post):
    db, client = served
    roles = roles_shown(db, client, name)
    assert post in roles, (name, roles[:500])


def test_a_post_the_sentence_ends_or_its_holder_left_is_no_ones():
    # the Chairman, then others, in a list of appointees (the Chairman is someone else)
    assert officers_said("appointed to the Sub-Committee - The Chairman, Cllr Lansdell-Williams, Cllr Mann and "
                         "Cllr Summers.") == []
    assert officers_said("all documents received by the Clerk, Cllr Ryves agreed.") == []
    assert officers_said("services provided by the previous Clerk Mrs Bright were paid") == []
    assert officers_said("Cllr A Smith, Chairman, Cllr B Jones, Cllr C Brown") == []  # posts after their holders
    assert officers_said("The Chairman Cllr J Smith welcomed everyone") == []  # a verb, not a list, after the name
    assert officers_said("officers - Chair Cllr J Smith and Treasurer Mr K Brown remain") == [
        ("Chair", "Cllr J Smith"), ("Treasurer", "Mr K Brown")]
