#!/usr/bin/env bash
# `make cluster`: PostgreSQL, Redis, N Rasa servers, M action servers and the web app under supervisord, with
# HAProxy in front. Ports and sizes: CLUSTER_* variables (see deploy/cluster_config.py); files, data and
# logs under CLUSTER_DIR (var/cluster). Returns once everything answers through the proxy; the cluster keeps
# running (supervisord restarts what dies) until scripts/cluster_stop.sh (`make cluster-stop`).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

scripts/ensure_postgres.sh
scripts/ensure_redis.sh
scripts/ensure_haproxy.sh
for tool in redis-server haproxy curl; do
  command -v $tool >/dev/null 2>&1 || { echo "cluster: $tool is missing" >&2; exit 1; }
done

$PY -m bot init-env >/dev/null  # the servers' secrets (.env), as make run does
env_lines=$($PY -m deploy.cluster_config)
eval "$env_lines"
conf="$CLUSTER_DIR/supervisord.conf"
ctl() { .venv/bin/supervisorctl -c "$conf" "$@"; }

if [ -z "$CLUSTER_PG_BIN" ]; then
  echo "cluster: no PostgreSQL server binaries found" >&2
  exit 1
fi
if [ ! -f "$CLUSTER_DIR/pg/PG_VERSION" ]; then
  echo "cluster: creating the PostgreSQL cluster in $CLUSTER_DIR/pg"
  mkdir -p "$CLUSTER_DIR/pg"
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then  # initdb and postgres refuse to run as root
    chown postgres: "$CLUSTER_DIR/pg" "$CLUSTER_DIR/pgsock"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$CLUSTER_PG_BIN/initdb" -D "$CLUSTER_DIR/pg" -U postgres -E UTF8 --no-locale \
    --auth-local=peer --auth-host=trust >"$CLUSTER_DIR/logs/initdb.log"
  # only this machine's loopback may connect; a cluster over several machines uses passwords (docs/deploy.md)
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$CLUSTER_DIR/pg/pg_hba.conf"
fi

if [ -S "$CLUSTER_DIR/supervisor.sock" ] && ctl pid >/dev/null 2>&1; then
  echo "cluster: already running (scripts/cluster_stop.sh stops it); starting what is stopped"
  ctl reread >/dev/null && ctl update >/dev/null
else
  .venv/bin/supervisord -c "$conf"
fi

wait_for() {  # wait_for WHAT SECONDS COMMAND...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq "$((seconds * 2))"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "cluster: $what not ready after ${seconds} s (logs: $CLUSTER_DIR/logs/)" >&2
  return 1
}

wait_for PostgreSQL 60 "$CLUSTER_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$CLUSTER_PG_PORT"
psql=(psql -X -q -h 127.0.0.1 -p "$CLUSTER_PG_PORT" -U postgres)
if [ -z "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'intake'")" ]; then
  "${psql[@]}" -c "CREATE DATABASE intake"
fi
DATABASE_URL="$CLUSTER_DATABASE_URL" $PY -m bot init-db
wait_for Redis 30 redis-cli -p "$CLUSTER_REDIS_PORT" ping

ctl start 'app:*' >/dev/null || true  # each one's own state is checked below
echo "cluster: waiting for the servers (each Rasa server loads the model: a minute or two)"
wait_for "the Rasa servers" 600 curl -sf "$CLUSTER_RASA_URL/"
wait_for "the web app" 120 curl -sf "$CLUSTER_WEB_URL/healthz"
for _ in $(seq 1200); do  # every backend up, not only the first
  down=$(curl -s "${CLUSTER_STATS_URL};csv" | awk -F, '$2 ~ /^(rasa|action|web)[0-9]+$/ && $18 != "UP" {print $2}' | sort -u)
  [ -z "$down" ] && break
  sleep 0.5
done
[ -z "$down" ] || { echo "cluster: still down: $down" >&2; ctl status; exit 1; }
ctl status
cat <<INFO

Cluster ready (supervisord: .venv/bin/supervisorctl -c $conf status):
  web app        $CLUSTER_WEB_URL/   (staff console: $CLUSTER_WEB_URL/staff/)
  Rasa (proxy)   $CLUSTER_RASA_URL/webhooks/rest/webhook
  HAProxy stats  $CLUSTER_STATS_URL
  PostgreSQL     $CLUSTER_DATABASE_URL
  Redis          $CLUSTER_REDIS_URL
Stop it with: make cluster-stop
INFO
