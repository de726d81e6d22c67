"""Crash safety: SIGKILL the server in the middle of a large geography import, start
it again on the same database, and find the import wholly present or wholly absent.
Runs on SQLite and, when WIEG_TEST_POSTGRES_URL is set, on PostgreSQL."""
import os
import re
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WIEG = os.environ.get("WIEG_BIN", os.path.join(ROOT, ".build/debug/wieg"))
ROWS = int(os.environ.get("WIEG_CRASH_ROWS", "20000"))
DEMO_WIJKEN = 5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, database):
        self.database, self.port, self.process = database, free_port(), None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.process = subprocess.Popen([WIEG, "serve", "--demo", "--port", str(self.port), "--database", self.database],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(120):
            try:
                if requests.get(self.base + "/-/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError("Wieg did not start: " + self.process.stderr.read().decode())

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def signed_in(server):
    session = requests.Session()
    page = session.get(server.base + "/inloggen").text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    r = session.post(server.base + "/inloggen", data={"_csrf": token, "email": "beheerder@wieg.demo",
                                                      "password": "kansrijke-start"}, allow_redirects=False)
    assert r.status_code == 303
    return session


def big_csv():
    lines = ["code;naam;soort;ouder"] + [f"WK{100000 + i};Wijk {i} (crashtest);wijk;GM0119" for i in range(ROWS)]
    return ("\n".join(lines) + "\n").encode()


def upload(server, session, data):
    page = session.get(server.base + "/beheer/gebieden/import").text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    return session.post(server.base + "/beheer/gebieden/import", data={"_csrf": token, "actie": "importeren"},
                        files={"file": ("groot.csv", data, "text/csv")}, timeout=600)


def wijken(server):
    r = requests.get(server.base + "/api/v1/gebieden", params={"soort": "wijk", "per_pagina": 1}, timeout=30)
    assert r.status_code == 200
    return r.json()["pagination"]["total"]


def databases():
    yield pytest.param("sqlite", id="sqlite")
    yield pytest.param("postgres", id="postgres")


@pytest.fixture
def database(request, tmp_path):
    if request.param == "sqlite":
        yield "sqlite://" + str(tmp_path / "wieg.sqlite")
        return
    admin = os.environ.get("WIEG_TEST_POSTGRES_URL")
    if not admin:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but WIEG_TEST_POSTGRES_URL is not set")
        pytest.skip("WIEG_TEST_POSTGRES_URL is not set")
    name = "wieg_crash_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", admin, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    parts = urlsplit(admin)
    yield urlunsplit(parts._replace(path="/" + name))
    subprocess.run(["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=False)


@pytest.mark.parametrize("database", ["sqlite", "postgres"], indirect=True)
def test_sigkill_during_import_leaves_all_or_nothing(database, tmp_path):
    data = big_csv()
    # 1. How long does the import take here? Measure on a throwaway database of the same kind.
    if database.startswith("sqlite"):
        probe_db = "sqlite://" + str(tmp_path / "probe.sqlite")
    else:
        probe_db = database  # the same database; the probe's rows are removed by the kill run's fresh start below
    probe = Server(probe_db).start()
    try:
        started = time.monotonic()
        response = upload(probe, signed_in(probe), data)
        duration = time.monotonic() - started
        assert response.status_code == 200 and "Import voltooid" in response.text, response.text[-500:]
        assert wijken(probe) == DEMO_WIJKEN + ROWS
    finally:
        probe.stop()
    if not database.startswith("sqlite"):
        # Start the kill run from a database without the probe's rows.
        subprocess.run(["psql", database, "-q", "-c",
                        "DELETE FROM audit_events WHERE entity_type = 'area' AND entity_id LIKE 'WK1%'; "
                        "DELETE FROM areas WHERE code LIKE 'WK1%'"], check=True)

    # 2. Start the same import again and kill the server half-way through it.
    server = Server(database).start()
    session = signed_in(server)
    before = wijken(server)
    assert before == DEMO_WIJKEN
    thread = threading.Thread(target=lambda: _swallow(upload, server, session, data), daemon=True)
    thread.start()
    time.sleep(max(0.5, duration * 0.5))
    server.kill()
    thread.join(timeout=60)

    # 3. Restart on the same database: all of the import or none of it.
    server = Server(database).start()
    try:
        after = wijken(server)
        print(f"import of {ROWS} rows took {duration:.1f} s; killed at {max(0.5, duration * 0.5):.1f} s; wijken after restart: {after}")
        assert after in (DEMO_WIJKEN, DEMO_WIJKEN + ROWS)
        # And the database still takes a full import afterwards.
        response = upload(server, signed_in(server), data)
        assert response.status_code == 200 and "Import voltooid" in response.text
        assert wijken(server) == DEMO_WIJKEN + ROWS
    finally:
        server.stop()


def _swallow(fn, *args):
    try:
        fn(*args)
    except requests.RequestException:
        pass
