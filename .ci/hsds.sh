#!/usr/bin/env bash
# Validates the live HSDS endpoints of a fresh Wieg (demo data) against the official
# Open Referral HSDS 3.0 schemas (../shared/standards/hsds-3.0 or $HSDS_SCHEMA_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
WIEG_BIN="${WIEG_BIN:-.build/debug/wieg}"
VENV="${WIEG_CI_VENV:-.venv-ci}"
SCHEMAS="${HSDS_SCHEMA_DIR:-$(cd .. && pwd)/shared/standards/hsds-3.0/schema}"
[ -d "$SCHEMAS" ] || { echo "HSDS schemas not found at $SCHEMAS (set HSDS_SCHEMA_DIR)" >&2; exit 1; }
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import jsonschema, referencing, rfc3339_validator, rfc3987" 2>/dev/null \
  || "$VENV/bin/pip" install -q jsonschema referencing rfc3339-validator rfc3987

DIR="$(mktemp -d /tmp/wieg-hsds.XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
"$WIEG_BIN" serve --demo --port "$PORT" --database "sqlite://$DIR/wieg.sqlite" > "$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/-/health" >/dev/null 2>&1 && break; sleep 1; done
"$VENV/bin/python" Tests/hsds/validate.py --schemas "$SCHEMAS" --max-items 50 "http://127.0.0.1:$PORT/api/v1/hsds"
"$VENV/bin/python" Tests/hsds/validate.py --schemas "$SCHEMAS" Tests/WiegCoreTests/Fixtures/hsds/emitted/*.json
