#!/usr/bin/env bash
# Installs the native tools AssetBank uses (Debian/Ubuntu), or says exactly what is missing.
# usage: tools/prerequisites.sh [run|test]
set -euo pipefail
mode=${1:-run}

missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v fpcalc >/dev/null 2>&1 || missing+=(libchromaprint-tools)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-chi-sim)
# OpenCvSharp's official Linux runtime (similarity: ORB keypoints) links against GTK 3.
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || ldconfig -p 2>/dev/null | grep -q libgtk-3.so.0 || missing+=(libgtk-3-0)
# The web UI bundles its front-end packages from npm at build time.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "$mode" = test ]; then
  # Browser tests drive Debian's chromium through Playwright (never `playwright install`).
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v uuidgen >/dev/null 2>&1 || missing+=(uuid-runtime)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  # The PostgreSQL catalog provider's tests run against Debian's server (tools/test-services/postgres.sh).
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
  python3 -c 'import jieba' >/dev/null 2>&1 || [ -d /usr/lib/python3/dist-packages/jieba ] || missing+=(python3-jieba)
fi
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing packages: ${missing[*]}. Install them as root: apt-get install -y ${missing[*]}" >&2; exit 1; fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: ${missing[*]} (no apt-get here: install them with your package manager)" >&2; exit 1
  fi
  echo "Installing ${missing[*]} …" >&2
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "Missing: the .NET 10 SDK (dotnet). Install it from Microsoft's packages: https://learn.microsoft.com/dotnet/core/install/linux" >&2
  exit 1
fi
major=$(dotnet --version | cut -d. -f1)
if [ "$major" -lt 10 ]; then
  echo "The .NET SDK is $(dotnet --version); AssetBank needs 10 or newer." >&2
  exit 1
fi
