#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh. Stop the site (every node) first.
#   scripts/restore.sh BACKUP.db [--sqlite FILE]          replaces FILE (default src/Participation.Web/App_Data/participation.db)
#   scripts/restore.sh BACKUP.dump --postgres "CONNINFO"  restores into that database, replacing its objects
set -euo pipefail
cd "$(dirname "$0")/.."
BACKUP=${1:?usage: scripts/restore.sh BACKUP [--sqlite FILE | --postgres CONNINFO]}; shift
MODE=sqlite; TARGET=src/Participation.Web/App_Data/participation.db
while [ $# -gt 0 ]; do
  case "$1" in
    --sqlite) MODE=sqlite; TARGET=$2; shift 2 ;;
    --postgres) MODE=postgres; TARGET=$2; shift 2 ;;
    *) echo "restore.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$BACKUP" ] || { echo "restore.sh: no backup at $BACKUP" >&2; exit 1; }
if [ "$MODE" = sqlite ]; then
  sqlite3 "$BACKUP" "PRAGMA integrity_check;" | grep -qx ok || { echo "restore.sh: $BACKUP fails its integrity check" >&2; exit 1; }
  mkdir -p "$(dirname "$TARGET")"
  rm -f "$TARGET-wal" "$TARGET-shm"
  cp "$BACKUP" "$TARGET.restoring" && mv "$TARGET.restoring" "$TARGET"
  FILES="${BACKUP%.db}-files.tar.gz"
  [ -f "$FILES" ] && tar -xzf "$FILES" -C "$(dirname "$TARGET")"
else
  pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$TARGET" "$BACKUP"
fi
echo "restored $BACKUP"
