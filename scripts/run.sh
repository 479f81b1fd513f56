#!/usr/bin/env bash
# Builds Export Studio and starts it. With no connection configured it runs on its
# embedded local platform. Arguments are passed to the app (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default --log-level=WARNING
cmake --build --preset default --target export-studio
exec build/app/export-studio "$@"
