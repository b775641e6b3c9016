"""The public site as a visitor meets it: every page linked from the home page opens (crawled,
a few of each kind), and the search answers whatever is typed into it (FTS syntax, unbalanced
quotes, accents, a pasted page, paging past the end) with results where a visitor expects them:
a name typed without its accent, a hyphenated word however the papers print it, '-word' to
leave a word out. The archive is the bundled corpus with papers of two more bodies."""

import asyncio
import collections
import html as htmllib
import re
import shutil
import urllib.parse

import pytest
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import files_dir
from minutebook.ingest.publish import public_path
from minutebook.serve import make_datasette

from .conftest import CORPUS, run_cli
from .pdfs import write_pdf

ERROR_TEXT = re.compile(r"Traceback|Internal Server Error|could not be computed|took longer than|no such (?:column|table)"
                        r"|OperationalError|Record not found")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("robust")
    papers = root / "papers"
    shutil.copytree(CORPUS, papers, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    write_pdf(papers / "harbour 2024-03 minutes.pdf", [[
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
        "Present: Councillor Mary Aldous (Chair), Councillor Zoë Pellow", "",
        "1. SLIPWAY", "The council noted the co-operation of the tenants over the slipway closure.",
        "ACTION: Zoë Pellow to repair the eastern slipway railings by 31 May 2024.",
        "2. QUAYSIDE", "The council thanked the harbour master for his e-mail about the quayside."]])
    write_pdf(papers / "allotments 2024-04 minutes.pdf", [[
        "Vellacourt Allotments Committee",
        "Minutes of the meeting of the Vellacourt Allotments Committee held on 9 April 2024",
        "Present: Mr Tomas Ruiz (Chair), Ms Ana Ferreira", "",
        "1. WATER", "The committee welcomed the cooperation of the water board and the council.",
        "2. COMPOST", "Members asked for co operation in keeping the compost bays clear; an email will go out."]])
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def _shape(url):
    path, _, query = url.partition("?")
    return re.sub(r"\d+", "N", path), tuple(sorted(k for k, _ in urllib.parse.parse_qsl(query, keep_blank_values=True)))


def test_every_kind_of_page_linked_from_the_home_page_opens(client):
    """A crawl from /, three pages of each kind (path shape and query keys), HTML only."""
    seen, queue, shapes, opened, broken = set(), collections.deque(["/"]), collections.Counter(), 0, []
    while queue and opened < 600:
        url = queue.popleft()
        if url in seen or shapes[_shape(url)] >= 3:
            continue
        seen.add(url)
        shapes[_shape(url)] += 1
        response = client.get(url, follow_redirects=True)
        opened += 1
        text = response.text if "html" in response.headers.get("content-type", "") else ""
        if response.status >= 400 or ERROR_TEXT.search(text):
            broken.append((url, response.status, re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))[:200]))
        for href in re.findall(r'href="(/[^"#]*)', text):
            href = htmllib.unescape(href)
            if not href.startswith("//") and not re.search(r"\.(csv|json|db|css|js|png|svg|ico)$", href.split("?")[0]) \
                    and "_format=" not in href and "/-/static" not in href:
                queue.append(href)
    assert not broken, broken
    kinds = {shape[0] for shape in shapes}
    # the crawl reached the site's own pages and Datasette's tables, rows and queries
    for wanted in ("/search", "/meetings", "/overdue", "/people", "/meeting/N", "/person/N", "/action/N",
                   "/archive", "/archive/passages", "/archive/passages/N"):
        assert wanted in kinds, (wanted, sorted(kinds))


def _search(client, q, **params):
    response = client.get("/search?" + urllib.parse.urlencode({"q": q, **params}))
    assert response.status == 200, (q, params, response.status)
    text = response.text
    assert not ERROR_TEXT.search(text), (q, params)
    count = re.search(r'id="mb-result-count">(?:More than )?([\d,]+) hit', text)
    # an answer, either way; an empty box is the empty form
    assert count or 'id="mb-no-hits"' in text or not q.strip(), (q, params)
    problems = re.findall(r'class="mb-problem"[^>]*>([^<]*)', text)
    ids = re.findall(r'<li class="mb-hit mb-hit-(\w+)" data-id="(\d+)"', text)
    snippets = [htmllib.unescape(re.sub(r"<[^>]+>", "", s)) for s in re.findall(r'<p class="mb-snippet">(.*?)</p>', text, re.S)]
    return (int(count.group(1).replace(",", "")) if count else 0), set(ids), snippets, problems


