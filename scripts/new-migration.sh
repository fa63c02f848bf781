#!/usr/bin/env bash
# Adds a migration for both providers: scripts/new-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/new-migration.sh NAME}
dotnet tool restore >/dev/null
dotnet build src/Participation.Web -v q -nologo >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Participation.Web --startup-project src/Participation.Web \
    --context "${ctx}ParticipationDbContext" --output-dir "Data/Migrations/$ctx"
done
