"""Shared helpers for Wieg's browser suite: the demo accounts, the page catalogue used by
the accessibility, HTML-validity and screenshot checks, and small Selenium helpers.

Everything here talks to a real `wieg serve --demo` started by conftest.py.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, quote, urlsplit

import requests
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "ci-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

PASSWORD = "kansrijke-start"
SESSION_COOKIE = "wieg_sessie"
LANGUAGE_COOKIE = "wieg_taal"
# What Chromium sends for a page. Wieg answers an `Accept: */*` request (the default of
# `requests` and curl) for an unknown page with problem+json, so ask like a browser.
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
WAIT = 15  # seconds for an expected page to appear

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Page × language combinations checked by axe in this run (printed at the end).
AXE_CHECKED: list[str] = []


# MARK: Accounts and navigation

NAV_PUBLIC = [("Start", "/"), ("Gebieden", "/gebieden"), ("Hulp zoeken", "/hulp"), ("Organisaties", "/organisaties"),
              ("Indicatoren", "/indicatoren")]
NAV_SIGNED_IN = NAV_PUBLIC + [("Coalities", "/coalities"), ("Aanbod", "/aanbod"), ("Zorgpaden", "/zorgpaden"), ("Gespreksleidraad", "/gespreksleidraad")]
NAV_EDITOR = NAV_SIGNED_IN + [("Meldingen", "/meldingen")]
NAV_MANAGER = NAV_EDITOR + [("Gebruikers", "/beheer/gebruikers"), ("Wijzigingen", "/beheer/wijzigingen"), ("Cijfers importeren", "/beheer/indicatoren/import"),
                             ("Sociale kaart importeren", "/beheer/netwerk/import")]
NAV_BEHEERDER = NAV_MANAGER + [
    ("Gebieden importeren", "/beheer/gebieden/import"), ("Behoeften", "/beheer/behoeften"), ("Insluiten", "/beheer/insluiten")]


@dataclass(frozen=True)
class Account:
    email: str
    name: str
    role_label: str
    nav: tuple = ()

    @property
    def may_manage_users(self) -> bool:
        return ("Gebruikers", "/beheer/gebruikers") in self.nav


ACCOUNTS = [
    Account("beheerder@wieg.demo", "Demo Beheerder", "Beheerder", tuple(NAV_BEHEERDER)),
    Account("regio.nml@wieg.demo", "Demo Programmateam NML", "Regioteam", tuple(NAV_MANAGER)),
    Account("coordinator.meppel@wieg.demo", "Demo Projectleider Meppel", "Coördinator", tuple(NAV_MANAGER)),
    Account("partner.meppel@wieg.demo", "Demo Partner GGD Drenthe", "Partner", tuple(NAV_EDITOR)),
    Account("coordinator.venlo@wieg.demo", "Demo Projectleider Venlo", "Coördinator", tuple(NAV_MANAGER)),
    Account("professional@wieg.demo", "Demo Professional", "Professional", tuple(NAV_SIGNED_IN)),
]
BEHEERDER = ACCOUNTS[0].email
PARTNER = ACCOUNTS[3].email
PROFESSIONAL = ACCOUNTS[5].email
REGIO = ACCOUNTS[1].email
COORDINATOR = ACCOUNTS[2].email


# MARK: Geography CSVs

# Line 2 is valid, line 3 is not (a municipality code has four digits). The file is
# all-or-nothing, so GM0010 must not be saved either.
CSV_WITH_ERROR = "code;naam;soort;ouder;leden\nGM0010;Delfzijl;gemeente;PV20;\nGM12;Fout;gemeente;PV20;\n"
CSV_GOOD = "code;naam;soort;ouder;leden\nGM0003;Appingedam;gemeente;PV20;\n"


# MARK: Selenium helpers

def wait(driver: WebDriver, seconds: float = WAIT) -> WebDriverWait:
    # A page that is being replaced (a form just posted) makes elements stale: try again.
    return WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException])


def path_of(driver: WebDriver) -> str:
    return urlsplit(driver.current_url).path


def h1(driver: WebDriver) -> str:
    return wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "main h1"))).text.strip()


def html_lang(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""


def nav_links(driver: WebDriver) -> list[tuple[str, str]]:
    """(label, path) of each link in the header's main navigation, in order."""
    links = driver.find_elements(By.CSS_SELECTOR, "header nav a")
    return [(a.text.strip(), urlsplit(a.get_attribute("href")).path) for a in links]


