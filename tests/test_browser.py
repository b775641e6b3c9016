"""A real browser (the system's Chromium, driven by Playwright) against a real
`minutebook serve`: the home page, searches, a decision's source page, the overdue-actions view
filtered by owner, a person, the meetings list, a meeting, and pages on a 390px phone.
Screenshots go to test-artifacts/ for someone to look at."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(archive_db):
    if not CHROMIUM:
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db", str(archive_db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    if not CHROMIUM:
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(browser):
    return browser.new_context(viewport={"width": 1280, "height": 900}).new_page()


@pytest.fixture(scope="module")
def phone(browser):
    """An iPhone-sized screen: 390 CSS pixels wide."""
    return browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                               has_touch=True).new_page()


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_home_page(page, server):
    page.goto(server + "/")
    assert page.locator("h1").first.inner_text() == "minutebook"
    assert page.get_by_text("Search historic decisions").is_visible()
    shot(page, "01-home.png")


def test_search_a_decision_and_open_its_source_page(page, server):
    page.goto(server + "/")
    page.fill("#decisions input[name=q]", "VAWG")
    page.click("#decisions input[type=submit]")
    page.wait_for_url("**/search?**")
    hit = page.locator("li.mb-hit", has_text="re-established by the Community Safety Partnership Board in June 2022")
    assert hit.count() >= 1
    shot(page, "02-search-decisions.png")
    link = hit.first.locator("a.mb-source")
    expected_page = link.get_attribute("href").split("#page=")[-1]
    with page.expect_response(lambda r: r.url.split("#")[0].endswith(".pdf")) as response_info:
        link.click()
    response = response_info.value
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    page.wait_for_timeout(3000)  # let the PDF viewer draw the page before the screenshot
    assert page.url.endswith(f".pdf#page={expected_page}")
    shot(page, "03-decision-source-pdf.png")


def test_search_for_cctv_from_the_home_page(page, server):
    page.goto(server + "/")
    page.fill("form[role=search] input[name=q]", "CCTV")
    page.press("form[role=search] input[name=q]", "Enter")
    page.wait_for_url("**/search?q=CCTV")
    hits = page.locator("li.mb-hit")
    assert hits.count() >= 3
    assert hits.first.locator("mark").first.inner_text().lower() == "cctv"
    assert hits.first.locator("a.mb-source").is_visible()
    shot(page, "07-search-cctv.png")


def overdue_owner(server):
    import json

    rows = json.loads(urllib.request.urlopen(server + "/minutebook/overdue_actions.json?as_of=2030-01-01&_shape=array").read())
    owners = [name.strip() for r in rows for name in (r["owners"] or "").split(";") if name.strip()]
    return max(set(owners), key=owners.count)


def test_overdue_actions_view(page, server):
    page.goto(server + "/overdue?as_of=2030-01-01")
    assert page.locator("svg.mb-chart").count() == 2
    everyone = page.locator("#overdue-table tr").count()
    assert everyone > 1
    assert page.get_by_role("link", name="Export as CSV").is_visible()
    shot(page, "04-overdue-actions.png")
    owner = overdue_owner(server)
    page.fill("input[name=owner]", owner)
    page.click("form input[type=submit]")
    page.wait_for_url("**owner=**")
    assert 1 < page.locator("#overdue-table tr").count() < everyone
    assert page.locator("svg.mb-chart").first.locator("text[text-anchor=end]").all_text_contents() == [owner[:34]]
    shot(page, "08-overdue-by-owner.png")


def test_person_page(page, server):
    page.goto(server + "/people?q=Ghani")
    page.get_by_role("link", name="Syed Ghani").click()
    assert page.locator("h1").inner_text() == "Syed Ghani"
    assert page.locator("#attendance tr").count() >= 2
    assert "First seen" in page.locator("#mb-seen").inner_text()
    shot(page, "05-person.png")


def test_meetings_list_and_a_meeting(page, server):
    page.goto(server + "/meetings")
    assert page.locator("section.mb-body-meetings").count() >= 1  # the bundled corpus alone is one body
    shot(page, "09-meetings.png")
    page.locator("section.mb-body-meetings", has_text="Community Safety Partnership").locator("td a").first.click()
    page.wait_for_url("**/meeting/*")
    assert page.locator("h1").inner_text() == "Community Safety Partnership"
    assert page.locator("#papers li").count() >= 1
    shot(page, "10-meeting.png")


@pytest.mark.parametrize("path", ["/", "/search?q=CCTV", "/overdue?as_of=2030-01-01", "/meetings", "/people?q=Ghani"])
def test_pages_fit_a_phone(phone, server, path):
    phone.goto(server + path)
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    name = path.strip("/").split("?")[0] or "home"
    shot(phone, f"11-phone-{name}.png")
    assert overflow <= 1, f"{path} is {overflow}px wider than a 390px phone"
    if path.startswith("/people"):  # and the person's own page, the longest of them
        phone.get_by_role("link", name="Syed Ghani").click()
        phone.wait_for_url("**/person/*")
        overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        shot(phone, "11-phone-person.png")
        assert overflow <= 1, f"a person's page is {overflow}px wider than a 390px phone"


def test_a_misspelt_search_on_a_phone_is_offered_the_papers_word(phone, server):
    phone.goto(server + "/search?q=partnrship")
    offer = phone.locator("#mb-suggestion a")
    assert offer.inner_text() == "partnership" and offer.is_visible()
    shot(phone, "16-phone-search-suggestion.png")
    offer.click()
    phone.wait_for_url("**/search?q=partnership")
    assert phone.locator("li.mb-hit").count() >= 3
    assert phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1


def test_a_table_page_links_people_and_meetings(page, server):
    page.goto(server + "/minutebook/attendance")
    assert page.locator("table.rows-and-columns tbody tr").count() > 1
    person = page.locator("td.col-person_id a").first
    assert person.get_attribute("href").startswith("/person/") and not person.inner_text().isdigit()
    shot(page, "12-table-attendance.png")


def test_a_paper_whose_name_has_spaces_opens_in_the_browser(page, server):
    import json

    docs = json.loads(urllib.request.urlopen(
        server + "/minutebook/documents.json?_shape=array&format=pdf&status=ok&filename__contains=%20").read())
    if not docs:
        pytest.skip("no paper with a space in its name in this archive (../shared/real has some)")
    with page.expect_response(lambda r: "/-/source/" in r.url and r.status != 302) as response_info:
        page.goto(server + f"/-/source/{docs[0]['id']}#page=1")
    response = response_info.value
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"


def test_analyst_sql(page, server):
    page.goto(server + "/minutebook?sql=select+body%2C+count(*)+as+meetings+from+meetings+group+by+body")
    assert page.get_by_text("Community Safety Partnership").first.is_visible()
    shot(page, "06-sql.png")


HOSTILE_HTML = """<html><head><title>Harbour Board minutes</title></head><body>
<h1>Minutes of the meeting of the Harbour Board held on 12 March 2024</h1>
<p>The Board agreed the mooring fees for 2024/25.</p>
<img src="data:," onerror="document.body.dataset.ran = 'img'">
<script>document.body.dataset.ran = 'script'; fetch('/minutebook.json?sql=select+1')</script>
</body></html>"""


def start_server(db, *args, env=None):
    import os

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--db", str(db), "--port", str(port), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=2)
            return proc, url
        except OSError as e:
            if getattr(e, "code", None) == 403:  # full mode: up, and asking for a login
                return proc, url
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("minutebook serve did not answer in 60 s")


def test_an_html_papers_scripts_never_run_for_the_logged_in_reader(browser, tmp_path):
    """Full mode serves an HTML paper as itself, from the site's own origin, to the reader who
    may see restricted papers: a script in it must not run with that session (it could read
    every restricted row through the SQL API and send it anywhere)."""
    from .conftest import run_cli

    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "harbour.html").write_text(HOSTILE_HTML, encoding="utf-8")
    db = tmp_path / "minutebook.db"
    run_cli("ingest", papers, "--db", db, check=True)
    proc, url = start_server(db, "--full", env={"MINUTEBOOK_PASSWORD": "a long pass phrase"})
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + "/-/login")
        page.fill("input[name=username]", "admin")
        page.fill("input[name=password]", "a long pass phrase")
        page.click("input[type=submit]")
        assert any(c["name"] == "ds_actor" for c in context.cookies())
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url + "/-/source/1")
        assert "Harbour Board" in page.inner_text("body")  # the paper is there to read
        page.wait_for_timeout(500)
        assert page.evaluate("document.body.dataset.ran") is None
        assert not [r for r in requests if "sql=" in r]
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_bodys_meetings_line_up_year_after_year(page, server):
    """A body's meetings are one table a year; each sized to its own papers' titles, their columns
    jumped about from year to year."""
    page.goto(server + "/meetings")
    years_apart = page.locator("#bodies tr", has=page.locator('td[data-label="Years"]', has_text="–"))
    if not years_apart.count():
        pytest.skip("no body of this archive met in two years")
    years_apart.first.locator("a").click()
    page.wait_for_load_state()
    tables = page.locator("table.mb-meetings")
    assert tables.count() >= 2
    columns = [[round(th.bounding_box()["x"]) for th in t.locator("th").all()] for t in tables.all()]
    assert all(c == columns[0] for c in columns), columns
    shot(page, "17-meetings-of-a-body.png")


def test_people_on_a_phone_are_listed_name_by_name(phone, server):
    """The people table on a 390px phone squeezed four columns side by side: 'Willia / m / Dikis'."""
    phone.goto(server + "/people")
    names = phone.locator('table.mb td:first-child a[href^="/person/"]')
    assert names.count() > 3
    line = phone.evaluate("parseFloat(getComputedStyle(document.body).lineHeight) || 24")
    for link in names.all()[:40]:
        if len(link.inner_text()) <= 24:  # fits a phone's line
            assert link.bounding_box()["height"] < 1.6 * line, link.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    shot(phone, "18-phone-people.png")


def test_an_actions_trail_reads_on_a_phone(phone, server):
    """The trail's four columns side by side left what a paper says a column a few words wide."""
    phone.goto(server + "/overdue?as_of=2030-01-01")
    phone.locator('a[href^="/action/"]').first.click()
    phone.wait_for_url("**/action/*")
    said = phone.locator("#action-trail tr td:nth-child(2)")
    assert said.count() >= 1
    assert all(cell.bounding_box()["width"] >= 300 for cell in said.all())
    assert phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    shot(phone, "19-phone-action.png")


