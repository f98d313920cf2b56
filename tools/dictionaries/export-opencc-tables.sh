#!/usr/bin/env bash
# Regenerates src/AssetBank.Analysis.Chinese/Resources/TS{Characters,Phrases}.txt from Debian's OpenCC
# (Apache-2.0): libopencc1.1 ships the tables as binary .ocd2, the `opencc` package's opencc_dict turns them into text.
# usage: tools/dictionaries/export-opencc-tables.sh   (as root, or with the packages installed)
set -euo pipefail
out="$(cd "$(dirname "$0")/../.." && pwd)/src/AssetBank.Analysis.Chinese/Resources"
command -v opencc_dict >/dev/null 2>&1 || apt-get -o DPkg::Lock::Timeout=300 install -y -qq opencc libopencc-data >/dev/null
for table in TSCharacters TSPhrases; do
  opencc_dict -i "/usr/share/opencc/$table.ocd2" -o "$out/$table.txt" -f ocd2 -t text
done
wc -l "$out"/TS*.txt
