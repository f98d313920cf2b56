#!/usr/bin/env bash
# The embedded default, no servers: generates the sample library into the local folder store,
# ingests it with a progress bar, imports the sample rights list and prints a summary.
# usage: ./run.sh [--size small|large] [--data DIR]
set -euo pipefail
cd "$(dirname "$0")"

size=small
data=${ASSETBANK_DATA:-$PWD/data}
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    *) echo "unknown option $1 (usage: ./run.sh [--size small|large] [--data DIR])" >&2; exit 2 ;;
  esac
done

tools/prerequisites.sh run

echo "== 构建 (build)"
dotnet build src/AssetBank.Cli -c Release -nologo -v quiet
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
