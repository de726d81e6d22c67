"""The Netwerk pillar in the browser: a parent finds help, a professional searches by
municipality and need (zorgpad first), uses the conversation guide, a partner edits its
own organisation, a coordinator imports services with an error and then a good file."""

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

import wieg_e2e as e2e


def test_parent_finds_help_without_signing_in(browser, base_url):
    browser.get(base_url + "/hulp")
    assert e2e.h1(browser) == "Hulp zoeken"
    # The doors are buttons of the search form: the municipality chosen first goes along.
    Select(browser.find_element(By.ID, "gemeente")).select_by_visible_text("Meppel")
    e2e.submit(browser, "Ik ben zwanger")
    e2e.wait(browser).until(lambda d: "deur=tijdens" in d.current_url and "gemeente=GM0119" in d.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "button.door-current").text == "Ik ben zwanger"
    search = browser.find_element(By.ID, "zoek")
    search.send_keys("geldzorgen")
    # Enter searches (it does not choose a door).
    old = browser.find_element(By.TAG_NAME, "html")
    search.send_keys(Keys.ENTER)
    e2e.wait(browser).until(lambda _: e2e.gone(old))
    assert "fase=tijdens" in browser.current_url and "deur=" not in browser.current_url, browser.current_url
    assert "We zoeken hulp bij:" in browser.find_element(By.ID, "resultaten").text
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .cards h3 a"))
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "main .cards h3 a")]
    assert "Schuldhulpverlening" in titles, titles
    browser.find_element(By.LINK_TEXT, "Schuldhulpverlening").click()
    e2e.wait(browser).until(lambda d: e2e.h1(d) == "Schuldhulpverlening")
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Wat kost het?" in page and "Voor professionals" not in page
    e2e.screenshot(browser, "flow-parent-service")


def test_parent_reads_arabic_and_searches_by_postcode(browser, base_url):
    browser.get(base_url + "/hulp")
    # The language menu in the slim header: each language named in itself.
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, "nav.parent-languages a[lang='ar']").click()
    e2e.wait(browser).until(lambda _: e2e.gone(old))
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("lang") == "ar" and html.get_attribute("dir") == "rtl"
    assert "taal=ar" in browser.current_url
    # The page runs from the right: the heading's text ends at the right edge of its box.
    gap = browser.execute_script(
        "const h = document.querySelector('h1'); const r = document.createRange(); r.selectNodeContents(h);"
        " return h.getBoundingClientRect().right - r.getBoundingClientRect().right;")
    assert gap < 2, gap
    Select(browser.find_element(By.ID, "gemeente")).select_by_value("GM0983")
    doors = browser.find_elements(By.CSS_SELECTOR, "ul.doors button")
    old = browser.find_element(By.TAG_NAME, "html")
    doors[1].click()
    e2e.wait(browser).until(lambda _: e2e.gone(old))
    assert "taal=ar" in browser.current_url and "gemeente=GM0983" in browser.current_url
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .cards h3 a"))
    # The results are in view after the tap.
    top = browser.execute_script("return document.getElementById('resultaten').getBoundingClientRect().top")
    assert top < 200, top
    e2e.screenshot(browser, "flow-parent-arabic")
    # Back to Dutch, by postcode instead of municipality.
    browser.get(base_url + "/hulp")
    browser.find_element(By.ID, "postcode").send_keys("7942 AB")
    search = browser.find_element(By.ID, "zoek")
    search.send_keys("somber")
    old = browser.find_element(By.TAG_NAME, "html")
    search.send_keys(Keys.ENTER)
    e2e.wait(browser).until(lambda _: e2e.gone(old))
    facts = browser.find_element(By.ID, "resultaten").text
    assert "km van je postcode" in facts, facts


def test_professional_sees_the_zorgpad_first(browser, base_url, login):
    login(browser, e2e.PROFESSIONAL)
    browser.get(base_url + "/aanbod")
    Select(browser.find_element(By.ID, "gemeente")).select_by_visible_text("Meppel")
    Select(browser.find_element(By.ID, "behoefte")).select_by_visible_text("Schulden en geldzorgen")
    e2e.submit(browser, "Tonen")
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .zorgpad-first"))
    first = browser.find_element(By.CSS_SELECTOR, "main .zorgpad-first h2").text
    assert first.startswith("Zorgpad: Schulden en geldzorgen"), first
    results = browser.find_elements(By.CSS_SELECTOR, "main .results .result h3 a")
    assert results, "services follow the zorgpad"
    # A facet narrows the list and keeps the municipality and need.
    phase = browser.find_element(By.CSS_SELECTOR, "aside.facets a[href*='fase=tijdens']")
    phase.click()
    e2e.wait(browser).until(lambda d: "fase=tijdens" in d.current_url)
    assert "gemeente=GM0119" in browser.current_url and "behoefte=schulden" in browser.current_url


