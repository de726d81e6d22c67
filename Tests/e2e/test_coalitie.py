"""The Coalitie pillar in the browser: a coordinator edits an activity, the regional
team closes a year (an incomplete form first), and the annual plan's print view."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import wieg_e2e as e2e


def test_coordinator_edits_an_activity(browser, base_url, login):
    login(browser, e2e.COORDINATOR)
    browser.get(base_url + "/coalities/meppel")
    assert e2e.h1(browser) == "Kansrijke Start Meppel"
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Minimale eisen" in main and "Stappenplan" in main
    browser.find_element(By.CSS_SELECTOR, "main a[href$='/bewerken']").click()
    e2e.wait(browser).until(lambda d: e2e.h1(d).endswith("bewerken"))
    title = browser.find_element(By.ID, "titel").get_attribute("value")
    Select(browser.find_element(By.ID, "status")).select_by_value("loopt")
    note = browser.find_element(By.ID, "status-toelichting")
    note.clear()
    note.send_keys("Gestart met de eerste bijeenkomst.")
    e2e.submit(browser, "Opslaan")
    e2e.wait(browser).until(lambda d: e2e.h1(d) == "Kansrijke Start Meppel")
    rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "main table tr") if title in r.text]
    assert rows and "loopt" in rows[0], rows
    e2e.screenshot(browser, "flow-coalition-activity")


def test_regional_team_closes_a_year(browser, base_url, login):
    login(browser, e2e.REGIO)
    browser.get(base_url + "/coalities/nml/jaar-afsluiten?jaar=2024")
    assert e2e.h1(browser) == "Jaar 2024 afsluiten"
    e2e.submit(browser, "Jaar 2024 afsluiten")
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .field-error"))
    sets = browser.find_elements(By.CSS_SELECTOR, "main fieldset.activity-close")
    assert sets
    for number, fieldset in enumerate(sets):
        choice = "doorgeschoven" if number == 0 else "gerealiseerd"
        fieldset.find_element(By.CSS_SELECTOR, f"input[value='{choice}']").click()
        fieldset.find_element(By.TAG_NAME, "textarea").send_keys("Besproken in de kerngroep.")
    e2e.submit(browser, "Jaar 2024 afsluiten")
    e2e.wait(browser).until(lambda d: e2e.h1(d) == "Jaar 2024 is afgesloten")
    assert "Besproken in de kerngroep." in browser.find_element(By.TAG_NAME, "main").text
    e2e.screenshot(browser, "flow-close-year")


def test_annual_plan_print_view(browser, base_url, login):
    login(browser, e2e.REGIO)
    browser.get(base_url + "/coalities/nml/documenten/jaarplan?jaar=2024")
    assert e2e.h1(browser) == "Jaarplan 2024"
    toc = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav.toc a")]
    assert len(toc) >= 5, toc
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "180.000" in text and "143.700" in text
    # The print style hides navigation and the links above the document.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element(By.CSS_SELECTOR, "main .no-print").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "article.document").is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    e2e.screenshot(browser, "flow-annual-plan")


def test_coordinator_adds_a_risk_after_an_error(browser, base_url, login):
    login(browser, e2e.COORDINATOR)
    browser.get(base_url + "/coalities/meppel")
    browser.find_element(By.CSS_SELECTOR, "main a[href='/coalities/meppel/risicos/nieuw']").click()
    e2e.wait(browser).until(lambda d: e2e.h1(d) == "Nieuw risico")
    e2e.submit(browser, "Opslaan")
    assert "Vul het risico in." in browser.find_element(By.CSS_SELECTOR, "main .error-summary").text
    browser.find_element(By.ID, "risico").send_keys("Wachtlijst bij de POP-poli")
    browser.find_element(By.ID, "beheersmaatregel").send_keys("Extra spreekuur met het ziekenhuis")
    e2e.submit(browser, "Opslaan")
    e2e.wait(browser).until(lambda d: e2e.h1(d) == "Kansrijke Start Meppel")
    assert "Wachtlijst bij de POP-poli" in browser.find_element(By.ID, "risicos").find_element(By.XPATH, "..").text
