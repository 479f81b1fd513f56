#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/*.png) under a virtual X server: the app
# started on a fresh data folder, as a newcomer sees it, in English and Japanese, plus the
# main window on a dark palette.
# Usage: scripts/screenshots.sh [preset]   (default: the "default" preset, build/)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

scripts/install-deps.sh --gui-tools
cmake --preset "$preset" --log-level=WARNING
cmake --build --preset "$preset" --target es-screenshots
case $preset in
default) binary_dir=build ;;
*) binary_dir=build-$preset ;;
esac

out=docs/screenshots
mkdir -p "$out"
# No keyring, no desktop session: the app falls back as it would on a bare machine.
env -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$(mktemp -d)" \
    xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
    "$binary_dir/tests/app/es-screenshots" "$out" en ja
ls -l "$out"
