#!/usr/bin/env bash
# The embedded default, no servers: generates the sample library into the local folder store,
# ingests it with a progress bar, imports the sample rights list, prints a summary, then serves the web UI on
# http://127.0.0.1:5080 with demo accounts (one per role; passwords printed, new ones each run).
# usage: ./run.sh [--size small|large] [--data DIR] [--port N] [--no-serve]
set -euo pipefail
cd "$(dirname "$0")"

size=small
data=${ASSETBANK_DATA:-$PWD/data}
serve=yes
port=5080
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --no-serve) serve=no; shift ;;
    *) echo "unknown option $1 (usage: ./run.sh [--size small|large] [--data DIR] [--port N] [--no-serve])" >&2; exit 2 ;;
  esac
done

tools/prerequisites.sh run

echo "== 构建 (build)"
dotnet build src/AssetBank.Cli -c Release -nologo -v quiet
[ "$serve" = yes ] && dotnet build src/AssetBank.Web -c Release -nologo -v quiet
dotnet build tools/AssetBank.SampleLibrary -c Release -nologo -v quiet

sample="$data/sample-library-$size"
if [ ! -f "$sample/manifest.json" ]; then
  echo "== 生成样例素材库 (generate the sample library: $size)"
  rm -rf "$sample.tmp"
  dotnet tools/AssetBank.SampleLibrary/bin/Release/net10.0/AssetBank.SampleLibrary.dll --out "$sample.tmp" --size "$size"
  mv "$sample.tmp" "$sample"
fi

echo "== 放入本地对象存储 (copy into the folder store: $data/store/sample/)"
mkdir -p "$data/store/sample"
# The manifest is ground truth for tests, not an asset.
cp -a "$sample/." "$data/store/sample/"
rm -f "$data/store/sample/manifest.json"

echo "== 入库 (ingest)"
cli=src/AssetBank.Cli/bin/Release/net10.0/assetbank
"$cli" ingest --data "$data"
echo "== 授权条款 (sample rights: terms that expire, a KOL release on one shot)"
rights="$data/sample-rights-$size.csv"
dotnet tools/AssetBank.SampleLibrary/bin/Release/net10.0/AssetBank.SampleLibrary.dll rights --size "$size" --out "$rights"
"$cli" rights import "$rights" --data "$data" --who run.sh
echo "== 资产库概况 (catalog summary)"
"$cli" status --data "$data"

[ "$serve" = yes ] || exit 0

echo "== 示例立项 (demo kickoff: tools/demo/brief-anzhi-night.yaml)"
"$cli" kickoff tools/demo/brief-anzhi-night.yaml --data "$data" >/dev/null

echo "== 演示账号 (demo accounts; new passwords on every run, nothing stored in clear)"
demo_account() { # name role display-name
  local out
  out=$("$cli" users add "$1" --role "$2" --display-name "$3" --data "$data" 2>/dev/null) \
    || out=$("$cli" users reset-password "$1" --data "$data")
  printf '  %-16s %-11s 密码 %s\n' "$1" "$2" "$(printf '%s\n' "$out" | sed -n 's/.*shown once): //p')"
}
demo_account demo-strategist strategist 演示·策略
demo_account demo-producer producer 演示·制作
demo_account demo-leadership leadership 演示·管理层
demo_account demo-admin admin 演示·管理员

echo "== 网页版 (web UI): http://127.0.0.1:$port  ·  API 文档 (OpenAPI): http://127.0.0.1:$port/scalar  ·  Ctrl+C 停止"
exec dotnet src/AssetBank.Web/bin/Release/net10.0/AssetBank.Web.dll --data "$data" --urls "http://127.0.0.1:$port"
