"""The web UI in headless Chromium (selenium + Debian's chromium/chromium-driver).

Skips cleanly when selenium, the chromium binary or its driver is missing. Screenshots go to
``test-artifacts/``. CI: ``apt-get install -y chromium chromium-driver`` and
``pip install selenium==4.40.0``.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from test_search import SCRIPT, make_store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--window-size=1280,1000"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    uvicorn = pytest.importorskip("uvicorn")
    from storyline.api import create_app
    from storyline.settings import Settings

    tmp = tmp_path_factory.mktemp("ui")
    store = make_store(tmp / "ui.db")
    app = create_app(Settings(db=str(tmp / "ui.db"), embedder="hashing", extract=False), token=None, store=store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    t.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not CHROMIUM or not DRIVER:
        pytest.skip("no chromium binary or chromedriver (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS:
        opts.add_argument(f)
    drv = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def shot(browser, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def no_alert_dialog(browser) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        browser.switch_to.alert
    except NoAlertPresentException:
        return
    pytest.fail("a script from article text ran")


def test_story_list_story_timeline_search(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "/")
    cards = browser.find_elements(By.CSS_SELECTOR, "li.story-card h2 a")
    assert len(cards) == 2 and any("Lindholm" in c.text for c in cards)
    shot(browser, "stories")
    # open the ferry story
    next(c for c in cards if "Lindholm" in c.text or "Ferry" in c.text).click()
    WebDriverWait(browser, 30).until(lambda b: "/stories/st_ferry" in b.current_url
                                     and b.find_elements(By.CSS_SELECTOR, "#timeline svg"))
    svg = browser.find_element(By.CSS_SELECTOR, "#timeline svg")
    assert svg.is_displayed() and svg.size["width"] > 200
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline svg circle")
    # the <script> in an article title is visible as text, never run
    assert SCRIPT in browser.find_element(By.ID, "sources").text
    no_alert_dialog(browser)
    shot(browser, "story")
    # open an article: highlights are there, the script is text
    browser.get(site + "/articles/a3")
    assert SCRIPT in browser.find_element(By.CSS_SELECTOR, ".article-text").text
    assert browser.find_elements(By.CSS_SELECTOR, "mark.hl.entity")
    no_alert_dialog(browser)
    shot(browser, "article")
    # search from the header box
    box = browser.find_element(By.CSS_SELECTOR, "header form.quick input[name=q]")
    box.send_keys("comet observatory", Keys.ENTER)
    # the form submits a new page load: wait for it (a loaded machine may take seconds)
    WebDriverWait(browser, 30).until(lambda b: "/search?" in b.current_url
                                     and b.find_elements(By.CSS_SELECTOR, "li.result-group h2"))
    assert "/search?q=comet+observatory" in browser.current_url
    groups = browser.find_elements(By.CSS_SELECTOR, "li.result-group h2")
    assert groups and "comet" in groups[0].text.lower()
    shot(browser, "search")
    # the API docs page renders the OpenAPI document locally
    browser.get(site + "/docs")
    for _ in range(100):
        if browser.find_elements(By.CSS_SELECTOR, ".endpoint"):
            break
        time.sleep(0.05)
    paths = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".endpoint .path")]
    assert "/api/search" in paths
    shot(browser, "docs")
