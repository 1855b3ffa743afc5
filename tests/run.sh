#!/usr/bin/env bash
# Runs every test of the suite: installs what is missing, builds, and runs
# ctest. The tests start their own PostgreSQL and Redis servers.
#
#   bash tests/run.sh               # everything
#   bash tests/run.sh -L db         # only tests labelled db (extra args go to ctest)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${IMI_BUILD_DIR:-$ROOT/build}
JOBS=${IMI_JOBS:-$(nproc)}

bash "$ROOT/deploy/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j "$JOBS"
cd "$BUILD"
ctest --output-on-failure -j "$JOBS" "$@"
