"""The command line as an operator's safety net (issue 11): `migrate --revert` undoes one
migration and only with --yes, `restore` refuses while a server has the database open,
and the files Wieg creates are readable by their owner only."""
import os
import socket
import sqlite3
import stat
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WIEG = os.environ.get("WIEG_BIN", os.path.join(ROOT, ".build/debug/wieg"))


def run(*args):
    return subprocess.run([WIEG, *args], capture_output=True, text=True, timeout=180)


def tables(db):
    with sqlite3.connect(db) as c:
        return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_revert_says_what_it_drops_and_needs_yes():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "wieg.sqlite")
        assert run("demo", "--database", f"sqlite://{db}").returncode == 0
        asked = run("migrate", "--revert", "--database", f"sqlite://{db}")
        assert asked.returncode == 2, asked.stderr
        # The newest migration: the reminders' one-click links.
        assert "check_tokens" in asked.stdout and "--yes" in asked.stdout
        assert "check_tokens" in tables(db) and "users" in tables(db)
        done = run("migrate", "--revert", "--yes", "--database", f"sqlite://{db}")
        assert done.returncode == 0, done.stderr
        left = tables(db)
        assert "check_tokens" not in left and {"users", "organisations", "audit_events", "stories", "referrals"} <= left
        with sqlite3.connect(db) as c:
            assert c.execute("SELECT count(*) FROM users").fetchone()[0] > 0


def test_files_are_owner_only():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "wieg.sqlite")
        assert run("demo", "--database", f"sqlite://{db}").returncode == 0
        assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
        backup = os.path.join(tmp, "kopie.sqlite")
        assert run("backup", "--database", f"sqlite://{db}", backup).returncode == 0
        assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_restore_refuses_while_a_server_has_the_database_open():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "wieg.sqlite")
        assert run("demo", "--database", f"sqlite://{db}").returncode == 0
        backup = os.path.join(tmp, "kopie.sqlite")
        assert run("backup", "--database", f"sqlite://{db}", backup).returncode == 0
        port = free_port()
        server = subprocess.Popen([WIEG, "serve", "--database", f"sqlite://{db}", "--port", str(port), "--bcrypt-cost", "4"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(300):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            refused = run("restore", "--yes", "--database", f"sqlite://{db}", backup)
            assert refused.returncode != 0
            assert "in use" in refused.stderr
        finally:
            server.terminate()
            server.wait(timeout=30)
        restored = run("restore", "--yes", "--database", f"sqlite://{db}", backup)
        assert restored.returncode == 0, restored.stderr


def test_invite_link_never_guesses_an_address():
    """Without WIEG_PUBLIC_URL the command prints the path and says where to open it (it
    cannot know the server's port); with it, the whole link on that address."""
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite://{os.path.join(tmp, 'wieg.sqlite')}"
        assert run("migrate", "--database", db).returncode == 0
        env = {k: v for k, v in os.environ.items() if k != "WIEG_PUBLIC_URL"}
        bare = subprocess.run([WIEG, "user", "create", "--email", "a@example.org", "--role", "beheerder", "--database", db],
                              capture_output=True, text=True, timeout=180, env=env)
        assert bare.returncode == 0, bare.stderr
        assert "localhost:8080" not in bare.stdout
        assert "\n/wachtwoord-instellen/" in bare.stdout and "WIEG_PUBLIC_URL" in bare.stdout
        env["WIEG_PUBLIC_URL"] = "https://wieg.example.nl/"
        full = subprocess.run([WIEG, "user", "create", "--email", "b@example.org", "--role", "beheerder", "--database", db],
                              capture_output=True, text=True, timeout=180, env=env)
        assert full.returncode == 0, full.stderr
        assert "https://wieg.example.nl/wachtwoord-instellen/" in full.stdout
