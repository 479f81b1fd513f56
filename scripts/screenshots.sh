#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/*.png) under a virtual X server: the app
# started on a fresh data folder, as a newcomer sees it, in English and Japanese, plus the
# main window on a dark palette, the output tab and the settings, and the forms in both
# languages.
# Usage: scripts/screenshots.sh [preset]   (default: the "default" preset, build/)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

scripts/install-deps.sh --gui-tools
cmake --preset "$preset" --log-level=WARNING
cmake --build --preset "$preset" --target es-screenshots form_screenshots
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
# The forms, from their own renderer: the export job form with segments and problems, its
# request, the dataset form and a failed connection test.
forms=$(mktemp -d)
env -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$(mktemp -d)" \
    xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
    "$binary_dir/tests/ui/form_screenshots" "$forms" >/dev/null
for lang in en ja; do
    for picture in export-job-segments export-job-request dataset-empty connections-failed-test; do
        cp "$forms/$picture-$lang.png" "$out/form-$picture-$lang.png"
    done
done
rm -rf "$forms"
ls -l "$out"
