#!/usr/bin/env bash
# Ingest throughput with 1, 2 and 3 `assetbank worker` processes on one machine, against the test PostgreSQL
# (tools/test-services/postgres.sh). Prints jobs/s per worker count and the ratio to one worker, with the machine's
# load average before each run (on a shared machine the ratio is the figure to read, not the absolute speed).
# Then, images only, one worker with Jobs:ImageBatch=1 (one claim per image) against the default batch of 8.
# usage: tools/bench-workers.sh [CLIPS] [IMAGES] [WORKER COUNTS…]    (defaults: 12 40 1 2 3)
set -euo pipefail
cd "$(dirname "$0")/.."
clips=${1:-12}
images=${2:-40}
shift $(( $# > 2 ? 2 : $# )) || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 2 3)

tools/test-services/postgres.sh start
eval "$(tools/test-services/postgres.sh env)"
dotnet build src/AssetBank.Cli -c Release -nologo -v quiet >/dev/null
cli=$PWD/src/AssetBank.Cli/bin/Release/net10.0/assetbank
work=$(mktemp -d /tmp/assetbank-bench-workers.XXXXXX)
trap 'rm -rf "$work"' EXIT
store=$work/data/store
mkdir -p "$store/clips" "$store/images"
for i in $(seq 1 "$clips"); do
  ffmpeg -y -loglevel error -f lavfi -i "testsrc=size=320x240:rate=25:duration=4" -f lavfi -i "color=c=0x$(printf '%06X' $((i * 7919 % 16777215))):size=320x240:rate=25:duration=4" \
    -filter_complex "[0:v]hue=h=$((i * 11))[a];[a][1:v]concat=n=2:v=1[v]" -map "[v]" -c:v libx264 -preset ultrafast -pix_fmt yuv420p "$store/clips/clip$i.mp4"
done
ffmpeg -y -loglevel error -f lavfi -i "testsrc2=size=640x480:rate=5" -frames:v "$images" "$store/images/img%03d.png"
total=$((clips + images))

psql() { runuser -u postgres -- psql -h 127.0.0.1 -p "${ASSETBANK_PG_PORT:-55432}" "$@"; }

# run WORKERS IMAGE_BATCH PREFIX: a fresh database, the jobs under PREFIX queued, WORKERS one-slot workers until empty;
# sets rate, seconds, done_jobs, load.
run() {
  local n=$1 batch=$2 prefix=$3 db cs
  db="bench_$(date +%s%N)"
  psql -qc "CREATE DATABASE $db" >/dev/null
  cs="Host=127.0.0.1;Port=${ASSETBANK_PG_PORT:-55432};Username=postgres;Database=$db"
  local bank=(--data "$work/data" --set Catalog:Provider=Postgres --set "Catalog:Postgres:ConnectionString=$cs" --set Logging:LogLevel:Default=Warning --set "Jobs:ImageBatch=$batch")
  "$cli" queue add --prefix "$prefix" "${bank[@]}" >/dev/null 2>&1
  load=$(cut -d' ' -f1 /proc/loadavg)
  local start pids=()
  start=$(date +%s.%N)
  for w in $(seq 1 "$n"); do
    "$cli" worker --slots 1 --until-empty --name "bench$w" "${bank[@]}" >/dev/null 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  seconds=$(echo "$(date +%s.%N) - $start" | bc -l)
  done_jobs=$(psql -d "$db" -tAc "SELECT count(*) FROM jobs WHERE state = 'done'")
  rate=$(echo "$done_jobs / $seconds" | bc -l)
  psql -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
}

base=""
printf '%-8s %-6s %-9s %-8s %-6s %s\n' workers jobs seconds jobs/s ratio "load (1 min) before"
for n in "${counts[@]}"; do
  run "$n" 8 ""
  [ -n "$base" ] || base=$rate
  printf '%-8s %-6s %-9.1f %-8.2f %-6.2f %s\n' "$n" "$done_jobs/$total" "$seconds" "$rate" "$(echo "$rate / $base" | bc -l)" "$load"
done

echo
base=""
printf '%-12s %-6s %-9s %-8s %-6s %s\n' image-batch jobs seconds jobs/s ratio "load (1 min) before"
for batch in 1 8; do
  run 1 "$batch" images/
  [ -n "$base" ] || base=$rate
  printf '%-12s %-6s %-9.1f %-8.2f %-6.2f %s\n' "$batch" "$done_jobs/$images" "$seconds" "$rate" "$(echo "$rate / $base" | bc -l)" "$load"
done
