#!/usr/bin/env bash
# Installs the Debian packages Participation uses, only those missing. Idempotent, no prompts.
# mecab + ipadic: Japanese tokenisation (optional at run time, used by tests); fonts: PDFs and charts;
# chromium: browser tests; poppler-utils: PDF text checks; postgresql, redis, nginx: scale-out tests.
set -euo pipefail
# With arguments, installs only those packages (scripts/cluster-up.sh asks for the servers it needs).
ALL="mecab libmecab-dev mecab-ipadic-utf8 fonts-ipaexfont fonts-noto-cjk chromium poppler-utils postgresql redis-server nginx sqlite3"
PKGS="${*:-$ALL}"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
