#!/usr/bin/env bash
# A real S3 server for AssetBank's integration tests, without Docker and without installing anything
# system-wide: Ceph radosgw (Debian 12, ceph 16.2.15) as a single-node cluster with one memstore OSD.
# The .debs are fetched with `apt-get download` and unpacked with `dpkg -x` into a cache folder; the
# daemons run from there, listen on 127.0.0.1 only and keep their data in memory.
#
#   tools/test-services/s3.sh start    start the server (already running = ok); retries a failed start once
#   tools/test-services/s3.sh stop     stop every daemon this script started; non-zero if one survives
#   tools/test-services/s3.sh status   exit 0 when the S3 endpoint answers signed requests, 3 otherwise
#   tools/test-services/s3.sh env      print the export lines the integration tests read
#
# Environment: ASSETBANK_S3_CACHE (default <repo>/.cache/s3), ASSETBANK_S3_PORT (7480),
# ASSETBANK_S3_MON_PORT (6789). Logs: <cache>/cluster/log. Tried as root; only the `apt-get update` it runs
# when a download fails needs root (apt-get download and dpkg -x do not).
set -euo pipefail

readonly REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly CACHE="${ASSETBANK_S3_CACHE:-$REPO/.cache/s3}"
readonly ROOTFS="$CACHE/root"
readonly DEBS="$CACHE/debs"
readonly W="$CACHE/cluster"
readonly CONF="$W/ceph.conf"
readonly PORT="${ASSETBANK_S3_PORT:-7480}"
readonly MON_PORT="${ASSETBANK_S3_MON_PORT:-6789}"
readonly ENDPOINT="127.0.0.1:$PORT"
readonly ACCESS_KEY=minioadmin
readonly SECRET_KEY=minioadmin
readonly PACKAGES=(radosgw ceph-mon ceph-osd)
readonly DAEMONS=(client.rgw.a osd.0 mon.a)

# Bounded waits, in seconds.
readonly MON_TIMEOUT=60 OSD_TIMEOUT=90 RGW_TIMEOUT=120 STOP_TIMEOUT=20

export LD_LIBRARY_PATH="$ROOTFS/usr/lib/x86_64-linux-gnu:$ROOTFS/usr/lib/x86_64-linux-gnu/ceph:$ROOTFS/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export PYTHONPATH="$ROOTFS/usr/lib/python3/dist-packages"
export PATH="$ROOTFS/usr/bin:$ROOTFS/usr/sbin:$PATH"

log() { printf 's3.sh: %s\n' "$*" >&2; }

die() {
  log "$*"
  exit 1
}

# The ceph CLI is a Python script: run it with the system interpreter the debs were built for, not
# whatever python3 comes first on PATH (pyenv shims, virtual environments).
ceph_cli() { timeout 30 /usr/bin/python3 "$ROOTFS/usr/bin/ceph" -c "$CONF" --connect-timeout 10 "$@"; }

# Any daemon started with this cluster's own config file, whether or not its pid file survived.
cluster_pids() { pgrep -f -- "-c $CONF" || true; }

tail_log() {
  local name=$1 file="$W/log/$1.log"
  for f in "$file" "$W/log/$name.out"; do
    if [ -s "$f" ]; then
      log "---- last lines of $f ----"
      tail -n 40 "$f" >&2
    fi
  done
}

# A signed S3 request (ListBuckets) with the test keys: proves radosgw is up and the user exists.
s3_answers() {
  # curl signs no payload hash by itself and RGW insists on one.
  curl -fsS --max-time 5 --aws-sigv4 "aws:amz:us-east-1:s3" \
    -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" --user "$ACCESS_KEY:$SECRET_KEY" "http://$ENDPOINT/" 2>/dev/null |
    grep ListAllMyBucketsResult >/dev/null # not -q: an early exit would fail curl with SIGPIPE under pipefail
}

rgw_alive() { pgrep -f -- "radosgw -c $CONF" >/dev/null; }

# Our radosgw is running and something answers HTTP on its port (it binds only once it is ready).
rgw_answers() { rgw_alive && curl -fs -o /dev/null --max-time 5 "http://$ENDPOINT/" 2>/dev/null; }

# wait_for WHAT SECONDS DAEMON READY-COMMAND...: polls until ready; gives up early when DAEMON's process is gone.
wait_for() {
  local what=$1 seconds=$2 daemon=$3
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if ! daemon_alive "$daemon"; then
      log "$what exited during start-up"
      tail_log "$daemon"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "$what not ready after ${seconds}s"
      tail_log "$daemon"
      return 1
    fi
    sleep 0.5
  done
}

daemon_alive() {
  case $1 in
    mon.a) pgrep -f -- "ceph-mon -c $CONF" >/dev/null ;;
    client.rgw.a) rgw_alive ;;
    *) true ;;
  esac
}

