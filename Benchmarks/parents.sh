#!/usr/bin/env bash
# The parents' finder on a phone (issue 13): a fresh Wieg with the Meppel/Venlo demo, then
# for each page below its weight (HTML and CSS bytes as served), the server's time for it
# (curl, median of 21 after a warm-up), and in headless Chromium at 390×844 the time to
# DOMContentLoaded and to load, with the bytes the browser fetched (median of 5).
#   Benchmarks/parents.sh [sqlite|postgres]     (postgres needs WIEG_TEST_POSTGRES_URL)
# Env: WIEG_BIN (default .build-release/release/wieg), PYTHON (with selenium; default the
#      e2e venv's), TARGET_HTML_KB (30), TARGET_DCL_MS (1000), ENFORCE_TARGETS (0).
set -euo pipefail
cd "$(dirname "$0")/.."
KIND="${1:-sqlite}"
WIEG_BIN="${WIEG_BIN:-.build-release/release/wieg}"
PYTHON="${PYTHON:-.venv-e2e/bin/python}"
TARGET_HTML_KB="${TARGET_HTML_KB:-30}"
TARGET_DCL_MS="${TARGET_DCL_MS:-1000}"
. Benchmarks/common.sh
[ -x "$PYTHON" ] || { echo "No Python with selenium at $PYTHON: run Tests/e2e/run.sh once, or set PYTHON" >&2; exit 1; }
bench_database parents
bench_serve --demo --bcrypt-cost 4

PAGES=(
  "/hulp"
  "/hulp?deur=tijdens&gemeente=GM0119"
  "/hulp?zoek=geldzorgen&gemeente=GM0119"
  "/hulp?zoek=somber&postcode=7942AB"
  "/hulp?taal=ar&deur=tijdens&gemeente=GM0983"
)
echo "== $KIND ($("$WIEG_BIN" --version)); CSS $(curl -fsS "$BASE/static/wieg.css" | wc -c) bytes"
printf '%-48s %9s %12s\n' page "HTML B" "server ms"
FAILED=0
for page in "${PAGES[@]}"; do
  curl -fsS -o /dev/null "$BASE$page"
  BYTES="$(curl -fsS "$BASE$page" | wc -c)"
  MS="$(for _ in $(seq 1 21); do curl -fsS -o /dev/null -w '%{time_total}\n' "$BASE$page"; done \
        | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }')"
  printf '%-48s %9s %12s\n' "$page" "$BYTES" "$MS"
  if [ "$BYTES" -gt $(( TARGET_HTML_KB * 1024 )) ]; then echo "  over ${TARGET_HTML_KB} kB"; FAILED=1; fi
done

echo "== Chromium at 390×844 (median of 5 loads; a new browser context each, so nothing cached)"
"$PYTHON" - "$BASE" "$TARGET_DCL_MS" "${PAGES[@]}" <<'PY' || FAILED=1
import statistics, sys
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

base, target, pages = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
failed = False
print(f"{'page':48} {'bytes':>8} {'DCL ms':>8} {'load ms':>8}")
for page in pages:
    runs = []
    for _ in range(5):
        options = Options()
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844",
                    "--disable-gpu", "--disk-cache-size=1"):
            options.add_argument(arg)
        options.binary_location = "/usr/bin/chromium"
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        try:
            driver.get(base + page)
            t = driver.execute_script(
                "const n = performance.getEntriesByType('navigation')[0];"
                "const r = performance.getEntriesByType('resource').reduce((s, e) => s + e.transferSize, 0);"
                "return [n.domContentLoadedEventEnd, n.loadEventEnd, n.transferSize + r];")
            runs.append(t)
        finally:
            driver.quit()
    dcl = statistics.median(r[0] for r in runs)
    load = statistics.median(r[1] for r in runs)
    size = statistics.median(r[2] for r in runs)
    print(f"{page:48} {size:8.0f} {dcl:8.0f} {load:8.0f}")
    if dcl > target:
        print(f"  DOMContentLoaded over {target:.0f} ms")
        failed = True
sys.exit(1 if failed else 0)
PY
if [ "$FAILED" = 1 ]; then
  echo "MISSED a target (HTML ≤ ${TARGET_HTML_KB} kB, DOMContentLoaded ≤ ${TARGET_DCL_MS} ms)"
  [ "${ENFORCE_TARGETS:-0}" = 1 ] && exit 1
fi
exit 0
