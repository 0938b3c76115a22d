"""In a real browser (Debian's Chromium driven by Playwright) against the real server:
sign in, triage, open a network and see its graph, annotate, find a record by an
obfuscated phone, check the audit entry; scraped script and HTML stay inert.
Screenshots of the main pages go to test-artifacts/screenshots/."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from tests.web._support import PASSWORD, USERS, build_demo_store
from thbwatch.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"browser tests need Debian's Chromium at {CHROMIUM} (.ci/run installs it)",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(demo_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under uvicorn on a free port, over its own analysed demo store."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'store.db'}"
    build_demo_store(url, demo_corpus)
    port = _free_port()
    config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator:  # noqa: ANN001
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: str):  # noqa: ANN001, ANN201
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == []  # no script error anywhere: the app runs no script


def sign_in(page, role: str) -> None:  # noqa: ANN001
    page.goto("/login")
    page.fill("input[name=name]", USERS[role])
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url("**/")


def shot(page, name: str) -> None:  # noqa: ANN001
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_an_analysts_session_from_sign_in_to_the_audit_trail(page) -> None:  # noqa: ANN001
    page.goto("/triage")
    assert "/login" in page.url  # not signed in: sent to sign in
    sign_in(page, "analyst")
    assert page.locator("h1").inner_text() == "Dashboard"
    assert page.locator("svg.chart rect").count() > 0
    shot(page, "dashboard")

    page.click("nav >> text=Triage")
    page.wait_for_url("**/triage")
    rows = page.locator("#triage tbody tr")
    assert rows.count() >= 3
    shot(page, "triage")

    rows.first.locator("a").click()
    page.wait_for_url("**/clusters/*")
    assert page.locator("h1").inner_text().startswith("Network #")
    cluster_url = page.url
    graph = page.locator("svg.graph")
    assert graph.is_visible()
    assert graph.locator("a.record circle").count() > 1
    assert graph.locator("a.contact rect").count() >= 1
    box = graph.bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    shot(page, "network")

    page.select_option("form.annotate select[name=status]", "in_review")
    page.fill("form.annotate textarea[name=note]", "Same number across three cities; check.")
    page.click("form.annotate button[type=submit]")
    page.wait_for_url("**#annotations")
    assert page.url.split("#")[0] == cluster_url
    assert "Same number across three cities; check." in page.locator("#annotations").inner_text()
    assert "in review" in page.locator("h1 .status").inner_text()

    # the record spells its number out ("zero six one two, 34 56 78"); type it as digits
    page.fill("header input[name=q]", "+33 6 12 34 56 78")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert "+33612345678" in page.locator("main").inner_text()
    page.locator("table.list a").first.click()  # newest first: the scraped ad
    page.wait_for_url("**/records/*")
    assert page.locator("h1").inner_text().startswith("Record")
    text = page.locator("#record-text")
    assert "zero six one two" in text.locator("span.m-phone").inner_text()

    page.click("header form.who button")
    page.wait_for_url("**/login")
    sign_in(page, "supervisor")
    page.goto(f"/audit?actor={USERS['analyst']}")
    log = page.locator("#audit").inner_text()
    assert "annotate" in log and "search" in log and "view" in log
    assert "cluster:" in log
    shot(page, "audit")


def test_script_and_html_in_a_scraped_record_stay_inert(page) -> None:  # noqa: ANN001
    sign_in(page, "analyst")
    page.goto("/search?q=onerror")
    page.locator("table.list a").first.click()
    page.wait_for_url("**/records/*")
    assert page.locator("h1").inner_text().startswith("Record")
    shot(page, "record")
    # the payload would set window.pwned, change the title or replace the page
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "PWNED" not in page.title()
    assert page.locator("h1").is_visible()
    text = page.locator("#record-text")
    assert "<script>window.pwned = 1;" in text.inner_text()  # shown as text
    assert text.locator("script, img, b, i").count() == 0  # no element came from the ad
    raw = page.locator("#raw-content")
    assert "<script>window.pwned = 3</script>" in raw.inner_text()
    assert raw.locator("*").count() == 0