def active_element(driver: WebDriver):
    return driver.switch_to.active_element


def describe(element) -> str:
    tag = element.tag_name
    ident = element.get_attribute("id")
    href = element.get_attribute("href")
    text = (element.text or element.get_attribute("value") or "").strip()
    return f"<{tag}{' id=' + ident if ident else ''}{' href=' + urlsplit(href).path if href else ''}> {text!r}"


def submit_button(driver: WebDriver, label: str, within: str = "main"):
    """The submit button with this visible label inside `within` (a CSS selector)."""
    for button in driver.find_elements(By.CSS_SELECTOR, f"{within} button[type=submit]"):
        if button.text.strip() == label:
            return button
    raise AssertionError(f"no button {label!r} on {driver.current_url}")


def submit(driver: WebDriver, label: str, within: str = "main") -> None:
    """Clicks the submit button with this label and waits until the browser has left the
    current document. Reading the next page too early races with the navigation: Chromium
    then answers "Node with given id does not belong to the document", which is not a
    stale-element error and so is not retried by `wait`."""
    old = driver.find_element(By.TAG_NAME, "html")
    submit_button(driver, label, within).click()
    wait(driver).until(lambda _: gone(old))


def gone(element) -> bool:
    """Whether `element` belongs to a document the browser has left. Chromium reports a
    node of the old document either as stale or, mid-navigation, with "Node with given id
    does not belong to the document"; both mean gone (`EC.staleness_of` knows only the first)."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def login(driver: WebDriver, base_url: str, email: str, password: str = PASSWORD) -> None:
    """Signs in through the real form and waits for the redirect away from /inloggen."""
    driver.get(base_url + "/inloggen")
    email_field = wait(driver).until(EC.presence_of_element_located((By.ID, "email")))
    email_field.clear()
    email_field.send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver, "Inloggen")
    try:
        wait(driver).until(lambda d: path_of(d) != "/inloggen")
    except Exception:
        errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".notice-error")]
        raise AssertionError(f"signing in as {email} failed: {errors or driver.title}") from None


def set_language(driver: WebDriver, base_url: str, lang: str, back: str = "/") -> None:
    """The language switch as the footer links to it: /taal/<lang>?terug=<path>."""
    driver.get(f"{base_url}/taal/{lang}?terug={quote(back, safe='/')}")
    wait(driver).until(lambda d: html_lang(d) == lang)


def screenshot(driver: WebDriver, name: str, full_page: bool = True) -> Path:
    """Saves ci-artifacts/screenshots/<name>.png; full page by growing the window."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    size = driver.get_window_size()
    try:
        if full_page:
            height = driver.execute_script(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
            if height > size["height"]:
                driver.set_window_size(size["width"], min(int(height) + 140, 8000))
        assert driver.save_screenshot(str(target)), f"could not save {target}"
    finally:
        driver.set_window_size(size["width"], size["height"])
    return target


# MARK: axe

def run_axe(driver: WebDriver) -> dict:
    from axe_selenium_python import Axe

    axe = Axe(driver)
    axe.inject()
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return axe.run(options=json.dumps(options))


def format_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} [{v.get('impact')}]: {v['help']} ({v.get('helpUrl', '')})")
        for node in v["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
            lines.append(f"       {node.get('html', '')[:300]}")
            summary = node.get("failureSummary")
            if summary:
                lines.extend("       " + s for s in summary.splitlines())
    return "\n".join(lines)


# MARK: The page catalogue

@dataclass(frozen=True)
class PageCase:
    """A page (or a page state) every accessibility, validity and screenshot check visits."""

    key: str
    title: str  # what the page is, for messages
    path: str  # may hold {partner_id} or {invite_token}
    account: str | None = None  # e-mail of the demo account, None for anonymous
    status: int = 200
    state: str | None = None  # "invite-error" or "import-errors": reached by a POST

    def resolved(self, ids: dict[str, str]) -> str:
        return self.path.format(**ids)


PAGES = [
    PageCase("anon-home", "home page", "/"),
    PageCase("anon-login", "sign-in page", "/inloggen"),
    PageCase("anon-areas", "areas", "/gebieden"),
    PageCase("anon-area-gm0119", "area Meppel", "/gebieden/GM0119"),
    PageCase("anon-area-nml", "region NML", "/gebieden/nml"),
    PageCase("anon-accessibility", "accessibility statement", "/toegankelijkheid"),
    PageCase("anon-privacy", "privacy statement", "/privacy"),
    PageCase("anon-indicators", "indicator catalogue", "/indicatoren"),
    PageCase("anon-profile-gm0119", "profile of Meppel", "/gebieden/GM0119/profiel"),
    PageCase("anon-profile-7940", "profile of PC4 7940 (suppressed)", "/gebieden/PC4-7940/profiel"),
    PageCase("anon-funnel", "funnel plot of BIG2 over Meppel's PC4 areas", "/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119"),
    PageCase("anon-small-areas", "BIG2 over Meppel's PC4 areas, ranked", "/indicatoren/BIG2/gebieden?gebied=GM0119&niveau=pc4"),
    PageCase("anon-map", "map of BIG2 over the NML municipalities", "/indicatoren/BIG2/kaart?gebied=nml&niveau=gemeente"),
    PageCase("anon-trend", "trend of BIG2 in Meppel", "/indicatoren/BIG2/trend?gebied=GM0119"),
    PageCase("anon-region-monitoring", "region dashboard NML", "/regios/nml/monitoring"),
    PageCase("anon-reach", "reach of a service", "/aanbod/{service_id}/bereik"),
    PageCase("anon-stories", "stories", "/verhalen"),
    PageCase("partner-story-new", "new story", "/verhalen/nieuw?indicator=BIG2", PARTNER),
    PageCase("partner-reach", "reach of own service with the form", "/aanbod/{service_id}/bereik", PARTNER),
    PageCase("coordinator-small-areas", "small areas with small numbers shown", "/indicatoren/BIG2/gebieden?gebied=GM0119&niveau=pc4", COORDINATOR),
    PageCase("anon-help", "finding help (parents)", "/hulp"),
    PageCase("anon-help-results", "help for pregnant parents in Meppel", "/hulp?fase=tijdens&gemeente=GM0119"),
    PageCase("anon-help-service", "a service as parents see it", "/hulp/{service_id}"),
    PageCase("anon-help-arabic", "help for pregnant parents in Venlo, in Arabic (right to left)", "/hulp?taal=ar&fase=tijdens&gemeente=GM0983"),
    PageCase("anon-help-turkish-topic", "a topic in Turkish", "/hulp?taal=tr&behoefte=schulden&gemeente=GM0119"),
    PageCase("anon-help-service-arabic", "a service as parents see it, in Arabic", "/hulp/{service_id}?taal=ar"),
    PageCase("anon-help-postcode", "help by postcode, with distances", "/hulp?zoek=geldzorgen&postcode=7942AB"),
    PageCase("anon-help-embedded", "the finder as a municipality's site embeds it", "/hulp/insluiten?gemeente=GM0119&zoek=somber"),
    PageCase("beheerder-embed", "the websites that may embed the finder", "/beheer/insluiten", BEHEERDER),
    PageCase("anon-organisations", "organisations", "/organisaties"),
    PageCase("anon-network-map", "the map of Meppel's network", "/netwerk/kaart?gebied=GM0119"),
    PageCase("anon-network-map-region", "the map of the NML region's network, one need", "/netwerk/kaart?gebied=nml&behoefte=schulden"),
    PageCase("professional-referral-new", "making a help card", "/hulpkaart/nieuw?gemeente=GM0119&dienst={service_id}", PROFESSIONAL),
    PageCase("professional-referral-confirm", "confirming contact with a card's code", "/hulpkaart/bevestigen", PROFESSIONAL),
    PageCase("partner-reports", "the reports to handle", "/meldingen", PARTNER),
    PageCase("anon-report", "reporting an error on a service", "/aanbod/{service_id}/melden"),
    PageCase("anon-organisation", "an organisation", "/organisaties/{organisation_id}"),
    PageCase("anon-service", "a service", "/aanbod/{service_id}"),
    PageCase("professional-search", "professional search with zorgpad", "/aanbod?gemeente=GM0119&behoefte=schulden", PROFESSIONAL),
    PageCase("professional-zorgpaden", "care paths", "/zorgpaden?gemeente=GM0119", PROFESSIONAL),
    PageCase("professional-zorgpad", "a care path", "/zorgpaden/{zorgpad_id}", PROFESSIONAL),
    PageCase("professional-signalling", "conversation guide", "/gespreksleidraad", PROFESSIONAL),
    PageCase("partner-organisation-edit", "edit own organisation", "/organisaties/{organisation_id}/bewerken", PARTNER),
    PageCase("partner-service-edit", "edit a service", "/aanbod/{service_id}/bewerken", PARTNER),
    PageCase("partner-service-new", "new service", "/organisaties/{organisation_id}/aanbod/nieuw", PARTNER),
    PageCase("beheerder-needs", "needs taxonomy", "/beheer/behoeften", BEHEERDER),
    PageCase("beheerder-need-edit", "edit a need", "/beheer/behoeften/schulden", BEHEERDER),
    PageCase("beheerder-network-import", "social map import", "/beheer/netwerk/import", BEHEERDER),
    PageCase("coordinator-coalitions", "coalitions", "/coalities", COORDINATOR),
    PageCase("coordinator-coalition", "coalition dashboard (Meppel)", "/coalities/meppel", COORDINATOR),
    PageCase("coordinator-activity-new", "new activity", "/coalities/meppel/activiteiten/nieuw", COORDINATOR),
    PageCase("coordinator-risk-new", "new risk", "/coalities/meppel/risicos/nieuw", COORDINATOR),
    PageCase("coordinator-governance-new", "new governance body", "/coalities/meppel/overleggen/nieuw", COORDINATOR),
    PageCase("coordinator-plan-edit", "edit the plan of approach", "/coalities/meppel/plan/bewerken", COORDINATOR),
    PageCase("coordinator-learning", "leren van elkaar, with copy buttons", "/leren-van-elkaar", COORDINATOR),
    PageCase("anon-learning", "leren van elkaar", "/leren-van-elkaar"),
    PageCase("regio-progress", "progress per action line (NML 2024)", "/coalities/nml/voortgang?jaar=2024", REGIO),
    PageCase("regio-region-coalitions", "region overview of coalitions", "/regios/nml/coalities", REGIO),
    PageCase("regio-close-year", "close the year 2024 (NML)", "/coalities/nml/jaar-afsluiten?jaar=2024", REGIO),
    PageCase("regio-annual-plan", "annual plan 2024 (NML), print view", "/coalities/nml/documenten/jaarplan?jaar=2024", REGIO),
    PageCase("anon-404", "404 page", "/deze-pagina-bestaat-niet", status=404),
    PageCase("anon-set-password", "set-password page", "/wachtwoord-instellen/{invite_token}"),
    PageCase("beheerder-home", "home page (beheerder)", "/", BEHEERDER),
    PageCase("beheerder-account", "my account", "/account", BEHEERDER),
    PageCase("beheerder-users", "users", "/beheer/gebruikers", BEHEERDER),
    PageCase("beheerder-invite", "invite form", "/beheer/gebruikers/nieuw", BEHEERDER),
    PageCase("beheerder-invite-error", "invite form with errors", "/beheer/gebruikers/nieuw", BEHEERDER,
             status=422, state="invite-error"),
    PageCase("beheerder-user", "a user's page", "/beheer/gebruikers/{partner_id}", BEHEERDER),
    PageCase("beheerder-user-disable", "disable confirmation", "/beheer/gebruikers/{partner_id}/uitschakelen", BEHEERDER),
    PageCase("beheerder-audit", "audit trail", "/beheer/wijzigingen", BEHEERDER),
    PageCase("beheerder-profile-7940", "profile with small numbers shown", "/gebieden/PC4-7940/profiel", BEHEERDER),
    PageCase("beheerder-import", "geography import", "/beheer/gebieden/import", BEHEERDER),
    PageCase("beheerder-import-errors", "geography import with an error report", "/beheer/gebieden/import", BEHEERDER,
             status=422, state="import-errors"),
]
LANGUAGES = ["nl", "en"]

# The invite that triggers errors: an address that already has an account, and a
# regional role without a region. Both are checked by the server (the browser's own
# validation passes), so the form comes back with an error summary.
INVITE_ERROR_FORM = {"email": "partner.meppel@wieg.demo", "name": "Dubbel Account", "role": "regio",
                     "region": "", "coalition": "", "organisation": ""}


@dataclass
class Site:
    """The running Wieg: its address, ids of demo records, and signed-in cookies."""

    base_url: str
    tmp_dir: Path
    ids: dict[str, str] = field(default_factory=dict)
    _cookies: dict[str, str] = field(default_factory=dict)
    sign_in: Callable[[str], str] | None = None

    def session_cookie(self, email: str) -> str:
        if email not in self._cookies:
            assert self.sign_in is not None
            self._cookies[email] = self.sign_in(email)
        return self._cookies[email]

    def http(self, email: str | None = None, lang: str = "nl") -> requests.Session:
        """A `requests` session that looks like the browser: same cookies, same Accept."""
        s = requests.Session()
        s.headers["Accept"] = BROWSER_ACCEPT
        host = urlsplit(self.base_url).hostname
        if email:
            s.cookies.set(SESSION_COOKIE, self.session_cookie(email), domain=host, path="/")
        s.cookies.set(LANGUAGE_COOKIE, lang, domain=host, path="/")
        return s


def csrf_from(html: str) -> str:
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    assert match, "no CSRF token in the form"
    return match.group(1)


def open_page(driver: WebDriver, site: Site, case: PageCase, lang: str) -> None:
    """Puts the browser on `case` in `lang`, signed in as the case's account."""
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    path = case.resolved(site.ids)
    if case.account:
        cookie = site.session_cookie(case.account)  # may sign in with this same browser first
        driver.get(site.base_url + "/-/health")  # a page of the site, to set its cookie
        driver.add_cookie({"name": SESSION_COOKIE, "value": cookie, "path": "/",
                           "httpOnly": True, "sameSite": "Lax"})
    # Through the language switch, which returns to the page itself.
    driver.get(f"{site.base_url}/taal/{lang}?terug={quote(path, safe='/')}")
    # A parents' page asked in its own language (taal=ar) keeps it, whatever the site's.
    asked = parse_qs(urlsplit(path).query).get("taal", [lang])[0]
    wait(driver).until(lambda d: html_lang(d) == asked)
    assert path_of(driver) == path.split("?")[0], f"{case.key}: landed on {driver.current_url}"
    if case.state == "invite-error":
        for name in ("email", "name"):
            box = driver.find_element(By.ID, name)
            box.clear()
            box.send_keys(INVITE_ERROR_FORM[name])
        driver.find_element(By.CSS_SELECTOR, f"#role option[value='{INVITE_ERROR_FORM['role']}']").click()
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".error-summary")))
    elif case.state == "import-errors":
        csv = site.tmp_dir / "met-fout.csv"
        csv.write_text(CSV_WITH_ERROR, encoding="utf-8")
        driver.find_element(By.ID, "file").send_keys(str(csv))
        driver.find_element(By.CSS_SELECTOR, "button[name=actie][value=controleren]").click()
        wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "main table")))
    assert html_lang(driver) == asked
    h1(driver)


