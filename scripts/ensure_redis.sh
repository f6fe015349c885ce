#!/usr/bin/env bash
# Make sure Debian's redis-server exists (make cluster and the shared-state tests start their own, on their
# own port and data folder). Installs the `redis-server` package only when it is missing, we are root and
# apt-get exists; enables no service. Otherwise says so (the Redis tests then skip, saying why).
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
# shellcheck source=scripts/apt_install.sh
. "$(dirname "$0")/apt_install.sh"
if ! apt_install ensure_redis redis-server; then
  echo "ensure_redis: the Redis tests will be skipped and make cluster cannot start." >&2
  exit 0
fi
# Debian starts the packaged service; ours run on their own ports, so the system one is not needed.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemctl disable --now redis-server >/dev/null 2>&1 || true
fi
command -v redis-server >/dev/null 2>&1 || { echo "ensure_redis: redis-server installed but not on PATH" >&2; exit 1; }
