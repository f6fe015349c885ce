#!/usr/bin/env bash
# Make sure PostgreSQL server binaries exist for the tests (they start their own throwaway cluster, see
# tests/pg_server.py). Installs Debian's `postgresql` package only when none are found, we are root and
# apt-get exists; starts no service. Otherwise does nothing (the PostgreSQL tests then skip, saying why).
set -euo pipefail

has_server_binaries() {
  local dirs=()
  [ -n "${PG_BIN:-}" ] && dirs+=("$PG_BIN")
  if command -v initdb >/dev/null 2>&1; then dirs+=("$(dirname "$(readlink -f "$(command -v initdb)")")"); fi
  if command -v pg_config >/dev/null 2>&1; then dirs+=("$(pg_config --bindir 2>/dev/null || true)"); fi
  dirs+=(/usr/lib/postgresql/*/bin /usr/pgsql-*/bin /usr/local/pgsql/bin)
  local dir
  for dir in "${dirs[@]}"; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ]; then return 0; fi
  done
  return 1
}

if has_server_binaries; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure_postgres: no PostgreSQL server binaries and cannot install them (need root and apt-get);" \
    "the PostgreSQL tests will be skipped." >&2
  exit 0
fi

echo "ensure_postgres: installing PostgreSQL with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
has_server_binaries || { echo "ensure_postgres: postgresql installed but initdb/postgres not found" >&2; exit 1; }
