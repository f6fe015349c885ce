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
# shellcheck source=scripts/apt_install.sh
. "$(dirname "$0")/apt_install.sh"
if ! apt_install ensure_postgres postgresql; then
  echo "ensure_postgres: the PostgreSQL tests will be skipped." >&2
  exit 0
fi
has_server_binaries || { echo "ensure_postgres: postgresql installed but initdb/postgres not found" >&2; exit 1; }
