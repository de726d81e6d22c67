#!/usr/bin/env bash
# Fault tests against the real binary (crash safety). Needs .build/debug/wieg.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV="${WIEG_FAULTS_VENV:-.venv-faults}"
[ -x "$VENV/bin/pytest" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q "pytest==8.3.4" "requests==2.32.3"; }
exec "$VENV/bin/pytest" Tests/faults -q -s "$@"
