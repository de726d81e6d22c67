#!/usr/bin/env bash
# Monitoring at national scale (issue 5) on loopback: a fresh Wieg with the national demo
# (342 municipalities, ~3,300 wijken, ~4,000 PC4, 10 indicators x 10 years), then
#   1. the import of its ~690,000 indicator values with `wieg import indicators` (timed,
#      the whole process: read, check every line, write in one transaction);
#   2. one page at a time with `wrk -c1` (no queueing: the latency is the server's time
#      plus loopback): the funnel plot of every PC4 area in the country, and a
#      municipality's profile.
#   3. the first profile and funnel after the start (disclosure maps not yet built).
#   Benchmarks/monitoring.sh [sqlite|postgres]   (postgres needs WIEG_TEST_POSTGRES_URL)
# Env: WIEG_BIN (default .build-release/release/wieg), DURATION (10s per page).
# Targets: import <= 10 s, funnel <= 50 ms, profile <= 20 ms (reported, not enforced
# unless ENFORCE_TARGETS=1). Exits non-zero on any HTTP error.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND="${1:-sqlite}"
WIEG_BIN="${WIEG_BIN:-.build-release/release/wieg}"
DURATION="${DURATION:-10s}"
. Benchmarks/common.sh
bench_database monitoring

echo "== national demo into $KIND (indicator values to a file)"
"$WIEG_BIN" demo --scale national --database "$DB" --indicators-csv "$DIR/national.csv" | tail -n 3
ROWS=$(( $(wc -l < "$DIR/national.csv") - 1 ))

echo "== wieg import indicators: $ROWS rows, $(du -h "$DIR/national.csv" | cut -f1)"
START=$(date +%s.%N)
"$WIEG_BIN" import indicators --database "$DB" "$DIR/national.csv"
IMPORT_S="$(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')"
echo "== import took $IMPORT_S s"

bench_serve

# One page: checks it answers 200 with the expected size, then wrk with one connection.
measure() {
  local name="$1" path="$2" expect="$3"
  local body; body="$(curl -fsS --max-time 60 "$BASE$path")"
  local count; count="$(grep -o "$expect" <<<"$body" | wc -l)"
  wrk -t1 -c1 -d"$DURATION" --timeout 10s --latency "$BASE$path" > "$DIR/$name.txt"
  local p50 p99 rps errors
  p50="$(wrk_ms 50 "$DIR/$name.txt")"
  p99="$(wrk_ms 99 "$DIR/$name.txt")"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$DIR/$name.txt")"
  errors="$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$DIR/$name.txt")"
  echo "PAGE kind=$KIND page=$name path=$path matches=$count bytes=${#body} p50_ms=$p50 p99_ms=$p99 requests_per_s=$rps non_2xx=${errors:-0}"
  [ -z "$errors" ] || { echo "FAILED: HTTP errors on $path" >&2; exit 1; }
  eval "${name}_P50=$p50"
}

# The first request after a start builds the disclosure maps it needs (every indicator and
# period of the area for a profile, one for a funnel) and the level caches: reported apart.
first_ms() { curl -fsS -o /dev/null -w '%{time_total}' "$BASE$1" | awk '{ printf "%.0f", $1 * 1000 }'; }
COLD_PROFILE="$(first_ms /gebieden/GM0119/profiel)"
COLD_FUNNEL="$(first_ms '/indicatoren/BIG2/trechter?niveau=pc4')"
echo "COLD kind=$KIND first_profile_ms=$COLD_PROFILE first_funnel_ms=$COLD_FUNNEL"

measure funnel "/indicatoren/BIG2/trechter?niveau=pc4" '<tr>'
measure profile "/gebieden/GM0119/profiel" '<tr>'

MET="$(awk -v i="$IMPORT_S" -v f="$funnel_P50" -v p="$profile_P50" 'BEGIN { print (i <= 10 && f <= 50 && p <= 20) ? "yes" : "no" }')"
echo "MONITORING kind=$KIND rows=$ROWS import_s=$IMPORT_S funnel_p50_ms=$funnel_P50 profile_p50_ms=$profile_P50 target=import<=10s,funnel<=50ms,profile<=20ms met=$MET"
if [ "${ENFORCE_TARGETS:-0}" = 1 ] && [ "$MET" != yes ]; then echo "FAILED: below target" >&2; exit 1; fi
