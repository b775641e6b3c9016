"""The search page helps a visitor whose words the papers do not hold as typed: a misspelt word is
offered the word the papers print ('Did you mean partnership?'), 'speed NEAR limit' is a NEAR
search rather than a search for the word 'near', and a lowercase 'or' or a leading NOT is said
to be a word, and a search of only an operator or of words to leave out says what it looked for. Through Datasette's test client on the served archive (the bundled corpus)."""

import asyncio
import html as htmllib
import re
import urllib.parse

import pytest
from datasette.utils.testing import TestClient as DatasetteClient

from minutebook.fulltext import fts_query, query_hints
from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette
from minutebook.spelling import distance, stem


@pytest.fixture(scope="module")
def client(archive_db):
    ds = make_datasette(public_path(str(archive_db)), public_files=files_dir(str(archive_db)))
    asyncio.run(ds.invoke_startup())
    return DatasetteClient(ds)


def search(client, q, **more):
    response = client.get("/search?" + urllib.parse.urlencode({"q": q, **more}))
    assert response.status == 200
    return response.text


def hit_ids(html):
    return re.findall(r'<li class="mb-hit mb-hit-\w+" data-id="(\d+)"', html)


def suggested(html):
    m = re.search(r'id="mb-suggestion">Did you mean <a href="([^"]+)">([^<]+)</a>\?', html)
    return (htmllib.unescape(m.group(1)), htmllib.unescape(m.group(2))) if m else None


@pytest.mark.parametrize("typed, meant", [("partnrship", "partnership"), ("Partnreship", "Partnership"),
                                          ("domestc abuse", "domestic abuse"),
                                          # the word a person types, not the index's stem ('plan')
                                          ("plannning", "planning"),
                                          # a typo in the first letter too
                                          ("rlanning", "planning"), ("Dartnership", "Partnership"),
                                          # typos whose stem is far from the word's ('decsion' is not
                                          # stemmed as 'decision' is, 'decis')
                                          ("decsion", "decision"), ("respnse", "response"),
                                          ("saef haven", "safe haven"),
                                          # a phrase's words too
                                          ('"domestc abuse"', '"domestic abuse"')])
def test_a_misspelt_search_is_offered_the_papers_word(client, typed, meant):
    html = search(client, typed)
    assert len(hit_ids(html)) < 3
    link, words = suggested(html)
    assert words == meant
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)["q"] == [meant]
    assert hit_ids(search(client, meant))  # the offered spelling finds papers


@pytest.mark.parametrize("q", ["partnership", "CCTV", "zzzzqqq", "safe NOT haven",
                               # words the papers print, if in a passage or two, one or two letters
                               # from commoner ones ('back', 'project', 'social')
                               "black", "reject", "special"])
def test_a_word_the_papers_hold_or_nothing_like_it_is_offered_nothing(client, q):
    assert suggested(search(client, q)) is None


def test_a_suggestion_keeps_the_filters(client):
    html = search(client, "partnrship", kind="passages", **{"from": "2000-01-01"})
    link, _ = suggested(html)
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
    assert params["kind"] == ["passages"] and params["from"] == ["2000-01-01"]


def test_near_between_two_words_is_a_near_search(client):
    assert fts_query("domestic NEAR abuse") == "NEAR(domestic abuse)"
    assert fts_query("domestic NEAR/3 abuse") == "NEAR(domestic abuse, 3)"
    assert fts_query('"domestic NEAR abuse"') == '"domestic NEAR abuse"'  # inside a phrase it is a word
    assert fts_query("safe NEAR haven NEAR/7 police") == "NEAR(safe haven police, 7)"  # a chain is one group
    assert fts_query("a NEAR b OR c NEAR d") == "NEAR(a b) OR NEAR(c d)"
    near = search(client, "domestic NEAR abuse", kind="passages")
    both = search(client, "domestic abuse", kind="passages")
    assert hit_ids(near) and set(hit_ids(near)) <= set(hit_ids(both) + hit_ids(search(client, "domestic abuse", kind="passages", page=2)))
    for snippet in re.findall(r'<p class="mb-snippet">(.*?)</p>', near, flags=re.S):
        marked = {m.lower() for m in re.findall(r"<mark>(\w+)", snippet)}
        assert "near" not in marked  # the operator is not looked for as a word


