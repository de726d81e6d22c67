#!/usr/bin/env bash
# Search benchmark on loopback (issue 3): a fresh Wieg filled with the national demo
# (342 municipalities, >= 10,000 organisations, >= 30,000 services), then `wrk` with
# 50 realistic queries against the public JSON search, keep-alive, 2 threads.
#   Benchmarks/search.sh [sqlite|postgres]      (postgres needs WIEG_TEST_POSTGRES_URL)
# Env: WIEG_BIN (default .build-release/release/wieg), DURATION (30s), CONNECTIONS (32),
#      TARGET_RPS (3000), TARGET_P99_MS (10), ENFORCE_TARGETS (0; 1 = fail when missed).
# Exits non-zero on any HTTP status outside 200-399 or any socket error.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND="${1:-sqlite}"
WIEG_BIN="${WIEG_BIN:-.build-release/release/wieg}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-32}"
TARGET_RPS="${TARGET_RPS:-3000}"
TARGET_P99_MS="${TARGET_P99_MS:-10}"
. Benchmarks/common.sh
bench_database search

echo "== national demo into $KIND"
START=$(date +%s)
"$WIEG_BIN" demo --scale national --database "$DB"
echo "== demo loaded in $(( $(date +%s) - START )) s"

bench_serve

# Warm-up: the first search builds the in-memory index. It also tells how many services
# are searchable, so a run against a database without the national demo is caught.
TOTAL="$(curl -fsS --max-time 300 "$BASE/api/v1/aanbod?zoek=zwanger&per_pagina=1" >/dev/null \
  && curl -fsS --max-time 60 "$BASE/api/v1/aanbod?per_pagina=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["pagination"]["total"])')"
echo "== $TOTAL searchable services"
if [ "$TOTAL" -lt 30000 ]; then echo "FAILED: expected at least 30,000 services (national demo)" >&2; exit 1; fi

echo "== wrk $DURATION, $CONNECTIONS connections, 2 threads, $KIND ($("$WIEG_BIN" --version))"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s Benchmarks/search.lua "$BASE" | tee "$DIR/wrk.txt"

# wrk's own summary: "Requests/sec: 3456.78" and, under "Latency Distribution", "99%  8.12ms".
RPS="$(awk '/^Requests\/sec:/ { print $2 }' "$DIR/wrk.txt")"
P99_MS="$(wrk_ms 99 "$DIR/wrk.txt")"
NON_2XX_3XX="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$DIR/wrk.txt")"
SOCKET_ERRORS="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$DIR/wrk.txt")"
RESULT="$(grep '^RESULT' "$DIR/wrk.txt")"
HTTP_ERRORS="$(sed 's/.* http_errors=\([0-9]*\).*/\1/' <<<"$RESULT")"
LUA_SOCKET_ERRORS="$(sed 's/.* socket_errors=\([0-9]*\).*/\1/' <<<"$RESULT")"
: "${NON_2XX_3XX:=0}" "${SOCKET_ERRORS:=0}"

MET="$(awk -v r="$RPS" -v p="$P99_MS" -v tr="$TARGET_RPS" -v tp="$TARGET_P99_MS" 'BEGIN { print (r >= tr && p <= tp) ? "yes" : "no" }')"
echo "SEARCH kind=$KIND services=$TOTAL requests_per_s=$RPS p99_ms=$P99_MS http_errors=$HTTP_ERRORS socket_errors=$LUA_SOCKET_ERRORS target=${TARGET_RPS}rps/p99<=${TARGET_P99_MS}ms met=$MET"
if [ "$HTTP_ERRORS" != 0 ] || [ "$NON_2XX_3XX" != 0 ] || [ "$SOCKET_ERRORS" != 0 ] || [ "$LUA_SOCKET_ERRORS" != 0 ]; then
  echo "FAILED: HTTP errors or socket errors" >&2
  exit 1
fi
if [ "${ENFORCE_TARGETS:-0}" = 1 ] && [ "$MET" != yes ]; then
  echo "FAILED: below target (${TARGET_RPS} requests/s, p99 <= ${TARGET_P99_MS} ms)" >&2
  exit 1
fi
