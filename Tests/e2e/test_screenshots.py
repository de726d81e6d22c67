"""Screenshots of every main page in Dutch (1280 wide), and of the home and sign-in
pages at a phone's width, saved to ci-artifacts/screenshots/."""

import pytest

import wieg_e2e as e2e

PNG = b"\x89PNG\r\n\x1a\n"


def assert_png(path) -> None:
    data = path.read_bytes()
    assert data.startswith(PNG) and len(data) > 5_000, f"{path} is not a real screenshot"


@pytest.mark.parametrize("case", e2e.PAGES, ids=lambda c: c.key)
def test_screenshot_dutch(browser, site, screenshot, case):
    e2e.open_page(browser, site, case, "nl")
    assert_png(screenshot(browser, f"nl-{case.key}"))


@pytest.mark.parametrize("path,name", [("/", "mobile-home"), ("/inloggen", "mobile-login")])
def test_screenshot_mobile(browser, base_url, screenshot, path, name):
    browser.set_window_size(390, 844)
    browser.get(base_url + path)
    e2e.h1(browser)
    width = browser.execute_script("return window.innerWidth")
    assert width <= 400, f"the window is {width} px wide, not a phone's width"
    # Reflow (WCAG 1.4.10): nothing sticks out sideways at a phone's width.
    scroll_width = browser.execute_script("return document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{path} scrolls sideways at {width} px: {scroll_width} px wide"
    assert_png(screenshot(browser, name))
