#!/usr/bin/env bash
# Starts a throw-away Redis (Debian's redis-server) on 127.0.0.1 and prints "host:port".
# `scripts/test-redis.sh stop` stops it. Port and folder: PARTICIPATION_REDIS_PORT, PARTICIPATION_REDIS_DIR.
set -euo pipefail
PORT=${PARTICIPATION_REDIS_PORT:-56379}
DIR=${PARTICIPATION_REDIS_DIR:-/tmp/participation-redis}
command -v redis-server >/dev/null || { echo "redis-server is not installed (scripts/install-deps.sh)" >&2; exit 1; }
if [ "${1:-start}" = "stop" ]; then
  redis-cli -h 127.0.0.1 -p "$PORT" shutdown nosave >/dev/null 2>&1 || true
  exit 0
fi
if ! redis-cli -h 127.0.0.1 -p "$PORT" ping >/dev/null 2>&1; then
  mkdir -p "$DIR"
  redis-server --bind 127.0.0.1 --port "$PORT" --dir "$DIR" --daemonize yes --pidfile "$DIR/redis.pid" \
    --logfile "$DIR/redis.log" --appendonly "${PARTICIPATION_REDIS_AOF:-no}" --save "" >/dev/null
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p "$PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
echo "127.0.0.1:$PORT"
