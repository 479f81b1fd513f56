#!/usr/bin/env bash
# Builds Export Studio and runs every test through CTest.
# Usage: scripts/test.sh [preset]   presets: default (build/), ci (warnings are errors), asan
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

scripts/install-deps.sh
cmake --preset "$preset" --log-level=WARNING
cmake --build --preset "$preset"
ctest --preset "$preset"
