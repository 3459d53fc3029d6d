"""End to end in a real browser: `extractor serve` on a free port of 127.0.0.1, Debian's
headless chromium driven by Selenium through /usr/bin/chromedriver. Search, open a decision,
follow its page link to the PDF.

`make test` installs chromium and chromium-driver when they are missing and it runs as root;
elsewhere this test skips and says so.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

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


@pytest.mark.skipif(not os.environ.get("EXTRACTOR_SCREENSHOTS"), reason="set EXTRACTOR_SCREENSHOTS=DIR to save")
def test_screenshots(server: str, browser: object) -> None:
    """Screenshots of the search results and the charts, for a human to look at."""
    folder = Path(os.environ["EXTRACTOR_SCREENSHOTS"])
    for name, path in (("search", "/-/search?q=county+lines"), ("charts", "/-/charts")):
        browser.get(server + path)  # type: ignore[attr-defined]
        browser.save_screenshot(str(folder / f"{name}.png"))  # type: ignore[attr-defined]
