#!/usr/bin/env bash
# Installs the Debian 12 packages the IMI suite needs to build, test and run,
# skipping what is already installed. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev libpqxx-dev libhiredis-dev libspdlog-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev
  golang-github-gogo-googleapis-dev
  postgresql-15 postgresql-client-15 redis-server redis-tools
  apertium apertium-eng-spa
)
# Extra packages other parts register here (e.g. Apertium language pairs).
if [ -f "$(dirname "$0")/packages-extra.txt" ]; then
  while read -r p; do
    [[ -n "$p" && "$p" != \#* ]] && PACKAGES+=("$p")
  done < "$(dirname "$0")/packages-extra.txt"
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
