#!/usr/bin/env bash
# Make sure Debian's haproxy exists for make cluster (which runs its own, with a generated config under
# var/cluster/). Installs the `haproxy` package only when missing, we are root and apt-get exists; otherwise
# says so (the cluster tests then skip, saying why).
set -euo pipefail

if command -v haproxy >/dev/null 2>&1; then
  exit 0
fi
# shellcheck source=scripts/apt_install.sh
. "$(dirname "$0")/apt_install.sh"
if ! apt_install ensure_haproxy haproxy; then
  echo "ensure_haproxy: make cluster cannot start and its tests will be skipped." >&2
  exit 0
fi
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemctl disable --now haproxy >/dev/null 2>&1 || true
fi
command -v haproxy >/dev/null 2>&1 || { echo "ensure_haproxy: haproxy installed but not on PATH" >&2; exit 1; }