def test_conversation_guide_points_to_help_and_stores_nothing(browser, base_url, login):
    login(browser, e2e.PROFESSIONAL)
    browser.get(base_url + "/gespreksleidraad")
    assert "Wieg slaat niets op" in browser.find_element(By.TAG_NAME, "main").text
    Select(browser.find_element(By.ID, "gemeente")).select_by_visible_text("Meppel")
    browser.find_element(By.ID, "f-omgeving-lage-ses").click()
    e2e.submit(browser, "Toon passende hulp")
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .signalling-result"))
    links = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "main .signalling-result a")]
    assert "Zorgpad: Schulden en geldzorgen bij zwangeren" in links, links
    assert browser.find_element(By.ID, "f-omgeving-lage-ses").is_selected()
    e2e.screenshot(browser, "flow-conversation-guide")


def test_partner_edits_own_organisation(browser, site, login):
    login(browser, e2e.PARTNER)
    org = site.ids["organisation_id"]
    browser.get(f"{site.base_url}/organisaties/{org}/bewerken")
    phone = browser.find_element(By.ID, "telefoon")
    phone.clear()
    phone.send_keys("0123-450000")
    e2e.submit(browser, "Opslaan")
    e2e.wait(browser).until(lambda d: e2e.path_of(d) == f"/organisaties/{org}")
    assert "0123-450000" in browser.find_element(By.TAG_NAME, "main").text
    data = requests.get(f"{site.base_url}/api/v1/organisaties/{org}", timeout=30).json()
    assert data["phone"] == "0123-450000" and data["freshness"] == "actueel"


def test_import_services_with_an_error_then_a_good_file(browser, site, login, tmp_path):
    bad = tmp_path / "aanbod-met-fout.csv"
    bad.write_text("organisatie;naam;fasen\nGGD Drenthe;E2E spreekuur;tijdens\nGGD Drenthe;Fout;later\n", encoding="utf-8")
    good = tmp_path / "aanbod.csv"
    good.write_text("organisatie;naam;fasen;gemeenten\nGGD Drenthe;E2E spreekuur;tijdens;GM0119\n", encoding="cp1252")
    login(browser, "coordinator.meppel@wieg.demo")
    browser.get(site.base_url + "/beheer/netwerk/import")
    Select(browser.find_element(By.ID, "soort")).select_by_value("aanbod")
    browser.find_element(By.ID, "file").send_keys(str(bad))
    old_page = browser.find_element(By.TAG_NAME, "main")
    browser.find_element(By.CSS_SELECTOR, "main button[name=actie][value=importeren]").click()
    e2e.wait(browser).until(EC.staleness_of(old_page))
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main table"))
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in browser.find_elements(By.CSS_SELECTOR, "main tbody tr")]
    assert [r[:2] for r in rows] == [["3", "fasen"]], rows
    found = requests.get(site.base_url + "/api/v1/aanbod", params={"zoek": "E2E spreekuur"}, timeout=30).json()
    assert not any(s["name"] == "E2E spreekuur" for s in found["data"]), "nothing is saved from a file with an error"

    Select(browser.find_element(By.ID, "soort")).select_by_value("aanbod")
    browser.find_element(By.ID, "file").send_keys(str(good))
    old_page = browser.find_element(By.TAG_NAME, "main")
    browser.find_element(By.CSS_SELECTOR, "main button[name=actie][value=importeren]").click()
    e2e.wait(browser).until(EC.staleness_of(old_page))
    e2e.wait(browser).until(lambda d: "Import voltooid" in d.find_element(By.TAG_NAME, "main").text)
    found = requests.get(site.base_url + "/api/v1/aanbod", params={"zoek": "E2E spreekuur"}, timeout=30).json()
    assert any(s["name"] == "E2E spreekuur" for s in found["data"])
