"""Monitoring in the browser: from the indicator catalogue to a funnel plot of Meppel's
PC4 areas, with its data table and CSV link; from Meppel's profile to the trend, the
ranked PC4 areas and the map; a partner registering reach."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import wieg_e2e as e2e


def test_funnel_plot_from_the_catalogue(browser, base_url):
    browser.get(base_url + "/indicatoren")
    browser.find_element(By.CSS_SELECTOR, "main a[href='/indicatoren/BIG2/trechter']").click()
    e2e.wait(browser).until(lambda d: e2e.h1(d).startswith("Trechterdiagram"))
    Select(browser.find_element(By.ID, "niveau")).select_by_value("pc4")
    area = browser.find_element(By.ID, "gebied")
    area.clear()
    area.send_keys("GM0119")
    e2e.submit(browser, "Tonen")
    e2e.wait(browser).until(lambda d: "niveau=pc4" in d.current_url)
    assert browser.find_elements(By.CSS_SELECTOR, "main figure svg[role='img']")
    rows = browser.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert len(rows) >= 3, len(rows)
    assert "/trechter/csv?niveau=pc4" in browser.find_element(By.PARTIAL_LINK_TEXT, "Download als CSV").get_attribute("href")
    e2e.screenshot(browser, "flow-funnel")


def test_profile_leads_to_trend_ranking_and_map(browser, base_url):
    browser.get(base_url + "/gebieden/GM0119/profiel")
    browser.find_element(By.CSS_SELECTOR, "main a[href^='/indicatoren/BIG2/trend']").click()
    e2e.wait(browser).until(lambda d: e2e.h1(d).startswith("Trend"))
    assert browser.find_elements(By.CSS_SELECTOR, "main figure svg.trendgrafiek")
    assert "2019-2021" in browser.find_element(By.CSS_SELECTOR, "main table").text
    browser.get(base_url + "/gebieden/GM0119/profiel")
    browser.find_element(By.CSS_SELECTOR, "main a[href^='/indicatoren/BIG2/gebieden']").click()
    e2e.wait(browser).until(lambda d: "gebieden in Meppel" in e2e.h1(d))
    Select(browser.find_element(By.ID, "niveau")).select_by_value("pc4")
    e2e.submit(browser, "Tonen")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "verborgen (kleine aantallen)" in text and "189,3" not in text
    browser.find_element(By.PARTIAL_LINK_TEXT, "Op de kaart").click()
    e2e.wait(browser).until(lambda d: e2e.h1(d).startswith("Kaart"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "main svg path[data-code^='PC4-']")) == 5
    e2e.screenshot(browser, "flow-map")


def test_partner_registers_reach(browser, base_url, login, site):
    login(browser, e2e.PARTNER)
    browser.get(base_url + f"/aanbod/{site.ids['service_id']}/bereik")
    quarter = browser.find_element(By.ID, "kwartaal")
    quarter.clear()
    quarter.send_keys("2020-K5")
    browser.find_element(By.ID, "contacten").send_keys("48")
    e2e.submit(browser, "Opslaan")
    assert browser.find_elements(By.CSS_SELECTOR, "main .error-summary")
    quarter = browser.find_element(By.ID, "kwartaal")
    quarter.clear()
    quarter.send_keys("2025-K1")
    e2e.submit(browser, "Opslaan")
    e2e.wait(browser).until(lambda d: "melding=opgeslagen" in d.current_url)
    assert "2025-K1" in browser.find_element(By.CSS_SELECTOR, "main table").text
    e2e.screenshot(browser, "flow-reach")
