#!/usr/bin/env bash
# Installs the Debian 12 packages Export Studio needs, only those that are missing.
# Usage: scripts/install-deps.sh [--gui-tools] [--fuzz]
#   --gui-tools  also what the screenshot script needs (Xvfb, CJK fonts, ImageMagick)
#   --fuzz       also clang and its sanitizer/fuzzer runtime
set -euo pipefail

packages=(
    cmake g++ ninja-build
    qt6-base-dev
    qt6-charts-dev libqt6opengl6-dev         # Qt6Charts fails to configure without libqt6opengl6-dev
    qt6-httpserver-dev qt6-websockets-dev    # Qt6HttpServer fails to configure without qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libxkbcommon-dev libgl-dev
    libqt6sql6-sqlite libsqlite3-dev         # the emulator talks to SQLite directly for its export loop
    qtkeychain-qt6-dev
    pkgconf libsnappy-dev zlib1g-dev libzstd-dev liblz4-dev libbrotli-dev   # Parquet's codecs
    nodejs                                   # independent Parquet readers in the tests (npm hyparquet)
)
# Debian's npm, unless npm came with another nodejs build (NodeSource's bundles it).
command -v npm >/dev/null || packages+=(npm)
for arg in "$@"; do
    case $arg in
    --gui-tools) packages+=(xvfb xauth fonts-noto-cjk imagemagick) ;;
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "Installing: ${missing[*]}"
sudo=()
((EUID == 0)) || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
