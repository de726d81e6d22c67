"""`wieg import boundaries` against the real binary on a fresh SQLite file: a file with an
unknown area or broken geometry reports every problem by feature and writes nothing; a
good CBS-style file (statcode, PDOK's bare PC4 numbers) imports, is simplified, and a
second import replaces instead of duplicating."""
import json
import os
import sqlite3
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WIEG = os.environ.get("WIEG_BIN", os.path.join(ROOT, ".build/debug/wieg"))


def square(x, y, size=0.01, extra=0):
    # `extra` points on the bottom edge: collinear, so simplifying removes them.
    bottom = [[x + size * i / (extra + 1), y] for i in range(extra + 1)]
    return [bottom + [[x + size, y], [x + size, y + size], [x, y + size], [x, y]]]


def feature(code, ring):
    return {"type": "Feature", "properties": {"statcode": code, "statnaam": code}, "geometry": {"type": "Polygon", "coordinates": ring}}


def run(*args):
    return subprocess.run([WIEG, *args], capture_output=True, text=True, timeout=120)


def test_import_boundaries_reports_then_imports_then_replaces():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "wieg.sqlite")
        assert run("demo", "--database", f"sqlite://{db}").returncode == 0
        bad = os.path.join(tmp, "bad.geojson")
        with open(bad, "w") as f:
            json.dump({"type": "FeatureCollection", "features": [
                feature("GM0119", square(6.2, 52.7)),
                feature("GM9999", square(6.3, 52.7)),
                {"type": "Feature", "properties": {"statcode": "7942"}, "geometry": {"type": "Point", "coordinates": [6.2, 52.7]}},
            ]}, f)
        result = run("import", "boundaries", "--database", f"sqlite://{db}", bad)
        assert result.returncode == 1
        assert "feature 2" in result.stdout and "GM9999" in result.stdout and "bestaat niet" in result.stdout
        assert "feature 3" in result.stdout
        assert "nothing was imported" in result.stdout
        con = sqlite3.connect(db)
        before = con.execute("SELECT count(*) FROM area_boundaries WHERE source_file = 'bad.geojson'").fetchone()[0]
        assert before == 0

        good = os.path.join(tmp, "meppel.geojson")
        with open(good, "w") as f:
            json.dump({"type": "FeatureCollection", "features": [
                feature("GM0119", square(6.15, 52.65, 0.1, extra=40)),
                feature("7942", square(6.2, 52.7)),
            ]}, f)
        first = run("import", "boundaries", "--database", f"sqlite://{db}", good)
        assert first.returncode == 0, first.stdout + first.stderr
        assert "Imported 2 boundaries" in first.stdout
        rows = dict(con.execute("SELECT area_code, point_count FROM area_boundaries WHERE source_file = 'meppel.geojson'").fetchall())
        assert set(rows) == {"GM0119", "PC4-7942"}
        assert rows["GM0119"] == 5, "the 40 collinear points are simplified away"
        second = run("import", "boundaries", "--database", f"sqlite://{db}", good)
        assert second.returncode == 0 and "2 replaced" in second.stdout
        total = con.execute("SELECT count(*) FROM area_boundaries WHERE area_code IN ('GM0119', 'PC4-7942')").fetchone()[0]
        assert total == 2
