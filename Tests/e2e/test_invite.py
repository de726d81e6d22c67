"""The invite flow: a coordinator invites a partner, the invitee opens the one-time link
in their own browser, sets a password and signs in."""

import time
from urllib.parse import urlsplit

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import wieg_e2e as e2e


def test_coordinator_invites_a_partner(browser, new_browser, base_url, login):
    stamp = int(time.time() * 1000)
    email = f"nieuwe.partner.{stamp}@e2e.wieg.test"
    name = f"Nieuwe Partner {stamp}"
    password = "een-zin-van-wat-woorden"

    login(browser, "coordinator.meppel@wieg.demo")
    browser.get(base_url + "/beheer/gebruikers")
    browser.find_element(By.LINK_TEXT, "Iemand uitnodigen").click()
    assert e2e.path_of(browser) == "/beheer/gebruikers/nieuw"
    assert e2e.h1(browser) == "Iemand uitnodigen"

    # A coordinator may only grant coordinator or partner, in its own coalition.
    role = Select(browser.find_element(By.ID, "role"))
    assert [o.get_attribute("value") for o in role.options] == ["coordinator", "partner"]
    coalition = Select(browser.find_element(By.ID, "coalition"))
    assert [o.get_attribute("value") for o in coalition.options] == ["", "meppel"]

    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "name").send_keys(name)
    role.select_by_value("partner")
    coalition.select_by_value("meppel")
    Select(browser.find_element(By.ID, "organisation")).select_by_value("verloskundigen-meppel")
    e2e.submit(browser, "Uitnodiging maken")

    assert e2e.h1(browser) == "Uitnodiging gemaakt"
    notices = [n.text for n in browser.find_elements(By.CSS_SELECTOR, "main .notice")]
    assert any(email in n for n in notices), notices  # no mail server: pass the link on yourself
    link = browser.find_element(By.CSS_SELECTOR, "main code.token").text.strip()
    assert urlsplit(link).path.startswith("/wachtwoord-instellen/"), link
    assert link.startswith(base_url), link

    # The invitee, in a browser of their own.
    invitee = new_browser()
    invitee.get(link)
    assert e2e.h1(invitee) == "Wachtwoord instellen"
    assert email in invitee.find_element(By.CSS_SELECTOR, "main .lead").text

    # Too short first: the error is shown at the field and nothing is set.
    invitee.find_element(By.ID, "password").send_keys("kort")
    invitee.find_element(By.ID, "confirmation").send_keys("kort")
    e2e.submit(invitee, "Wachtwoord opslaan")
    summary = e2e.wait(invitee).until(lambda d: d.find_element(By.CSS_SELECTOR, ".error-summary"))
    assert "minstens 12 tekens" in summary.text
    assert invitee.find_element(By.ID, "password").get_attribute("aria-invalid") == "true"

    invitee.find_element(By.ID, "password").send_keys(password)
    invitee.find_element(By.ID, "confirmation").send_keys(password)
    e2e.submit(invitee, "Wachtwoord opslaan")
    e2e.wait(invitee).until(lambda d: e2e.path_of(d) == "/inloggen")
    assert "Uw wachtwoord is ingesteld. U kunt nu inloggen." in [n.text for n in invitee.find_elements(By.CSS_SELECTOR, "main .notice")]

    login(invitee, email, password)
    assert e2e.h1(invitee) == f"Welkom, {name}"
    assert invitee.find_element(By.CSS_SELECTOR, "header .account a[href='/account']").text == f"{name} (Partner)"
    assert e2e.nav_links(invitee) == e2e.NAV_EDITOR

    # The link worked once.
    invitee.get(link)
    assert e2e.h1(invitee) == "Niet gevonden"
    assert "ongeldig of verlopen" in invitee.find_element(By.CSS_SELECTOR, "main .lead").text

    # The coordinator sees the new partner as active.
    browser.get(base_url + "/beheer/gebruikers?zoek=" + email)
    row = browser.find_element(By.XPATH, f"//main//tr[td[2][normalize-space()='{email}']]")
    assert [td.text for td in row.find_elements(By.TAG_NAME, "td")][:4] == [name, email, "Partner", "Actief"]
