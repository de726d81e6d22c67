"""Monitoring in the browser: from the indicator catalogue to a funnel plot of Meppel's
PC4 areas, with its data table and CSV link."""

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
