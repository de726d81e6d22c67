"""Importing areas as beheerder: a file with an error is reported per line and saves
nothing; a good file is checked, then imported, and its area gets a page."""

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

import wieg_e2e as e2e


def area_status(base_url: str, code: str) -> int:
    return requests.get(f"{base_url}/gebieden/{code}", headers={"Accept": e2e.BROWSER_ACCEPT}, timeout=30).status_code


def upload(browser, path, action: str) -> None:
    browser.find_element(By.ID, "file").send_keys(str(path))
    old_page = browser.find_element(By.TAG_NAME, "main")
    browser.find_element(By.CSS_SELECTOR, f"main button[name=actie][value={action}]").click()
    # Wait for the new page: the old one may show a notice too.
    e2e.wait(browser).until(EC.staleness_of(old_page))
    e2e.wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .notice"))


def notice_texts(browser) -> list[str]:
    return [n.text.strip() for n in browser.find_elements(By.CSS_SELECTOR, "main .notice")]


def error_rows(browser) -> list[list[str]]:
    table = browser.find_element(By.CSS_SELECTOR, "main table")
    assert table.find_element(By.TAG_NAME, "caption").text == "Fouten per regel"
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers == ["Regel", "Kolom", "Melding"]
    return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")]


def test_import_with_error_then_good_file(browser, site, login, tmp_path):
    base_url = site.base_url
    bad = tmp_path / "gebieden-met-fout.csv"
    bad.write_text(e2e.CSV_WITH_ERROR, encoding="utf-8")
    good = tmp_path / "gebieden.csv"
    good.write_text(e2e.CSV_GOOD, encoding="utf-8")
    assert area_status(base_url, "GM0010") == 404, "GM0010 must not exist before the test"
    existed_before = area_status(base_url, "GM0003") == 200  # only with a reused PostgreSQL database

    login(browser, e2e.BEHEERDER)
    browser.get(base_url + "/beheer/gebieden/import")
    assert e2e.h1(browser) == "Gebieden importeren"

    # A file with an error, only checked: the report names line 3 and what is wrong.
    upload(browser, bad, "controleren")
    assert any("1 fout(en). Er is niets opgeslagen." in n for n in notice_texts(browser)), notice_texts(browser)
    rows = error_rows(browser)
    assert len(rows) == 1, rows
    line, column, message = rows[0]
    assert line == "3"
    assert column == "code"
    assert "GM12" in message and "geen geldige" in message, message
    assert area_status(base_url, "GM0010") == 404, "a checked file must save nothing"

    # The same file with "Importeren": still refused as a whole, still nothing saved.
    upload(browser, bad, "importeren")
    assert any("Er is niets opgeslagen." in n for n in notice_texts(browser)), notice_texts(browser)
    assert [r[0] for r in error_rows(browser)] == ["3"]
    assert area_status(base_url, "GM0010") == 404, "the valid line of a file with an error must not be saved"

    # The good file: checking saves nothing yet, importing saves it.
    upload(browser, good, "controleren")
    assert any("Het bestand is in orde: 1 gebieden. Er is nog niets opgeslagen" in n for n in notice_texts(browser))
    assert browser.find_elements(By.CSS_SELECTOR, "main table") == []
    if not existed_before:
        assert area_status(base_url, "GM0003") == 404, "checking must not save"

    upload(browser, good, "importeren")
    if existed_before:  # a reused database: the same row again is not new (and may be unchanged)
        assert any(n.startswith("Import voltooid: 0 nieuw,") for n in notice_texts(browser)), notice_texts(browser)
    else:
        assert "Import voltooid: 1 nieuw, 0 bijgewerkt." in notice_texts(browser), notice_texts(browser)

    # The new area has its page, under its province.
    browser.get(base_url + "/gebieden/GM0003")
    assert e2e.h1(browser) == "Appingedam"
    facts = {dt.text: dd.text for dt, dd in zip(browser.find_elements(By.CSS_SELECTOR, "main dt"),
                                                 browser.find_elements(By.CSS_SELECTOR, "main dd"))}
    assert facts["Code"] == "GM0003"
    assert facts["Soort"] == "gemeente"
    assert "PV20" in facts["Ligt in"]
    assert area_status(base_url, "GM0010") == 404


def test_error_report_in_english_marks_dutch_messages(browser, site):
    """The import messages exist in Dutch only; an English page says so (lang="nl")."""
    case = next(c for c in e2e.PAGES if c.state == "import-errors")
    e2e.open_page(browser, site, case, "en")
    table = browser.find_element(By.CSS_SELECTOR, "main table")
    assert table.find_element(By.TAG_NAME, "caption").text == "Errors per line"
    assert [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")] == ["Line", "Column", "Message"]
    message = table.find_element(By.CSS_SELECTOR, "tbody tr td:nth-child(3) [lang]")
    assert message.get_attribute("lang") == "nl"
    assert "GM12" in message.text
    assert area_status(site.base_url, "GM0010") == 404
