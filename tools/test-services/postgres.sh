#!/usr/bin/env bash
# A real PostgreSQL for AssetBank's integration tests: Debian's own server binaries, a throw-away cluster in a
# cache folder, listening on 127.0.0.1 only, started and stopped by the postmaster's PID.
#
#   tools/test-services/postgres.sh start    initdb (once) and start; already running = ok
#   tools/test-services/postgres.sh stop     stop the postmaster by its PID; non-zero if it survives
#   tools/test-services/postgres.sh restart  stop then start the same cluster (the cluster tests use this too)
#   tools/test-services/postgres.sh status   exit 0 when the server accepts connections, 3 otherwise
#   tools/test-services/postgres.sh env      print the export line the integration tests read
#
# Environment: ASSETBANK_PG_CACHE (default <repo>/.cache/postgres), ASSETBANK_PG_PORT (55432).
# As root the server runs as the `postgres` user (it refuses to run as root); otherwise as the caller.
set -euo pipefail

readonly REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly CACHE="${ASSETBANK_PG_CACHE:-$REPO/.cache/postgres}"
readonly DATA="$CACHE/data"
readonly PORT="${ASSETBANK_PG_PORT:-55432}"
readonly STOP_TIMEOUT=30

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

bin_dir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postmaster_pid() { [ -f "$DATA/postmaster.pid" ] && head -n 1 "$DATA/postmaster.pid" || true; }

accepting() {
  local bin=$1
  as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2 >/dev/null 2>&1
}

cmd_start() {
  local bin pid
  bin=$(bin_dir) || die "PostgreSQL server binaries not found (install the Debian package: apt-get install -y postgresql)"
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' user to run the server as (install the postgresql package)"
  fi
  pid=$(postmaster_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && accepting "$bin"; then
    log "already running on 127.0.0.1:$PORT (pid $pid)"
    return 0
  fi
  if ss -Hltn "sport = :$PORT" 2>/dev/null | grep . >/dev/null; then
    die "port $PORT is taken by another process (not this script's server): $(ss -Hltnp "sport = :$PORT" | head -n 3)"
  fi
  mkdir -p "$CACHE"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    mkdir -p "$DATA"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA"
    chmod 700 "$DATA"
    as_owner "$bin/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$CACHE/initdb.log" 2>&1 ||
      { tail -n 20 "$CACHE/initdb.log" >&2; die "initdb failed"; }
  fi
  rm -f "$DATA/postmaster.pid"
  # fsync off: the data is thrown away after the run; the tests check behaviour, not durability.
  as_owner "$bin/pg_ctl" -D "$DATA" -w -t 60 -l "$DATA/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=200" start >/dev/null ||
    { tail -n 30 "$DATA/server.log" >&2 || true; die "pg_ctl start failed"; }
  log "running on 127.0.0.1:$PORT (pid $(postmaster_pid))"
}

cmd_stop() {
  local pid deadline
  pid=$(postmaster_pid)
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    log "not running"
    return 0
  fi
  kill -INT "$pid" 2>/dev/null || true # fast shutdown
  deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      log "pid $pid still running after ${STOP_TIMEOUT}s, killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid survived"
    return 1
  fi
  log "stopped (pid $pid)"
}

cmd_status() {
  local bin pid
  bin=$(bin_dir) || { echo "not installed"; return 3; }
  pid=$(postmaster_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && accepting "$bin"; then
    echo "running: 127.0.0.1:$PORT (pid $pid)"
    return 0
  fi
  echo "stopped"
  return 3
}

cmd_env() {
  echo "export ASSETBANK_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres'"
  echo "export ASSETBANK_TEST_POSTGRES_CTL='$REPO/tools/test-services/postgres.sh'"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop && cmd_start ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *)
    echo "usage: $0 start|stop|restart|status|env" >&2
    exit 2
    ;;
esac
