#!/usr/bin/env bash
# Unpacks the real photographs the evaluation uses from two Debian packages into .cache/ (nothing committed,
# nothing downloaded at run time beyond apt). usage: tools/AssetBank.SimilarityEval/prepare.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)/.cache/similarity-eval
mkdir -p "$root/debs" "$root/unpacked"
cd "$root/debs"
apt-get download gnome-backgrounds plasma-workspace-wallpapers
for deb in *.deb; do dpkg-deb -x "$deb" "$root/unpacked"; done
echo "$root/unpacked"