def test_a_lowercase_or_and_a_leading_not_are_explained(client):
    assert query_hints("planning or grant") and not query_hints("planning OR grant")
    assert not query_hints('"planning or grant"')  # a phrase's words are the phrase's
    assert query_hints("NOT grant") and not query_hints("planning NOT grant")
    html = search(client, "abuse or partnership")
    assert re.search(r'class="mb-problem" role="alert">“or” was looked for as a word', html)
    assert "class=\"mb-problem\"" not in search(client, "abuse OR partnership")


@pytest.mark.parametrize("q, said", [("OR", "“OR” goes between words"), ("AND NOT", "“AND NOT” goes between words"),
                                     ("NOT", "“NOT” goes between words"),
                                     ("-partnership", "with no other word, “partnership” was looked for instead")])
def test_a_search_of_only_an_operator_or_a_left_out_word_says_what_was_looked_for(client, q, said):
    """FTS5 cannot run these as typed: their words were searched for, and the page listed hits
    for 'or' or 'partnership' without a word of why."""
    html = search(client, q)
    assert re.search(r'class="mb-problem" role="alert">[^<]*' + re.escape(htmllib.escape(said)), html), q
    assert not query_hints("abuse -partnership") and not query_hints("abuse OR partnership")


def test_the_decisions_query_takes_near_too(client):
    response = client.get("/minutebook/search_decisions?" + urllib.parse.urlencode({"q": "agreed NEAR strategy"}))
    assert response.status == 200 and "error" not in response.text.lower().split("<h1")[-1][:3000]


def test_stems_and_distances():
    assert stem("planning") == stem("plans") == "plan"
    assert stem("") is None
    assert distance("grnat", "grant", 1) == 1  # two letters swapped
    assert distance("plann", "plan", 1) == 1
    assert distance("budget", "widget", 1) == 2  # more than allowed


def shown_dates(html):
    """Each hit's meeting date, '' for an undated hit, in the order shown."""
    items = re.findall(r'<li class="mb-hit mb-hit-\w+" data-id="\d+">(.*?)</li>', html, flags=re.S)
    return [(re.search(r'href="/meeting/\d+">(\d{4}-\d{2}(?:-\d{2})?)</a>', item) or [None, ""])[1] for item in items]


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_hits_can_be_ordered_by_their_meetings_date(client, order):
    pages = [search(client, "council", sort=order, page=n) for n in (1, 2)]
    dates = shown_dates(pages[0]) + shown_dates(pages[1])
    dated = [d for d in dates if d]
    assert len(dated) > 10 and dated == sorted(dated, reverse=order == "newest")
    assert dates[:len(dated)] == dated  # the undated come after every dated hit
    assert f"{order} meeting first" in pages[0]
    assert re.search(rf'<option value="{order}" selected>', pages[0])
    tabs = re.findall(r'<nav class="mb-kinds".*?</nav>', pages[0], flags=re.S)[0]
    assert f"sort={order}" in htmllib.unescape(tabs)  # the kind tabs keep the order
    # the same hits as the best-first order, only in another order
    best = search(client, "CCTV")
    assert sorted(hit_ids(search(client, "CCTV", sort=order))) == sorted(hit_ids(best))


def test_words_pasted_from_a_pdf_or_a_word_processor_are_found(client):
    """A ligature ('ﬁ', one character in the PDF's font) and curly quotes come with pasted text; the index
    holds 'fi' and a phrase is what quotes of any shape mean."""
    assert fts_query("ﬁnance") == "finance"
    assert fts_query("“safe haven”") == '"safe haven"'
    plain, pasted = search(client, "officers"), search(client, "oﬃcers")
    assert hit_ids(plain) and hit_ids(pasted) == hit_ids(plain)
    assert hit_ids(search(client, "“domestic abuse”")) == hit_ids(search(client, '"domestic abuse"'))


def test_the_home_pages_decision_search_can_ask_for_the_newest_first(client):
    """'What did the board agree about X since 2019?': words, a body, a date and the newest first, from the home page."""
    home = client.get("/").text
    card = re.search(r'<section class="mb-card" id="decisions">.*?</section>', home, flags=re.S).group(0)
    assert re.search(r'<select name="sort">.*<option value="newest">', card, flags=re.S)
    html = search(client, "agreed", kind="decisions", sort="newest", **{"from": "2019-01-01"})
    dates = [d for d in shown_dates(html) if d]
    assert dates and dates == sorted(dates, reverse=True) and min(dates) >= "2019-01-01"
