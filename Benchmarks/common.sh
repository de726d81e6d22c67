# Shared by the benchmark scripts (sourced, after `cd` to the repository and with KIND and
# WIEG_BIN set): the tools check, a fresh database that is removed afterwards, a Wieg
# server on a free loopback port, and wrk's latency in milliseconds.

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -x "$WIEG_BIN" ] || { echo "No binary at $WIEG_BIN: swift build -c release --product wieg --scratch-path .build-release" >&2; exit 1; }

SERVER=""
NAME=""

# bench_database NAME: a temporary folder DIR and a fresh database DB (a SQLite file in
# DIR, or a PostgreSQL database NAME_<pid> next to WIEG_TEST_POSTGRES_URL's); both are
# removed when the script exits, with the server if one was started.
bench_database() {
  DIR="$(mktemp -d "/tmp/wieg-$1.XXXXXX")"
  if [ "$KIND" = postgres ]; then
    : "${WIEG_TEST_POSTGRES_URL:?set WIEG_TEST_POSTGRES_URL to a role that may create databases}"
    NAME="wieg_$1_$$"
    psql "$WIEG_TEST_POSTGRES_URL" -q -c "CREATE DATABASE $NAME"
    DB="${WIEG_TEST_POSTGRES_URL%/*}/$NAME"
  else
    DB="sqlite://$DIR/wieg.sqlite"
  fi
  trap bench_cleanup EXIT
}

bench_cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  # An autovacuum worker started by the import runs as the superuser, whom the benchmark
  # role may not terminate: wait for it rather than leave the database behind.
  if [ -n "$NAME" ]; then
    for _ in $(seq 1 40); do
      psql "$WIEG_TEST_POSTGRES_URL" -q -c "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" 2>/dev/null && break
      sleep 0.5
    done
  fi
  rm -rf "$DIR"
}

# bench_serve [serve options]: starts Wieg on DB at a free port (BASE, SERVER) and waits
# until it is healthy; prints its log and fails when it is not within a minute.
bench_serve() {
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  BASE="http://127.0.0.1:$PORT"
  LOG_LEVEL=warning "$WIEG_BIN" serve "$@" --port "$PORT" --database "$DB" > "$DIR/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do
    curl -fs "$BASE/-/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 1
  done
  echo "FAILED: the server did not become healthy; its log:" >&2
  tail -n 40 "$DIR/server.log" >&2
  exit 1
}

# wrk_ms PERCENTILE FILE: that percentile of wrk's "Latency Distribution" in milliseconds
# (wrk writes e.g. "99%  8.12ms", "99%  812.00us" or "99%  1.02s").
wrk_ms() {
  awk -v p="$1%" '$1 == p {
    v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
    if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
    printf "%.2f", v }' "$2"
}
