#!/usr/bin/env bash
# Runs schemathesis against a live Wieg (fresh SQLite database, demo data) on a free
# loopback port, first anonymously, then signed in with an API token. Any failure
# (a 5xx, a response that does not conform to the OpenAPI document, ...) fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
WIEG_BIN="${WIEG_BIN:-.build/debug/wieg}"
VENV="${WIEG_CI_VENV:-.venv-ci}"
[ -x "$VENV/bin/schemathesis" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q "schemathesis==4.32.5"; }

DIR="$(mktemp -d /tmp/wieg-st.XXXXXX)"
DB="sqlite://$DIR/wieg.sqlite"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
"$WIEG_BIN" serve --demo --port "$PORT" --database "$DB" > "$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/-/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/-/health" >/dev/null || { cat "$DIR/server.log"; echo "Wieg did not start" >&2; exit 1; }
TOKEN="$("$WIEG_BIN" token create --email beheerder@wieg.demo --name schemathesis --database "$DB")"

SCHEMA="http://127.0.0.1:$PORT/api/v1/openapi.json"
run() {
  "$VENV/bin/schemathesis" run "$SCHEMA" --checks all --max-examples "${WIEG_ST_EXAMPLES:-100}" --seed 1 "$@"
}
echo "== schemathesis, anonymous"
run
echo "== schemathesis, signed in with an API token (beheerder)"
run -H "Authorization: Bearer $TOKEN"