def page_lang(case: PageCase, lang: str) -> str:
    """The language `case` is shown in when the site speaks `lang` (a parents' page asked
    in its own language with taal= keeps it)."""
    return parse_qs(urlsplit(case.path).query).get("taal", [lang])[0]


def fetch_html(site: Site, case: PageCase, lang: str) -> tuple[int, bytes]:
    """The bytes Wieg serves for `case` in `lang` (not the browser's DOM)."""
    s = site.http(case.account, lang)
    url = site.base_url + case.resolved(site.ids)
    if case.state == "invite-error":
        form = s.get(url, timeout=30)
        r = s.post(site.base_url + "/beheer/gebruikers", data={"_csrf": csrf_from(form.text), **INVITE_ERROR_FORM},
                   allow_redirects=False, timeout=30)
    elif case.state == "import-errors":
        form = s.get(url, timeout=30)
        r = s.post(url, data={"_csrf": csrf_from(form.text), "actie": "controleren"},
                   files={"file": ("met-fout.csv", CSV_WITH_ERROR.encode(), "text/csv")},
                   allow_redirects=False, timeout=30)
    else:
        r = s.get(url, allow_redirects=False, timeout=30)
    assert r.status_code == case.status, f"{case.key} ({lang}): HTTP {r.status_code}, expected {case.status}"
    content_type = r.headers.get("content-type", "")
    assert content_type.startswith("text/html"), f"{case.key} ({lang}): content-type {content_type!r}"
    return r.status_code, r.content


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