SYNTAX = ['"', '"slipway', 'slipway"', '"""', "*", "slip*", "AND", "OR", "NOT", "NEAR", "NEAR(slipway railings)",
          "slipway AND", "OR slipway", "NOT slipway", "-slipway", "^slipway", "title:slipway", "text:slipway",
          "(slipway", "slipway)", "()", "'", "slipway's", ":", "slipway:", "{slipway}", "[slipway]", "slipway~",
          "NEAR/3", "slipway NEAR/2 railings", "%", "_", "\\", "\x00", "a\x00b", "日本語", "🙂", "Zoë", "naïve",
          "<script>alert(1)</script>", "slipway " * 300, "x" * 2000, "", " "]


@pytest.mark.parametrize("params", [{}, {"kind": "actions"}, {"body": "Harbour Safety Board"},
                                    {"body": "No Such Body"}, {"from": "2024-01-01", "to": "2024-12-31"},
                                    {"from": "not a date"}, {"page": "999"}, {"page": "-3"}, {"page": "abc"},
                                    {"page": "99999999999999999999999"}])
def test_any_search_typed_gets_an_answer_not_an_error(client, params):
    for q in SYNTAX:
        _search(client, q, **params)


def test_a_name_typed_without_its_accent_is_found(client):
    accented = _search(client, "Zoë")
    assert accented[0] > 0
    for typed in ("Zoe", "zoe pellow", "ZOË", "ZOE"):
        assert _search(client, typed)[:2] == accented[:2], typed


def test_a_hyphenated_word_finds_it_however_the_papers_print_it(client):
    count, ids, snippets, _ = _search(client, "co-operation")
    printed = " ".join(snippets).lower()
    assert "co-operation" in printed and "cooperation" in printed and "co operation" in printed
    assert ids >= _search(client, "cooperation")[1]
    assert ids >= _search(client, '"co operation"')[1]
    assert _search(client, "e-mail")[1] >= _search(client, "email")[1]


def test_a_word_typed_whole_finds_it_printed_hyphenated(client):
    """The papers print 'co-operation' and 'e-mail': the index, not a word list, says where
    'cooperation' and 'email' split, so a word typed run together finds its hyphenated and
    spaced printings too."""
    count, ids, snippets, _ = _search(client, "cooperation")
    printed = " ".join(snippets).lower()
    assert "co-operation" in printed and "cooperation" in printed and "co operation" in printed
    assert ids == _search(client, "co-operation")[1]
    email = _search(client, "email")
    assert "e-mail" in " ".join(email[2]).lower() and email[1] == _search(client, "e-mail")[1]
    # a word no paper prints hyphenated is searched as typed ('slipway' is never 'slip-way')
    assert _search(client, "slipway")[1] == _search(client, '"slipway"')[1]


def test_a_word_after_a_minus_is_left_out(client):
    council = _search(client, "council")
    without = _search(client, "council -slipway")
    assert 0 < without[0] < council[0]
    assert not [s for s in without[2] if "slipway" in s.lower()]
    assert without[0] == council[0] - _search(client, "council slipway")[0]


def test_and_not_leaves_out_as_search_engines_take_it(client):
    """'AND NOT' was an FTS5 syntax error, so its words were searched for, 'and' and 'not' among
    them: no passage held them all, and the visitor read 'Nothing matches'."""
    slipway = _search(client, "slipway")
    without = _search(client, "slipway AND NOT railings")
    assert 0 < without[0] < slipway[0]
    assert without[:2] == _search(client, "slipway NOT railings")[:2]
    assert not [s for s in without[2] if "railings" in s.lower()]
    assert _search(client, '"slipway AND NOT railings"')[0] == 0  # in a phrase they are words


def test_a_pasted_page_is_searched_by_its_start_and_the_visitor_told(client):
    count, _, _, problems = _search(client, "slipway " * 300)
    assert count == _search(client, "slipway")[0] > 0  # not cut inside a word
    assert problems and "only its first 500" in problems[0]


def test_paging_past_the_end_shows_the_last_page(client):
    response = client.get("/search?q=council&page=999")
    pages = re.search(r"page (\d+) of (\d+)", response.text)
    assert pages and pages.group(1) == pages.group(2)


def test_the_name_filters_find_an_accented_name_typed_without(client):
    for typed in ("zoe", "ZOE PELLOW", "Zoë"):
        assert "Zoë Pellow" in client.get("/people?" + urllib.parse.urlencode({"q": typed})).text, typed
        overdue = client.get("/overdue?" + urllib.parse.urlencode({"owner": typed, "as_of": "2030-01-01"})).text
        assert "eastern slipway railings" in overdue, typed
        rows = client.get("/archive/overdue_actions.json?" + urllib.parse.urlencode(
            {"owner": typed, "as_of": "2030-01-01", "_shape": "objects"})).json["rows"]
        assert [r for r in rows if "slipway" in r["description"]], typed
    assert "Zoë Pellow" not in client.get("/people?q=Zora").text
    for hostile in ("ﬃ" * 400, "ᾂ" * 400, "%_" * 400):  # each grows when folded; the filters keep 200
        assert client.get("/people?" + urllib.parse.urlencode({"q": hostile})).status == 200
        assert client.get("/overdue?" + urllib.parse.urlencode({"owner": hostile})).status == 200


