"""A real browser (the system's Chromium, driven by Playwright) against a real
`minutebook serve`: the home page, a decision search, the decision's source page, the
overdue-actions view and a person page. Screenshots go to test-artifacts/."""

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
def page(server):
    if not CHROMIUM:
        pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        yield context.new_page()
        browser.close()


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
    page.wait_for_url("**/search_decisions?**")
    row = page.locator("tr", has_text="re-established by the Community Safety Partnership Board in June 2022")
    assert row.count() >= 1
    shot(page, "02-search-decisions.png")
    link = row.first.locator("a", has_text="source p.")
    expected_page = link.inner_text().split("p.")[-1]
    with page.expect_response(lambda r: r.url.split("#")[0].endswith(".pdf")) as response_info:
        link.click()
    response = response_info.value
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    page.wait_for_timeout(3000)  # let the PDF viewer draw the page before the screenshot
    assert page.url.endswith(f".pdf#page={expected_page}")
    shot(page, "03-decision-source-pdf.png")


def test_overdue_actions_view(page, server):
    page.goto(server + "/overdue?as_of=2030-01-01")
    assert page.locator("svg.mb-chart").count() == 2
    rows = page.locator("#overdue-table tr")
    assert rows.count() > 1
    assert page.get_by_role("link", name="Export as CSV").is_visible()
    shot(page, "04-overdue-actions.png")


def test_person_page(page, server):
    page.goto(server + "/people?q=Ghani")
    page.get_by_role("link", name="Syed Ghani").click()
    assert page.locator("h1").inner_text() == "Syed Ghani"
    assert page.locator("#attendance tr").count() >= 2
    shot(page, "05-person.png")


def test_analyst_sql(page, server):
    page.goto(server + "/minutebook?sql=select+body%2C+count(*)+as+meetings+from+meetings+group+by+body")
    assert page.get_by_text("Community Safety Partnership").first.is_visible()
    shot(page, "06-sql.png")
