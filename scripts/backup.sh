#!/usr/bin/env bash
# Backs up the site's data while it runs.
#   scripts/backup.sh [--sqlite FILE] [--out DIR]        SQLite online backup (default FILE: src/Participation.Web/App_Data/participation.db)
#   scripts/backup.sh --postgres "CONNINFO" [--out DIR]  pg_dump custom format, e.g. "host=127.0.0.1 port=55433 user=postgres dbname=participation"
# Writes DIR/participation-YYYYmmdd-HHMMSS.{db|dump} (DIR default: ./backups) and prints its path.
# Uploaded files and keys in App_Data are archived beside a SQLite backup as …-files.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=sqlite; SOURCE=src/Participation.Web/App_Data/participation.db; OUT=backups
while [ $# -gt 0 ]; do
  case "$1" in
    --sqlite) MODE=sqlite; SOURCE=$2; shift 2 ;;
    --postgres) MODE=postgres; SOURCE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "backup.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%d-%H%M%S)
if [ "$MODE" = sqlite ]; then
  [ -f "$SOURCE" ] || { echo "backup.sh: no SQLite database at $SOURCE" >&2; exit 1; }
  TARGET="$OUT/participation-$STAMP.db"
  # The online backup API copies a consistent snapshot even while the site writes (WAL mode).
  sqlite3 "$SOURCE" ".timeout 10000" ".backup '$TARGET'"
  DATA_DIR=$(dirname "$SOURCE")
  tar -czf "$OUT/participation-$STAMP-files.tar.gz" -C "$DATA_DIR" \
    --exclude='participation.db' --exclude='participation.db-wal' --exclude='participation.db-shm' . 2>/dev/null || true
else
  TARGET="$OUT/participation-$STAMP.dump"
  pg_dump --format=custom --no-owner --file="$TARGET" "$SOURCE"
fi
echo "$TARGET"
