#!/usr/bin/env bash
# Installs the independent Parquet readers and writers (npm hyparquet, parquet-wasm) into a
# build folder, exactly as package-lock.json pins them, with the scripts that drive them.
# `npm ci` runs only when the lock file changed since the last install.
#   tests/independent/install.sh BUILD_FOLDER
set -euo pipefail
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
target=${1:?usage: install.sh BUILD_FOLDER}

for tool in node npm; do
    if ! command -v "$tool" >/dev/null; then
        echo "install.sh: '$tool' is not installed; scripts/install-deps.sh installs nodejs and npm" >&2
        exit 1
    fi
done

mkdir -p "$target"
cp "$source_dir"/package.json "$source_dir"/package-lock.json "$source_dir"/*.mjs "$target"/
stamp="$target/node_modules/.installed-package-lock.json"
if [[ -f "$stamp" ]] && cmp -s "$stamp" "$target/package-lock.json"; then
    exit 0
fi
(cd "$target" && npm ci --no-audit --no-fund --loglevel=error)
cp "$target/package-lock.json" "$stamp"
