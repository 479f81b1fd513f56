#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources, then fills in the translations kept as JSON
# maps in translations/pending/<area>.{ja,en}.json (or <area>.json for Japanese), and runs
# lupdate once more so the files keep lupdate's own layout.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
ts=(translations/export-studio_ja.ts translations/export-studio_en.ts)
"$lupdate" -silent -no-obsolete -locations none app api models ui emulator -ts "${ts[@]}"
shopt -s nullglob
for map in translations/pending/*.json; do
    case $map in
    *.en.json) scripts/ts-apply.py translations/export-studio_en.ts "$map" >/dev/null ;;
    *) scripts/ts-apply.py translations/export-studio_ja.ts "$map" >/dev/null ;;
    esac
done
"$lupdate" -silent -no-obsolete -locations none app api models ui emulator -ts "${ts[@]}"
echo "unfinished Japanese messages: $(grep -c 'type="unfinished"' translations/export-studio_ja.ts || true)"
