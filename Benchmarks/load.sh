#!/usr/bin/env bash
# Load test on loopback: `wrk` for a bounded time against a fresh Wieg with demo data,
# mixed reads and writes, then counts the writes that landed in the audit trail.
#   Benchmarks/load.sh [sqlite|postgres]      (postgres needs WIEG_TEST_POSTGRES_URL)
# Env: WIEG_BIN (default .build-release/release/wieg), DURATION (60s), CONNECTIONS (64).
set -euo pipefail
cd "$(dirname "$0")/.."
KIND="${1:-sqlite}"
WIEG_BIN="${WIEG_BIN:-.build-release/release/wieg}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
. Benchmarks/common.sh
bench_database load
bench_serve --demo

# Sign in as the beheerder; keep the session cookie and its CSRF token.
JAR="$DIR/cookies"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
ANON_CSRF="$(curl -fs -c "$JAR" "$BASE/inloggen" | csrf_of)"
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$ANON_CSRF" \
  --data-urlencode "email=beheerder@wieg.demo" --data-urlencode "password=kansrijke-start" "$BASE/inloggen"
SESSION="$(awk '$6 == "wieg_sessie" { print $7 }' "$JAR")"
export WIEG_COOKIE="wieg_sessie=$SESSION"
export WIEG_CSRF="$(curl -fs -b "$WIEG_COOKIE" "$BASE/account" | csrf_of)"
export WIEG_USER_ID="$(curl -fs -b "$WIEG_COOKIE" "$BASE/api/v1/gebruikers?zoek=partner.meppel" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')"
# One activity of Meppel's coalition, updated through its edit form (same title and quarters).
ACTIVITY="$(curl -fs -b "$WIEG_COOKIE" "$BASE/api/v1/coalities/meppel/activiteiten?per_pagina=1")"
ACTIVITY_ID="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])' <<<"$ACTIVITY")"
export WIEG_ACTIVITY_PATH="/coalities/meppel/activiteiten/$ACTIVITY_ID/bewerken"
export WIEG_ACTIVITY_FIELDS="$(python3 -c '
import json, sys, urllib.parse
a = json.load(sys.stdin)["data"][0]
quarters = ", ".join(q.split("-")[1] + " " + q.split("-")[0] for q in a["quarters"])
print(urllib.parse.urlencode({"titel": a["title"], "actielijnen": ", ".join(a["actionLines"]), "kwartalen": quarters, "status": "loopt"}))' <<<"$ACTIVITY")"
# One aanbod's reach in 2025-K1, registered once now so its row (and audit id) exists.
SERVICE_ID="$(curl -fs "$BASE/api/v1/aanbod?gemeente=GM0119&per_pagina=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')"
export WIEG_REACH_PATH="/aanbod/$SERVICE_ID/bereik"
curl -fs -o /dev/null -b "$WIEG_COOKIE" --data-urlencode "_csrf=$WIEG_CSRF" --data "kwartaal=2025-K1&contacten=1" "$BASE$WIEG_REACH_PATH"
REACH_ID="$(curl -fs -b "$WIEG_COOKIE" "$BASE/api/v1/wijzigingen?soort=reach&per_pagina=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["entityID"])')"
count_of() {
  curl -fs -b "$WIEG_COOKIE" "$BASE/api/v1/wijzigingen?soort=$1&id=$2&per_pagina=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["pagination"]["total"])'
}
audit_count() { echo $(( $(count_of user "$WIEG_USER_ID") + $(count_of activity "$ACTIVITY_ID") + $(count_of reach "$REACH_ID") )); }
BEFORE="$(audit_count)"

echo "== wrk $DURATION, $CONNECTIONS connections, $KIND ($("$WIEG_BIN" --version))"
RESULT="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s Benchmarks/load.lua "$BASE" | tee /dev/stderr | grep '^RESULT')"
AFTER="$(audit_count)"
WRITES="$(sed 's/.* writes=\([0-9]*\).*/\1/' <<<"$RESULT")"
LANDED=$(( AFTER - BEFORE ))
# A write acknowledged (303) but not in the audit trail is lost. Writes still in flight
# when wrk stops land without wrk seeing the answer: at most one per connection.
LOST=$(( WRITES > LANDED ? WRITES - LANDED : 0 ))
IN_FLIGHT=$(( LANDED - WRITES ))
echo "$RESULT audited_writes=$LANDED lost_writes=$LOST unacknowledged_at_stop=$IN_FLIGHT"
ERRORS="$(sed 's/.* http_errors=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2/' <<<"$RESULT")"
if [ "$ERRORS" != "0 0" ] || [ "$LOST" -ne 0 ] || [ "$IN_FLIGHT" -gt "$CONNECTIONS" ]; then
  echo "FAILED: errors or lost writes" >&2
  exit 1
fi