ensure_binaries() {
  if [ -f "$ROOTFS/.complete" ] && [ -x "$ROOTFS/usr/bin/radosgw" ]; then
    return 0
  fi

  log "fetching ceph debs into $DEBS (once; nothing is installed system-wide)"
  rm -rf "$ROOTFS"
  mkdir -p "$DEBS" "$ROOTFS"
  if ! download_debs; then
    log "download failed; refreshing the package lists and trying again"
    apt-get -o DPkg::Lock::Timeout=300 update -qq || die "apt-get update failed (it needs root)"
    download_debs || die "apt-get download of ${PACKAGES[*]} failed"
  fi

  local deb
  for deb in "$DEBS"/*.deb; do
    dpkg -x "$deb" "$ROOTFS"
  done
  [ -x "$ROOTFS/usr/bin/radosgw" ] || die "radosgw missing after unpacking the debs"
  touch "$ROOTFS/.complete"
}

download_debs() {
  # Only what this system lacks: a simulated install lists exactly the packages apt would add.
  local pkgs
  pkgs=$(apt-get -o DPkg::Lock::Timeout=300 install -s --no-install-recommends "${PACKAGES[@]}" 2>/dev/null |
    awk '/^Inst /{print $2}') || return 1
  [ -n "$pkgs" ] || pkgs="${PACKAGES[*]}"
  # shellcheck disable=SC2086 # one word per package
  (cd "$DEBS" && apt-get -o DPkg::Lock::Timeout=300 download $pkgs >"$DEBS/download.log" 2>&1)
}

write_conf() {
  local fsid=$1
  cat >"$CONF" <<CONF
[global]
fsid = $fsid
mon_host = v1:127.0.0.1:$MON_PORT
mon_initial_members = a
public_network = 127.0.0.0/8
ms_bind_ipv6 = false
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
osd_pool_default_size = 1
osd_pool_default_min_size = 1
mon_allow_pool_size_one = true
mon_warn_on_pool_no_redundancy = false
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
mon_max_pg_per_osd = 1000
osd_crush_chooseleaf_type = 0
osd_objectstore = memstore
memstore_device_bytes = 2147483648
run_dir = $W/run
admin_socket = $W/run/\$name.asok
log_file = $W/log/\$name.log
pid_file = $W/run/\$name.pid
mon_data = $W/mon/\$cluster-\$id
osd_data = $W/osd/\$cluster-\$id
plugin_dir = $ROOTFS/usr/lib/x86_64-linux-gnu/ceph
erasure_code_dir = $ROOTFS/usr/lib/x86_64-linux-gnu/ceph/erasure-code
osd_class_dir = $ROOTFS/usr/lib/x86_64-linux-gnu/rados-classes

[client.rgw.a]
rgw_frontends = beast endpoint=$ENDPOINT
rgw_data = $W/rgw
CONF
}

osd_alive() { pgrep -f -- "ceph-osd -c $CONF" >/dev/null; }

# A fresh OSD sometimes sends its first command before it has the monitor map and gives up ("handle_command
# on fsid 00000000-..." in the mon log, "unable to update_crush_device_class" in the OSD's), failing its own
# launch or exiting soon after: start it again, up to three times.
start_osd() {
  local id=$1 attempt deadline=$((SECONDS + OSD_TIMEOUT))
  for attempt in 1 2 3; do
    if ! ceph-osd -c "$CONF" -i "$id" >>"$W/log/osd.$id.out" 2>&1 9>&-; then
      log "ceph-osd failed to start (attempt $attempt)"
      sleep 1
      continue
    fi
    while ! osd_up; do
      if ((SECONDS >= deadline)); then
        log "ceph-osd not up after ${OSD_TIMEOUT}s"
        tail_log "osd.$id"
        return 1
      fi
      if ! osd_alive; then
        log "ceph-osd exited during start-up (attempt $attempt)"
        break
      fi
      sleep 0.5
    done
    if osd_up; then
      return 0
    fi
  done
  tail_log "osd.$id"
  return 1
}

osd_up() { ceph_cli osd stat 2>/dev/null | grep " 1 up" >/dev/null; }
mon_up() { ceph_cli -s >/dev/null 2>&1; }

start_once() {
  rm -rf "$W"
  mkdir -p "$W"/{mon,osd,run,log,rgw}
  local fsid osd_uuid osd_id started=$SECONDS
  fsid=$(cat /proc/sys/kernel/random/uuid)
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)
  write_conf "$fsid"

  monmaptool --create --addv a "[v1:127.0.0.1:$MON_PORT]" --fsid "$fsid" "$W/monmap" >"$W/log/monmaptool.out" 2>&1 ||
    { tail_log monmaptool; return 1; }
  ceph-mon -c "$CONF" --mkfs -i a --monmap "$W/monmap" >"$W/log/mon.a.out" 2>&1 || { tail_log mon.a; return 1; }
  # Daemons must not inherit fd 9 (the flock of this script), or they would hold the lock forever.
  ceph-mon -c "$CONF" -i a >>"$W/log/mon.a.out" 2>&1 9>&- || { tail_log mon.a; return 1; }
  wait_for "ceph-mon" "$MON_TIMEOUT" mon.a mon_up || return 1
  log "mon ready after $((SECONDS - started))s"

  osd_id=$(ceph_cli osd new "$osd_uuid" 2>>"$W/log/osd.0.out") || { tail_log osd.0; return 1; }
  [ "$osd_id" = 0 ] || { log "unexpected osd id '$osd_id'"; return 1; }
  mkdir -p "$W/osd/ceph-$osd_id"
  ceph-osd -c "$CONF" -i "$osd_id" --mkfs --osd-uuid "$osd_uuid" >"$W/log/osd.0.out" 2>&1 || { tail_log osd.0; return 1; }
  start_osd "$osd_id" || return 1
  log "osd ready after $((SECONDS - started))s"

  radosgw -c "$CONF" -n client.rgw.a >"$W/log/client.rgw.a.out" 2>&1 9>&- || { tail_log client.rgw.a; return 1; }
  wait_for "radosgw" "$RGW_TIMEOUT" client.rgw.a rgw_answers || return 1
  timeout 60 radosgw-admin -c "$CONF" user create --uid=assetbank-test --display-name=assetbank-test \
    --access-key="$ACCESS_KEY" --secret-key="$SECRET_KEY" >"$W/log/radosgw-admin.out" 2>&1 ||
    { tail_log radosgw-admin; return 1; }
  wait_for "S3 user $ACCESS_KEY" 30 client.rgw.a s3_answers || return 1
  log "radosgw ready on $ENDPOINT after $((SECONDS - started))s"
}

port_in_use() { ss -Hltn "sport = :$1" 2>/dev/null | grep . >/dev/null; }

cmd_start() {
  if rgw_alive && s3_answers; then
    log "already running on $ENDPOINT"
    return 0
  fi

  # Leftovers of a half-started or crashed cluster go first; a stranger on our ports is an error.
  cmd_stop 2>/dev/null || die "leftover daemons of $CONF would not stop"
  local p
  for p in "$PORT" "$MON_PORT"; do
    if port_in_use "$p"; then
      die "port $p on this machine is taken by another process (not started by this script): $(ss -Hltnp "sport = :$p" | head -n 3)"
    fi
  done

  ensure_binaries
  if start_once; then
    return 0
  fi

  log "start failed; stopping, cleaning and trying once more"
  cmd_stop || true
  if start_once; then
    return 0
  fi

  cmd_stop || true
  die "radosgw did not start twice in a row; logs are in $W/log"
}

cmd_stop() {
  local name pid pids deadline
  for name in "${DAEMONS[@]}"; do
    if [ -f "$W/run/$name.pid" ]; then
      pid=$(cat "$W/run/$name.pid" 2>/dev/null || true)
      [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    fi
  done

  # radosgw can outlive its pid file: find every daemon by this cluster's own config path.
  deadline=$((SECONDS + STOP_TIMEOUT))
  while pids=$(cluster_pids) && [ -n "$pids" ]; do
    if ((SECONDS >= deadline)); then
      log "still running after ${STOP_TIMEOUT}s, killing: $(echo "$pids" | tr '\n' ' ')"
      # shellcheck disable=SC2086 # one word per pid
      kill -KILL $pids 2>/dev/null || true
      sleep 1
      break
    fi
    # shellcheck disable=SC2086
    kill $pids 2>/dev/null || true
    sleep 0.3
  done

  pids=$(cluster_pids)
  if [ -n "$pids" ]; then
    log "daemons still running: $(ps -o pid=,args= -p "$(echo "$pids" | paste -sd,)" 2>/dev/null)"
    return 1
  fi
  rm -f "$W"/run/*.pid
  log "stopped (no daemon of $CONF left)"
}

cmd_status() {
  local pids
  pids=$(cluster_pids)
  if rgw_alive && s3_answers; then
    echo "running: S3 on $ENDPOINT (pids $(echo "$pids" | paste -sd' '))"
    return 0
  fi
  if [ -n "$pids" ]; then
    echo "unhealthy: daemons running (pids $(echo "$pids" | paste -sd' ')) but S3 on $ENDPOINT does not answer"
  else
    echo "stopped"
  fi
  return 3
}

cmd_env() {
  echo "export ASSETBANK_TEST_S3_ENDPOINT=$ENDPOINT"
  echo "export ASSETBANK_TEST_S3_ACCESS_KEY=$ACCESS_KEY"
  echo "export ASSETBANK_TEST_S3_SECRET_KEY=$SECRET_KEY"
}

with_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock -w 600 9 || die "another s3.sh holds $CACHE/.lock"
  "$@"
}

case "${1:-}" in
  start) with_lock cmd_start ;;
  stop) with_lock cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *)
    echo "usage: $0 start|stop|status|env" >&2
    exit 2
    ;;
esac
