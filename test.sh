#!/usr/bin/env bash
# Runs every test: installs prerequisites, starts the S3 and PostgreSQL test servers, runs the suite, stops them.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

tools/prerequisites.sh test

tools/test-services/s3.sh start
cleanup() {
  tools/test-services/s3.sh stop || echo "warning: the S3 test server did not stop cleanly" >&2
  tools/test-services/postgres.sh stop || echo "warning: the PostgreSQL test server did not stop cleanly" >&2
}
trap cleanup EXIT
eval "$(tools/test-services/s3.sh env)"
tools/test-services/postgres.sh start
eval "$(tools/test-services/postgres.sh env)"

dotnet build AssetBank.sln -c Release -nologo -v quiet
results="$root/TestResults"
rm -rf "$results"
set +e
dotnet test AssetBank.sln -c Release --no-build -nologo --results-directory "$results" --logger "trx" \
  --blame-hang-timeout 10m 2>&1 | tee "$results.log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$results.log"
exit "$status"
