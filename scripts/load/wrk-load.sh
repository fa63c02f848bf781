#!/usr/bin/env bash
# The load run of bench/Participation.Bench (`load`) with an independent generator: wrk from Debian, in C, so
# the generator takes less of the machine's CPU than the .NET one and the figures are closer to what another
# team's load tool measures.
#   scripts/load/wrk-load.sh --url URL [--concurrency 200] [--seconds 10] [--round ID] [--threads 2]
# Phases, one after the other, each after a warm-up of a third of its length (at most 3 s): GET /ping,
# GET /rounds/{id} (an open round, found from /rounds as a visitor would), and POST
# /api/rounds/{id}/submissions with a unique Idempotency-Key per request. Progress on stderr; the last line of
# stdout is one JSON object with the same keys as the .NET bench:
#   {"ping_rps":…,"page_rps":…,"submit_rps":…,"submit_p99_ms":…,"errors":…,…}
# Start the site with Participation__RateLimiting__ExemptNetworks__0=127.0.0.0/8 so the limits leave it be.
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
URL="" CONCURRENCY=200 SECONDS_=10 ROUND="" THREADS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=${2%/}; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --round) ROUND=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    *) echo "unknown argument: $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -n "$URL" ] || { echo "usage: $0 --url URL [--concurrency 200] [--seconds 10] [--round ID] [--threads 2]" >&2; exit 2; }
command -v wrk >/dev/null || bash "$DIR/../install-deps.sh" wrk >&2

export LOAD_DIR=$DIR RUN=$(date +%s%N)
probe() { # $1 round id → HTTP status of one submission
  curl -s -o /dev/null -w '%{http_code}' -X POST "$URL/api/rounds/$1/submissions" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: probe-$RUN-$1" \
    --data '{"category":"resident","name":"負荷 試験","email":"load-test@example.jp","opinions":[{"section":"general","text":"負荷試験の確認です。"}]}'
}
if [ -z "$ROUND" ]; then
  for id in $(curl -sf "$URL/rounds" | grep -o 'href="/rounds/[0-9]*"' | grep -o '[0-9]*' | awk '!seen[$0]++'); do
    if [ "$(probe "$id")" = 201 ]; then ROUND=$id; break; fi
  done
  [ -n "$ROUND" ] || { echo "No round at $URL/rounds accepted a submission (is one open?)." >&2; exit 1; }
fi
export ROUND

WARM=$(awk -v s="$SECONDS_" 'BEGIN { w = s / 3; if (w > 3) w = 3; printf "%d", (w < 1 ? 1 : w) }')
phase() { # $1 name, $2 script, $3 path → "rps p50 p99 errors"
  echo "load: $1 — $CONCURRENCY connections, $SECONDS_ s (wrk)" >&2
  wrk -t"$THREADS" -c"$CONCURRENCY" -d"${WARM}s" -s "$DIR/$2" "$URL$3" >/dev/null
  local line
  line=$(wrk -t"$THREADS" -c"$CONCURRENCY" -d"${SECONDS_}s" --timeout 30s -s "$DIR/$2" "$URL$3" | grep '^PHASE ' | tail -1)
  echo "load: $1 $(echo "$line" | awk '{ printf "%.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d", $2, $3, $4, $5 }')" >&2
  echo "${line#PHASE }"
}
PING=$(phase ping get.lua /ping)
PAGE=$(phase "page /rounds/$ROUND" get.lua "/rounds/$ROUND")
SUBMIT=$(phase submit submit.lua /)

echo "$PING $PAGE $SUBMIT" | awk -v c="$CONCURRENCY" -v s="$SECONDS_" -v r="$ROUND" '{
  printf "{\"ping_rps\":%s,\"page_rps\":%s,\"submit_rps\":%s,\"submit_p99_ms\":%s,\"errors\":%d,", $1, $5, $9, $11, $4 + $8 + $12
  printf "\"page_p99_ms\":%s,\"ping_p99_ms\":%s,\"submit_p50_ms\":%s,", $7, $3, $10
  printf "\"page_ratio\":%.6f,\"submit_ratio\":%.6f,", ($1 > 0 ? $5 / $1 : 0), ($1 > 0 ? $9 / $1 : 0)
  printf "\"concurrency\":%d,\"seconds\":%s,\"page\":\"/rounds/%s\",\"generator\":\"wrk\"}\n", c, s, r
}'