def test_the_full_text_index_internals_have_no_page(client):
    database = client.get("/archive").text
    assert "passages_fts_idx" not in database
    assert client.get("/archive/passages_fts_idx").status == 403
    assert client.get("/archive.json?sql=" + urllib.parse.quote("select count(*) from passages_fts_idx")).status == 200


def test_a_table_search_of_anything_typed_answers(client):
    for q in ('"', '""', '"""', " ", "*", "NEAR(", "a OR", '"unbalanced', "co-operation", "Zoë", "\x00", "slipway\x00",
              '"\x00'):
        for table in ("passages", "actions", "decisions"):
            response = client.get(f"/archive/{table}?" + urllib.parse.urlencode({"_search": q}))
            assert response.status == 200 and not ERROR_TEXT.search(response.text), (table, q, response.status)
    assert "Zoë Pellow" in client.get("/archive/actions?_search=Zoe").text
    # a NUL is a space, not the end of the query (it was 'Invalid SQL: unterminated string')
    assert "eastern slipway railings" in client.get("/archive/actions?_search=%00railings").text


LONG_NAMES = ["a" * 1200, "ë" * 400, "가" * 200, "가" * 1000, "%_" * 600]  # bytes, not characters, fill a LIKE pattern


def test_a_long_name_or_body_filter_answers_with_what_its_start_finds(client):
    """SQLite refuses a LIKE pattern over 1,000 bytes: 200 Hangul letters fold to 400 jamo of
    three bytes each. The canned queries, the site's pages and Datasette's table filters cut the
    value to fit instead of answering 400 (or 500) "LIKE or GLOB pattern too complex"."""
    for value in LONG_NAMES:
        q = urllib.parse.quote(value)
        for path in (f"/archive/overdue_actions?as_of=2030-01-01&owner={q}", f"/archive/overdue_actions.json?owner={q}",
                     f"/archive/overdue_actions.csv?body={q}", f"/archive/person?name={q}",
                     f"/archive/search_decisions?body={q}", f"/overdue?owner={q}", f"/people?q={q}",
                     f"/archive/people?name__contains={q}", f"/archive/people?name__startswith={q}",
                     f"/archive/people.json?name__like={q}", f"/archive/people.csv?name__glob={q}",
                     f"/archive/actions?owners__notcontains={q}&_sort=id"):
            response = client.get(path)
            assert response.status == 200, (path[:60], response.status, response.text[:300])
            assert not ERROR_TEXT.search(response.text) and "too complex" not in response.text, path[:60]
    # the start of a long value is what is looked for: a name, then a long tail of its own letters
    rows = client.get("/archive/people.json?_shape=array&name__startswith=" + urllib.parse.quote("Zo" + "ë" * 600)).json
    assert rows == []  # 'Zoëëë…' names nobody
    rows = client.get("/archive/actions.json?_shape=array&owners__notcontains=" + urllib.parse.quote("x" * 2000)).json
    assert any("slipway" in r["description"] for r in rows)  # nobody is named xxx…: every action is kept
    assert "Zoë Pellow" in client.get("/archive/people?name__contains=" + urllib.parse.quote("Zoë")).text


CRAFTED = ["_through=%7B%7D", "_through=x", "_through=%5B%5D", "_through=" + urllib.parse.quote('{"table": 5, "column": 6, "value": 7}'),
           "_through=" + urllib.parse.quote('{"table": "action_owners", "column": "person_id"}'),
           "_sort=nosuch", "_size=-1", "_size=abc", "_next=%27%29--", "_facet=nosuch", "_facet_date=text",
           "_where=nosuch%3D1", "_col=nosuch", "id__in=x", "id__date=x", "_search=%22", "_shape=nosuch",
           "_facet=%7B", "_facet=%7Bx%7D", "_facet_array=%7B", "_facet_date=%7B%22"]


