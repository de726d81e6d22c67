"""Keyboard only: skip link, sign-in with Tab and Enter, a visible focus on every
header link. No clicks in this file."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import wieg_e2e as e2e

FOCUS_STYLE = """
const s = getComputedStyle(arguments[0]);
const r = arguments[0].getBoundingClientRect();
return {outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor,
        focusVisible: arguments[0].matches(':focus-visible'),
        left: r.left, top: r.top, right: r.right, bottom: r.bottom,
        innerWidth: window.innerWidth, innerHeight: window.innerHeight};
"""


def press(driver, *keys) -> None:
    ActionChains(driver).send_keys(*keys).perform()


def focus_style(driver, element) -> dict:
    return driver.execute_script(FOCUS_STYLE, element)


def assert_visible_focus(driver, element, what: str) -> None:
    style = focus_style(driver, element)
    assert style["focusVisible"], f"{what}: not :focus-visible"
    assert style["outlineStyle"] != "none" and style["outlineWidth"] > 0, f"{what}: no visible outline {style}"
    assert element.is_displayed(), f"{what}: not displayed"
    assert 0 <= style["left"] and style["right"] <= style["innerWidth"], f"{what}: outside the viewport {style}"
    assert 0 <= style["top"] and style["bottom"] <= style["innerHeight"], f"{what}: outside the viewport {style}"


def tab_until(driver, predicate, limit: int = 25) -> list[str]:
    """Presses Tab until `predicate(active element)`; returns what got focus on the way."""
    seen = []
    for _ in range(limit):
        press(driver, Keys.TAB)
        active = e2e.active_element(driver)
        seen.append(e2e.describe(active))
        if predicate(active):
            return seen
    raise AssertionError(f"not reached in {limit} Tabs; focus went to:\n  " + "\n  ".join(seen))


def test_keyboard_only(browser, base_url):
    # Tab once: the skip link has focus and is visible.
    browser.get(base_url + "/")
    press(browser, Keys.TAB)
    skip = e2e.active_element(browser)
    assert skip.get_attribute("class") == "skip-link"
    assert skip.text == "Naar de inhoud"
    assert_visible_focus(browser, skip, "skip link")

    # Enter moves the focus to <main>.
    press(browser, Keys.ENTER)
    e2e.wait(browser).until(lambda d: e2e.active_element(d).tag_name == "main")
    assert e2e.active_element(browser).get_attribute("id") == "inhoud"
    assert browser.current_url.endswith("#inhoud")

    # From the top, Tab reaches the sign-in link in the header, after the skip link,
    # the brand and the menu; Enter follows it.
    browser.get(base_url + "/")
    seen = tab_until(browser, lambda el: el.get_attribute("href") is not None
                     and el.get_attribute("href").endswith("/inloggen") and el.text == "Inloggen")
    labels = [s.split("> ", 1)[1] for s in seen]
    assert labels == ["'Naar de inhoud'", "'Wieg'", "'Start'", "'Gebieden'", "'Hulp zoeken'", "'Organisaties'", "'Indicatoren'", "'Inloggen'"], seen
    press(browser, Keys.ENTER)
    e2e.wait(browser).until(lambda d: e2e.path_of(d) == "/inloggen")

    # Sign in with the keyboard only: Tab to the e-mail field, type, Tab, type, Enter.
    tab_until(browser, lambda el: el.get_attribute("id") == "email")
    press(browser, "beheerder@wieg.demo", Keys.TAB)
    assert e2e.active_element(browser).get_attribute("id") == "password"
    press(browser, e2e.PASSWORD, Keys.ENTER)
    e2e.wait(browser).until(lambda d: e2e.path_of(d) == "/")
    assert e2e.h1(browser) == "Welkom, Demo Beheerder"

    # Every link and button in the header gets focus in turn, with a visible outline.
    header = browser.find_elements(By.CSS_SELECTOR, "header a, header button")
    expected = [e2e.describe(el) for el in header]
    assert len(expected) == 2 + len(e2e.NAV_BEHEERDER) + 1, expected  # brand, menu, account, sign out
    browser.get(base_url + "/")
    press(browser, Keys.TAB)  # the skip link
    for element, label in zip(browser.find_elements(By.CSS_SELECTOR, "header a, header button"), expected):
        press(browser, Keys.TAB)
        active = e2e.active_element(browser)
        assert active == element, f"expected focus on {label}, got {e2e.describe(active)}"
        assert_visible_focus(browser, active, label)
