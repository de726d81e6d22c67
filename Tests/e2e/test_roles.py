"""Signing in and out with every demo account: the greeting, the navigation per role."""

import pytest
from selenium.webdriver.common.by import By

import wieg_e2e as e2e


def test_anonymous_navigation(browser, base_url):
    browser.get(base_url + "/")
    assert e2e.h1(browser) == "Wieg"
    assert e2e.nav_links(browser) == e2e.NAV_PUBLIC
    sign_in = browser.find_element(By.CSS_SELECTOR, "header .account a")
    assert sign_in.text == "Inloggen"


@pytest.mark.parametrize("account", e2e.ACCOUNTS, ids=lambda a: a.email.split("@")[0])
def test_sign_in_and_out_per_role(browser, base_url, login, account):
    login(browser, account.email)

    # Lands on the home page, greeted by name, in Dutch.
    assert e2e.path_of(browser) == "/"
    assert e2e.h1(browser) == f"Welkom, {account.name}"
    assert e2e.html_lang(browser) == "nl"
    who = browser.find_element(By.CSS_SELECTOR, "header .account a[href='/account']")
    assert who.text == f"{account.name} ({account.role_label})"

    # The navigation shows exactly what this role may use, in this order.
    assert e2e.nav_links(browser) == list(account.nav)
    labels = [label for label, _ in e2e.nav_links(browser)]
    assert ("Gebieden importeren" in labels) == (account.email == e2e.BEHEERDER)

    # What is not in the menu is also closed to the role; what is, opens.
    browser.get(base_url + "/beheer/gebruikers")
    assert e2e.h1(browser) == ("Gebruikers" if account.may_manage_users else "Geen toegang")
    browser.get(base_url + "/beheer/gebieden/import")
    assert e2e.h1(browser) == ("Gebieden importeren" if account.email == e2e.BEHEERDER else "Geen toegang")

    # Signing out ends the session.
    browser.get(base_url + "/")
    e2e.submit(browser, "Uitloggen", within="header")
    e2e.wait(browser).until(lambda d: e2e.path_of(d) == "/inloggen")
    assert "melding=uitgelogd" in browser.current_url
    notices = [n.text for n in browser.find_elements(By.CSS_SELECTOR, "main .notice")]
    assert "U bent uitgelogd." in notices
    assert e2e.nav_links(browser) == e2e.NAV_PUBLIC
    assert browser.find_elements(By.CSS_SELECTOR, "header .account a[href='/account']") == []
    browser.get(base_url + "/account")  # a signed-in page now asks to sign in
    assert e2e.path_of(browser) == "/inloggen"
