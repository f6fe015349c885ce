#!/usr/bin/env bash
# `make cluster-stop`: stops every program of `make cluster` (each within 10 s), then supervisord itself.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(.venv/bin/python -m deploy.cluster_config --print-env)"
conf="$CLUSTER_DIR/supervisord.conf"
pidfile="$CLUSTER_DIR/supervisord.pid"
if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "cluster: not running"
  exit 0
fi
pid=$(cat "$pidfile")
.venv/bin/supervisorctl -c "$conf" shutdown
for _ in $(seq 120); do
  kill -0 "$pid" 2>/dev/null || { echo "cluster: stopped"; exit 0; }
  sleep 0.5
done
echo "cluster: supervisord $pid still running after 60 s" >&2
exit 1
