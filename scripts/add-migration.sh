#!/usr/bin/env bash
# Adds a migration named $1 for both providers and puts each model snapshot beside its migrations.
[ -n "${1:-}" ] || { echo "usage: scripts/add-migration.sh NAME" >&2; exit 2; }
set -e
# EF sometimes writes a linked snapshot under src/Gongkai/Gongkai/Migrations/…: put it back beside its migrations.
tidy() {
  find src/Gongkai/Gongkai -name "*Snapshot.cs" -path "*Sqlite*" -exec mv {} src/Gongkai.Migrations.Sqlite/ \; 2>/dev/null || true
  find src/Gongkai/Gongkai -name "*Snapshot.cs" -path "*Postgres*" -exec mv {} src/Gongkai.Migrations.Postgres/ \; 2>/dev/null || true
  rm -rf src/Gongkai/Gongkai src/Gongkai/design.db
}
cd "$(dirname "$0")/.."
dotnet ef migrations add "$1" --project src/Gongkai --context SqliteGongkaiDb --output-dir ../Gongkai.Migrations.Sqlite --namespace Gongkai.Migrations.Sqlite | tail -1
tidy
dotnet ef migrations add "$1" --project src/Gongkai --context PostgresGongkaiDb --output-dir ../Gongkai.Migrations.Postgres --namespace Gongkai.Migrations.Postgres | tail -1
tidy
ls src/Gongkai.Migrations.*
