#!/usr/bin/env bash
# Stops what scripts/cluster-up.sh started: nginx, the web nodes, Redis and PostgreSQL. Data stays in
# PARTICIPATION_CLUSTER_DIR; `scripts/cluster-down.sh --purge` deletes it too.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=${PARTICIPATION_CLUSTER_DIR:-/tmp/participation-cluster}
PG_PORT=${PARTICIPATION_CLUSTER_PG_PORT:-55433}
REDIS_PORT=${PARTICIPATION_CLUSTER_REDIS_PORT:-56380}
[ -f "$ROOT/nginx.pid" ] && nginx -c "$ROOT/nginx.conf" -p "$ROOT" -s quit 2>/dev/null
for pid in "$ROOT"/node*.pid; do
  [ -f "$pid" ] || continue
  kill "$(cat "$pid")" 2>/dev/null && for _ in $(seq 30); do kill -0 "$(cat "$pid")" 2>/dev/null || break; sleep 0.5; done
  rm -f "$pid"
done
PARTICIPATION_REDIS_PORT=$REDIS_PORT bash scripts/test-redis.sh stop
PARTICIPATION_PG_PORT=$PG_PORT PARTICIPATION_PG_DIR=$ROOT/pg bash scripts/test-postgres.sh stop
[ "${1:-}" = "--purge" ] && rm -rf "$ROOT"
echo "Participation cluster stopped."
