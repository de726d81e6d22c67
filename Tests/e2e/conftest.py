"""Fixtures for Wieg's browser suite.

- `site`: a real `wieg serve --demo` on a free loopback port with a fresh database
  (`$WIEG_E2E_DATABASE_URL`, else a new SQLite file in a temp dir), stopped afterwards.
- `browser`: headless Chromium (Debian's /usr/bin/chromium and chromedriver), signed
  out, Dutch, 1280×900, at the start of every test.
- `new_browser`: a factory for extra, fully separate browser sessions.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import wieg_e2e as e2e

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
HEALTH_TIMEOUT = 60
BINARY_TIMEOUT = 120  # the binary may briefly be missing while it is rebuilt
WINDOW = (1280, 900)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wieg_binary() -> Path:
    configured = Path(os.environ.get("WIEG_BIN", ".build/debug/wieg"))
    binary = configured if configured.is_absolute() else e2e.REPO_ROOT / configured
    if not e2e.wait_until(lambda: os.access(binary, os.X_OK), BINARY_TIMEOUT, 1):
        pytest.exit(f"Wieg binary {binary} is missing or not executable (set WIEG_BIN, or run "
                    f"`swift build --product wieg` first).", returncode=2)
    return binary


class WiegServer:
    def __init__(self, binary: Path, database: str, work: Path):
        self.binary, self.database, self.work = binary, database, work
        self.log_path = e2e.ARTIFACTS / "e2e-server.log"
        self.process: subprocess.Popen | None = None
        self.base_url = ""

    def start(self) -> None:
        e2e.ARTIFACTS.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "w", encoding="utf-8")
        # A port picked as free can be taken before Wieg binds it, and the binary can be
        # in the middle of a rebuild: a Wieg that exits at once gets a few more tries.
        for attempt in range(5):
            if attempt:
                time.sleep(3)
            wieg_binary()
            port = free_port()
            self.base_url = f"http://127.0.0.1:{port}"
            command = [str(self.binary), "serve", "--demo", "--port", str(port), "--hostname", "127.0.0.1",
                       "--database", self.database]
            log.write("$ " + " ".join(command) + "\n")
            log.flush()
            self.process = subprocess.Popen(command, cwd=self.work, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True,
                                            env={**os.environ, "LOG_LEVEL": os.environ.get("LOG_LEVEL", "warning")})
            e2e.wait_until(lambda: not self.running() or self.healthy(), HEALTH_TIMEOUT, 0.25)
            if self.running() and self.healthy():
                return
            if self.running():
                self.stop()
                break  # running but not healthy; a port clash would have made it exit
            log.write(f"(Wieg exited with status {self.process.returncode})\n")
            log.flush()
        raise RuntimeError(f"Wieg did not answer 200 on /-/health within {HEALTH_TIMEOUT} s.\n"
                           f"Last lines of {self.log_path}:\n{self.log_tail()}")

    def healthy(self) -> bool:
        try:
            return requests.get(self.base_url + "/-/health", timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if not self.running():
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # our own process group only
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def chrome_options(width: int, height: int) -> webdriver.ChromeOptions:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                     "--lang=nl-NL", "--force-color-profile=srgb", "--hide-scrollbars"):
        options.add_argument(argument)
    # Chromium's password manager would pop up over the page after a sign-in.
    options.add_experimental_option("prefs", {"credentials_enable_service": False,
                                              "profile.password_manager_enabled": False})
    return options


def start_chromium(width: int = WINDOW[0], height: int = WINDOW[1]) -> webdriver.Chrome:
    driver = webdriver.Chrome(options=chrome_options(width, height), service=Service(CHROMEDRIVER))
    driver.set_window_size(width, height)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def reset(driver: webdriver.Chrome) -> None:
    """Signed out, default language, desktop size, on a blank page."""
    driver.get("about:blank")
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    driver.set_window_size(*WINDOW)


@pytest.fixture(scope="session")
def server():
    work = Path(tempfile.mkdtemp(prefix="wieg-e2e-"))
    database = os.environ.get("WIEG_E2E_DATABASE_URL") or f"sqlite://{work}/wieg-e2e.sqlite"
    wieg = WiegServer(wieg_binary(), database, work)
    wieg.start()
    print(f"\nWieg e2e: {wieg.base_url} with {'PostgreSQL' if database.startswith('postgres') else 'SQLite'} "
          f"(log: {wieg.log_path.relative_to(e2e.REPO_ROOT)})")
    yield wieg
    wieg.stop()
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="session")
def chromium():
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def site(server, chromium) -> e2e.Site:
    """The running Wieg, with a signed-in session per demo account on demand (signed in
    once through the real form in a clean browser) and the ids the catalogue needs."""
    site = e2e.Site(base_url=server.base_url, tmp_dir=server.work)

    def sign_in(email: str) -> str:
        reset(chromium)
        e2e.login(chromium, site.base_url, email)
        cookie = chromium.get_cookie(e2e.SESSION_COOKIE)
        assert cookie and cookie["value"], f"no session cookie after signing in as {email}"
        reset(chromium)
        return cookie["value"]

    site.sign_in = sign_in
    admin = site.http(e2e.BEHEERDER)
    users = admin.get(site.base_url + "/api/v1/gebruikers", params={"zoek": "partner.meppel@wieg.demo"},
                      headers={"Accept": "application/json"}, timeout=30)
    users.raise_for_status()
    site.ids["partner_id"] = next(u["id"] for u in users.json()["data"] if u["email"] == "partner.meppel@wieg.demo")
    # GGD Drenthe (the Meppel partner's organisation), one of its services, a Meppel zorgpad.
    orgs = requests.get(site.base_url + "/api/v1/organisaties", params={"zoek": "GGD Drenthe"}, timeout=30).json()["data"]
    site.ids["organisation_id"] = next(o["id"] for o in orgs if o["name"] == "GGD Drenthe")
    services = requests.get(site.base_url + "/api/v1/aanbod", params={"per_pagina": 200}, timeout=30).json()["data"]
    site.ids["service_id"] = next(s["id"] for s in services if s["organisationId"] == site.ids["organisation_id"])
    paths = admin.get(site.base_url + "/api/v1/zorgpaden", params={"gemeente": "GM0119", "behoefte": "schulden"},
                      headers={"Accept": "application/json"}, timeout=30).json()["data"]
    site.ids["zorgpad_id"] = paths[0]["id"]
    # An open invitation, for the set-password page (a GET does not use it up).
    form = admin.get(site.base_url + "/beheer/gebruikers/nieuw", timeout=30)
    invited = admin.post(site.base_url + "/beheer/gebruikers", timeout=30, data={
        "_csrf": e2e.csrf_from(form.text), "email": f"catalogus-{int(time.time() * 1000)}@e2e.wieg.test",
        "name": "Catalogus Uitnodiging", "role": "professional", "region": "", "coalition": "", "organisation": ""})
    assert invited.status_code == 200, f"creating an invite for the catalogue: HTTP {invited.status_code}"
    site.ids["invite_token"] = invited.text.split("/wachtwoord-instellen/")[1].split("<")[0]
    return site


@pytest.fixture
def browser(chromium, server):
    """The shared Chromium, reset to signed out / Dutch / 1280×900."""
    assert server.running(), f"Wieg stopped; log:\n{server.log_tail()}"
    reset(chromium)
    yield chromium
    reset(chromium)


@pytest.fixture
def new_browser():
    """Starts separate Chromium sessions (own profile, own cookies); all quit afterwards."""
    started: list[webdriver.Chrome] = []

    def start(width: int = WINDOW[0], height: int = WINDOW[1]) -> webdriver.Chrome:
        driver = start_chromium(width, height)
        started.append(driver)
        return driver

    yield start
    for driver in started:
        driver.quit()


@pytest.fixture
def base_url(server) -> str:
    return server.base_url


@pytest.fixture
def login(base_url):
    """`login(driver, email, password="kansrijke-start")`: signs in through the real form."""
    def sign_in(driver: webdriver.Chrome, email: str, password: str = e2e.PASSWORD) -> None:
        e2e.login(driver, base_url, email, password)
    return sign_in


@pytest.fixture
def screenshot():
    """`screenshot(driver, name)`: saves ci-artifacts/screenshots/<name>.png (full page)."""
    return e2e.screenshot


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if e2e.AXE_CHECKED:
        terminalreporter.write_line(
            f"axe ({', '.join(e2e.AXE_TAGS)}): {len(e2e.AXE_CHECKED)} page×language combinations checked")
    shots = sorted(e2e.SCREENSHOTS.glob("*.png")) if e2e.SCREENSHOTS.exists() else []
    if shots:
        terminalreporter.write_line(f"screenshots: {len(shots)} in {e2e.SCREENSHOTS.relative_to(e2e.REPO_ROOT)}/")