def test_a_tables_rows_are_on_its_first_screen(page, server):
    """The column descriptions came first, one a line: action_history's first row was below the fold."""
    page.goto(server + "/minutebook/action_history")
    first_row = page.locator("table.rows-and-columns tbody tr").first
    assert first_row.bounding_box()["y"] < 900
    meanings = page.locator("details.mb-column-descriptions")
    assert meanings.count() == 1 and not page.locator("dl.column-descriptions dt").first.is_visible()
    meanings.locator("summary").click()
    assert page.locator("dl.column-descriptions dt").first.is_visible()
    shot(page, "20-table-action-history.png")


def test_a_facets_values_wrap_at_their_spaces_not_inside_words(page, server):
    """Datasette breaks facet values at any letter (word-break: break-all): in a facet column a
    quarter of the page wide, a body's name showed as 'Parish Cou' / 'ncil' and its count of 19
    as '1' / '9'. Each value wraps at its spaces; no word of it is cut."""
    page.goto(server + "/minutebook/decisions?_facet=body")
    values = page.locator(".facet-info ul.tight-bullets li")
    assert values.count() >= 2
    assert values.first.evaluate("e => getComputedStyle(e).wordBreak") != "break-all"
    # each word of each value on one line: a word cut over two lines has two boxes
    cut = values.first.evaluate("""() => {
        const cut = [];
        for (const li of document.querySelectorAll('.facet-info ul.tight-bullets li')) {
            const walk = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
            for (let node = walk.nextNode(); node; node = walk.nextNode()) {
                for (const m of node.data.matchAll(/\\S+/g)) {
                    const r = document.createRange();
                    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
                    if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1) cut.push(m[0]);
                }
            }
        }
        return cut; }""")
    assert cut == []
    shot(page, "17-decision-facets.png")


def test_a_canned_querys_labels_stand_above_their_boxes_on_a_phone(phone, server):
    """Its labels say what to type ('From (a meeting date, YYYY-MM-DD)'): beside the box, in Datasette's
    15% of a phone's width, they ran to four lines of two words."""
    phone.goto(server + "/minutebook/search_decisions?q=VAWG")
    labels = phone.locator("form.mb-canned label")
    assert labels.count() == 4
    for label in labels.all():
        box = phone.locator("#" + label.get_attribute("for")).bounding_box()
        assert label.bounding_box()["y"] + label.bounding_box()["height"] <= box["y"] + 1, label.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
    shot(phone, "20-phone-search-decisions.png")
