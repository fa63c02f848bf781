#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test project, and ends
# with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
bash scripts/install-assets.sh || { echo "0 passed, 1 failed"; exit 1; }

if PG=$(bash scripts/test-postgres.sh start); then
  export PARTICIPATION_TEST_POSTGRES="$PG"
  trap 'bash scripts/test-postgres.sh stop' EXIT
else
  echo "PostgreSQL could not start; its tests will be skipped" >&2
fi
if REDIS=$(bash scripts/test-redis.sh start); then
  export PARTICIPATION_TEST_REDIS="$REDIS"
  trap 'bash scripts/test-postgres.sh stop; bash scripts/test-redis.sh stop' EXIT
else
  echo "Redis could not start; the scale-out tests will be skipped" >&2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf tests/*/TestResults
dotnet build Participation.sln -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }
# Each project writes tests/<project>/TestResults/*.trx, so parallel projects never collide.
dotnet test Participation.sln --no-build --logger trx "$@"; rc=$?

shopt -s nullglob; trx=(tests/*/TestResults/*.trx)
[ ${#trx[@]} -eq 0 ] && { echo "0 passed, 1 failed"; exit 1; }
awk 'BEGIN{split("total executed passed failed error",k," ")} match($0,/<Counters [^>]*>/){c=substr($0,RSTART,RLENGTH)
  for(i in k) if(match(c," " k[i] "=\"[0-9]+\"")){v=substr(c,RSTART,RLENGTH);gsub(/[^0-9]/,"",v);s[k[i]]+=v}}
  END{printf "%d passed, %d failed, %d skipped\n",s["passed"],s["failed"]+s["error"],s["total"]-s["executed"]}' "${trx[@]}"
exit $rc
