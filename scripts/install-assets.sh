#!/usr/bin/env bash
# Front-end assets from npm, served locally (never from a CDN). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in tests/Participation.E2E modules/Participation.Api/assets; do
  if [ -f "$dir/package.json" ] && [ ! -d "$dir/node_modules" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --silent)
  fi
done
