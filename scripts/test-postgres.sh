#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's package) on 127.0.0.1:55432 for the tests and prints the
# connection string. `scripts/test-postgres.sh stop` stops it. No systemd needed.
set -euo pipefail
PORT=${PARTICIPATION_PG_PORT:-55432}
DIR=${PARTICIPATION_PG_DIR:-/tmp/participation-pg}
# Tests run without fsync (throw-away data); scripts/cluster-up.sh keeps it on.
FSYNC=${PARTICIPATION_PG_FSYNC:-off}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-start}" = "stop" ]; then
  [ -d "$DIR/data" ] && run "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
[ -n "$BIN" ] || { echo "PostgreSQL is not installed (scripts/install-deps.sh)" >&2; exit 1; }
if ! run "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" >/dev/null 2>&1; then
  # A fresh cluster each time, unless PARTICIPATION_PG_KEEP=1 (scripts/cluster-up.sh keeps its data).
  if [ "${PARTICIPATION_PG_KEEP:-0}" != 1 ] || [ ! -f "$DIR/data/PG_VERSION" ]; then
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
    run "$BIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
  fi
  run "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=$FSYNC -c max_connections=200" start >/dev/null
fi
echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Pooling=true"
