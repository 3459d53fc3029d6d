"""End to end in a real browser: `extractor serve` on a free port of 127.0.0.1, Debian's
headless chromium driven by Selenium through /usr/bin/chromedriver. Search, open a decision,
follow its page link to the PDF.

`make test` installs chromium and chromium-driver when they are missing and it runs as root;
elsewhere this test skips and says so.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
# The machine has no internet: without these chromium waits on the network and hangs.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        "Debian's chromium and chromium-driver are not installed; `make test` installs them "
        "when run as root (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(corpus_db: Path) -> Iterator[str]:
    """`extractor serve` as a user runs it; stopped (by its own pid) when the tests end."""
    port = free_port()
    extractor = Path(sys.executable).parent / "extractor"
    process = subprocess.Popen(
        [str(extractor), "serve", "--db", str(corpus_db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"extractor serve exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within 60s")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='extractor-chromium-')}")
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def test_search_open_decision_and_follow_page_link(server: str, browser: object) -> None:
    driver = browser
    wait = WebDriverWait(driver, 20)  # type: ignore[arg-type]
    driver.get(server + "/")  # type: ignore[attr-defined]
    box = driver.find_element(By.NAME, "q")  # type: ignore[attr-defined]
    box.send_keys("work programme\n")
    wait.until(expected_conditions.presence_of_element_located((By.ID, "search-summary")))
    assert "/-/search?q=work+programme" in driver.current_url  # type: ignore[attr-defined]
    marks = driver.find_elements(By.CSS_SELECTOR, "#results-decisions + ul mark")  # type: ignore[attr-defined]
    assert [m.text.lower() for m in marks[:2]] == ["work", "programme"]

    driver.find_element(By.CSS_SELECTOR, "#results-decisions + ul a.hit").click()  # type: ignore[attr-defined]
    wait.until(expected_conditions.url_matches(r"/decisions/\d+$"))
    assert "work programme be noted" in driver.find_element(By.TAG_NAME, "body").text  # type: ignore[attr-defined]

    link = driver.find_element(By.CSS_SELECTOR, "a.pdf-page")  # type: ignore[attr-defined]
    href = link.get_attribute("href")
    assert href.startswith(server + "/pdf/") and "#page=" in href
    link.click()
    wait.until(expected_conditions.url_to_be(href))
    status = driver.execute_script(  # type: ignore[attr-defined]
        "return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'))", href
    )
    assert status == "200 application/pdf"


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the page screenshots go: $EXTRACTOR_SCREENSHOTS, else a temporary folder."""
    folder = Path(os.environ.get("EXTRACTOR_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shot(driver: Any, folder: Path, name: str) -> None:
    """The whole page: the window grows to the page's height (up to 4000 px) for the picture."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1400, min(4000, max(900, int(height))))
    driver.save_screenshot(str(folder / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def test_search_hit_opens_its_meeting_and_a_decision_opens_its_pdf_page(
    server: str, browser: object, screenshots: Path
) -> None:
    driver: Any = browser
    wait = WebDriverWait(driver, 20)
    driver.get(server + "/")
    driver.find_element(By.NAME, "q").send_keys("work programme\n")
    wait.until(expected_conditions.presence_of_element_located((By.ID, "search-summary")))
    meeting = driver.find_element(By.CSS_SELECTOR, "#results-decisions + ul a.meeting")
    name = meeting.text
    meeting.click()
    wait.until(expected_conditions.url_matches(r"/-/meeting/\d+$"))
    assert driver.find_element(By.TAG_NAME, "h1").text == name  # "body, date" as the hit said
    assert driver.find_element(By.ID, "attendance").is_displayed()
    _shot(driver, screenshots, "meeting")

    decision = next(
        li for li in driver.find_elements(By.CSS_SELECTOR, "li.decision") if "work programme be noted" in li.text
    )
    link = decision.find_element(By.CSS_SELECTOR, "a.pdf-page")
    href = link.get_attribute("href")
    assert re.fullmatch(re.escape(server) + r"/pdf/\d{3}_\w+\.pdf#page=\d+", href)
    link.click()
    wait.until(expected_conditions.url_to_be(href))
    status = driver.execute_script(
        "return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'))", href
    )
    assert status == "200 application/pdf"


def test_meeting_links_its_document_page(server: str, browser: object, screenshots: Path) -> None:
    driver: Any = browser
    wait = WebDriverWait(driver, 20)
    driver.get(server + "/")
    driver.find_element(By.CSS_SELECTOR, "#home-meetings a.meeting").click()
    wait.until(expected_conditions.url_matches(r"/-/meeting/\d+$"))
    driver.find_element(By.CSS_SELECTOR, "p.where a[href^='/-/document/']").click()
    wait.until(expected_conditions.url_matches(r"/-/document/[0-9a-f]{64}$"))
    assert driver.find_element(By.ID, "document-status").text == "ok"
    assert driver.find_element(By.ID, "meetings").is_displayed() and driver.find_element(By.ID, "parts").is_displayed()
    _shot(driver, screenshots, "document")


def test_lineage_of_kent_csp_shows_2016_to_2024_changes(server: str, browser: object, screenshots: Path) -> None:
    driver: Any = browser
    wait = WebDriverWait(driver, 20)
    driver.get(server + "/")
    driver.find_element(By.LINK_TEXT, "Kent Community Safety Partnership").click()
    wait.until(expected_conditions.url_matches(r"/-/lineage/\d+$"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Priority lineage: Kent Community Safety Partnership"
    svg = driver.find_element(By.CSS_SELECTOR, "svg.lineage")
    heads = [t.text for t in svg.find_elements(By.CSS_SELECTOR, "a.list-head text[font-weight='bold']")]
    assert heads == [
        "no period; document 2016-02-02",
        "no period; document 2016-02-02",
        "2024/25",
        "no period; document 2024-04-24",
    ]
    assert len(svg.find_elements(By.CSS_SELECTOR, "a.priority")) == 22
    merged = svg.find_elements(By.CSS_SELECTOR, "a.link-merged_into")
    assert len(merged) == 2
    hover = driver.execute_script("return arguments[0].querySelector('title').textContent", merged[0])
    assert "→ merged into (100) → Serious and Organised Crime" in hover
    assert "Evidence: It is recommended that two of the current priorities" in hover
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.changes tr.change-merged_into")]
    assert any(r.startswith("Violent Crime") and "Serious and Organised Crime 2024/25" in r for r in rows)
    _shot(driver, screenshots, "lineage")

    evidence = merged[0].get_dom_attribute("href")  # an SVG link's href property is not a string
    assert evidence == "/pdf/003_f1b85571892c6c38.pdf#page=5"
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", merged[0])
    wait.until(expected_conditions.url_to_be(server + evidence))


def test_subscribe_link_of_a_search_is_valid_atom(server: str, browser: object) -> None:
    driver: Any = browser
    driver.get(server + "/-/search?q=work+programme")
    href = driver.find_element(By.ID, "subscribe").get_attribute("href")
    assert href == server + "/-/feed.atom?q=work%20programme"
    parsed = driver.execute_script(
        """return fetch(arguments[0]).then(r => r.text().then(text => {
             const xml = new DOMParser().parseFromString(text, 'application/xml');
             return [r.headers.get('content-type'), xml.getElementsByTagName('parsererror').length,
                     xml.documentElement.namespaceURI, xml.getElementsByTagName('entry').length,
                     xml.getElementsByTagName('entry')[0].getElementsByTagName('title')[0].textContent];
           }))""",
        href,
    )
    content_type, errors, namespace, entries, first = parsed
    assert content_type == "application/atom+xml; charset=utf-8"
    assert (errors, namespace) == (0, "http://www.w3.org/2005/Atom")
    assert entries >= 2 and "work programme" in first.lower()


@pytest.mark.skipif(not os.environ.get("EXTRACTOR_SCREENSHOTS"), reason="set EXTRACTOR_SCREENSHOTS=DIR to save")
def test_screenshots(server: str, browser: object) -> None:
    """Screenshots of the search results and the charts, for a human to look at."""
    folder = Path(os.environ["EXTRACTOR_SCREENSHOTS"])
    for name, path in (("search", "/-/search?q=county+lines"), ("charts", "/-/charts")):
        browser.get(server + path)  # type: ignore[attr-defined]
        browser.save_screenshot(str(folder / f"{name}.png"))  # type: ignore[attr-defined]
