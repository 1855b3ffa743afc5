#!/usr/bin/env bash
# Installs the Debian 12 packages the IMI suite needs to build, test and run,
# skipping what is already installed. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev libpqxx-dev libhiredis-dev libspdlog-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev libjemalloc-dev
  golang-github-gogo-googleapis-dev
  postgresql-15 postgresql-client-15 redis-server redis-tools
  # Machine translation: Apertium and the pairs Debian has for EU/EEA
  # languages (plus Catalan and Macedonian, used as bridges). See docs/translation.md.
  apertium apertium-eng-spa apertium-fr-es apertium-es-pt apertium-spa-ita apertium-es-ro
  apertium-dan-nor apertium-swe-dan apertium-swe-nor apertium-isl-eng apertium-isl-swe
  apertium-hbs-eng apertium-hbs-slv apertium-hbs-mkd apertium-mkd-bul apertium-mkd-eng
  apertium-eng-cat apertium-spa-cat apertium-fra-cat apertium-por-cat apertium-cat-ita
)

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