def test_a_crafted_table_parameter_is_a_clear_answer_not_a_server_error(client):
    """Datasette read `?_through=` without checking its shape: '{}' or 'x' was a 500 on every table."""
    for table in ("actions", "people", "passages", "documents"):
        for param in CRAFTED:
            for ext in ("", ".json"):
                response = client.get(f"/archive/{table}{ext}?{param}")
                assert response.status < 500, (table, ext, param, response.status)
    response = client.get("/archive/actions.json?_through=%7B%7D")
    assert response.status == 400 and "_through must be a JSON object" in response.json["error"]
    # a facet starting with '{' is read as JSON, unchecked: '{' was a 500 (session 20's crawl)
    response = client.get("/archive/actions.json?_facet=%7B")
    assert response.status == 400 and "a facet is a column's name" in response.json["error"]
    assert client.get("/archive/actions.json?_facet=" + urllib.parse.quote('{"simple": "body"}')).status == 200
    good = urllib.parse.quote('{"table": "action_owners", "column": "name", "value": "Zoë Pellow"}')
    assert "eastern slipway railings" in client.get(f"/archive/actions?_through={good}").text


def test_a_bad_time_limit_and_a_query_out_of_time_are_a_clear_answer_on_every_kind_of_page(client):
    """Datasette reads `?_timelimit=` with int(): 'x' was a 500 on every table, canned query and SQL
    page; and a CSV whose query ran out of time (`_timelimit=-1` ends it at once, as the server's
    own limit ends a heavy one) was a 500 where its HTML and JSON said it took too long."""
    pages = ["/archive/actions", "/archive/overdue_actions", "/archive/search_decisions",
             "/archive?sql=" + urllib.parse.quote("select 1"), "/archive/person"]
    for page in pages:
        for ext in ("", ".json", ".csv"):
            base, _, query = page.partition("?")
            path = base + ext + "?" + (query + "&" if query else "")
            bad = client.get(path + "_timelimit=x")
            assert bad.status == 400, (path, bad.status)
            assert "_timelimit must be a whole number" in bad.text
            late = client.get(path + "_timelimit=-1")
            assert late.status in (200, 400), (path, late.status)
            assert "Traceback" not in late.text and "Error 500" not in late.text
    late = client.get("/archive/actions.csv?_timelimit=-1")
    assert late.status == 400 and "took too long" in late.text
    assert client.get("/archive/actions.csv?_timelimit=3000").status == 200


VALUE_ERRORS = ["_where=a%00b", "_facet=%00", "_facet_date=a%00b", "id__gt=" + "9" * 30,
                "_where=%3Ap1", "_where=id%3D%3Ap1"]


def test_a_value_sql_cannot_take_is_a_clear_answer_not_a_server_error(client):
    """A NUL in `_where` or `_facet`, a number past SQLite's 64 bits, a `_where` naming a
    parameter with no value: each failed where the SQL ran, and Datasette answered 500."""
    for table in ("actions", "pages", "people"):
        for param in VALUE_ERRORS:
            for ext in ("", ".json", ".csv"):
                response = client.get(f"/archive/{table}{ext}?{param}")
                # a CSV computes no facets, so a facet's value may never reach SQL there
                assert response.status == 400 or ext == ".csv" and response.status == 200, \
                    (table, ext, param, response.status)
                assert "Traceback" not in response.text
    said = client.get("/archive/pages.json?_where=a%00b").json["error"]
    assert "null character" in said
    assert "too large" in client.get("/archive/actions.json?id__gt=" + "9" * 30).json["error"]
    assert client.get("/archive/actions.json?id__gt=5").status == 200


def test_a_row_of_a_table_the_archive_lacks_is_not_found_as_the_table_is(client):
    for path in ("/archive/nonesuch/5", "/archive/nonesuch/5.json"):
        page = client.get(path)
        assert page.status == 404, path
        assert "Table not found" in page.text and not ERROR_TEXT.search(page.text), path
    # SQL a visitor writes naming no such table is still their mistake to mend: a 400 that says so
    typed = client.get("/archive.json?sql=select+*+from+nonesuch")
    assert typed.status == 400 and "no such table" in typed.text


def test_a_canned_querys_tab_names_the_query_not_its_sql(client):
    """The page of a canned query that hides its SQL was titled with that SQL's start ('archive: --
    the newest 100 matches are chosen first, ...'): the browser's tab, bookmarks and history showed
    it. It is titled with the query's title; a page of SQL typed by a visitor keeps its SQL."""
    for path, title in (("/archive/search_decisions?q=budget", "Search decisions - archive"),
                        ("/archive/overdue_actions", "Overdue actions - archive"),
                        ("/archive/open_actions_by_owner", "Open actions by owner - archive")):
        response = client.get(path)
        assert response.status == 200
        assert re.search(r"<title>(.*?)</title>", response.text, re.S).group(1).strip() == title
    typed = client.get("/archive?sql=select+1+as+x")
    assert re.search(r"<title>(.*?)</title>", typed.text, re.S).group(1).strip() == "archive: select 1 as x"
