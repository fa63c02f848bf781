#!/usr/bin/env bash
# Starts Participation scaled out on this machine: PostgreSQL and Redis (Debian packages), two web nodes
# on 127.0.0.1, and nginx in front of them. Idempotent: what already runs is left running.
#   scripts/cluster-up.sh [--rebuild]     then open the printed proxy URL; scripts/cluster-down.sh stops it all.
# Ports and folder: PARTICIPATION_CLUSTER_DIR (/tmp/participation-cluster), PROXY_PORT (5300),
# NODE_PORTS ("5301 5302"), PG port 55433, Redis port 56380. Extra settings for the nodes pass through the
# environment as usual (e.g. Participation__RateLimiting__ExemptNetworks__0=127.0.0.0/8).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${PARTICIPATION_CLUSTER_DIR:-/tmp/participation-cluster}
PROXY_PORT=${PROXY_PORT:-5300}
NODE_PORTS=${NODE_PORTS:-"5301 5302"}
PG_PORT=${PARTICIPATION_CLUSTER_PG_PORT:-55433}
REDIS_PORT=${PARTICIPATION_CLUSTER_REDIS_PORT:-56380}
mkdir -p "$ROOT"

bash scripts/install-deps.sh postgresql redis-server nginx >&2

# Data: PostgreSQL with fsync on (a real server), and its database; Redis with an append-only file.
PG=$(PARTICIPATION_PG_PORT=$PG_PORT PARTICIPATION_PG_DIR=$ROOT/pg PARTICIPATION_PG_FSYNC=on PARTICIPATION_PG_KEEP=1 bash scripts/test-postgres.sh start)
psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='participation'" | grep -q 1 \
  || psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -qc "CREATE DATABASE participation" >/dev/null
REDIS=$(PARTICIPATION_REDIS_PORT=$REDIS_PORT PARTICIPATION_REDIS_DIR=$ROOT/redis PARTICIPATION_REDIS_AOF=yes bash scripts/test-redis.sh start)

# The site, published once (again with --rebuild).
if [ ! -f "$ROOT/app/Participation.Web.dll" ] || [ "${1:-}" = "--rebuild" ]; then
  echo "Publishing the site to $ROOT/app …" >&2
  dotnet publish src/Participation.Web -c Release -o "$ROOT/app" -nologo -v q >&2
fi

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
i=0
for port in $NODE_PORTS; do
  i=$((i + 1))
  if alive "$ROOT/node$i.pid"; then continue; fi
  mkdir -p "$ROOT/node$i"
  (
    cd "$ROOT/app"
    export Participation__Database__Provider=Postgres
    export Participation__Database__ConnectionString="$PG;Database=participation;Maximum Pool Size=90"
    export Participation__Redis="$REDIS"
    export Participation__AppData="$ROOT/node$i"
    export Participation__ReverseProxy__KnownNetworks__0=127.0.0.1/32
    export Participation__NodeName="node$i"
    nohup dotnet Participation.Web.dll --urls "http://127.0.0.1:$port" >"$ROOT/node$i.log" 2>&1 &
    echo $! >"$ROOT/node$i.pid"
  )
done

# Every node healthy (the first to start migrates and seeds; the others wait for its lock).
for port in $NODE_PORTS; do
  for _ in $(seq 180); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "node on port $port did not become healthy; see $ROOT/node*.log" >&2; exit 1; }
done

# nginx in front, spreading requests over the nodes and skipping one that is down.
{
  echo "worker_processes 2; pid $ROOT/nginx.pid; error_log $ROOT/nginx-error.log warn;"
  echo "events { worker_connections 4096; }"
  echo "http {"
  echo "  access_log off; client_max_body_size 32m;"
  echo "  client_body_temp_path $ROOT/nginx-tmp/body; proxy_temp_path $ROOT/nginx-tmp/proxy;"
  echo "  fastcgi_temp_path $ROOT/nginx-tmp/fastcgi; uwsgi_temp_path $ROOT/nginx-tmp/uwsgi; scgi_temp_path $ROOT/nginx-tmp/scgi;"
  echo "  upstream participation {"
  for port in $NODE_PORTS; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done
  echo "    keepalive 128;"
  echo "  }"
  echo "  server {"
  echo "    listen 127.0.0.1:$PROXY_PORT;"
  echo "    location / {"
  echo "      proxy_pass http://participation; proxy_http_version 1.1; proxy_set_header Connection \"\";"
  echo "      proxy_set_header Host \$http_host; proxy_set_header X-Forwarded-For \$remote_addr; proxy_set_header X-Forwarded-Proto \$scheme;"
  echo "      proxy_next_upstream error timeout http_502 http_503;"
  echo "    }"
  echo "  }"
  echo "}"
} >"$ROOT/nginx.conf"
mkdir -p "$ROOT/nginx-tmp"
if alive "$ROOT/nginx.pid"; then nginx -c "$ROOT/nginx.conf" -p "$ROOT" -s reload; else nginx -c "$ROOT/nginx.conf" -p "$ROOT"; fi

echo "Participation (2 nodes behind nginx): http://127.0.0.1:$PROXY_PORT/"
i=0; for port in $NODE_PORTS; do i=$((i + 1)); echo "  node$i: http://127.0.0.1:$port/  (log $ROOT/node$i.log)"; done
echo "  PostgreSQL: $PG;Database=participation   Redis: $REDIS"
