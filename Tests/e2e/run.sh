#!/usr/bin/env bash
# Wieg's browser suite: starts `wieg serve --demo` on a free loopback port with a fresh
# database and drives it with headless Chromium (sign-in per role, geography import,
# invite flow, axe WCAG 2.1 AA, HTML validity, keyboard use, screenshots).
#
#   Tests/e2e/run.sh [pytest arguments]
#
# WIEG_BIN               the binary to test (default .build/debug/wieg, from the repo root)
# WIEG_E2E_DATABASE_URL  a PostgreSQL URL to use instead of a fresh SQLite file
# WIEG_E2E_PYTHON        the Python (3.12+) to build the venv with (default: the first found)
# Screenshots, served HTML and the server log go to ci-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
VENV="$ROOT/.venv-e2e"
REQUIREMENTS="$ROOT/Tests/e2e/requirements.txt"
export WIEG_BIN="${WIEG_BIN:-.build/debug/wieg}"

fail() { printf 'e2e: %s\n' "$*" >&2; exit 1; }

[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing: install Debian's package (apt-get install chromium)."
[ -x /usr/bin/chromedriver ] || fail "/usr/bin/chromedriver is missing: install Debian's package (apt-get install chromium-driver)."
command -v java >/dev/null 2>&1 || fail "java is missing (the HTML validator needs it): install a JRE (apt-get install default-jre-headless)."

# A Python >= 3.12 (axe-selenium-python 3, the one with a current axe-core, needs it):
# python3.12/3.13 on the PATH, else pyenv's, else fail.
python_ok() { "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
pick_python() {
  if [ -n "${WIEG_E2E_PYTHON:-}" ]; then echo "$WIEG_E2E_PYTHON"; return; fi
  local candidates=(python3.12 python3.13 python3)
  if command -v pyenv >/dev/null 2>&1; then
    local root; root="$(pyenv root 2>/dev/null || true)"
    [ -n "$root" ] && candidates+=($(ls -d "$root"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -V))
  fi
  for c in "${candidates[@]}"; do
    if python_ok "$c"; then command -v "$c"; return; fi
  done
  return 1
}
PYTHON="$(pick_python)" || fail "no Python 3.12 or newer with venv found (python3 is $(python3 --version 2>&1)); install one or set WIEG_E2E_PYTHON."
python_ok "$PYTHON" || fail "WIEG_E2E_PYTHON=$PYTHON is not a Python 3.12 or newer with venv."

version_of() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }
if [ -x "$VENV/bin/python" ] && [ "$(version_of "$VENV/bin/python" 2>/dev/null || true)" != "$(version_of "$PYTHON")" ]; then
  echo "e2e: $VENV was made with another Python; making it anew."
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "e2e: creating $VENV with $PYTHON ($(version_of "$PYTHON"))"
  "$PYTHON" -m venv "$VENV" || fail "could not create the venv with $PYTHON."
fi

STAMP="$VENV/.requirements.sha256"
WANT="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  echo "e2e: installing Tests/e2e/requirements.txt"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" \
    || fail "pip could not install Tests/e2e/requirements.txt."
  echo "$WANT" > "$STAMP"
fi

rm -rf ci-artifacts/screenshots ci-artifacts/html
mkdir -p ci-artifacts/screenshots
start=$(date +%s)
set +e
"$VENV/bin/pytest" Tests/e2e -q "$@"
status=$?
set -e
echo "e2e: finished in $(( $(date +%s) - start )) s with status $status (screenshots in ci-artifacts/screenshots/)"
exit "$status"
